namespace Ecommerce.Modules.Carts.Domain;

internal sealed record CartResponse(int CartId, int CustomerId, IReadOnlyList<CartItemResponse> Items)
{
    public static CartResponse From(Cart cart) =>
        new(cart.Id, cart.CustomerId, cart.Items.Select(item => new CartItemResponse(item.ProductId, item.Quantity)).ToList());
}

internal sealed record CartItemResponse(int ProductId, int Quantity);
