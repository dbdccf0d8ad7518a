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
        order.HasIndex(x => x.CustomerId);
        order.Property(x => x.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
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

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("IdempotencyRecords");
        record.HasKey(x => new { x.CustomerId, x.Key });
        record.Property(x => x.Key).HasMaxLength(100);
    }
}
