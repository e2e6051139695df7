using System;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace GeneratedMigrations.CodeFixes
{
    /// <summary>
    /// On "not yet locked" (GM0100) and "lock not up to date" (GM0107): adds the migration's line to
    /// migrations.lock, creating the file with its header if the project has none.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToLockFileCodeFix)), Shared]
    public sealed class AddToLockFileCodeFix : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MigrationNotYetLocked.Id, DiagnosticDescriptors.LockNotUpToDate.Id);

        // Each fix edits the same additional file; Roslyn's batch fixer merges source documents only.
        // Locking every new migration at once is the command-line step (dotnet build -p:UpdateMigrationsLock=true).
        /// <inheritdoc />
        public override FixAllProvider? GetFixAllProvider() => null;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(LockRules.LockLineProperty, out var line) || line is null) continue;
                diagnostic.Properties.TryGetValue(LockRules.LockPathProperty, out var lockPath);
                var order = long.Parse(line.Substring(0, line.IndexOf(' ')), System.Globalization.CultureInfo.InvariantCulture);
                var fileName = Path.GetFileName(lockPath ?? LockFile.DefaultFileName);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Add migration {order} to {fileName}",
                        cancellationToken => AddLineAsync(context.Document.Project, lockPath, line, order, cancellationToken),
                        equivalenceKey: nameof(AddToLockFileCodeFix)),
                    diagnostic);
            }
            return Task.CompletedTask;
        }

        internal static async Task<Solution> AddLineAsync(Project project, string? lockPath, string line, long order, CancellationToken cancellationToken)
        {
            var lockDocument = FindLockDocument(project, lockPath);
            if (lockDocument is not null)
            {
                var text = await lockDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var updated = LockFile.Insert(text.ToString(), line, order);
                return project.Solution.WithAdditionalDocumentText(lockDocument.Id, SourceText.From(updated, text.Encoding ?? new System.Text.UTF8Encoding(false)));
            }

            var path = lockPath is { Length: > 0 } && Path.IsPathRooted(lockPath)
                ? lockPath
                : Path.Combine(Path.GetDirectoryName(project.FilePath) ?? "", LockFile.DefaultFileName);
            return project
                .AddAdditionalDocument(Path.GetFileName(path), SourceText.From(LockFile.Insert(null, line, order), new System.Text.UTF8Encoding(false)), filePath: path)
                .Project.Solution;
        }

        private static TextDocument? FindLockDocument(Project project, string? lockPath)
        {
            var documents = project.AdditionalDocuments;
            if (lockPath is { Length: > 0 })
            {
                var byPath = documents.FirstOrDefault(d => d.FilePath is not null && PathsEqual(d.FilePath, lockPath!));
                if (byPath is not null) return byPath;
            }
            return documents.FirstOrDefault(d => string.Equals(d.Name, Path.GetFileName(lockPath ?? LockFile.DefaultFileName), StringComparison.OrdinalIgnoreCase));
        }

        private static bool PathsEqual(string left, string right) =>
            string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.Ordinal);
    }
}
