using System.Globalization;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging.Admin;
using Ecommerce.BuildingBlocks.Placement;
using Yarp.ReverseProxy.Configuration;

namespace Ecommerce.Host.Setup;

/// <summary>
/// Every host answers the whole contract: requests under a remote module's <see cref="Ecommerce.BuildingBlocks.Modules.IModule.PublicPaths"/>
/// (and the dead-letter admin API's requests for one of its dead letters) go to the host that runs it through YARP, unchanged both ways (method, path, query, body, headers; status, headers, body).
/// An owner that cannot be reached answers 503 problem details. The remote hosts' OpenAPI documents are served here too,
/// for Swagger UI (<see cref="RemoteDocuments"/>).
/// </summary>
internal static class FrontDoor
{
    private const int RetryAfterSeconds = 1;

    public static void AddFrontDoor(this IServiceCollection services, ModulePlacement placement, IReadOnlyList<BuildingBlocks.Modules.IModule> all)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var (module, host) in placement.Remote)
        {
            clusters.Add(new ClusterConfig
            {
                ClusterId = module,
                Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal) { [module] = new() { Address = host.AbsoluteUri } },
            });
            var paths = all.Single(candidate => string.Equals(candidate.Name, module, StringComparison.Ordinal)).PublicPaths
                .Append($"{DeadLetterAdmin.Path}/{module}:{{id}}"); // a dead letter's id names its module
            routes.AddRange(paths.SelectMany(path => new[] { path, path + "/{**rest}" })
                .Select((path, index) => new RouteConfig { RouteId = $"{module}-{index}", ClusterId = module, Match = new RouteMatch { Path = path } }));
        }

        routes.AddRange(RemoteDocuments.Of(placement).Select(document => new RouteConfig
        {
            RouteId = $"openapi-{document.Module}",
            ClusterId = document.Module,
            Match = new RouteMatch { Path = document.Path },
            Transforms =
            [
                new Dictionary<string, string>(StringComparer.Ordinal) { ["PathSet"] = RemoteDocuments.OwnDocumentPath },
                // The remote host then names this host as the server, so that "Try it out" goes through this front door.
                new Dictionary<string, string>(StringComparer.Ordinal) { ["RequestHeaderOriginalHost"] = "true" },
            ],
        }));
        services.AddReverseProxy().LoadFromMemory(routes, clusters);
    }

    public static void MapFrontDoor(this WebApplication app) =>
        app.MapReverseProxy(proxy => proxy.Use(async (context, next) =>
        {
            await next();
            if (context.GetForwarderErrorFeature() is { } failure && !context.Response.HasStarted)
            {
                app.Logger.LogWarning(failure.Exception, "Forwarding {Method} {Path} failed: {Error}", context.Request.Method, context.Request.Path, failure.Error);
                context.Response.Clear();
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, ApiProblems.ServiceUnavailable).ExecuteAsync(context);
            }
        }));
}
