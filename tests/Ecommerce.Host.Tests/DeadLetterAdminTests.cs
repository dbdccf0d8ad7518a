using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Users.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests;

/// <summary>The admin API over parked messages: listed across modules, replayed through their inbox, discarded.</summary>
public sealed class DeadLetterAdminTests
{
    private const string List = "/admin/dead-letters";
    private readonly ConsumerFaults _consumerFaults = new();
    private readonly OutboxFaults _outboxFaults = new("users");
    private EcommerceApp _app = null!;
    private TestUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = new EcommerceApp(
            new Dictionary<string, string?>
            {
                ["Messaging:MaxDeliveryAttempts"] = "2",
                ["Messaging:RetryDelay"] = "00:00:00.010",
                ["Messaging:Redeliveries"] = "",
                ["Messaging:OutboxMaxAttempts"] = "2",
                ["Messaging:OutboxMaxBackoff"] = "00:00:00.100",
            },
            services => services.InjectConsumerFaults(_consumerFaults).InjectOutboxFaults(_outboxFaults));
        _admin = await _app.AdminAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _app.DisposeAsync();

    [Test]
    public async Task Only_an_admin_may_see_or_touch_dead_letters()
    {
        var customer = await _app.NewCustomerAsync();
        using var anonymous = _app.Anonymous();

        foreach (var client in new[] { anonymous, customer.Client })
        {
            var expected = client == anonymous ? (HttpStatusCode.Unauthorized, "Unauthorized") : (HttpStatusCode.Forbidden, "Forbidden");
            await (await client.GetAsync(List)).ExpectProblemAsync(expected.Item1, expected.Item2);
            await (await client.PostAsync($"{List}/catalog:1/replay", null)).ExpectProblemAsync(expected.Item1, expected.Item2);
            await (await client.DeleteAsync($"{List}/catalog:1")).ExpectProblemAsync(expected.Item1, expected.Item2);
        }
    }

