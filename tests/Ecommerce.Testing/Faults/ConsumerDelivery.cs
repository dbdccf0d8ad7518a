using System.Text.Json;
using Ecommerce.BuildingBlocks.Messaging;

namespace Ecommerce.Testing.Faults;

/// <summary>One integration event about to reach one consumer.</summary>
public sealed record ConsumerDelivery(string Consumer, string Module, IntegrationMessage Message)
{
    public bool Is<TMessage>() => string.Equals(Message.Type, typeof(TMessage).FullName, StringComparison.Ordinal);

    /// <summary>The event, read from its payload; for a delivery that <see cref="Is{TMessage}"/>.</summary>
    public TMessage Read<TMessage>() => JsonSerializer.Deserialize<TMessage>(Message.Payload, JsonSerializerOptions.Web)!;
}
