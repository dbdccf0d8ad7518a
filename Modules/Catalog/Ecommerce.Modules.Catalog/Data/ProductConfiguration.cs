using Ecommerce.Modules.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecommerce.Modules.Catalog.Data;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.ToTable("Products", table => table.HasCheckConstraint("CK_Products_Stock", "\"Stock\" >= 0"));
        product.HasKey(x => x.Id);
        product.Property(x => x.Name).HasMaxLength(ProductRules.NameMaxLength).IsRequired();
        product.Property(x => x.Description).HasMaxLength(ProductRules.DescriptionMaxLength).IsRequired();
    }
}
