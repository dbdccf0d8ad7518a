namespace Ecommerce.Modules.Carts.Domain;

/// <summary>A customer's cart: at most one line per product.</summary>
internal sealed class Cart
{
    /// <summary>The most of one product a line may hold, as requests are validated.</summary>
    public const int MaxQuantity = 1000;

    private readonly List<CartItem> _items = [];

    private Cart()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    public IReadOnlyList<CartItem> Items => _items;

    /// <summary>Bumped by every change, so that concurrent writers on a server database cannot lose each other's updates.</summary>
    public int Version { get; private set; }

    public static Cart For(int customerId) => new() { CustomerId = customerId };

    /// <summary>A stored cart, as read.</summary>
    public static Cart Restore(int id, int customerId, int version, IEnumerable<CartItem> items)
    {
        var cart = new Cart { Id = id, CustomerId = customerId, Version = version };
        cart._items.AddRange(items);
        return cart;
    }

    public CartItem? Find(int productId) => _items.Find(item => item.ProductId == productId);

    /// <summary>Adds to the product's line, or opens one.</summary>
    public void Add(int productId, int quantity)
    {
        if (Find(productId) is { } item)
        {
            item.Quantity += quantity;
        }
        else
        {
            _items.Add(new CartItem(productId, quantity));
        }

        Version++;
    }

    public void SetQuantity(CartItem item, int quantity)
    {
        item.Quantity = quantity;
        Version++;
    }

    public void Remove(CartItem item)
    {
        _items.Remove(item);
        Version++;
    }

    /// <summary>Takes ordered quantities out of their lines; a line left with nothing goes.</summary>
    public void TakeOut(IEnumerable<(int ProductId, int Quantity)> ordered)
    {
        foreach (var (productId, quantity) in ordered)
        {
            if (Find(productId) is not { } item)
            {
                continue;
            }

            if (item.Quantity <= quantity)
            {
                _items.Remove(item);
            }
            else
            {
                item.Quantity -= quantity;
            }
        }

        Version++;
    }
}
