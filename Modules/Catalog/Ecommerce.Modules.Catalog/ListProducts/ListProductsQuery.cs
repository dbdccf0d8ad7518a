using FluentValidation;

namespace Ecommerce.Modules.Catalog.ListProducts;

internal sealed record ListProductsQuery(int? Limit, int? Offset)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed class ListProductsQueryValidator : AbstractValidator<ListProductsQuery>
{
    public ListProductsQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, ListProductsQuery.MaxLimit);
        RuleFor(x => x.Offset).GreaterThanOrEqualTo(0);
    }
}
