using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace Ecommerce.Host.Setup;

/// <summary>Puts the current span's <c>TraceId</c> and <c>SpanId</c> on every log event, so logs join their trace.</summary>
internal sealed class TraceContextEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (Activity.Current is { } activity)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("TraceId", activity.TraceId.ToHexString()));
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("SpanId", activity.SpanId.ToHexString()));
        }
    }
}
