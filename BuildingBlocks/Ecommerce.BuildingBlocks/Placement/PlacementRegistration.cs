using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Placement;

public static class PlacementRegistration
{
    // Each try of a question gets AttemptTimeout; all tries together TotalTimeout. The questions are reads, or take-outs
    // done once per order, so repeating a POST is safe.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Module questions answered in process or over HTTP by placement; one resilient HttpClient per remote module.</summary>
    public static IServiceCollection AddModulePlacement(this IServiceCollection services, ModulePlacement placement)
    {
        services.AddSingleton(placement);
        services.AddSingleton<ServiceCredential>();
        services.AddSingleton<RemoteModuleRequests>();
        services.AddHttpClient(); // also with no remote module: RemoteModuleRequests must resolve wherever services are validated
        services.AddScoped(typeof(IModuleRequestClient<,>), typeof(ModuleRequestClient<,>));
        foreach (var (module, host) in placement.Remote)
        {
            services.AddHttpClient(RemoteModuleRequests.ClientName(module), client => client.BaseAddress = WithTrailingSlash(host))
                .AddStandardResilienceHandler(options =>
                {
                    options.Retry.MaxRetryAttempts = 3;
                    options.Retry.Delay = TimeSpan.FromMilliseconds(100);
                    options.AttemptTimeout.Timeout = AttemptTimeout;
                    options.TotalRequestTimeout.Timeout = TotalTimeout;
                    options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
                    options.CircuitBreaker.MinimumThroughput = 20;
                    options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
                });
        }

        return services;
    }

    public static Uri WithTrailingSlash(Uri host) =>
        host.AbsoluteUri.EndsWith('/') ? host : new Uri(host.AbsoluteUri + "/");
}
