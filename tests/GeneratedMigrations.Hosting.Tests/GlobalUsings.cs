global using GeneratedMigrations.Hosting.Tests.Infrastructure;
global using GeneratedMigrations.Sqlite;
global using Microsoft.Data.Sqlite;
global using GeneratedMigrations.Npgsql.Tests.Infrastructure;
global using TestDatabase = GeneratedMigrations.Hosting.Tests.Infrastructure.TestDatabase;
