using Ecommerce.Modules.Orders.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Orders.ChangeStatus;

internal sealed record ChangeStatusRequest(string? Status)
{
    public OrderStatus Target => Enum.Parse<OrderStatus>(Status!, ignoreCase: true);
}

internal sealed class ChangeStatusRequestValidator : AbstractValidator<ChangeStatusRequest>
{
    private static readonly string Names = string.Join(", ", Enum.GetNames<OrderStatus>());

    public ChangeStatusRequestValidator() =>
        RuleFor(x => x.Status).NotEmpty()
            .Must(status => Enum.GetNames<OrderStatus>().Contains(status, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"Status must be one of {Names}.");
}
