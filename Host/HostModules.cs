using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Carts;
using Ecommerce.Modules.Catalog;
using Ecommerce.Modules.Orders;
using Ecommerce.Modules.Users;

namespace Ecommerce.Host;

/// <summary>The modules of the system; <c>Modules:Enabled</c> chooses which of them a host runs (<see cref="Ecommerce.BuildingBlocks.Placement.ModulePlacement"/>).</summary>
internal static class HostModules
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new UsersModule(),
        new CatalogModule(),
        new CartsModule(),
        new OrdersModule(),
    ];
}
