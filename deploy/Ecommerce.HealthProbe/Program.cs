// Exits 0 when the host's liveness endpoint answers 2xx within 3 seconds, 1 otherwise.
// Usage: dotnet Ecommerce.HealthProbe.dll [url]; the default is /health/live on the container's HTTP port.
var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split([',', ';'])[0].Trim();
var url = args.Length > 0 ? args[0] : $"http://127.0.0.1:{port}/health/live";

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
try
{
    using var response = await client.GetAsync(new Uri(url));
    Console.WriteLine($"{url}: {(int)response.StatusCode}");
    return response.IsSuccessStatusCode ? 0 : 1;
}
catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
{
    Console.WriteLine($"{url}: {failure.Message}");
    return 1;
}
