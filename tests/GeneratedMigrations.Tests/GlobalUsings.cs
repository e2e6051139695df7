global using GeneratedMigrations.Sqlite;
global using GeneratedMigrations.Tests.Infrastructure;
global using Microsoft.Data.Sqlite;
