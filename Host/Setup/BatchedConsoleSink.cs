using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Ecommerce.Host.Setup;

/// <summary>
/// Writes log events to the console a batch at a time: one write and one flush per batch, where the console sink
/// writes and flushes every line under the console's lock. At a few thousand requests a second that per-line cost
/// capped the host's throughput at the speed of the logging thread.
/// </summary>
internal sealed class BatchedConsoleSink(ITextFormatter formatter, TextWriter console) : IBatchedLogEventSink
{
    private readonly StringWriter _batch = new(System.Globalization.CultureInfo.InvariantCulture);

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        _batch.GetStringBuilder().Clear();
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _batch);
        }

        await console.WriteAsync(_batch.GetStringBuilder());
        await console.FlushAsync();
    }
}
