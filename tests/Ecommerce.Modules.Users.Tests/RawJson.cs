using System.Text;

namespace Ecommerce.Modules.Users.Tests;

internal static class RawJson
{
    /// <summary>Posts <paramref name="json"/> exactly as written, for bodies a serializer would not produce.</summary>
    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
