using System.Text.Json;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>The wire format of integration events: camelCase JSON, the same in process and on Kafka.</summary>
internal static class MessageSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Options);

    public static object Deserialize(string payload, Type type) =>
        JsonSerializer.Deserialize(payload, type, Options)
        ?? throw new JsonException($"The payload of a {type.Name} message is empty.");
}
