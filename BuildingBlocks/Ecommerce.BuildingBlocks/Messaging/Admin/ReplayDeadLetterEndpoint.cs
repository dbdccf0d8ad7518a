using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

internal sealed class ReplayDeadLetterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/{id}/replay", HandleAsync)
            .WithName("ReplayDeadLetter")
            .WithSummary("Sends a parked message through its consumer's inbox again (an outbox row back to its broker). "
                + "On success it leaves the list; on failure it is parked again with the new error.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Accepted<MessageResponse>, ProblemHttpResult>> HandleAsync(
        string id, DeadLetterStore store, DeadLetterReplays replays, CancellationToken cancellationToken)
    {
        var found = await store.WithAsync(
            id,
            async (db, letter, token) =>
            {
                if (string.Equals(letter.Consumer, DeadLetter.Outbox, StringComparison.Ordinal))
                {
                    return await DeadLetterStore.UnparkAsync(db, letter, token);
                }

                replays.Schedule(letter);
                return true;
            },
            cancellationToken);
        return found
            ? TypedResults.Accepted((string?)null, new MessageResponse(DeadLetterAdmin.ReplayScheduled))
            : ApiProblems.NotFound(DeadLetterAdmin.NotFound);
    }
}
