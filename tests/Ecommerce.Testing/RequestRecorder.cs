using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing;

/// <summary>
/// Notes every request a host receives, as it arrives (before anything else of the host sees it), to show what a proxy
/// in front of it passed on: <c>configureServices: services => services.RecordRequests(recorder)</c>.
/// </summary>
public sealed class RequestRecorder : IStartupFilter
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var request = context.Request;
            _requests.Enqueue(new RecordedRequest(
                request.Method,
                request.Path,
                request.QueryString.Value ?? "",
                request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            return nextMiddleware(context);
        });
        next(app);
    };
}

public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers);

public static class RequestRecording
{
    public static IServiceCollection RecordRequests(this IServiceCollection services, RequestRecorder recorder) =>
        services.AddSingleton<IStartupFilter>(recorder);
}
