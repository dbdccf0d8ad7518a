using Microsoft.Extensions.Configuration;

namespace Ecommerce.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public MessagingTransport Transport { get; init; } = MessagingTransport.InProcess;

    /// <summary>Tries a consumer gets at one message before the message is dead-lettered.</summary>
    public int MaxDeliveryAttempts { get; init; } = 5;

    /// <summary>First pause between two tries of a consumer; doubles after each failure.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Delayed redeliveries after the immediate tries failed, comma-separated (<c>00:00:05, 00:00:30</c>); a message still
    /// failing after the last is parked. Empty: parked right after the immediate tries.
    /// </summary>
    public string Redeliveries { get; init; } = "00:00:05, 00:00:30, 00:02:00, 00:10:00";

    /// <summary>Tries of an outbox row the transport refuses for good (too large, not authorised) before it is parked.</summary>
    public int OutboxMaxAttempts { get; init; } = 10;

    /// <summary>How long handled inbox entries and discarded dead letters are kept; longer than the topics' retention.</summary>
    public TimeSpan InboxRetention { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Rows one cleanup statement deletes at most, so that no sweep holds a table lock for long.</summary>
    public int CleanupBatchSize { get; init; } = 500;

    /// <summary>How often an idle outbox looks for rows it was not told about (written by another process, say).</summary>
    public TimeSpan OutboxPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest pause of an outbox whose transport keeps failing.</summary>
    public TimeSpan OutboxMaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public int OutboxBatchSize { get; init; } = 100;

    /// <summary>How long sent outbox rows are kept (for audit and replays by hand) before they are deleted.</summary>
    public TimeSpan OutboxRetention { get; init; } = TimeSpan.FromDays(7);

    public TimeSpan OutboxCleanupInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The pauses of <see cref="Redeliveries"/>, in order.</summary>
    public IReadOnlyList<TimeSpan> RedeliverySchedule() =>
        Redeliveries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pause => TimeSpan.Parse(pause, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    public static MessagingOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<MessagingOptions>() ?? new MessagingOptions();
}

public enum MessagingTransport
{
    InProcess,
    Kafka,
}
