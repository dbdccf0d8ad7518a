using Ecommerce.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecommerce.Modules.Orders.Data;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("Orders");
        order.HasKey(x => x.Id);
        // Counting a customer's open orders reads this index alone, however many orders they placed before.
        order.HasIndex(x => new { x.CustomerId, x.Status });
        order.HasIndex(x => x.Status);
        order.Property(x => x.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        order.Property(x => x.CheckoutClaim).IsConcurrencyToken();
        // A backstop behind OrderedCart: one order per content of a cart, whatever slips past.
        order.HasIndex(x => new { x.CartId, x.CartVersion }).IsUnique();
        order.OwnsMany(x => x.Lines, line =>
        {
            line.ToTable("OrderLines");
            line.WithOwner().HasForeignKey("OrderId");
            line.HasKey("OrderId", nameof(OrderLine.ProductId));
            line.Property(x => x.ProductId).ValueGeneratedNever();
        });
        order.Navigation(x => x.Lines).HasField("_lines");
    }
}

internal sealed class OrderedCartConfiguration : IEntityTypeConfiguration<OrderedCart>
{
    public void Configure(EntityTypeBuilder<OrderedCart> cart)
    {
        cart.ToTable("OrderedCarts");
        cart.HasKey(x => x.CartId);
        cart.Property(x => x.CartId).ValueGeneratedNever();
        cart.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("IdempotencyRecords");
        record.HasKey(x => new { x.CustomerId, x.Key });
        record.Property(x => x.Key).HasMaxLength(100);
    }
}
