namespace Ecommerce.Modules.Carts.Domain;

internal sealed class CartItem(int productId, int quantity)
{
    public int ProductId { get; private set; } = productId;

    public int Quantity { get; set; } = quantity;
}
