using Ecommerce.Modules.Carts.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Carts.UpdateItem;

internal sealed record UpdateItemRequest(int? Qty);

internal sealed class UpdateItemRequestValidator : AbstractValidator<UpdateItemRequest>
{
    public UpdateItemRequestValidator() =>
        RuleFor(x => x.Qty).NotNull().InclusiveBetween(1, Cart.MaxQuantity);
}
