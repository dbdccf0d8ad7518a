using Microsoft.AspNetCore.Http.Metadata;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Ecommerce.Host.Setup.OpenApi;

/// <summary>Carries an endpoint's <c>WithSummary</c>/<c>WithDescription</c> into the document; NSwag reads neither by itself.</summary>
internal sealed class SummariesProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        if (context is AspNetCoreOperationProcessorContext { ApiDescription.ActionDescriptor.EndpointMetadata: { } metadata })
        {
            var operation = context.OperationDescription.Operation;
            operation.Summary ??= metadata.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary;
            operation.Description ??= metadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description;
        }

        return true;
    }
}
