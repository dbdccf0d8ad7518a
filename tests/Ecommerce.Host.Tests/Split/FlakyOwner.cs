using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.Host.Tests.Split;

/// <summary>Makes a host answer the next internal requests 503 before anything else of it sees them, then counts what arrives.</summary>
internal sealed class FlakyOwner : IStartupFilter
{
    private int _failuresLeft;
    private int _arrived;

    public int Arrived => Volatile.Read(ref _arrived);

    public void FailNext(int requests) => Volatile.Write(ref _failuresLeft, requests);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (!context.Request.Path.StartsWithSegments("/internal", StringComparison.Ordinal))
            {
                return nextMiddleware(context);
            }

            Interlocked.Increment(ref _arrived);
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
