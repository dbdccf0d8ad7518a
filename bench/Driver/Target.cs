namespace Ecommerce.Bench.Driver;

/// <summary>One row of the table and the target issue 10 sets for it (null: no target on that figure).</summary>
internal sealed record Target(string Scenario, string Label, double? MinShare = null, double? MaxP99Ms = null, double? MaxMegabytes = null)
{
    public static readonly IReadOnlyList<Target> All =
    [
        new("ceiling", "bare Kestrel `GET /health/live` (the ceiling)"),
        new("product", "`GET /product/:id` (random ids)", MinShare: 0.20),
        new("products", "`GET /products?limit=20&offset=…`", MinShare: 0.12),
        new("cart-get", "`GET /cart` (JWT)", MinShare: 0.12),
        new("cart-post", "`POST /cart`", MinShare: 0.06, MaxP99Ms: 50),
        new("cart-order", "`POST /cart` + `POST /order` in turn, 8 customers", MinShare: 0.04, MaxP99Ms: 30),
        new("confirm-inprocess", "order → `Confirmed`, in process", MaxP99Ms: 25),
        new("confirm-kafka", "order → `Confirmed` over Kafka (mock cluster)", MaxP99Ms: 150),
        new("burst-inprocess", "events through outbox → inbox, in process"),
        new("burst-kafka", "events through outbox → Kafka → inbox (mock cluster)"),
        new("rss", "host peak RSS after the load (VmHWM)", MaxMegabytes: 250),
    ];

    public string Describe()
    {
        var parts = new List<string>();
        if (MinShare is { } share)
        {
            parts.Add(FormattableString.Invariant($"≥ {share * 100:0}%"));
        }

        if (MaxP99Ms is { } p99)
        {
            parts.Add(FormattableString.Invariant($"p99 ≤ {p99:0} ms"));
        }

        if (MaxMegabytes is { } megabytes)
        {
            parts.Add(FormattableString.Invariant($"≤ {megabytes:0} MB"));
        }

        return parts.Count == 0 ? "" : string.Join(", ", parts);
    }
}
