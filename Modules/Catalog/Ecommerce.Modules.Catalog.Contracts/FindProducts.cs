namespace Ecommerce.Modules.Catalog.Contracts;

/// <summary>Request: the current state of these products. Answered with <see cref="ProductsFound"/>.</summary>
public sealed record FindProducts(IReadOnlyList<int> ProductIds);

/// <summary>The products that exist among those asked for; a missing id means the product does not exist.</summary>
public sealed record ProductsFound(IReadOnlyList<ProductSnapshot> Products);

public sealed record ProductSnapshot(int Id, string Name, decimal Price, int Stock);
