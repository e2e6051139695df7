# shellcheck shell=bash
# The package path, as a new user takes it (sourced by .ci/run, which defines check, $root and $out):
# pack every library into a local folder, then, in a project created outside the repository that references
# only GeneratedMigrations.Sqlite from that folder, paste the README's quick start, build, migrate a fresh
# SQLite file twice, scaffold a migration with NewMigration and apply and lock it, fail the build with GM0001
# on a duplicate order, and publish with NativeAOT (zero IL warnings) and run the native binary.
#
# One restore serves every step: the consumer's project file sets PublishAot and its RuntimeIdentifier, so the
# restore done by `dotnet add package` already holds the NativeAOT packs, and later steps use --no-restore.
# A fresh packages folder (NUGET_PACKAGES) ensures that a stale GeneratedMigrations 0.1.0 from an earlier run can
# never be used instead of the one just packed.

consumer_feed="$root/artifacts/packages"
consumer_work=""   # the temp folder outside the repository, set by consumer_pack
consumer_app=""    # $consumer_work/MyApp
consumer_built=""  # set once the quick start built: the later steps need it

# The documented command (README, "Install"), with ContinuousIntegrationBuild as a release build would set it.
consumer_pack() {
  rm -rf "$consumer_feed"
  consumer_work=$(mktemp -d "${TMPDIR:-/tmp}/gm-consumer.XXXXXX") || return 1
  consumer_app="$consumer_work/MyApp"
  # In the publish lane's copy of the tree ($publish_root, see .ci/run), into this tree's artifacts/packages.
  timeout --kill-after=1m "${publish_limit:-30m}" dotnet pack "${publish_root:-$root}/GeneratedMigrations.sln" -o "$consumer_feed" \
    -p:ContinuousIntegrationBuild=true \
    > "$out/consumer-pack.log" 2>&1 || { tail -30 "$out/consumer-pack.log"; return 1; }
  local package missing=0
  for package in GeneratedMigrations GeneratedMigrations.Sqlite GeneratedMigrations.Npgsql GeneratedMigrations.CommandLine; do
    [ -f "$consumer_feed/$package.0.1.0.nupkg" ] && [ -f "$consumer_feed/$package.0.1.0.snupkg" ] || { echo "missing $package.0.1.0.nupkg/.snupkg"; missing=1; }
  done
  [ $missing -eq 0 ] || return 1
  # What a company checks before adopting a package: licence, readme, repository, the generator and build targets inside.
  local nuspec
  nuspec=$(unzip -p "$consumer_feed/GeneratedMigrations.0.1.0.nupkg" GeneratedMigrations.nuspec)
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" && grep -q '<readme>README.md</readme>' <<<"$nuspec" \
    && grep -q '<repository type="git" url="https://github.com/generated-migrations/GeneratedMigrations.git"' <<<"$nuspec" \
    || { echo "GeneratedMigrations.nuspec lacks the licence, readme or repository:"; echo "$nuspec"; return 1; }
  local files
  files=$(unzip -l "$consumer_feed/GeneratedMigrations.0.1.0.nupkg")
  grep -q 'analyzers/dotnet/cs/GeneratedMigrations.Generators.dll' <<<"$files" \
    && grep -q 'buildTransitive/GeneratedMigrations.Scaffolding.targets' <<<"$files" \
    && grep -q 'tasks/netstandard2.0/GeneratedMigrations.Tasks.dll' <<<"$files" \
    || { echo "the GeneratedMigrations package lacks the generator, the build targets or their tasks:"; echo "$files"; return 1; }
}

# dotnet in the consumer's folder, with its own packages folder and no MSBuild settings inherited from this repository.
consumer_dotnet() {
  (cd "$consumer_app" && env -u MSBuildSDKsPath -u MSBUILD_EXE_PATH NUGET_PACKAGES="$consumer_work/packages" \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet "$@")
}

# The README's quick start, word for word: dotnet new console, the local source, one package, the snippet.
consumer_quick_start() {
  [ -n "$consumer_work" ] || return 1
  local log="$out/consumer-quick-start.log"
  (cd "$consumer_work" && dotnet new console -n MyApp -o MyApp --framework net10.0) > "$log" 2>&1 || { cat "$log"; return 1; }
  consumer_dotnet new nugetconfig >> "$log" 2>&1 \
    && consumer_dotnet nuget add source "$consumer_feed" -n local-generated-migrations --configfile nuget.config >> "$log" 2>&1 \
    || { cat "$log"; return 1; }
  # NativeAOT as the README says (PublishAot in the project file); the RuntimeIdentifier makes build and publish share one restore.
  sed -i 's|</OutputType>|</OutputType>\n    <PublishAot>true</PublishAot>\n    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>|' "$consumer_app/MyApp.csproj"
  consumer_dotnet add package GeneratedMigrations.Sqlite >> "$log" 2>&1 || { cat "$log"; return 1; }
  if grep -q 'ProjectReference' "$consumer_app/MyApp.csproj"; then echo "the consumer references a project"; return 1; fi
  # The snippet: the first csharp block after the marker in the README.
  awk '/<!-- quick-start: Program.cs/ {found=1; next} found && /^```csharp/ {inside=1; next} inside && /^```/ {exit} inside {print}' \
    "$root/README.md" > "$consumer_app/Program.cs"
  [ -s "$consumer_app/Program.cs" ] || { echo "no quick-start snippet found in README.md"; return 1; }
  consumer_dotnet build --no-restore -nologo >> "$log" 2>&1 || { tail -40 "$log"; return 1; }
  consumer_built=1
  local dll="$consumer_app/bin/Debug/net10.0/linux-x64/MyApp.dll"
  (cd "$consumer_work" && rm -f app.db && dotnet "$dll" > first.txt 2>&1 && dotnet "$dll" > second.txt 2>&1) \
    || { cat "$consumer_work/first.txt" "$consumer_work/second.txt" 2>/dev/null; return 1; }
  cat "$consumer_work/first.txt" "$consumer_work/second.txt"
  grep -q '^Applied 1 migration' "$consumer_work/first.txt" && grep -q '^Database is up to date' "$consumer_work/second.txt"
}

