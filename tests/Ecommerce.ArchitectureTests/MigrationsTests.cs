using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// The checked-in migrations of both providers match the model, and the SQL Server ones build the module's
/// schema. Nothing here contacts a server: scripts are generated offline.
/// </summary>
public sealed class MigrationsTests
{
    private static readonly Dictionary<string, string[]> MainTables = new(StringComparer.Ordinal)
    {
        ["users"] = ["AspNetUsers", "AspNetRoles", "AspNetUserRoles", "OutboxMessages", "InboxMessages"],
        ["catalog"] = ["Products", "StockReservations", "StockReservationLines", "OutboxMessages", "InboxMessages"],
    };

    [Test]
    public void Every_module_has_a_design_time_factory_per_provider()
    {
        var found = DesignTimeContexts.All.Select(context => context.ToString());

        var expected = ModuleAssemblies.All.SelectMany(module => new[] { $"{module.Name}/Sqlite", $"{module.Name}/SqlServer" });
        Assert.That(found, Is.EquivalentTo(expected));
    }

    [TestCaseSource(typeof(DesignTimeContexts), nameof(DesignTimeContexts.AllCases))]
    public void The_migrations_leave_no_model_change_pending(DesignTimeContext design)
    {
        using var context = design.Create();

        Assert.That(context.Database.HasPendingModelChanges(), Is.False, $"run `dotnet ef migrations add` for {design}");
    }

    [TestCaseSource(typeof(DesignTimeContexts), nameof(DesignTimeContexts.SqlServerCases))]
    public void The_SQL_Server_script_creates_every_table_in_the_modules_schema(DesignTimeContext design)
    {
        using var context = design.Create();
        var schema = design.Module.Schema;

        var script = context.GetService<IMigrator>().GenerateScript();

        var tables = context.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(context.Model.GetDefaultSchema(), Is.EqualTo(schema));
            Assert.That(script, Does.Contain($"CREATE SCHEMA [{schema}]"));
            Assert.That(script, Does.Contain($"CREATE TABLE [{schema}].[__EFMigrationsHistory]"));
            foreach (var table in tables.Concat(MainTables.GetValueOrDefault(schema, [])))
            {
                Assert.That(script, Does.Contain($"CREATE TABLE [{schema}].[{table}]"));
            }

            Assert.That(script, Does.Not.Contain("CREATE TABLE [dbo]."));
        });
    }

    [TestCaseSource(typeof(DesignTimeContexts), nameof(DesignTimeContexts.SqlServerCases))]
    public void The_known_modules_have_their_main_tables_in_the_model(DesignTimeContext design)
    {
        using var context = design.Create();
        var schema = design.Module.Schema;

        var tables = context.Model.GetEntityTypes().Select(entity => entity.GetTableName());

        Assert.That(tables, Is.SupersetOf(MainTables.GetValueOrDefault(schema, ["OutboxMessages", "InboxMessages"])));
    }

    [TestCase(Provider.Sqlite)]
    [TestCase(Provider.SqlServer)]
    public void The_catalog_database_itself_refuses_negative_stock(Provider provider)
    {
        var design = DesignTimeContexts.All.Single(context => string.Equals(context.Module.Name, "Catalog", StringComparison.Ordinal) && context.Provider == provider);
        using var context = design.Create();

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.That(script, Does.Contain("CONSTRAINT [CK_Products_Stock] CHECK (\"Stock\" >= 0)").Or.Contain("CONSTRAINT \"CK_Products_Stock\" CHECK (\"Stock\" >= 0)"));
    }

    [TestCaseSource(typeof(DesignTimeContexts), nameof(DesignTimeContexts.SqliteCases))]
    public void The_SQLite_script_creates_every_table_without_a_schema(DesignTimeContext design)
    {
        using var context = design.Create();

        var script = context.GetService<IMigrator>().GenerateScript();

        var tables = context.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(context.Model.GetDefaultSchema(), Is.Null);
            foreach (var table in tables)
            {
                Assert.That(script, Does.Contain($"CREATE TABLE \"{table}\""));
            }
        });
    }
}
