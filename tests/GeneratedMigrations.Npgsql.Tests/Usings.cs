global using GeneratedMigrations.Npgsql.Tests.Infrastructure;