# NewMigration from the package's build targets: the next migration, written by the user, applied, then locked.
consumer_scaffold() {
  [ -n "$consumer_built" ] || { echo "skipped: the quick start did not build"; return 1; }
  local log="$out/consumer-scaffold.log"
  consumer_dotnet build --no-restore -nologo -p:UpdateMigrationsLock=true > "$log" 2>&1 || { tail -30 "$log"; return 1; }
  consumer_dotnet msbuild -t:NewMigration -p:MigrationName="add loan due date" -nologo >> "$log" 2>&1 || { tail -30 "$log"; return 1; }
  local file="$consumer_app/Migrations/M0002_AddLoanDueDate.cs"
  grep -q "Created $file (migration 2 add_loan_due_date)" "$log" || { cat "$log"; return 1; }
  # The user writes it: the template throws until then.
  sed -i 's|^        throw new NotImplementedException(.*|        return db.ExecuteAsync("ALTER TABLE books ADD COLUMN due_date TEXT", ct);|' "$file"
  # A used name is refused.
  if consumer_dotnet msbuild -t:NewMigration -p:MigrationName="create books" -nologo >> "$log" 2>&1; then echo "NewMigration accepted a used name"; return 1; fi
  consumer_dotnet build --no-restore -nologo -p:UpdateMigrationsLock=true >> "$log" 2>&1 || { tail -30 "$log"; return 1; }
  grep -q '^2 [0-9a-f]\{32\} add_loan_due_date$' "$consumer_app/migrations.lock" || { cat "$log" "$consumer_app/migrations.lock"; return 1; }
  (cd "$consumer_work" && dotnet "$consumer_app/bin/Debug/net10.0/linux-x64/MyApp.dll" > third.txt 2>&1) || { cat "$consumer_work/third.txt"; return 1; }
  cat "$consumer_work/third.txt"
  grep -q '^Applied 1 migration' "$consumer_work/third.txt"
}

# Two migrations with one order fail the consumer's build with GM0001 (the generator came with the package).
consumer_duplicate_order() {
  [ -n "$consumer_built" ] || { echo "skipped: the quick start did not build"; return 1; }
  local log="$out/consumer-gm0001.log" file="$consumer_app/Migrations/Duplicate.cs"
  mkdir -p "$consumer_app/Migrations"
  cat > "$file" <<'EOF'
using GeneratedMigrations;

[Migration(1, "create_authors")]
public sealed class CreateAuthors : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE authors (id INTEGER PRIMARY KEY)", ct);
}
EOF
  local status=0
  consumer_dotnet build --no-restore -nologo > "$log" 2>&1 && status=1
  rm -f "$file"
  [ $status -eq 0 ] || { echo "the build succeeded although two migrations share order 1"; return 1; }
  grep -q 'error GM0001: Migration order 1 of .CreateAuthors. is also used by .CreateBooks.' "$log" || { tail -20 "$log"; return 1; }
}

# NativeAOT publish of the consumer (net10.0) with no IL2xxx/IL3xxx warning; the binary migrates a fresh file twice.
consumer_native_aot() {
  [ -n "$consumer_built" ] || { echo "skipped: the quick start did not build"; return 1; }
  local log="$out/consumer-aot.log" publish="$consumer_work/publish"
  consumer_dotnet publish --no-restore -nologo -c Release -o "$publish" > "$log" 2>&1
  local status=$?
  if grep -E 'IL[23][0-9]{3}' "$log"; then echo "trim/AOT warnings in the consumer's NativeAOT publish"; return 1; fi
  [ $status -eq 0 ] || { tail -30 "$log"; return 1; }
  [ -x "$publish/MyApp" ] && [ -f "$publish/libe_sqlite3.so" ] || { ls "$publish"; echo "no native MyApp with libe_sqlite3.so beside it"; return 1; }
  local run="$consumer_work/aot-run"
  mkdir -p "$run"
  (cd "$run" && "$publish/MyApp" > first.txt 2>&1 && "$publish/MyApp" > second.txt 2>&1) || { cat "$run"/*.txt; return 1; }
  cat "$run/first.txt" "$run/second.txt"
  grep -q '^Applied 2 migration' "$run/first.txt" && grep -q '^Database is up to date' "$run/second.txt"
}

consumer_cleanup() {
  [ -n "$consumer_work" ] && rm -rf "$consumer_work"
  return 0
}
