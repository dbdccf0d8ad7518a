using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing;

/// <summary>
/// The test server has no TCP peer. With <see cref="Allow"/>, a request's <see cref="Header"/> sets the address it comes
/// from, before any of the host's middleware runs, as a real connection would: the header itself never reaches the host.
/// </summary>
public static class PeerAddress
{
    public const string Header = "X-Test-Peer-Address";

    public static void Allow(IServiceCollection services) => services.AddSingleton<IStartupFilter, PeerAddressFilter>();

    /// <summary>A request to <paramref name="path"/> from <paramref name="peer"/>, optionally through <c>X-Forwarded-For</c>.</summary>
    public static HttpRequestMessage From(string peer, HttpMethod method, string path, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(Header, peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.Remove(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
