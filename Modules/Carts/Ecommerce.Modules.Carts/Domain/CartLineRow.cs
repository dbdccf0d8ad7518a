namespace Ecommerce.Modules.Carts.Domain;

/// <summary>A cart and one of its lines, as one row of a left join: no line for an empty cart.</summary>
internal sealed record CartLineRow(int CartId, int Version, int? ProductId, int? Quantity);
