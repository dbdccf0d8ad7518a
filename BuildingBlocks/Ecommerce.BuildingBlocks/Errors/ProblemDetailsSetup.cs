using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Errors;

public static class ProblemDetailsSetup
{
    /// <summary>Every problem body also carries <c>message</c> (its title), and validation problems their seed keys.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem is HttpValidationProblemDetails)
            {
                problem.Title = ApiProblems.ValidationMessage;
                if (EndpointOf(context.HttpContext)?.Metadata.GetMetadata<LegacyErrorKey>() is not null)
                {
                    problem.Extensions["error"] = ApiProblems.ValidationMessage;
                }
            }

            problem.Extensions.TryAdd("message", problem.Title);
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        return services;
    }

    // The exception handler clears the endpoint before it runs; the feature keeps the original.
    private static Endpoint? EndpointOf(HttpContext context) =>
        context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
}
