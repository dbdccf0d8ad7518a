using Ecommerce.BuildingBlocks.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.BuildingBlocks.Validation;

/// <summary>Validates the endpoint's <typeparamref name="T"/> argument and answers 400 with field errors.</summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } argument)
        {
            return ApiProblems.Validation("body", "A JSON request body is required.");
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : ApiProblems.Validation(result.ToDictionary());
    }
}
