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

    /// <summary>How often an idle outbox looks for rows it was not told about (written by another process, say).</summary>
    public TimeSpan OutboxPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest pause of an outbox whose transport keeps failing.</summary>
    public TimeSpan OutboxMaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public int OutboxBatchSize { get; init; } = 100;

    /// <summary>How long sent outbox rows are kept (for audit and replays by hand) before they are deleted.</summary>
    public TimeSpan OutboxRetention { get; init; } = TimeSpan.FromDays(7);

    public TimeSpan OutboxCleanupInterval { get; init; } = TimeSpan.FromHours(1);

    public static MessagingOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<MessagingOptions>() ?? new MessagingOptions();
}

public enum MessagingTransport
{
    InProcess,
    Kafka,
}
