using Ecommerce.BuildingBlocks.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.BuildingBlocks.Validation;

/// <summary>
/// Validates the endpoint's <typeparamref name="T"/> argument and answers 400 with field errors: at most
/// <see cref="MaxErrors"/> of them, so that a large invalid body never makes a larger answer.
/// </summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public const int MaxErrors = 20;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } argument)
        {
            return ApiProblems.Validation("body", "A JSON request body is required.");
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : ApiProblems.Validation(FirstErrors(result.Errors));
    }

    private static Dictionary<string, string[]> FirstErrors(IEnumerable<FluentValidation.Results.ValidationFailure> errors) =>
        errors.Take(MaxErrors)
            .GroupBy(error => error.PropertyName, StringComparer.Ordinal)
            .ToDictionary(field => field.Key, field => field.Select(error => error.ErrorMessage).ToArray(), StringComparer.Ordinal);
}
