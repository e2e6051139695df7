using System.Text;

namespace GeneratedMigrations.Generators.Helpers
{
    /// <summary>Writes C# with four-space indentation and \n line endings, so output is identical on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;

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
    }
}
