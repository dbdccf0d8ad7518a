using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Messaging;

internal static class MessagingTables
{
    public static void AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(x => x.Id);
            outbox.HasIndex(x => x.MessageId).IsUnique();
            outbox.HasIndex(x => new { x.SentAt, x.Id });
            outbox.Property(x => x.Type).HasMaxLength(300);
            outbox.Property(x => x.Key).HasMaxLength(100);
            outbox.Property(x => x.LastError).HasMaxLength(2000);
            outbox.Property(x => x.TraceParent).HasMaxLength(55);
            outbox.Property(x => x.Destination).HasMaxLength(300);
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(x => new { x.MessageId, x.Consumer });
            inbox.Property(x => x.Consumer).HasMaxLength(200);
            inbox.HasIndex(x => x.HandledAt);
        });

        modelBuilder.Entity<DeadLetter>(deadLetter =>
        {
            deadLetter.ToTable("DeadLetters");
            deadLetter.HasKey(x => x.Id);
            deadLetter.HasIndex(x => x.MessageId);
            deadLetter.Property(x => x.Consumer).HasMaxLength(200);
            deadLetter.Property(x => x.Type).HasMaxLength(300);
            deadLetter.Property(x => x.Key).HasMaxLength(100);
            deadLetter.HasIndex(x => x.DiscardedAt);
        });
    }
}
