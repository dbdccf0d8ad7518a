using System.Globalization;
using Newtonsoft.Json.Linq;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Ecommerce.Host.Setup.OpenApi;

/// <summary>
/// Fills every operation's request and response examples (keyed by operation id, i.e. the endpoint's name), describes
/// each answer, and marks error answers as <c>application/problem+json</c>, which is what the API sends.
/// </summary>
internal sealed class ExamplesProcessor : IOperationProcessor
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<string, OperationExample> Examples = new[]
    {
        UsersExamples.All, CatalogExamples.All, CartExamples.All, OrdersExamples.All, AdminExamples.All,
    }.SelectMany(module => module).ToDictionary();

    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        if (!Examples.TryGetValue(operation.OperationId, out var example))
        {
            return true; // OpenApiTests fails on an operation without examples.
        }

        if (example.Request is { } request && operation.RequestBody is { } body)
        {
            SetExample(body.Content, request);
        }

        foreach (var (code, response) in operation.Responses)
        {
            var status = int.Parse(code, CultureInfo.InvariantCulture);
            if (status < 400)
            {
                response.Description = status switch
                {
                    StatusCodes.Status201Created => "Created",
                    StatusCodes.Status202Accepted => "Accepted",
                    StatusCodes.Status204NoContent => "No Content",
                    _ => "OK",
                };
                SetExample(response.Content, example.Response);
                continue;
            }

            var problem = Problem(status, example);
            response.Description = problem.Message;
            if (response.Content.Remove(Json, out var media))
            {
                response.Content[ProblemJson] = media;
            }

            SetExample(response.Content, problem.Body.ToString());
        }

        if (operation.Parameters.FirstOrDefault(parameter => parameter.Name == "Idempotency-Key") is { } key)
        {
            key.Description = "Optional, 1-100 characters: a retry with the same key answers with the first order and creates nothing.";
        }

        return true;
    }

    private static (string Message, JObject Body) Problem(int status, OperationExample example)
    {
        var message = example.Problems.GetValueOrDefault(status) ?? status switch
        {
            StatusCodes.Status400BadRequest => "Validation error",
            StatusCodes.Status401Unauthorized => "Unauthorized",
            StatusCodes.Status403Forbidden => "Invalid token",
            StatusCodes.Status429TooManyRequests => "Too many requests",
            _ => throw new InvalidOperationException($"{example} has no message for its {status} answer."),
        };
        var body = new JObject { ["title"] = message, ["status"] = status, ["message"] = message };
        if (message == "Validation error")
        {
            body["errors"] = new JObject { [example.Invalid.Field] = new JArray(example.Invalid.Error) };
        }

        return (message, body);
    }

    private static void SetExample(IDictionary<string, OpenApiMediaType> content, string json)
    {
        foreach (var media in content.Values)
        {
            media.Example = JToken.Parse(json);
        }
    }
}
