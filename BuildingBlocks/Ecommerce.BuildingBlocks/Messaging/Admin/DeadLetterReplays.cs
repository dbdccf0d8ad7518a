using System.Threading.Channels;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

/// <summary>Replays dead letters one after another, off the request that asked for it (the admin API answers 202).</summary>
internal sealed class DeadLetterReplays(IntegrationEventConsumers consumers, ILogger<DeadLetterReplays> logger) : BackgroundService
{
    private readonly Channel<(IntegrationMessage Message, string Consumer)> _queue = Channel.CreateUnbounded<(IntegrationMessage, string)>();

    public void Schedule(DeadLetter letter) =>
        _queue.Writer.TryWrite((
            new IntegrationMessage(letter.MessageId, letter.Type, letter.Key, letter.Payload, letter.CorrelationId),
            letter.Consumer));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (message, consumer) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await ReplayAsync(message, consumer, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReplayAsync(IntegrationMessage message, string consumer, CancellationToken stoppingToken)
    {
        try
        {
            if (!await consumers.ReplayAsync(message, consumer, stoppingToken))
            {
                logger.LogWarning("Dead letter {MessageId} cannot be replayed: this host has no consumer {Consumer}", message.MessageId, consumer);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The dead letter stays listed; the operator can replay it again.
            logger.LogError(exception, "Replaying dead letter {MessageId} to {Consumer} failed", message.MessageId, consumer);
        }
    }
}
