using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>An integration event as it travels: the serialized event plus the headers every transport carries.</summary>
public sealed record IntegrationMessage(Guid MessageId, string Type, string? Key, string Payload, Guid? CorrelationId)
{
    /// <summary>A new message carrying <paramref name="message"/>, as an outbox would send it.</summary>
    public static IntegrationMessage For(object message, string? key = null) =>
        new(Guid.NewGuid(), MessageTypeName.Of(message.GetType()), key, MessageSerializer.Serialize(message), null);

    internal static IntegrationMessage From(OutboxMessage row) =>
        new(row.MessageId, row.Type, row.Key, row.Payload, row.CorrelationId);
}
