using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Modules.Billing;
using Ecommerce.Modules.Shipping;
using Ecommerce.Modules.Shipping.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Tests.Modules;

/// <summary>
/// A question asked in process for a caller that gives up while it is answered (a client that hangs up) ends as a
/// cancellation, which the host answers 499. MassTransit reports it as a request fault (the answer finds nobody waiting
/// for it), which the host would answer 500.
/// </summary>
public sealed class CancelledQuestionTests
{
    [Test]
    public async Task A_question_whose_caller_gives_up_while_it_is_answered_ends_as_a_cancellation()
    {
        await using var host = await NewcomerHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var placement = ModulePlacement.From(new ConfigurationBuilder().Build(), [new ShippingModule(), new BillingModule()]);
        var shipping = new ModuleRequestClient<TrackParcel, ParcelTracked>(placement, scope.ServiceProvider);
        var asker = Guid.NewGuid();
        using var caller = new CancellationTokenSource();
        TrackParcelConsumer.Askers[asker] = caller;

        Assert.That(
            async () => await shipping.GetResponseAsync(new TrackParcel(asker), caller.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(caller.IsCancellationRequested, Is.True, "the consumer ran and the caller gave up while it did");
    }
}
