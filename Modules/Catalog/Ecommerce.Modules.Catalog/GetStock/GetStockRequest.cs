using FluentValidation;

namespace Ecommerce.Modules.Catalog.GetStock;

internal sealed record GetStockRequest(IReadOnlyList<int>? Ids)
{
    public const int MaxIds = 100;
}

internal sealed record StockResponse(int Id, int Stock);

internal sealed class GetStockRequestValidator : AbstractValidator<GetStockRequest>
{
    public GetStockRequestValidator()
    {
        RuleFor(x => x.Ids).NotEmpty().Must(ids => ids is null || ids.Count <= GetStockRequest.MaxIds)
            .WithMessage($"At most {GetStockRequest.MaxIds} ids may be asked for at once.");
        RuleForEach(x => x.Ids).GreaterThan(0);
    }
}
