using System.Reflection;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Modules.Billing;
using Ecommerce.Modules.Shipping;
using Ecommerce.Modules.Shipping.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Tests.Modules;

/// <summary>
/// A question asked in process for a caller that gives up while it is answered (a client that hangs up) ends as a
/// cancellation, which the host answers 499. MassTransit's mediator can report it as a request fault instead (the
/// answer finds nobody waiting: <see cref="MessageNotConsumedException"/>), which the host would answer 500. Whether it
/// does depends on timing inside MassTransit, so the request client here is scripted to do it every time.
/// </summary>
public sealed class CancelledQuestionTests
{
    [Test]
    public void A_question_whose_caller_gives_up_while_it_is_answered_ends_as_a_cancellation()
    {
        using var caller = new CancellationTokenSource();
        var shipping = ClientWhoseAnswerFindsNobody(caller);

        Assert.That(
            async () => await shipping.GetResponseAsync(new CountParcels(), caller.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void A_fault_of_a_question_whose_caller_is_still_waiting_stays_a_fault()
    {
        using var caller = new CancellationTokenSource();
        var shipping = ClientWhoseAnswerFindsNobody(caller, giveUp: false);

        Assert.That(
            async () => await shipping.GetResponseAsync(new CountParcels(), caller.Token),
            Throws.InstanceOf<RequestException>());
    }

    private static ModuleRequestClient<CountParcels, ParcelCount> ClientWhoseAnswerFindsNobody(CancellationTokenSource caller, bool giveUp = true)
    {
        var mediator = DispatchProxy.Create<IRequestClient<CountParcels>, FaultingRequestClient>();
        ((FaultingRequestClient)(object)mediator).Caller = giveUp ? caller : null;
        var services = new ServiceCollection().AddSingleton(mediator).BuildServiceProvider();
        var placement = ModulePlacement.From(new ConfigurationBuilder().Build(), [new ShippingModule(), new BillingModule()]);
        return new ModuleRequestClient<CountParcels, ParcelCount>(placement, services);
    }

    /// <summary>Every call: the caller gives up, then the request faults as MassTransit's mediator faults it.</summary>
    public class FaultingRequestClient : DispatchProxy
    {
        public CancellationTokenSource? Caller { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Caller?.Cancel();
            var fault = new RequestException(
                "An exception occurred while processing the CountParcels request",
                new MessageNotConsumedException(new Uri("loopback://localhost/response"), "The message was not consumed"));
            var answer = targetMethod!.ReturnType.GetGenericArguments()[0];
            return typeof(Task).GetMethods()
                .Single(method => method.Name == nameof(Task.FromException) && method.IsGenericMethod)
                .MakeGenericMethod(answer)
                .Invoke(null, [fault]);
        }
    }
}
