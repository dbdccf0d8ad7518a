using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

internal sealed class DiscardDeadLetterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/{id}", HandleAsync)
            .WithName("DiscardDeadLetter")
            .WithSummary("Discards a parked message: it leaves the list, a later redelivery of it is skipped as handled, "
                + "and a parked outbox row is dropped.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(string id, DeadLetterStore store, CancellationToken cancellationToken) =>
        await store.DiscardAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound(DeadLetterAdmin.NotFound);
}
