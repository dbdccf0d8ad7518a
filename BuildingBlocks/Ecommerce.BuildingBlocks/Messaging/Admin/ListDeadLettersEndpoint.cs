using Ecommerce.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

internal sealed class ListDeadLettersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("", HandleAsync)
            .WithName("ListDeadLetters")
            .WithSummary("Lists the messages parked in every module: consumers that kept failing on a message, and outbox rows "
                + "the broker refused for good (consumer \"outbox\"), oldest failure first.");

    private static async Task<Ok<List<DeadLetterResponse>>> HandleAsync(DeadLetterStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));
}
