using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecommerce.Modules.Carts.Data;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> cart)
    {
        cart.ToTable("Carts");
        cart.HasKey(x => x.Id);
        cart.HasIndex(x => x.CustomerId).IsUnique();
        cart.Property(x => x.Version).IsConcurrencyToken();
        cart.OwnsMany(x => x.Items, item =>
        {
            item.ToTable("CartItems");
            item.WithOwner().HasForeignKey("CartId");
            item.HasKey("CartId", nameof(CartItem.ProductId));
            item.Property(x => x.ProductId).ValueGeneratedNever();
        });
        cart.Navigation(x => x.Items).HasField("_items");
    }
}
