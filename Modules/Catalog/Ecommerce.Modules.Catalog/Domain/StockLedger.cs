using Ecommerce.Modules.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.Domain;

/// <summary>
/// Takes and gives back stock with single conditional updates, so stock never goes below zero whatever
/// runs beside it. Runs inside the caller's transaction, which makes a reservation all or none.
/// </summary>
internal sealed class StockLedger(CatalogDbContext db)
{
    /// <returns>Null if every line was reserved; else the first product found short, and nothing is reserved.</returns>
    public async Task<int?> TryReserveAsync(IEnumerable<StockLine> lines, CancellationToken cancellationToken)
    {
        RequireTransaction();
        var reserved = new List<StockLine>();
        foreach (var line in Merge(lines))
        {
            var updated = await db.Products
                .Where(product => product.Id == line.ProductId && product.Stock >= line.Quantity)
                .ExecuteUpdateAsync(set => set.SetProperty(product => product.Stock, product => product.Stock - line.Quantity), cancellationToken);
            if (updated == 0)
            {
                // Give back what this call took: nobody outside the transaction has seen it.
                await ReleaseAsync(reserved, cancellationToken);
                return line.ProductId;
            }

            reserved.Add(line);
        }

        return null;
    }

    public async Task ReleaseAsync(IEnumerable<StockLine> lines, CancellationToken cancellationToken)
    {
        RequireTransaction();
        foreach (var line in Merge(lines))
        {
            // A product deleted since the reservation has no stock to give back to.
            await db.Products
                .Where(product => product.Id == line.ProductId)
                .ExecuteUpdateAsync(set => set.SetProperty(product => product.Stock, product => product.Stock + line.Quantity), cancellationToken);
        }
    }

    private static IEnumerable<StockLine> Merge(IEnumerable<StockLine> lines) =>
        lines.GroupBy(line => line.ProductId)
            .OrderBy(group => group.Key)
            .Select(group => new StockLine(group.Key, group.Sum(line => line.Quantity)));

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Stock changes must run inside a write transaction.");
        }
    }
}
