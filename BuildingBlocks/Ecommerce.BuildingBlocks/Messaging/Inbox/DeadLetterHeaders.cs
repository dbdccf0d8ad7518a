namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>Headers a forwarded dead letter carries on top of the original record's: why, and who gave up.</summary>
public static class DeadLetterHeaders
{
    public const string Error = "dlt-error";
    public const string Consumer = "dlt-consumer";

    internal const int MaxErrorLength = 4000;

    internal static DeadLetterForward For(DeadLetterForward forward, string consumer, Exception error)
    {
        var text = error.ToString();
        var headers = new Dictionary<string, string>(forward.Headers, StringComparer.Ordinal)
        {
            [Error] = text.Length > MaxErrorLength ? text[..MaxErrorLength] : text,
            [Consumer] = consumer,
        };
        return forward with { Headers = headers };
    }
}
