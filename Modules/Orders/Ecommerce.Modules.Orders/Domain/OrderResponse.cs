namespace Ecommerce.Modules.Orders.Domain;

internal sealed record OrderResponse(int OrderId, int CustomerId, IReadOnlyList<OrderLineResponse> Items, string Status, decimal Total)
{
    public static OrderResponse From(Order order) => new(
        order.Id,
        order.CustomerId,
        order.Lines.Select(line => new OrderLineResponse(line.ProductId, line.Quantity, line.UnitPrice)).ToList(),
        order.Status.ToString(),
        order.Total);
}

internal sealed record OrderLineResponse(int ProductId, int Quantity, decimal UnitPrice);
