using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecommerce.Modules.Carts.Data;

internal sealed class TakenOrderConfiguration : IEntityTypeConfiguration<TakenOrder>
{
    public void Configure(EntityTypeBuilder<TakenOrder> taken)
    {
        taken.ToTable("TakenOrders");
        taken.HasKey(x => x.OrderId);
        taken.Property(x => x.OrderId).ValueGeneratedNever();
    }
}