    [TestCase("catalog:999999999")]
    [TestCase("nomodule:1")]
    [TestCase("catalog:abc")]
    [TestCase("catalog:-1")]
    [TestCase("nonsense")]
    public async Task An_unknown_or_malformed_id_is_not_found(string id)
    {
        await (await _admin.Client.PostAsync($"{List}/{id}/replay", null)).ExpectProblemAsync(HttpStatusCode.NotFound, "Dead letter not found");
        await (await _admin.Client.DeleteAsync($"{List}/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound, "Dead letter not found");
    }

    [Test]
    public async Task A_parked_reservation_replayed_through_the_api_is_handled_and_leaves_the_list()
    {
        var (customer, productId, orderId, letter) = await ParkedReservationAsync(failures: 2);
        Assert.Multiple(() =>
        {
            Assert.That(letter.GetProperty("module").GetString(), Is.EqualTo("catalog"));
            Assert.That(letter.GetProperty("messageType").GetString(), Is.EqualTo(typeof(OrderPlaced).FullName));
            Assert.That(letter.GetProperty("error").GetString(), Does.Contain(ConsumerFaults.FaultMessage).And.Not.Contain(" at "));
            Assert.That(letter.GetProperty("attempts").GetInt32(), Is.EqualTo(2));
            Assert.That(letter.GetProperty("failedAt").GetDateTime(), Is.Not.EqualTo(default(DateTime)));
        });

        var replay = await (await _admin.Client.PostAsync($"{List}/{Id(letter)}/replay", null)).ExpectAsync(HttpStatusCode.Accepted);

        Assert.That(replay.GetProperty("message").GetString(), Is.EqualTo("Replay scheduled"));
        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await _admin.Client.StockOfAsync(productId), Is.EqualTo(3));
            Assert.That(await FindAsync(Id(letter)), Is.Null, "it left the list");
        });
    }

    [Test]
    public async Task A_replay_that_fails_again_is_parked_again_with_its_new_tries()
    {
        var (customer, _, orderId, letter) = await ParkedReservationAsync(failures: 4);

        await (await _admin.Client.PostAsync($"{List}/{Id(letter)}/replay", null)).ExpectAsync(HttpStatusCode.Accepted);

        var again = await Eventually.Until(() => FindAsync(Id(letter)), found => found?.GetProperty("attempts").GetInt32() == 4, "the replay to be parked again");
        Assert.Multiple(async () =>
        {
            Assert.That(again!.Value.GetProperty("failedAt").GetDateTime(), Is.GreaterThan(letter.GetProperty("failedAt").GetDateTime()));
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));
        });
    }

    [Test]
    public async Task A_discarded_dead_letter_leaves_the_list_and_a_later_redelivery_is_skipped()
    {
        var (customer, productId, orderId, letter) = await ParkedReservationAsync(failures: 2);

        var discarded = await _admin.Client.DeleteAsync($"{List}/{Id(letter)}");
        Assert.That(discarded.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var message = new Ecommerce.BuildingBlocks.Messaging.IntegrationMessage(
            letter.GetProperty("messageId").GetGuid(), typeof(OrderPlaced).FullName!, null,
            JsonSerializer.Serialize(new OrderPlaced(orderId, customer.Id, [new OrderLine(productId, 2)]), JsonSerializerOptions.Web), null);
        var redelivered = await _app.Services.GetRequiredService<IntegrationEventConsumers>().DeliverAsync(message, "catalog", CancellationToken.None);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(redelivered, Is.Empty);
            Assert.That(await FindAsync(Id(letter)), Is.Null);
            Assert.That(await _admin.Client.StockOfAsync(productId), Is.EqualTo(5), "a discarded message is not handled again");
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));
        });
        await (await _admin.Client.DeleteAsync($"{List}/{Id(letter)}")).ExpectProblemAsync(HttpStatusCode.NotFound, "Dead letter not found");
    }

    [Test]
    public async Task An_outbox_row_the_transport_refused_is_listed_and_replayed_to_the_transport()
    {
        var email = $"refused-{Guid.NewGuid():N}"[..24];
        _outboxFaults.Refuse(message => message.Type == typeof(UserRegistered).FullName && message.Payload.Contains(email, StringComparison.Ordinal));
        using var anonymous = _app.Anonymous();
        await (await anonymous.PostAsJsonAsync("/register", new { username = email, email = $"{email}@test.local", password = "Password-123" }))
            .ExpectAsync(HttpStatusCode.Created);

        var letter = (await Eventually.Until(
            ListAsync, letters => letters.Any(letter => letter.GetProperty("consumer").GetString() == "outbox"), "the refused row to be parked"))
            .Single(letter => letter.GetProperty("consumer").GetString() == "outbox");
        Assert.That(letter.GetProperty("module").GetString(), Is.EqualTo("users"));
        _outboxFaults.Recover();

        await (await _admin.Client.PostAsync($"{List}/{Id(letter)}/replay", null)).ExpectAsync(HttpStatusCode.Accepted);

        var row = await Eventually.Until(
            async () => (await _app.OutboxAsync("users")).Single(row => row.MessageId == letter.GetProperty("messageId").GetGuid()),
            row => row.SentAt is not null, "the replayed row to be sent");
        Assert.Multiple(async () =>
        {
            Assert.That(row.ParkedAt, Is.Null);
            Assert.That(await FindAsync(Id(letter)), Is.Null);
        });
    }

    /// <summary>An order whose reservation failed <paramref name="failures"/> times: parked after 2, and listed.</summary>
    private async Task<(TestUser Customer, int ProductId, int OrderId, JsonElement Letter)> ParkedReservationAsync(int failures)
    {
        var customer = await _app.NewCustomerAsync();
        var productId = await _admin.NewProductAsync(stock: 5);
        _consumerFaults.Throw(
            delivery => delivery.Module == "catalog" && delivery.Is<OrderPlaced>() && delivery.Read<OrderPlaced>().CustomerId == customer.Id, failures);
        var orderId = await customer.OrderAsync(productId, quantity: 2);
        var key = orderId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var messageId = (await _app.OutboxAsync("orders")).Single(row => row.Key == key && row.Type == typeof(OrderPlaced).FullName).MessageId;
        var letters = await Eventually.Until(ListAsync, letters => letters.Any(letter => IsReservation(letter, messageId)), "the reservation to be parked");
        return (customer, productId, orderId, letters.Single(letter => IsReservation(letter, messageId)));
    }

    private static bool IsReservation(JsonElement letter, Guid messageId) =>
        letter.GetProperty("consumer").GetString() == "catalog.OrderPlacedConsumer" && letter.GetProperty("messageId").GetGuid() == messageId;

    private async Task<List<JsonElement>> ListAsync() =>
        (await (await _admin.Client.GetAsync(List)).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

    private async Task<JsonElement?> FindAsync(string id) =>
        (await ListAsync()).Cast<JsonElement?>().FirstOrDefault(letter => Id(letter!.Value) == id);

    private static string Id(JsonElement letter) => letter.GetProperty("id").GetString()!;
}
