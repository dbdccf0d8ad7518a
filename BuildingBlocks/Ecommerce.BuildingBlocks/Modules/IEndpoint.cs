using Microsoft.AspNetCore.Routing;

namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>
/// One HTTP endpoint of a module, in a file of its own (<c>&lt;Feature&gt;/&lt;Feature&gt;Endpoint.cs</c>). The module
/// seam finds every one in the module and maps it into the module's route group; nothing lists them.
/// </summary>
public interface IEndpoint
{
    void Map(IEndpointRouteBuilder endpoints);
}
