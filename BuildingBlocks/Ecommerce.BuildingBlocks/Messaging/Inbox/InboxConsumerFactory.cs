using Ecommerce.BuildingBlocks.Persistence;
using MassTransit;
using MassTransit.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// MassTransit's consumer factory hook, used as the inbox: the consumer runs in a fresh scope inside a
/// write transaction of its module's DbContext, and "(message id, consumer) handled" commits with its
/// changes. A message already recorded is skipped, so a redelivery has no second effect.
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
        if (await inbox.HasAsync(messageId, consumerName, cancellationToken))
        {
            return;
        }

        var consumer = services.GetRequiredService<TConsumer>();
        await next.Send(new ConsumerConsumeContextScope<TConsumer, T>(context, consumer));
        inbox.Add(new InboxMessage { MessageId = messageId, Consumer = consumerName, HandledAt = time.GetUtcNow().UtcDateTime });
    }

    public void Probe(ProbeContext context) => context.CreateConsumerFactoryScope<TConsumer>("inbox");
}
