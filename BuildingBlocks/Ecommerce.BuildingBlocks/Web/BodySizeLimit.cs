using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Ecommerce.BuildingBlocks.Web;

/// <summary>Endpoint metadata: the largest request body the endpoint reads, below the host's 1 MB.</summary>
public sealed class BodySizeLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}

public static class BodySizeLimits
{
    /// <summary>Bodies above <paramref name="bytes"/> answer 413 before they are read; documents the 413.</summary>
    public static RouteHandlerBuilder WithMaxBodySize(this RouteHandlerBuilder builder, long bytes) =>
        builder.WithMetadata(new BodySizeLimit(bytes)).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
