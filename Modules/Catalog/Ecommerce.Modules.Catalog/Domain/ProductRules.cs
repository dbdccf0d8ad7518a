using FluentValidation;

namespace Ecommerce.Modules.Catalog.Domain;

/// <summary>The contract's field rules, shared by create and update.</summary>
internal static class ProductRules
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const decimal MaxPrice = 1_000_000m;
    public const int MaxStock = 1_000_000_000;

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name is required.")
            .MaximumLength(NameMaxLength);

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(DescriptionMaxLength);

    public static IRuleBuilderOptions<T, decimal?> ValidPrice<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, MaxPrice)
            .Must(price => price is null || decimal.Round(price.Value, 2) == price.Value)
            .WithMessage("Price may have at most 2 decimal places.");

    public static IRuleBuilderOptions<T, int?> ValidStock<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(0, MaxStock);
}
