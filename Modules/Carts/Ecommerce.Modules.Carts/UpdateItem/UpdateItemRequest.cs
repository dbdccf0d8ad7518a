using Ecommerce.Modules.Carts.CustomerCarts;
using FluentValidation;

namespace Ecommerce.Modules.Carts.UpdateItem;

internal sealed record UpdateItemRequest(int? Qty);

internal sealed class UpdateItemRequestValidator : AbstractValidator<UpdateItemRequest>
{
    public UpdateItemRequestValidator() =>
        RuleFor(x => x.Qty).NotNull().InclusiveBetween(1, CartsMessages.MaxQuantity);
}
