using Ecommerce.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Modules;

public static class ModuleHostingExtensions
{
    public static IServiceCollection AddModules(
        this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        services.AddMediator(mediator =>
        {
            foreach (var module in modules)
            {
                module.AddRequestConsumers(mediator);
            }
        });
        return services;
    }

    public static void MapModules(this IEndpointRouteBuilder endpoints, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
        {
            module.MapEndpoints(endpoints);
        }
    }

    /// <summary>Applies every module's migrations, then runs the modules' initializers.</summary>
    public static async Task InitializeModulesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAllAsync(cancellationToken);
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }
}
