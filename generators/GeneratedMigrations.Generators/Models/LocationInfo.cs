using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GeneratedMigrations.Generators.Models
{
    /// <summary>A source location as plain values, so models stay cacheable (a <see cref="Location"/> holds a syntax tree).</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);

        /// <summary>File name and 1-based line, as messages show it: <c>CreateBooks.cs:12</c>.</summary>
        public string ShortDisplay => System.IO.Path.GetFileName(FilePath) + ":" + (LineSpan.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static LocationInfo? From(Location? location)
        {
            if (location is null || location.SourceTree is null) return null;
            return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
        }
    }
}
