using System.Text.Json.Serialization;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Admin;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Http.Json;
using Serilog;

namespace Ecommerce.Host.Setup;

internal static class EcommerceSetup
{
    /// <summary>The host's services for the modules <paramref name="placement"/> enables here, out of <paramref name="all"/>.</summary>
    public static void AddEcommerce(this WebApplicationBuilder builder, ModulePlacement placement, IReadOnlyList<IModule> all)
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

        services.AddModules(configuration, placement.Enabled);
        services.AddModulePlacement(placement);
        services.AddFrontDoor(placement, all);
        services.AddHealthChecks();
        services.AddTelemetry(configuration);
        services.AddOpenApiDocumentation();
        services.RemoveKeyRingLoadingAtStart();
    }

    public static void UseEcommerce(this WebApplication app, ModulePlacement placement)
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
        app.UseOpenApiDocumentation(placement);
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        app.MapDeadLetterAdmin();
        app.MapGroup("").WithPositiveRouteIds().MapModules(placement.Enabled);
        app.MapInternalRequests();
        app.MapFrontDoor();
    }
}
