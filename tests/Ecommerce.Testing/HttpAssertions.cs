using System.Net;
using System.Text.Json;
using NUnit.Framework;

namespace Ecommerce.Testing;

public static class HttpAssertions
{
    /// <summary>Asserts the status, showing the body when it differs, and returns the JSON body (default when empty).</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an error answer: the status, a problem-details body, and the seed's <c>message</c>.</summary>
    public static async Task<JsonElement> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string message)
    {
        var problem = await response.ExpectAsync(status);
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("message").GetString(), Is.EqualTo(message));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(message));
        });
        return problem;
    }

    /// <summary>Asserts a 400 validation answer naming <paramref name="field"/> among its errors.</summary>
    public static async Task<JsonElement> ExpectValidationErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).ToList();
        Assert.That(fields, Does.Contain(field));
        return problem;
    }
}
