using Ecommerce.Modules.Carts.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Carts.AddItem;

internal sealed record AddItemRequest(int? ProductId, int? Quantity);

internal sealed class AddItemRequestValidator : AbstractValidator<AddItemRequest>
{
    public AddItemRequestValidator()
    {
        RuleFor(x => x.ProductId).NotNull().GreaterThan(0);
        RuleFor(x => x.Quantity).NotNull().InclusiveBetween(1, Cart.MaxQuantity);
    }
}
