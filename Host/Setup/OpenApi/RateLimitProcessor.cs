using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Namotion.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Ecommerce.Host.Setup.OpenApi;

/// <summary>
/// Documents the 429 of every operation a client may call without a token: those requests count against
/// <c>RateLimiting:AnonymousPerMinute</c> (RateLimitingSetup). The examples processor then gives it its example.
/// </summary>
internal sealed class RateLimitProcessor : IOperationProcessor
{
    private const string TooManyRequests = "429";

    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        if (context is AspNetCoreOperationProcessorContext { ApiDescription.ActionDescriptor.EndpointMetadata: { } metadata } &&
            !metadata.OfType<IAuthorizeData>().Any() &&
            !operation.Responses.ContainsKey(TooManyRequests))
        {
            var problem = context.SchemaGenerator.GenerateWithReferenceAndNullability<JsonSchema>(
                typeof(ProblemDetails).ToContextualType(), isNullable: false, context.SchemaResolver);
            operation.Responses[TooManyRequests] = new OpenApiResponse
            {
                Content = { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
            };
        }

        return true;
    }
}
