using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.BuildingBlocks.Errors;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type, a path id that is not a
/// number) into field errors in the client's language, with no framework type names.
/// </summary>
internal static partial class BindingErrors
{
    public static Dictionary<string, string[]> From(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            return field is null
                ? Error("body", "The request body is not valid JSON.")
                : Error(field, "The value is not valid.");
        }

        if (ParameterName().Match(exception.Message) is { Success: true } match)
        {
            return Error(JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value), "The value is not valid.");
        }

        return exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? Error("body", "A JSON request body is required.")
            : Error("request", "The request is not valid.");
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    // The framework names the parameter as "Type name" in its messages, e.g. Failed to bind parameter "int id" from "abc".
    [GeneratedRegex("parameter \"[^\" ]+ (?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.NonBacktracking)]
    private static partial Regex ParameterName();
}
