using System.Globalization;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Placement;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Errors;

/// <summary>
/// The last word on errors: a client fault becomes a 4xx problem; a database that is busy, or a race lost more often
/// than the unit of work retries (a concurrency token, or a unique key a concurrent writer took first), or a module on
/// another host that does not answer, a 503 to try again; anything else a 500 with a trace id and no detail.
/// </summary>
internal sealed class GlobalExceptionHandler(IProblemDetailsService problems, ILogger<GlobalExceptionHandler> logger)
    : IExceptionHandler
{
    private const int RetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } badRequest =>
                new HttpValidationProblemDetails(BindingErrors.From(badRequest)) { Status = StatusCodes.Status400BadRequest },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large"),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, ReasonPhrases.GetReasonPhrase(badRequest.StatusCode)),
            _ => null,
        };

        if (problem is null && (DatabaseErrors.IsTransient(exception) || DatabaseErrors.IsConflict(exception) || exception is ModuleUnavailableException))
        {
            logger.LogWarning(exception, "Database or module unavailable on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status503ServiceUnavailable, ApiProblems.ServiceUnavailable);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
        });
    }

    private static ProblemDetails Problem(int status, string title) => new() { Status = status, Title = title };
}
