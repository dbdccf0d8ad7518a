using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ecommerce.Modules.Catalog.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ShortProductOfFailedReservation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ShortProductId",
                schema: "catalog",
                table: "StockReservations",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShortProductId",
                schema: "catalog",
                table: "StockReservations");
        }
    }
}
