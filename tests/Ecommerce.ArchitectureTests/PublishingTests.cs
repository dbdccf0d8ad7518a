using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Mono.Cecil;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// A module publishes only the events of its own contracts, and only through its outbox: a consumer that published
/// through MassTransit would bypass the outbox (lost on a rollback, sent twice on a redelivery).
/// </summary>
public sealed class PublishingTests
{
    private static readonly HashSet<string> SendingMethods = new(StringComparer.Ordinal)
    {
        "Publish", "PublishBatch", "Send", "SendBatch", "Forward", "GetSendEndpoint", "GetPublishSendEndpoint",
        "SchedulePublish", "ScheduleSend", "ScheduleRecurringSend", "Redeliver", "Defer",
    };

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_module_publishes_only_the_events_of_its_own_contracts(ModuleAssembly module)
    {
        var published = PublishedEvents(module).ToList();

        Assert.That(published.Where(call => !string.Equals(call.Event.Namespace, module.ContractsNamespace, StringComparison.Ordinal)).Select(call => call.ToString()), Is.Empty);
    }

    [Test]
    public void The_modules_that_publish_are_seen_publishing()
    {
        var publishers = ModuleAssemblies.All.Where(module => PublishedEvents(module).Any()).Select(module => module.Name);

        Assert.That(publishers, Is.SupersetOf(new[] { "Catalog", "Orders", "Users" }));
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_module_publishes_and_sends_nothing_through_MassTransit(ModuleAssembly module)
    {
        var sending = CompiledCode.CallsIn(module.Assembly)
            .Where(call => call.Called.DeclaringType.Namespace.StartsWith("MassTransit", StringComparison.Ordinal) && SendingMethods.Contains(call.Called.Name))
            .Select(call => call.ToString())
            .Distinct(StringComparer.Ordinal);

        Assert.That(sending, Is.Empty, "publish with db.PublishIntegrationEvent; answer a request with context.RespondAsync");
    }

    private static IEnumerable<Published> PublishedEvents(ModuleAssembly module) =>
        CompiledCode.CallsIn(module.Assembly)
            .Where(call => call.Called is GenericInstanceMethod { Name: nameof(OutboxPublishing.PublishIntegrationEvent) } method &&
                           string.Equals(method.DeclaringType.FullName, typeof(OutboxPublishing).FullName, StringComparison.Ordinal))
            .Select(call => new Published(call.Type, ((GenericInstanceMethod)call.Called).GenericArguments[0]));

    private sealed record Published(TypeDefinition Publisher, TypeReference Event)
    {
        public override string ToString() => $"{Publisher.FullName} publishes {Event.FullName}";
    }
}
