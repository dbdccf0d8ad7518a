using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ecommerce.Modules.Catalog.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OperableMessaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Destination",
                schema: "catalog",
                table: "OutboxMessages",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Headers",
                schema: "catalog",
                table: "OutboxMessages",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ParkedAt",
                schema: "catalog",
                table: "OutboxMessages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "catalog",
                table: "OutboxMessages",
                type: "nvarchar(55)",
                maxLength: 55,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Parked",
                schema: "catalog",
                table: "InboxMessages",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrelationId",
                schema: "catalog",
                table: "DeadLetters",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscardedAt",
                schema: "catalog",
                table: "DeadLetters",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Key",
                schema: "catalog",
                table: "DeadLetters",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_HandledAt",
                schema: "catalog",
                table: "InboxMessages",
                column: "HandledAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeadLetters_DiscardedAt",
                schema: "catalog",
                table: "DeadLetters",
                column: "DiscardedAt");

            // Messages parked before inbox entries could say so were recorded as handled: mark them parked, so they can be replayed.
            migrationBuilder.Sql("UPDATE i SET [Parked] = 1 FROM [catalog].[InboxMessages] AS i WHERE EXISTS (SELECT 1 FROM [catalog].[DeadLetters] AS d WHERE d.[MessageId] = i.[MessageId] AND d.[Consumer] = i.[Consumer]);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_HandledAt",
                schema: "catalog",
                table: "InboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_DeadLetters_DiscardedAt",
                schema: "catalog",
                table: "DeadLetters");

            migrationBuilder.DropColumn(
                name: "Destination",
                schema: "catalog",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Headers",
                schema: "catalog",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                schema: "catalog",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "catalog",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Parked",
                schema: "catalog",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "CorrelationId",
                schema: "catalog",
                table: "DeadLetters");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                schema: "catalog",
                table: "DeadLetters");

            migrationBuilder.DropColumn(
                name: "Key",
                schema: "catalog",
                table: "DeadLetters");
        }
    }
}
