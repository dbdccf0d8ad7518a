using System.Globalization;
using Ecommerce.BuildingBlocks.Errors;
using Newtonsoft.Json.Linq;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Ecommerce.Host.Setup.OpenApi;

/// <summary>
/// Fills every operation's request and response examples (keyed by operation id, i.e. the endpoint's name), describes
/// each answer, and marks error answers as <c>application/problem+json</c>, which is what the API sends. An answer
/// given for several reasons (a 409 with two messages) is described by all of them and shows one example each.
/// </summary>
internal sealed class ExamplesProcessor : IOperationProcessor
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>Between the messages of an answer given for several reasons (its examples show one each).</summary>
    public const string MessageSeparator = " | ";

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

            var problems = Problems(status, example).ToList();
            response.Description = string.Join(MessageSeparator, problems.Select(problem => problem.Message));
            if (response.Content.Remove(Json, out var media))
            {
                response.Content[ProblemJson] = media;
            }

            if (problems.Count == 1)
            {
                SetExample(response.Content, problems[0].Body.ToString());
            }
            else
            {
                SetExamples(response.Content, problems);
            }
        }

        if (operation.Parameters.FirstOrDefault(parameter => string.Equals(parameter.Name, "Idempotency-Key", StringComparison.Ordinal)) is { } key)
        {
            key.Description = "Optional, 1-100 characters: a retry with the same key answers with the first order and creates nothing.";
        }

        return true;
    }

    private static IEnumerable<(string Message, JObject Body)> Problems(int status, OperationExample example) =>
        example.OtherProblems.GetValueOrDefault(status, []).Prepend(Message(status, example)).Select(message => Problem(status, message, example));

    private static string Message(int status, OperationExample example) =>
        example.Problems.GetValueOrDefault(status) ?? status switch
        {
            StatusCodes.Status400BadRequest => "Validation error",
            StatusCodes.Status401Unauthorized => "Unauthorized",
            StatusCodes.Status403Forbidden => "Invalid token",
            StatusCodes.Status413PayloadTooLarge => "Request body too large",
            StatusCodes.Status429TooManyRequests => "Too many requests",
            StatusCodes.Status503ServiceUnavailable => ApiProblems.ServiceUnavailable,
            _ => throw new InvalidOperationException($"{example} has no message for its {status} answer."),
        };

    private static (string Message, JObject Body) Problem(int status, string message, OperationExample example)
    {
        var body = new JObject { ["title"] = message, ["status"] = status, ["message"] = message };
        if (string.Equals(message, "Validation error", StringComparison.Ordinal))
        {
            body["errors"] = new JObject { [example.Invalid.Field] = new JArray(example.Invalid.Error) };
        }

        return (message, body);
    }

    private static void SetExamples(IDictionary<string, OpenApiMediaType> content, List<(string Message, JObject Body)> problems)
    {
        foreach (var media in content.Values)
        {
            media.Example = null;
            foreach (var (message, body) in problems)
            {
                media.Examples[message] = new OpenApiExample { Summary = message, Value = body };
            }
        }
    }

    private static void SetExample(IDictionary<string, OpenApiMediaType> content, string json)
    {
        foreach (var media in content.Values)
        {
            media.Example = JToken.Parse(json);
        }
    }
}
