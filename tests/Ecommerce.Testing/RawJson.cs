using System.Text;

namespace Ecommerce.Testing;

/// <summary>Sends a body exactly as written, for JSON a serializer would not produce (wrong types, broken syntax).</summary>
public static class RawJson
{
    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, Content(json));

    public static Task<HttpResponseMessage> PatchRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PatchAsync(path, Content(json));

    private static StringContent Content(string json) => new(json, Encoding.UTF8, "application/json");
}
