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
    /// The document at /swagger/v1/swagger.json and the Swagger UI at /swagger; in Production only with
    /// <c>OpenApi:Enabled=true</c>, so that a production host shows no more than its API answers.
    /// </summary>
    public static void UseOpenApiDocumentation(this WebApplication app)
    {
        if (app.Configuration.GetValue("OpenApi:Enabled", !app.Environment.IsProduction()))
        {
            app.UseOpenApi();
            app.UseSwaggerUi();
        }
    }
}
