using Ecommerce.Modules.Catalog.Contracts;
using MassTransit;

namespace Ecommerce.Modules.Carts.Domain;

/// <summary>Asks the catalog module, in process, about a product the customer wants.</summary>
internal sealed class ProductCatalog(IRequestClient<FindProducts> client)
{
    public async Task<ProductSnapshot?> FindAsync(int productId, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<ProductsFound>(new FindProducts([productId]), cancellationToken);
        return response.Message.Products.FirstOrDefault(product => product.Id == productId);
    }
}
