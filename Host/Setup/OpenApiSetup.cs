using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Host.Setup.OpenApi;
using NSwag;
using NSwag.Generation.Processors.Security;

namespace Ecommerce.Host.Setup;

internal static class OpenApiSetup
{
    private const string Bearer = "Bearer";

    public static void AddOpenApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddOpenApiDocument(settings =>
        {
            settings.Title = "Ecommerce API";
            settings.Version = "v1";
            settings.Description = "Users, catalog, carts and orders. Log in, then use Authorize with the token.";
            settings.AddSecurity(Bearer, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The token from POST /login.",
            });
            settings.OperationProcessors.Add(new AspNetCoreOperationSecurityScopeProcessor(Bearer));
            settings.OperationProcessors.Add(new SummariesProcessor());
            settings.OperationProcessors.Add(new RateLimitProcessor());
            settings.OperationProcessors.Add(new ExamplesProcessor());
        });
    }

    /// <summary>
    /// The document of this host's modules at /swagger/v1/swagger.json and the Swagger UI at /swagger, whose definition
    /// selector also lists every other host of a split deployment (their documents fetched through this host); in
    /// Production only with <c>OpenApi:Enabled=true</c>, so that a production host shows no more than its API answers.
    /// </summary>
    public static void UseOpenApiDocumentation(this WebApplication app, ModulePlacement placement)
    {
        if (app.Configuration.GetValue("OpenApi:Enabled", !app.Environment.IsProduction()))
        {
            app.UseOpenApi();
            app.UseSwaggerUi(settings =>
            {
                if (!placement.IsSplit)
                {
                    return;
                }

                var here = string.Join(", ", placement.Enabled.Select(module => ModulePlacement.DisplayName(module.Name)));
                settings.SwaggerRoutes.Add(new NSwag.AspNetCore.SwaggerUiRoute(here, RemoteDocuments.OwnDocumentPath));
                foreach (var remote in RemoteDocuments.Of(placement))
                {
                    settings.SwaggerRoutes.Add(new NSwag.AspNetCore.SwaggerUiRoute(remote.Name, remote.Path));
                }
            });
        }
    }
}
