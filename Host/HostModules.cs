using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Carts;
using Ecommerce.Modules.Catalog;
using Ecommerce.Modules.Orders;
using Ecommerce.Modules.Users;

namespace Ecommerce.Host;

/// <summary>The modules this host runs. Moving one into a service of its own means moving its line.</summary>
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
