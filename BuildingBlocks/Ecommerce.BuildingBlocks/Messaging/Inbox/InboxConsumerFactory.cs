using Ecommerce.BuildingBlocks.Persistence;
using MassTransit;
using MassTransit.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// MassTransit's consumer factory hook, used as the inbox: the consumer runs in a fresh scope inside a
/// write transaction of its module's DbContext, and "(message id, consumer) handled" commits with its
/// changes. A message already handled is skipped, so a redelivery has no second effect; a parked one runs
/// again, and on success its dead letter leaves with the same commit.
/// </summary>
internal sealed class InboxConsumerFactory<TConsumer, TContext>(IServiceScopeFactory scopes, TimeProvider time, string consumerName)
    : IConsumerFactory<TConsumer>
    where TConsumer : class
    where TContext : DbContext
{
    public async Task Send<T>(ConsumeContext<T> context, IPipe<ConsumerConsumeContext<TConsumer, T>> next)
        where T : class
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("An integration event has no message id.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.WriteAsync(token => ConsumeOnceAsync(scope.ServiceProvider, db, messageId, context, next, token), context.CancellationToken);
    }

    private async Task ConsumeOnceAsync<T>(
        IServiceProvider services,
        TContext db,
        Guid messageId,
        ConsumeContext<T> context,
        IPipe<ConsumerConsumeContext<TConsumer, T>> next,
        CancellationToken cancellationToken)
        where T : class
    {
        var inbox = db.Set<InboxMessage>();
        var parked = await InboxQueries<TContext>.Parked(db, messageId, consumerName, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (parked == false)
        {
            return;
        }

        // A parked message is claimed with a conditional update, so that of two deliveries running side by side
        // (SQL Server) only one handles it; the claim rolls back with the transaction if the consumer fails.
        if (parked == true &&
            await inbox.Where(entry => entry.MessageId == messageId && entry.Consumer == consumerName && entry.Parked).ExecuteUpdateAsync(
                entry => entry.SetProperty(e => e.Parked, false).SetProperty(e => e.HandledAt, now), cancellationToken) == 0)
        {
            return;
        }

        var consumer = services.GetRequiredService<TConsumer>();
        await next.Send(new ConsumerConsumeContextScope<TConsumer, T>(context, consumer));
        if (parked is null)
        {
            inbox.Add(new InboxMessage { MessageId = messageId, Consumer = consumerName, HandledAt = now });
        }
        else
        {
            await db.Set<DeadLetter>()
                .Where(letter => letter.MessageId == messageId && letter.Consumer == consumerName && letter.DiscardedAt == null)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    public void Probe(ProbeContext context) => context.CreateConsumerFactoryScope<TConsumer>("inbox");
}
