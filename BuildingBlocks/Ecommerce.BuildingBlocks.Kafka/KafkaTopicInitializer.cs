using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Makes sure the host's topics exist: created with the configured partitions and replication where the
/// broker allows it; where it cannot create topics (the mock cluster), a metadata request lets the
/// broker auto-create them. Failures are logged, never fatal: a broker that is down must not stop the host.
/// </summary>
internal sealed class KafkaTopicInitializer(
    KafkaConnection connection, IEnumerable<ModuleDatabase> modules, ILogger<KafkaTopicInitializer> logger)
{
    public IReadOnlyList<string> Topics { get; } = modules
        .Select(module => KafkaTopics.Of(module.Module))
        .SelectMany(topic => new[] { topic, KafkaTopics.DeadLetterOf(topic) })
        .ToList();

    public async Task EnsureTopicsAsync(IEnumerable<string> topics)
    {
        var wanted = topics.ToList();
        using var admin = new AdminClientBuilder(connection.AdminConfig()).SetLogHandler((_, _) => { }).Build();
        try
        {
            await admin.CreateTopicsAsync(
                wanted.Select(topic => new TopicSpecification
                {
                    Name = topic,
                    NumPartitions = connection.Options.TopicPartitions,
                    ReplicationFactor = connection.Options.TopicReplicationFactor,
                }),
                new CreateTopicsOptions { RequestTimeout = connection.Options.AdminTimeout, OperationTimeout = connection.Options.AdminTimeout });
            return;
        }
        catch (CreateTopicsException exception) when (exception.Results.All(result =>
            result.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
        {
            return;
        }
        catch (KafkaException exception)
        {
            logger.LogInformation("Kafka did not create the topics ({Reason}); relying on auto-creation", exception.Message);
        }

        foreach (var topic in wanted)
        {
            try
            {
                await Task.Run(() => admin.GetMetadata(topic, connection.Options.AdminTimeout));
            }
            catch (KafkaException exception)
            {
                logger.LogWarning("Kafka topic {Topic} could not be checked: {Reason}", topic, exception.Message);
            }
        }
    }
}
