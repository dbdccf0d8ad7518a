using MassTransit;

namespace Ecommerce.BuildingBlocks.Tests.Modules;

/// <summary>Consumes a type that is in no module's contracts: the conventions have no place for it.</summary>
internal sealed class NotAContractConsumer : IConsumer<NotAContract>
{
    public Task Consume(ConsumeContext<NotAContract> context) => Task.CompletedTask;
}

internal sealed record NotAContract;
