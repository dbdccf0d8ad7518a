using Ecommerce.BuildingBlocks.Placement;

namespace Ecommerce.Host.Setup;

/// <summary>One OpenAPI document per other host of the deployment, fetched through this host, for Swagger UI's definition selector.</summary>
internal sealed record RemoteDocuments(string Module, string Name, string Path)
{
    public const string OwnDocumentPath = "/swagger/v1/swagger.json";

    /// <summary>Remote modules grouped by host; each host's document is named after its modules and reached by its first one.</summary>
    public static IReadOnlyList<RemoteDocuments> Of(ModulePlacement placement) =>
        placement.Remote.GroupBy(remote => remote.Value.AbsoluteUri, StringComparer.Ordinal)
            .Select(host => host.Select(remote => remote.Key).ToList())
            .Select(modules => new RemoteDocuments(
                modules[0],
                string.Join(", ", modules.Select(ModulePlacement.DisplayName)),
                $"/swagger/remote/{modules[0]}/swagger.json"))
            .ToList();
}
