using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.BuildingBlocks.Placement;

namespace Ecommerce.Modules.Carts.Domain;

/// <summary>Asks the catalog module (in process or on its host) about a product the customer wants.</summary>
internal sealed class ProductCatalog(IModuleRequestClient<FindProducts, ProductsFound> client)
{
    public async Task<ProductSnapshot?> FindAsync(int productId, CancellationToken cancellationToken)
    {
        var response = await client.GetResponseAsync(new FindProducts([productId]), cancellationToken);
        return response.Products.FirstOrDefault(product => product.Id == productId);
    }
}
