global using GeneratedMigrations.Hosting.Tests.Infrastructure;
global using GeneratedMigrations.Sqlite;
global using Microsoft.Data.Sqlite;
