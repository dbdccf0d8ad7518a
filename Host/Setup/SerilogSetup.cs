using Serilog;

namespace Ecommerce.Host.Setup;

internal static class SerilogSetup
{
    /// <summary>
    /// The host's own logger, not Serilog's static one: several hosts in one process (the tests, a split run in one
    /// test process) would otherwise write through whichever host set <c>Log.Logger</c> last.
    /// </summary>
    public static void AddSerilogLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<TraceContextEnricher>()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {TraceId} {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
}
