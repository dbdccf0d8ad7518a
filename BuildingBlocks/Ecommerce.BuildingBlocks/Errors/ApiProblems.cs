using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.BuildingBlocks.Errors;

/// <summary>
/// Error answers: RFC 9457 problem details whose title is also carried as the seed's <c>message</c>
/// key, so that old and standard clients both read them.
/// </summary>
public static class ApiProblems
{
    public const string ValidationMessage = "Validation error";

    /// <summary>The database was busy or unreachable for longer than a request retries: the client may try again.</summary>
    public const string ServiceUnavailable = "Service temporarily unavailable";

    public static ProblemHttpResult Problem(int status, string message) =>
        TypedResults.Problem(title: message, statusCode: status, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["message"] = message });

    public static ProblemHttpResult BadRequest(string message) => Problem(StatusCodes.Status400BadRequest, message);

    public static ProblemHttpResult NotFound(string message) => Problem(StatusCodes.Status404NotFound, message);

    public static ProblemHttpResult Conflict(string message) => Problem(StatusCodes.Status409Conflict, message);

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: ValidationMessage);

    public static ValidationProblem Validation(string field, string error) =>
        Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [error] });
}
