using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ecommerce.Bench.Driver;

/// <summary>The few calls of the public API the driver makes, each failing loudly on an unexpected answer.</summary>
internal sealed class Api(string url) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        BaseAddress = new Uri(url),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<string> LoginAsync(string email, string password)
    {
        var answer = await SendAsync(HttpMethod.Post, "/login", null, new { email, password });
        return (string)answer["token"]!;
    }

    public Task RegisterAsync(string username, string email, string password) =>
        SendAsync(HttpMethod.Post, "/register", null, new { username, email, password });

    public async Task<long> CreateProductAsync(string adminToken, string name)
    {
        var product = new { name, description = "benchmark product", price = 9.99m, stock = 1_000_000_000 };
        var answer = await SendAsync(HttpMethod.Post, "/product", adminToken, product);
        return (long)answer["id"]!;
    }

    public Task AddToCartAsync(string token, long productId) =>
        SendAsync(HttpMethod.Post, "/cart", token, new { productId, quantity = 1 });

    public async Task<long> PlaceOrderAsync(string token)
    {
        var answer = await SendAsync(HttpMethod.Post, "/order", token, null);
        return (long)answer["orderId"]!;
    }

    public async Task<string> OrderStatusAsync(string token, long orderId)
    {
        var answer = await SendAsync(HttpMethod.Get, $"/order/{orderId}", token, null);
        return (string)answer["status"]!;
    }

    public async Task<JsonArray> OrdersAsync(string token) =>
        (JsonArray)await SendAsync(HttpMethod.Get, "/orders", token, null);

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!;
    }
}
