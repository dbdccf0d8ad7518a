using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ecommerce.Modules.Carts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperableMessaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Destination",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Headers",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ParkedAt",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 55,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Parked",
                table: "InboxMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrelationId",
                table: "DeadLetters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscardedAt",
                table: "DeadLetters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "DeadLetters",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_HandledAt",
                table: "InboxMessages",
                column: "HandledAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeadLetters_DiscardedAt",
                table: "DeadLetters",
                column: "DiscardedAt");

            // Messages parked before inbox entries could say so were recorded as handled: mark them parked, so they can be replayed.
            migrationBuilder.Sql("UPDATE \"InboxMessages\" SET \"Parked\" = 1 WHERE EXISTS (SELECT 1 FROM \"DeadLetters\" AS d WHERE d.\"MessageId\" = \"InboxMessages\".\"MessageId\" AND d.\"Consumer\" = \"InboxMessages\".\"Consumer\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_HandledAt",
                table: "InboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_DeadLetters_DiscardedAt",
                table: "DeadLetters");

            migrationBuilder.DropColumn(
                name: "Destination",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Headers",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Parked",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "CorrelationId",
                table: "DeadLetters");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                table: "DeadLetters");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "DeadLetters");
        }
    }
}
