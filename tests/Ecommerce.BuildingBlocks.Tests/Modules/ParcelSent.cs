// The shipping module's contracts (a newcomer's fixture, with ShippingModule.cs and BillingModule.cs).
namespace Ecommerce.Modules.Shipping.Contracts;

/// <summary>An integration event of the shipping module.</summary>
public sealed record ParcelSent(int ParcelId);

/// <summary>A question other modules ask the shipping module.</summary>
public sealed record CountParcels;

public sealed record ParcelCount(int Count);
