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

    public async Task ConsumeAsync(IntegrationMessage message, Type messageType, CancellationToken cancellationToken)
    {
        // Handled or parked before: a redelivered poison message must not even be read again.
        if (await IsRecordedAsync(message.MessageId, cancellationToken))
        {
            return;
        }

        var body = MessageSerializer.Deserialize(message.Payload, messageType);
        var headers = Pipe.Execute<SendContext>(context =>
        {
            context.MessageId = message.MessageId;
            context.CorrelationId = message.CorrelationId;
        });
        await _mediator.Send(body, messageType, headers, cancellationToken);
    }

    public async Task<bool> DeadLetterAsync(IntegrationMessage message, Exception error, int attempts, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.WriteAsync(token => ParkAsync(db, message, error, attempts, token), cancellationToken);
    }

    private async Task<bool> ParkAsync(TContext db, IntegrationMessage message, Exception error, int attempts, CancellationToken cancellationToken)
    {
        if (await Inbox(db).HasAsync(message.MessageId, ConsumerName, cancellationToken))
        {
            return false; // A concurrent delivery got there first.
        }

        var now = _time.GetUtcNow().UtcDateTime;
        db.Set<DeadLetter>().Add(new DeadLetter
        {
            MessageId = message.MessageId,
            Consumer = ConsumerName,
            Type = message.Type,
            Payload = message.Payload,
            Error = error.ToString(),
            Attempts = attempts,
            FailedAt = now,
        });
        Inbox(db).Add(new InboxMessage { MessageId = message.MessageId, Consumer = ConsumerName, HandledAt = now });
        return true;
    }

    private async Task<bool> IsRecordedAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await Inbox(db).HasAsync(messageId, ConsumerName, cancellationToken);
    }

    private static DbSet<InboxMessage> Inbox(TContext db) => db.Set<InboxMessage>();
}
