using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ecommerce.Modules.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafeOrderFlow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CartId",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CartVersion",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CheckoutClaim",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckoutClaimedAt",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReservationRequestedAt",
                table: "Orders",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "ReservationRequests",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Orders placed before: asked once, when placed.
            migrationBuilder.Sql("UPDATE \"Orders\" SET ReservationRequests = 1, ReservationRequestedAt = PlacedAt;");

            migrationBuilder.CreateTable(
                name: "OrderedCarts",
                columns: table => new
                {
                    CartId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinesTaken = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderedCarts", x => x.CartId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CartId_CartVersion",
                table: "Orders",
                columns: new[] { "CartId", "CartVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status",
                table: "Orders",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderedCarts");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CartId_CartVersion",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CartId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CartVersion",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CheckoutClaim",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CheckoutClaimedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReservationRequestedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReservationRequests",
                table: "Orders");
        }
    }
}
