namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// Where a host answers other hosts' questions to its modules: <c>POST /internal/{module}/{request}/{response}</c>, named by
/// the contract types' short names. Not part of the public contract; only the service credential opens it.
/// </summary>
public static class InternalRoutes
{
    public const string Prefix = "/internal";
    public const string Pattern = Prefix + "/{module}/{request}/{response}";

    public static string Of(string module, Type request, Type response) => $"{Prefix}/{module}/{request.Name}/{response.Name}";
}
