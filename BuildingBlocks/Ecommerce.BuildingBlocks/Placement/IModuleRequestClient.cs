namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// A question to another module, on request and response types from that module's <c>.Contracts</c>. Where the owner
/// runs in this process the answer comes from the in-process mediator; where it runs elsewhere, from its host's internal
/// endpoint over HTTP. The asking module's code is the same in both placements.
/// </summary>
public interface IModuleRequestClient<in TRequest, TResponse>
    where TRequest : class
    where TResponse : class
{
    /// <exception cref="ModuleUnavailableException">The owner's host could not be reached or did not answer.</exception>
    Task<TResponse> GetResponseAsync(TRequest request, CancellationToken cancellationToken);
}
