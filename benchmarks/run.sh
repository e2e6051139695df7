#!/usr/bin/env bash
# Every runtime benchmark of issue 12 in one command, from the repository root or anywhere:
#   benchmarks/run.sh [whole-process options, e.g. --pairs 9 --counts 1000 --engines sqlite,pg]
# Builds the JIT start app, publishes the NativeAOT app, then runs the whole-process scenarios (SQLite rollback journal
# and WAL, PostgreSQL on a private server started like the tests' one; N = 20 and 1,000; up-to-date cold, warm, apply
# all; NativeAOT) and writes the tables to artifacts/bench/whole-process.md. The machine's load is in each table.
# CI only builds the benchmarks; timing runs belong on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release benchmarks/GeneratedMigrations.Benchmarks.StartApp
# SQLite only first (for its size), then the full app; the two publishes share the project's obj folder.
dotnet publish -c Release -p:NativeAot=true -p:SqliteOnly=true benchmarks/GeneratedMigrations.Benchmarks.AotApp -o artifacts/bench/aot-sqlite
dotnet publish -c Release -p:NativeAot=true benchmarks/GeneratedMigrations.Benchmarks.AotApp -o artifacts/bench/aot
dotnet build -c Release benchmarks/GeneratedMigrations.Benchmarks
dotnet benchmarks/GeneratedMigrations.Benchmarks/bin/Release/net10.0/GeneratedMigrations.Benchmarks.dll whole-process \
  --aot-app artifacts/bench/aot/GeneratedMigrations.Benchmarks.AotApp \
  --aot-sqlite-app artifacts/bench/aot-sqlite/GeneratedMigrations.Benchmarks.AotApp --out artifacts/bench/whole-process.md "$@"
# The generator benchmarks (1,000 and 10,000 migrations, in-process, step tracking) run from the same program when present:
#   dotnet benchmarks/GeneratedMigrations.Benchmarks/bin/Release/net10.0/GeneratedMigrations.Benchmarks.dll generator
