using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using GeneratedMigrations.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>
/// Finds values that break the generator's caching when kept in a pipeline step: Roslyn objects that pin a
/// compilation (and never compare equal across runs), and collections that compare by reference.
/// </summary>
internal static class ModelShape
{
    private static readonly Type[] RoslynObjects =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SyntaxToken), typeof(Location),
        typeof(SemanticModel), typeof(Compilation), typeof(AttributeData), typeof(TypedConstant),
    ];

    /// <summary>Every problem found in <paramref name="value"/> and everything it holds, each with its path.</summary>
    public static List<string> Problems(object? value, string path)
    {
        var problems = new List<string>();
        Walk(value, path, problems, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return problems;
    }

    private static void Walk(object? value, string path, List<string> problems, HashSet<object> seen)
    {
        if (value is null) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal) return;
        if (!type.IsValueType && !seen.Add(value)) return;

        if (RoslynObjects.FirstOrDefault(forbidden => forbidden.IsAssignableFrom(type)) is { } roslyn)
        {
            problems.Add($"{path}: {roslyn.Name} ({type.Name}) keeps the compilation alive and never compares equal across runs");
            return;
        }
        // Immutable and compared by its fields: fine to keep, nothing inside to check.
        if (value is DiagnosticDescriptor) return;
        if (type.IsArray)
        {
            problems.Add($"{path}: a bare array ({type.Name}) compares by reference; use EquatableArray<T>");
            return;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            problems.Add($"{path}: an ImmutableArray compares by reference; use EquatableArray<T>");
            return;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var index = 0;
            foreach (var item in (IEnumerable)value) Walk(item, $"{path}[{index++}]", problems, seen);
            return;
        }
        if (!type.IsValueType && type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType == typeof(object))
        {
            problems.Add($"{path}: {type.Name} compares by reference; make it a record or implement IEquatable<T>");
            return;
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), $"{path}.{FieldName(field)}", problems, seen);
            }
        }
    }

    // Records keep properties in "<Name>k__BackingField"; show "Name".
    private static string FieldName(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;
}
