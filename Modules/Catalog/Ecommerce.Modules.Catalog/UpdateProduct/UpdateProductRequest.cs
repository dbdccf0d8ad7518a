using Ecommerce.Modules.Catalog.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Catalog.UpdateProduct;

/// <summary>Any subset of the product's fields; a field left out (or null) keeps its value.</summary>
internal sealed record UpdateProductRequest(string? Name, string? Description, decimal? Price, int? Stock);

internal sealed class UpdateProductRequestValidator : AbstractValidator<UpdateProductRequest>
{
    public UpdateProductRequestValidator()
    {
        RuleFor(x => x.Name).ValidName().When(x => x.Name is not null);
        RuleFor(x => x.Description).ValidDescription();
        RuleFor(x => x.Price).ValidPrice();
        RuleFor(x => x.Stock).ValidStock();
    }
}
