using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ecommerce.ArchitectureTests;

public static class DesignTimeContexts
{
    public static IReadOnlyList<DesignTimeContext> All { get; } = ModuleAssemblies.All
        .SelectMany(module => module.Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsClass: true } && type.GetInterfaces().Any(IsFactoryInterface))
            .Select(factory => new DesignTimeContext(module, ProviderOf(factory), factory)))
        .ToList();

    public static IEnumerable<TestCaseData> AllCases() =>
        All.Select(context => new TestCaseData(context).SetArgDisplayNames(context.ToString()));

    public static IEnumerable<TestCaseData> SqlServerCases() =>
        AllCases().Where(data => ((DesignTimeContext)data.Arguments[0]!).Provider == Provider.SqlServer);

    public static IEnumerable<TestCaseData> SqliteCases() =>
        AllCases().Where(data => ((DesignTimeContext)data.Arguments[0]!).Provider == Provider.Sqlite);

    private static bool IsFactoryInterface(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>);

    private static Provider ProviderOf(Type factory) =>
        factory.Name.StartsWith("SqlServer", StringComparison.Ordinal) ? Provider.SqlServer
        : factory.Name.StartsWith("Sqlite", StringComparison.Ordinal) ? Provider.Sqlite
        : throw new InvalidOperationException($"{factory.FullName} names no provider (Sqlite... or SqlServer...).");
}

public enum Provider
{
    Sqlite,
    SqlServer,
}

/// <summary>A module's provider-specific DbContext as `dotnet ef` builds it: from its design-time factory, with no server.</summary>
public sealed record DesignTimeContext(ModuleAssembly Module, Provider Provider, Type Factory)
{
    public DbContext Create()
    {
        var factory = Activator.CreateInstance(Factory)!;
        var create = Factory.GetInterfaces()
            .Single(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;
    }

    public override string ToString() => $"{Module.Name}/{Provider}";
}
