using Microsoft.Extensions.Configuration;

namespace Ecommerce.Modules.Orders.Domain;

/// <summary>The orders module's settings, section <c>Orders</c>.</summary>
internal sealed class OrdersOptions
{
    public const string SectionName = "Orders";

    /// <summary>How long a Pending order waits for the catalog's answer before the catalog is asked again.</summary>
    public TimeSpan ReservationTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times in all the catalog is asked before a Pending order is Rejected and any stock it holds released.</summary>
    public int ReservationAttempts { get; init; } = 5;

    /// <summary>How long a Confirmed order may stay unpaid before the system cancels it and its stock goes back.</summary>
    public TimeSpan PaymentTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How many orders a customer may hold Pending or Confirmed at once.</summary>
    public int MaxOpenOrders { get; init; } = 20;

    /// <summary>How long the payment gateway gets for one charge. A checkout still unsettled after twice that is taken as abandoned.</summary>
    public TimeSpan CheckoutTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the system looks for orders that waited too long.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a checkout holds its order: longer than its charge may take, so that it can settle in time.</summary>
    public TimeSpan CheckoutClaimLifetime => CheckoutTimeout * 2;

    public static OrdersOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<OrdersOptions>() ?? new OrdersOptions();
        if (options.ReservationTimeout <= TimeSpan.Zero || options.PaymentTimeout <= TimeSpan.Zero
            || options.CheckoutTimeout <= TimeSpan.Zero || options.SweepInterval <= TimeSpan.Zero
            || options.ReservationAttempts < 1 || options.MaxOpenOrders < 1)
        {
            throw new InvalidOperationException(
                "Orders settings must be positive: ReservationTimeout, PaymentTimeout, CheckoutTimeout and SweepInterval are durations "
                + "above zero; ReservationAttempts and MaxOpenOrders are at least 1.");
        }

        return options;
    }
}
