using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Display;

namespace Ecommerce.Host.Setup;

internal static class SerilogSetup
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {TraceId} {Message:lj}{NewLine}{Exception}";

    // Lines reach the console within this time; beyond the queue limit (seconds of a flood) they are dropped rather
    // than making requests wait for the console.
    private static readonly BatchingOptions ConsoleBatching = new()
    {
        BufferingTimeLimit = TimeSpan.FromMilliseconds(100),
        BatchSizeLimit = 1_000,
        QueueLimit = 100_000,
    };

    /// <summary>
    /// The host's own logger, not Serilog's static one: several hosts in one process (the tests, a split run in one
    /// test process) would otherwise write through whichever host set <c>Log.Logger</c> last. It writes to the
    /// console in batches from a background thread (<see cref="BatchedConsoleSink"/>): a request never waits for the
    /// console.
    /// </summary>
    public static void AddSerilogLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<TraceContextEnricher>()
                .WriteTo.Sink(
                    new BatchedConsoleSink(new MessageTemplateTextFormatter(Template, System.Globalization.CultureInfo.InvariantCulture), Console.Out),
                    ConsoleBatching),
            preserveStaticLogger: true);
}
