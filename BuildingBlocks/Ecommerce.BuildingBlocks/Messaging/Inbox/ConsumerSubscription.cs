using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using MassTransit;
using MassTransit.Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// A MassTransit consumer bound to its module's inbox. Each consumer gets a mediator of its own, so
/// that every module consuming an event does so in its own transaction and is retried on its own.
/// </summary>
internal sealed class ConsumerSubscription<TConsumer, TContext> : IConsumerSubscription
    where TConsumer : class, IConsumer
    where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly IMediator _mediator;

    public ConsumerSubscription(IServiceScopeFactory scopes, TimeProvider time, string module)
    {
        _scopes = scopes;
        _time = time;
        Module = module;
        ConsumerName = $"{module}.{typeof(TConsumer).Name}";
        MessageTypes = typeof(TConsumer).GetInterfaces()
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(type => type.GetGenericArguments()[0])
            .ToArray();
        _mediator = Bus.Factory.CreateMediator(configure =>
            configure.Consumer(new InboxConsumerFactory<TConsumer, TContext>(scopes, time, ConsumerName)));
    }

    public string ConsumerName { get; }

    public Type ConsumerType => typeof(TConsumer);

    public string Module { get; }

    public IReadOnlyCollection<Type> MessageTypes { get; }

    public async Task<bool> ConsumeAsync(IntegrationMessage message, Type messageType, CancellationToken cancellationToken)
    {
        // Handled before: a redelivered message must not even be read again. A parked one is tried again.
        if (await IsHandledAsync(message.MessageId, cancellationToken))
        {
            return false;
        }

        var body = MessageSerializer.Deserialize(message.Payload, messageType);
        var headers = Pipe.Execute<SendContext>(context =>
        {
            context.MessageId = message.MessageId;
            context.CorrelationId = message.CorrelationId;
        });
        await _mediator.Send(body, messageType, headers, cancellationToken);
        return true;
    }

    public async Task<bool> DeadLetterAsync(
        IntegrationMessage message, Exception error, int attempts, DeadLetterForward? forward, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.WriteAsync(token => ParkAsync(db, message, error, attempts, forward, token), cancellationToken);
    }

    private async Task<bool> ParkAsync(
        TContext db, IntegrationMessage message, Exception error, int attempts, DeadLetterForward? forward, CancellationToken cancellationToken)
    {
        var entry = await db.Set<InboxMessage>()
            .FirstOrDefaultAsync(entry => entry.MessageId == message.MessageId && entry.Consumer == ConsumerName, cancellationToken);
        if (entry is { Parked: false })
        {
            return false; // A concurrent delivery handled it.
        }

        var now = _time.GetUtcNow().UtcDateTime;
        if (entry is null)
        {
            db.Set<InboxMessage>().Add(new InboxMessage { MessageId = message.MessageId, Consumer = ConsumerName, HandledAt = now, Parked = true });
        }
        else
        {
            entry.HandledAt = now;
        }

        var letter = await db.Set<DeadLetter>().FirstOrDefaultAsync(
            letter => letter.MessageId == message.MessageId && letter.Consumer == ConsumerName && letter.DiscardedAt == null, cancellationToken);
        if (letter is null)
        {
            db.Set<DeadLetter>().Add(new DeadLetter
            {
                MessageId = message.MessageId,
                Consumer = ConsumerName,
                Type = message.Type,
                Payload = message.Payload,
                Key = message.Key,
                CorrelationId = message.CorrelationId,
                Error = error.ToString(),
                Attempts = attempts,
                FailedAt = now,
            });
        }
        else
        {
            letter.Error = error.ToString();
            letter.Attempts += attempts;
            letter.FailedAt = now;
        }

        if (forward is not null)
        {
            db.Set<OutboxMessage>().Add(OutboxMessage.Forward(message, DeadLetterHeaders.For(forward, ConsumerName, error), now));
        }

        return true;
    }

    private async Task<bool> IsHandledAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await InboxQueries<TContext>.Handled(db, messageId, ConsumerName, cancellationToken);
    }
}
