#!/usr/bin/env python3
"""Writes the trivial migrations (one CREATE TABLE each) of the whole-process benchmarks.

TrivialMigrations.g.cs: 1,000 GeneratedMigrations classes, compiled by two catalogue libraries,
GeneratedMigrations.Benchmarks.Catalog20 (FIRST20 defined: only the first 20 exist) and ...Catalog1000.
TrivialEfMigrations.g.cs: the same histories as EF Core migrations (20 for Ef20Context, 1,000 for Ef1000Context),
compiled into the start app. Run it again only to change the shape; the output is committed.
"""
import pathlib

COUNT = 1000
here = pathlib.Path(__file__).parent


def sql(i):
    return f"CREATE TABLE t{i:04d} (id INTEGER PRIMARY KEY)"


gm = [
    "// Written by make_trivial_migrations.py: 1,000 trivial migrations for the whole-process benchmarks. Do not edit.",
    "#if FIRST20",
    "namespace Catalog20;",
    "#else",
    "namespace Catalog1000;",
    "#endif",
    "",
]
for i in range(1, COUNT + 1):
    if i == 21:
        gm.append("#if !FIRST20")
    gm += [
        f'[global::GeneratedMigrations.Migration({i}, "create_t{i:04d}")]',
        f"public sealed class M{i:04d} : global::GeneratedMigrations.IMigration",
        "{",
        f'    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("{sql(i)}", ct);',
        "}",
        "",
    ]
gm.append("#endif")
(here / "TrivialMigrations.g.cs").write_text("\n".join(gm) + "\n", encoding="utf-8")

ef = [
    "// Written by make_trivial_migrations.py: the trivial histories as EF Core migrations. Do not edit.",
    "using Microsoft.EntityFrameworkCore.Infrastructure;",
    "using Microsoft.EntityFrameworkCore.Migrations;",
    "",
]
for count in (20, COUNT):
    ef += [f"namespace StartApp.Ef{count}", "{"]
    for i in range(1, count + 1):
        ef += [
            f"    [DbContext(typeof(Ef{count}Context))]",
            f'    [Migration("20250101{i:06d}_create_t{i:04d}")]',
            f"    public sealed class M{i:04d} : Migration",
            "    {",
            f'        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("{sql(i)}");',
            "    }",
            "",
        ]
    ef += ["}", ""]
(here / "TrivialEfMigrations.g.cs").write_text("\n".join(ef), encoding="utf-8")
