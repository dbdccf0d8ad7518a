namespace Ecommerce.Host.Setup.OpenApi;

internal static class AdminExamples
{
    private const string AdminOnly = "Forbidden";
    private const string NotFound = "Dead letter not found";

    private const string DeadLetter = """
        {
          "id": "catalog:3", "module": "catalog", "consumer": "catalog.OrderPlacedConsumer",
          "messageId": "6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f", "messageType": "Ecommerce.Modules.Orders.Contracts.OrderPlaced",
          "error": "System.TimeoutException: The database did not answer in time.", "failedAt": "2026-11-28T10:15:00Z", "attempts": 25
        }
        """;

    public static readonly Dictionary<string, OperationExample> All = new(StringComparer.Ordinal)
    {
        ["ListDeadLetters"] = new(null, $"[{DeadLetter}]") { Problems = { [403] = AdminOnly } },
        ["ReplayDeadLetter"] = new(null, """{ "message": "Replay scheduled" }""") { Problems = { [403] = AdminOnly, [404] = NotFound } },
        ["DiscardDeadLetter"] = new(null, "null") { Problems = { [403] = AdminOnly, [404] = NotFound } },
    };
}
