using System.Text.Json.Serialization;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Admin;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Http.Json;
using Serilog;

namespace Ecommerce.Host.Setup;

internal static class EcommerceSetup
{
    public static void AddEcommerce(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        ValidationExtensions.UseJsonFieldNames();
        services.AddSingleton(TimeProvider.System);
        services.AddApiProblemDetails();
        services.Configure<JsonOptions>(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddRequestLimits();
        services.AddJwtAuthentication(configuration, builder.Environment);
        services.AddTrustedProxies(configuration);
        services.AddClientRateLimiting(configuration);
        services.AddConfiguredCors(configuration);
        services.AddMessaging(configuration);
        if (MessagingOptions.From(configuration).Transport == MessagingTransport.Kafka)
        {
            services.AddKafkaTransport(configuration);
        }

        services.AddModules(configuration, modules);
        services.AddHealthChecks();
        services.AddTelemetry(configuration);
        services.AddOpenApiDocumentation();
    }

    public static void UseEcommerce(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        app.UseTrustedProxies();
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLimits();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOpenApiDocumentation();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        app.MapDeadLetterAdmin();
        app.MapGroup("").WithPositiveRouteIds().MapModules(modules);
    }
}
