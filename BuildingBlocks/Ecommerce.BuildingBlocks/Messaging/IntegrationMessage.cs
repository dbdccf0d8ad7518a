using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>An integration event as it travels: the serialized event plus the headers every transport carries.</summary>
public sealed record IntegrationMessage(Guid MessageId, string Type, string? Key, string Payload, Guid? CorrelationId)
{
    internal static IntegrationMessage From(OutboxMessage row) =>
        new(row.MessageId, row.Type, row.Key, row.Payload, row.CorrelationId);
}
