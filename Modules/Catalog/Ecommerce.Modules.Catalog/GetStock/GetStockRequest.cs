using FluentValidation;

namespace Ecommerce.Modules.Catalog.GetStock;

internal sealed record GetStockRequest(IReadOnlyList<int>? Ids)
{
    public const int MaxIds = 100;

    /// <summary>100 ids of ten digits take about 1.1 KB; the rest is room for whitespace. Anything larger is no valid request.</summary>
    public const int MaxBodyBytes = 8 * 1024;
}

internal sealed record StockResponse(int Id, int Stock);

internal sealed class GetStockRequestValidator : AbstractValidator<GetStockRequest>
{
    public GetStockRequestValidator()
    {
        // A list over the size limit gets that one error, not one more per element.
        ClassLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Ids).NotEmpty().Must(ids => ids is null || ids.Count <= GetStockRequest.MaxIds)
            .WithMessage($"At most {GetStockRequest.MaxIds} ids may be asked for at once.");
        RuleForEach(x => x.Ids).GreaterThan(0);
    }
}
