using Ecommerce.Modules.Catalog.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Catalog.CreateProduct;

internal sealed record CreateProductRequest(string? Name, string? Description, decimal? Price, int? Stock);

internal sealed class CreateProductRequestValidator : AbstractValidator<CreateProductRequest>
{
    public CreateProductRequestValidator()
    {
        RuleFor(x => x.Name).ValidName();
        RuleFor(x => x.Description).ValidDescription();
        RuleFor(x => x.Price).NotNull().ValidPrice();
        RuleFor(x => x.Stock).NotNull().ValidStock();
    }
}
