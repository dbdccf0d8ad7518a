using System.Text.Json;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>A product as the API shows it.</summary>
public sealed record ProductView(int Id, string Name, string Description, decimal Price, int Stock)
{
    public static readonly string[] Keys = ["id", "name", "description", "price", "stock"];

    public static ProductView From(JsonElement json) => new(
        json.GetProperty("id").GetInt32(),
        json.GetProperty("name").GetString()!,
        json.GetProperty("description").GetString()!,
        json.GetProperty("price").GetDecimal(),
        json.GetProperty("stock").GetInt32());

    public static IReadOnlyList<string> KeysOf(JsonElement json) =>
        json.EnumerateObject().Select(property => property.Name).ToList();
}
