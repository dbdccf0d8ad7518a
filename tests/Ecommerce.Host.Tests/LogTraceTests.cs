using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Ecommerce.Host.Tests;

/// <summary>Log lines carry the trace and span they were written in, so an operator can go from a trace to its logs.</summary>
public sealed class LogTraceTests
{
    [Test]
    public async Task A_requests_log_lines_carry_its_trace_id_and_a_span_id()
    {
        var sink = new CollectingSink();
        await using var app = new EcommerceApp(
            new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" },
            services => services.AddSingleton<ILogEventSink>(sink));
        using var client = app.Anonymous();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/products");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        await (await client.SendAsync(request)).ExpectAsync(HttpStatusCode.OK);

        var lines = await Eventually.Until(
            () => Task.FromResult(sink.Events.Where(line => Property(line, "TraceId") == traceId.ToString()).ToList()),
            lines => lines.Count > 0,
            "a log line of the request");
        Assert.That(lines.Select(line => Property(line, "SpanId")), Has.All.Matches<string?>(span => span is { Length: 16 }));
    }

    private static string? Property(LogEvent line, string name) =>
        line.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string text } ? text : null;

    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
