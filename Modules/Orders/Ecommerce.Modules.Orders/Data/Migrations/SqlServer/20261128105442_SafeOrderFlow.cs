using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ecommerce.Modules.Orders.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SafeOrderFlow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CartId",
                schema: "orders",
                table: "Orders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CartVersion",
                schema: "orders",
                table: "Orders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CheckoutClaim",
                schema: "orders",
                table: "Orders",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckoutClaimedAt",
                schema: "orders",
                table: "Orders",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                schema: "orders",
                table: "Orders",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReservationRequestedAt",
                schema: "orders",
                table: "Orders",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "ReservationRequests",
                schema: "orders",
                table: "Orders",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Orders placed before: asked once, when placed.
            migrationBuilder.Sql("UPDATE [orders].[Orders] SET ReservationRequests = 1, ReservationRequestedAt = PlacedAt;");

            migrationBuilder.CreateTable(
                name: "OrderedCarts",
                schema: "orders",
                columns: table => new
                {
                    CartId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    OrderId = table.Column<int>(type: "int", nullable: false),
                    LinesTaken = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderedCarts", x => x.CartId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CartId_CartVersion",
                schema: "orders",
                table: "Orders",
                columns: new[] { "CartId", "CartVersion" },
                unique: true,
                filter: "[CartId] IS NOT NULL AND [CartVersion] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status",
                schema: "orders",
                table: "Orders",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderedCarts",
                schema: "orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CartId_CartVersion",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CartId",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CartVersion",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CheckoutClaim",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CheckoutClaimedAt",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReservationRequestedAt",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReservationRequests",
                schema: "orders",
                table: "Orders");
        }
    }
}
