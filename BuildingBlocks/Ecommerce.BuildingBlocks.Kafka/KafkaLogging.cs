using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>librdkafka's own log lines at their level: its warnings and errors are what an operator must see.</summary>
internal static class KafkaLogging
{
    public static void Log(ILogger logger, string client, LogMessage log) =>
        logger.Log(LevelOf(log.Level), "{Client}: {Facility} {Message}", client, log.Facility, log.Message);

    private static LogLevel LevelOf(SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical or SyslogLevel.Error => LogLevel.Error,
        SyslogLevel.Warning => LogLevel.Warning,
        SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
        _ => LogLevel.Debug,
    };
}
