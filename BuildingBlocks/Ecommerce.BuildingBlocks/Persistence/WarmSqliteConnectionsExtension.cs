using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>Carries a module's <see cref="WarmSqliteConnections"/> in its context options to its contexts' connections.</summary>
internal sealed class WarmSqliteConnectionsExtension(WarmSqliteConnections connections) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public WarmSqliteConnections Connections => connections;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    // The connections are data, not services: contexts with different ones share EF Core's internal service provider.
    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
