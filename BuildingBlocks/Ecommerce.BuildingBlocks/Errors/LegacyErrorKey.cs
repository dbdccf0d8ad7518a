namespace Ecommerce.BuildingBlocks.Errors;

/// <summary>
/// Endpoint metadata: validation errors of this endpoint also carry <c>"error": "Validation error"</c>,
/// the key the seed's cart clients read.
/// </summary>
public sealed class LegacyErrorKey
{
    public static readonly LegacyErrorKey Instance = new();

    private LegacyErrorKey()
    {
    }
}
