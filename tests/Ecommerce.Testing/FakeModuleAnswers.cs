using System.Collections.Concurrent;
using Ecommerce.BuildingBlocks.Placement;

namespace Ecommerce.Testing;

/// <summary>
/// Another module faked at its contract: answers a question with <paramref name="answer"/> and keeps what was asked.
/// Registered with <see cref="FakeNeighbours.Fake{TRequest, TResponse}"/>.
/// </summary>
public sealed class FakeModuleAnswers<TRequest, TResponse>(Func<TRequest, TResponse> answer) : IModuleRequestClient<TRequest, TResponse>
    where TRequest : class
    where TResponse : class
{
    private readonly ConcurrentQueue<TRequest> _asked = new();

    public IReadOnlyList<TRequest> Asked => _asked.ToList();

    public Task<TResponse> GetResponseAsync(TRequest request, CancellationToken cancellationToken)
    {
        _asked.Enqueue(request);
        return Task.FromResult(answer(request));
    }
}
