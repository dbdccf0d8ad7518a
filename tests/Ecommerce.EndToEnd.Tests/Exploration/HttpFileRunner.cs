using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ecommerce.EndToEnd.Tests.Exploration;

/// <summary>Sends a .http file's requests in order, resolving <c>{{variable}}</c> and <c>{{name.response.body.$.path}}</c>.</summary>
internal sealed partial class HttpFileRunner(HttpClient client, IReadOnlyDictionary<string, string> variables)
{
    private readonly Dictionary<string, JsonElement> _answers = [];

    public async Task<(int Status, JsonElement? Body)> SendAsync(HttpFileRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), Resolve(request.Url));
        if (request.Body is { } body)
        {
            message.Content = new StringContent(Resolve(body), Encoding.UTF8);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(Resolve(value));
            }
            else
            {
                message.Headers.Add(name, Resolve(value));
            }
        }

        using var response = await client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? json = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : null;
        if (request.Name is { } requestName && json is { } answer)
        {
            _answers[requestName] = answer;
        }

        return ((int)response.StatusCode, json);
    }

    private string Resolve(string text) => Reference().Replace(text, match =>
    {
        var reference = match.Groups[1].Value.Trim();
        var parts = reference.Split(".response.body.$.", 2);
        if (parts.Length == 1)
        {
            return variables.TryGetValue(reference, out var value) ? value : throw new InvalidOperationException($"No variable {reference}.");
        }

        if (!_answers.TryGetValue(parts[0], out var answer))
        {
            throw new InvalidOperationException($"{reference}: no answer yet from a request named {parts[0]}.");
        }

        var element = parts[1].Split('.').Aggregate(answer, (current, property) => current.GetProperty(property));
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    });

    [GeneratedRegex(@"\{\{(.+?)\}\}")]
    private static partial Regex Reference();
}
