using Ecommerce.Host.Setup;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace Ecommerce.Host.Tests;

/// <summary>The console sink writes every line of a batch, in order, with one flush, and starts each batch afresh.</summary>
public sealed class BatchedConsoleSinkTests
{
    [Test]
    public async Task Every_event_of_each_batch_reaches_the_console_in_order()
    {
        using var console = new CountingWriter();
        var sink = new BatchedConsoleSink(new MessageTemplateTextFormatter("{Message:lj}{NewLine}", System.Globalization.CultureInfo.InvariantCulture), console);

        await sink.EmitBatchAsync([Event("first"), Event("second")]);
        await sink.EmitBatchAsync([Event("third")]);

        Assert.Multiple(() =>
        {
            Assert.That(console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "first", "second", "third" }));
            Assert.That(console.Flushes, Is.EqualTo(2), "one flush a batch");
        });
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    private sealed class CountingWriter : StringWriter
    {
        public int Flushes { get; private set; }

        public override Task FlushAsync()
        {
            Flushes++;
            return base.FlushAsync();
        }
    }
}
