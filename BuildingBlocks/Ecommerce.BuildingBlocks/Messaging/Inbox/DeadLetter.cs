namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>A message a consumer kept failing on; parked here so that the messages behind it flow on.</summary>
public sealed class DeadLetter
{
    public long Id { get; init; }

    public Guid MessageId { get; init; }

    public string Consumer { get; init; } = "";

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public string Error { get; init; } = "";

    public int Attempts { get; init; }

    public DateTime FailedAt { get; init; }
}
