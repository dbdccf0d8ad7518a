using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing;

public static class FakeNeighbours
{
    /// <summary>Lets <paramref name="fake"/> answer this host's <typeparamref name="TRequest"/> questions instead of the module that owns them.</summary>
    public static IServiceCollection Fake<TRequest, TResponse>(this IServiceCollection services, FakeModuleAnswers<TRequest, TResponse> fake)
        where TRequest : class
        where TResponse : class =>
        services.AddSingleton<Ecommerce.BuildingBlocks.Placement.IModuleRequestClient<TRequest, TResponse>>(fake);
}
