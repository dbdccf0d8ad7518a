using Ecommerce.BuildingBlocks.Modules;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>Asks in process when the request's owner runs here, over HTTP when it runs elsewhere.</summary>
internal sealed class ModuleRequestClient<TRequest, TResponse>(ModulePlacement placement, IServiceProvider services)
    : IModuleRequestClient<TRequest, TResponse>
    where TRequest : class
    where TResponse : class
{
    private static readonly string Owner = ModuleNames.OwnerOfContract(typeof(TRequest))
        ?? throw new InvalidOperationException($"{typeof(TRequest).FullName} is in no module's contracts: no module answers it.");

    public async Task<TResponse> GetResponseAsync(TRequest request, CancellationToken cancellationToken)
    {
        if (placement.IsLocal(Owner))
        {
            var client = services.GetRequiredService<IRequestClient<TRequest>>();
            try
            {
                return (await client.GetResponse<TResponse>(request, cancellationToken)).Message;
            }
            catch (RequestException) when (cancellationToken.IsCancellationRequested)
            {
                // The caller gave up (a client hung up) while the question was answered: the answer found nobody
                // waiting, and MassTransit reports that as a fault of the request, which is a cancellation here.
                throw new OperationCanceledException(cancellationToken);
            }
        }

        return await services.GetRequiredService<RemoteModuleRequests>().SendAsync<TRequest, TResponse>(Owner, request, cancellationToken);
    }
}
