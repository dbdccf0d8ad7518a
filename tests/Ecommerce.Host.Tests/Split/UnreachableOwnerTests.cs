using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests.Split;

/// <summary>A host whose catalog host is away: requests for the catalog, forwarded or asked, answer 503 problem details, never 500.</summary>
public sealed class UnreachableOwnerTests
{
    private const string Unavailable = "Service temporarily unavailable";

    private MockKafkaCluster _kafka = null!;
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _kafka = new MockKafkaCluster();
        var settings = EcommerceApp.KafkaSettings(_kafka.BootstrapServers);
        settings["Modules:Enabled"] = "Users,Carts,Orders";
        settings["Modules:Remote:Catalog"] = SplitDeployment.Nobody;
        _app = new EcommerceApp(settings);
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _kafka.Dispose();
    }

    [Test]
    public async Task A_request_forwarded_to_an_absent_owner_answers_503_with_a_message()
    {
        var response = await _app.Anonymous().GetAsync("/products");

        await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, Unavailable);
        Assert.That(response.Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task A_question_to_an_absent_owner_answers_503_and_changes_nothing()
    {
        var customer = await _app.NewCustomerAsync();

        var response = await customer.Client.PostAsJsonAsync("/cart", new { productId = 1, quantity = 1 });

        await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, Unavailable);
        var cart = await (await customer.Client.GetAsync("/cart")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(cart.GetRawText(), Does.Not.Contain("\"productId\":1"));
    }
}
