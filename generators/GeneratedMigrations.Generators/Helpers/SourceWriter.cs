using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace GeneratedMigrations.Generators.Helpers
{
    /// <summary>Writes C# with four-space indentation and \n line endings, so output is identical on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text;
        private int _indent;

        public SourceWriter() => _text = new StringBuilder();

        /// <summary>
        /// Starts a line and hands over the text, for a long middle (a string literal of every migration's data) appended
        /// in place rather than built elsewhere and copied; <see cref="EndLine"/> ends the line.
        /// </summary>
        public StringBuilder StartLine(string prefix) => _text.Append(' ', _indent * 4).Append(prefix);

        public SourceWriter EndLine(string suffix)
        {
            _text.Append(suffix).Append('\n');
            return this;
        }

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
            _text.Append('\n');
            return this;
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public SourceWriter Indent()
        {
            _indent++;
            return this;
        }

        public SourceWriter Outdent()
        {
            _indent--;
            return this;
        }

        public override string ToString() => _text.ToString();

        /// <summary>
        /// The text for <c>AddSource</c>, read from the writer's chunks: a catalogue of 10,000 migrations is megabytes, and
        /// one string of it (with the copy into it) is a large-object allocation on every edit, where the compiler's text
        /// keeps large texts in chunks of its own anyway.
        /// </summary>
        public SourceText ToSourceText() => SourceText.From(new Reader(_text), _text.Length, Encoding.UTF8);

        /// <summary>Reads a <see cref="StringBuilder"/> front to back without turning it into one string.</summary>
        private sealed class Reader(StringBuilder text) : System.IO.TextReader
        {
            private int _position;

            public override int Peek() => _position < text.Length ? text[_position] : -1;

            public override int Read() => _position < text.Length ? text[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                var read = System.Math.Min(count, text.Length - _position);
                if (read <= 0) return 0;
                text.CopyTo(_position, buffer, index, read);
                _position += read;
                return read;
            }
        }
    }
}
