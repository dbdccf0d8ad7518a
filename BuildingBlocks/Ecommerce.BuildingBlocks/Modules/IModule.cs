using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>
/// The seam between the host and a module: the host lists its modules explicitly and asks each one
/// to register its services, its in-process request consumers and its HTTP endpoints.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case module name; also its database schema and its Kafka topic suffix.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Request/response consumers other modules may call through the in-process mediator.</summary>
    void AddRequestConsumers(IMediatorRegistrationConfigurator mediator)
    {
    }

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
