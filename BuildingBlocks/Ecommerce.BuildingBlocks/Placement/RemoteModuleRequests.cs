using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// Sends a question to the internal endpoint of the host that runs its module, with the service credential, through
/// that module's named HttpClient (its timeouts, retries and circuit breaker: <see cref="PlacementRegistration"/>).
/// </summary>
internal sealed class RemoteModuleRequests(IHttpClientFactory clients, ServiceCredential credential, ILogger<RemoteModuleRequests> logger)
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static string ClientName(string module) => $"modules.{module}";

    public async Task<TResponse> SendAsync<TRequest, TResponse>(string module, TRequest request, CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, InternalRoutes.Of(module, typeof(TRequest), typeof(TResponse)).TrimStart('/'))
        {
            Content = JsonContent.Create(request, options: Json),
        };
        message.Headers.Add(ServiceCredential.HeaderName, credential.Value);
        try
        {
            using var response = await clients.CreateClient(ClientName(module)).SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw Unavailable(module, $"its host answered {(int)response.StatusCode}", null);
            }

            return await response.Content.ReadFromJsonAsync<TResponse>(Json, cancellationToken)
                ?? throw Unavailable(module, "its host answered null", null);
        }
        catch (Exception error) when (error is HttpRequestException or ExecutionRejectedException or JsonException
                                      || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable(module, error.Message, error);
        }
    }

    private ModuleUnavailableException Unavailable(string module, string reason, Exception? error)
    {
        logger.LogWarning(error, "The {Module} module's host did not answer: {Reason}", module, reason);
        return new ModuleUnavailableException(module, reason, error);
    }
}
