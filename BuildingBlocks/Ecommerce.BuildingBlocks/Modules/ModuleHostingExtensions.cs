using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Placement;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Modules;

public static class ModuleHostingExtensions
{
    /// <summary>Each module's own services, then what <see cref="ModuleConventions"/> finds in it; request consumers join one mediator.</summary>
    public static IServiceCollection AddModules(
        this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        var requestConsumers = new List<(string Module, Type Consumer)>();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
            requestConsumers.AddRange(services.AddModuleParts(module).Select(consumer => (module.Name, consumer)));
        }

        services.AddMediator(mediator => requestConsumers.ForEach(pair => mediator.AddConsumer(pair.Consumer)));
        services.AddSingleton(new ModuleQuestions(requestConsumers.SelectMany(pair =>
            ModuleConventions.ConsumedMessages(pair.Consumer).Select(request => (pair.Module, request)))));
        return services;
    }

    /// <summary>Maps every endpoint of each module into a route group the module configures.</summary>
    public static void MapModules(this IEndpointRouteBuilder endpoints, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
        {
            var group = endpoints.MapGroup("");
            module.ConfigureEndpoints(group);
            var found = endpoints.ServiceProvider.GetKeyedServices<IEndpoint>(module.Name);
            foreach (var endpoint in found.OrderBy(endpoint => endpoint.GetType().FullName, StringComparer.Ordinal))
            {
                endpoint.Map(group);
            }
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
