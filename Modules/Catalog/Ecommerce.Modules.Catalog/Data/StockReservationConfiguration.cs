using Ecommerce.Modules.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecommerce.Modules.Catalog.Data;

internal sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> reservation)
    {
        reservation.ToTable("StockReservations");
        reservation.HasKey(x => x.OrderId);
        reservation.Property(x => x.OrderId).ValueGeneratedNever();
        reservation.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        reservation.OwnsMany(x => x.Lines, line =>
        {
            line.ToTable("StockReservationLines");
            line.WithOwner().HasForeignKey("OrderId");
            line.Property<int>("Id");
            line.HasKey("Id");
        });
        reservation.Navigation(x => x.Lines).HasField("_lines");
    }
}
