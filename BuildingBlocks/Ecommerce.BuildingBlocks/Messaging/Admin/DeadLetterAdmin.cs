using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

/// <summary>
/// The admin API over every module's dead letters (<c>/admin/dead-letters</c>, Admin role). It belongs to no module:
/// messaging is a building block, and the host maps it beside the modules.
/// </summary>
public static class DeadLetterAdmin
{
    public const string Path = "/admin/dead-letters";
    public const string NotFound = "Dead letter not found";
    public const string ReplayScheduled = "Replay scheduled";

    private static readonly IEndpoint[] Endpoints = [new ListDeadLettersEndpoint(), new ReplayDeadLetterEndpoint(), new DiscardDeadLetterEndpoint()];

    internal static IServiceCollection AddDeadLetterAdmin(this IServiceCollection services)
    {
        services.AddSingleton<DeadLetterStore>();
        services.AddSingleton<DeadLetterReplays>();
        services.AddHostedService(provider => provider.GetRequiredService<DeadLetterReplays>());
        return services;
    }

    public static void MapDeadLetterAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path);
        group.WithTags("Admin").RequireAdmin();
        foreach (var endpoint in Endpoints)
        {
            endpoint.Map(group);
        }
    }
}
