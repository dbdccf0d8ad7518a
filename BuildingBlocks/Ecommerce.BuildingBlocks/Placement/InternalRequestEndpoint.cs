using System.Reflection;
using System.Text.Json;
using Ecommerce.BuildingBlocks.Errors;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// Answers other hosts' questions to this host's modules through the same in-process mediator this host's own modules
/// use. Only questions some enabled module's request consumer answers are served; everything else is 404.
/// </summary>
public static class InternalRequestEndpoint
{
    private static readonly MethodInfo AnswerMethod = typeof(InternalRequestEndpoint).GetMethod(nameof(AnswerAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void MapInternalRequests(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(InternalRoutes.Pattern, HandleAsync)
            .ExcludeFromDescription()
            .DisableRateLimiting()
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.RequestServices.GetRequiredService<ServiceCredential>().IsCarriedBy(context.HttpContext.Request)
                    ? await next(context)
                    : ApiProblems.Problem(StatusCodes.Status403Forbidden, "Forbidden"));

    private static async Task<IResult> HandleAsync(string module, string request, string response, HttpContext context, ModuleQuestions questions)
    {
        if (questions.Find(module, request, response) is not var (requestType, responseType))
        {
            return ApiProblems.NotFound("Not found");
        }

        var answer = (Task<IResult>)AnswerMethod.MakeGenericMethod(requestType, responseType).Invoke(null, [context])!;
        return await answer;
    }

    private static async Task<IResult> AnswerAsync<TRequest, TResponse>(HttpContext context)
        where TRequest : class
        where TResponse : class
    {
        TRequest? question;
        try
        {
            question = await context.Request.ReadFromJsonAsync<TRequest>(RemoteModuleRequests.Json, context.RequestAborted);
        }
        catch (JsonException)
        {
            question = null;
        }

        if (question is null)
        {
            return ApiProblems.BadRequest($"The body is not a {typeof(TRequest).Name}");
        }

        var client = context.RequestServices.GetRequiredService<IRequestClient<TRequest>>();
        var answer = await client.GetResponse<TResponse>(question, context.RequestAborted);
        return TypedResults.Json(answer.Message, RemoteModuleRequests.Json);
    }
}
