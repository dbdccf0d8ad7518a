namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>
/// Start-up work a module needs once its database is migrated (seeding roles, an admin user...).
/// Runs in its own scope before the host starts serving requests.
/// </summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
