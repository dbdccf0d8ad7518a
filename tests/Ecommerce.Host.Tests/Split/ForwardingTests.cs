using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests.Split;

/// <summary>
/// Every host is a front door: a request for a module that runs elsewhere reaches its host as sent (method, path, query,
/// body, headers), and its answer comes back as given (status, headers, body). Catalog apart on B; A runs the rest.
/// </summary>
public sealed class ForwardingTests
{
    private const string AllowedOrigin = "https://shop.example";

    private readonly RequestRecorder _arrivedAtB = new();
    private SplitDeployment _split = null!;

    private EcommerceApp A => _split.FrontDoor;

    private EcommerceApp B => _split.Apart;

    [OneTimeSetUp]
    public void Start() => _split = SplitDeployment.Start(
        ["Catalog"], new Dictionary<string, string?>(StringComparer.Ordinal) { ["Cors:AllowedOrigins:0"] = AllowedOrigin }, services => services.RecordRequests(_arrivedAtB));

    [OneTimeTearDown]
    public async Task Stop() => await _split.DisposeAsync();

    [Test]
    public async Task A_forwarded_request_reaches_the_owner_with_method_path_query_body_and_headers()
    {
        var admin = await A.AdminAsync();
        var name = $"Forwarded {Guid.NewGuid():N}";
        const string traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/product?probe=1")
        {
            Content = JsonContent.Create(new { name, description = "through A", price = 3.25m, stock = 4 }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        request.Headers.Add("Idempotency-Key", "forwarded-key-1");
        request.Headers.Add("traceparent", traceparent);

        // A client of its own: this process's telemetry would otherwise put its own trace on the test's requests.
        using var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = _split.FrontDoorUrl };
        var created = await (await client.SendAsync(request)).ExpectAsync(HttpStatusCode.Created);

        var arrived = _arrivedAtB.Requests.Last(seen => seen.Method == "POST" && seen.Path == "/product");
        var stored = await (await B.Anonymous().GetAsync($"/product/{created.GetProperty("id").GetInt32()}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(arrived.Query, Is.EqualTo("?probe=1"));
            Assert.That(arrived.Headers["Authorization"], Is.EqualTo($"Bearer {admin.Token}"));
            Assert.That(arrived.Headers["Idempotency-Key"], Is.EqualTo("forwarded-key-1"));
            Assert.That(TraceIdOf(arrived.Headers["traceparent"]), Is.EqualTo(TraceIdOf(traceparent)), "the same trace continues on the owner");
            Assert.That(stored.GetProperty("name").GetString(), Is.EqualTo(name));
            Assert.That(stored.GetProperty("price").GetDecimal(), Is.EqualTo(3.25m));
        });
    }

    [TestCase("/product/{0}")]
    [TestCase("/product/2147483000")]
    [TestCase("/product/0")]
    [TestCase("/products?limit=500")]
    public async Task An_answer_comes_back_through_the_front_door_as_the_owner_gave_it(string path)
    {
        var product = await (await A.AdminAsync()).NewProductAsync(stock: 2);
        var uri = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, product);

        using var direct = await B.Anonymous().GetAsync(uri);
        using var forwarded = await A.Anonymous().GetAsync(uri);

        await AssertSameAnswerAsync(direct, forwarded);
    }

    [Test]
    public async Task Headers_of_the_owner_s_answer_come_back_too()
    {
        var customer = await A.NewCustomerAsync();
        using var direct = await customer.Client.GetAsync("/validate");
        using var forwarded = await B.WithToken(customer.Token).GetAsync("/validate");
        using var unauthorizedDirect = await A.Anonymous().GetAsync("/validate");
        using var unauthorizedForwarded = await B.Anonymous().GetAsync("/validate");

        await AssertSameAnswerAsync(direct, forwarded);
        await AssertSameAnswerAsync(unauthorizedDirect, unauthorizedForwarded);
        Assert.Multiple(() =>
        {
            Assert.That(forwarded.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(unauthorizedForwarded.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
        });
    }

    [Test]
    public async Task A_cross_origin_answer_carries_the_allowed_origin_once()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/products");
        request.Headers.Add("Origin", AllowedOrigin);

        using var forwarded = await A.Anonymous().SendAsync(request);

        Assert.That(forwarded.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { AllowedOrigin }));
    }

    [Test]
    public async Task A_dead_letter_of_a_remote_module_is_handled_by_its_host()
    {
        var admin = await A.AdminAsync();

        var replay = await admin.Client.PostAsync("/admin/dead-letters/catalog:987654/replay", null);
        var discard = await admin.Client.DeleteAsync("/admin/dead-letters/catalog:987655");

        await replay.ExpectProblemAsync(HttpStatusCode.NotFound, "Dead letter not found");
        await discard.ExpectProblemAsync(HttpStatusCode.NotFound, "Dead letter not found");
        Assert.That(
            _arrivedAtB.Requests.Select(seen => $"{seen.Method} {seen.Path}"),
            Is.SupersetOf(new[] { "POST /admin/dead-letters/catalog:987654/replay", "DELETE /admin/dead-letters/catalog:987655" }));
    }

    [Test]
    public async Task Swagger_UI_on_either_host_lists_one_document_per_host_and_tries_requests_through_itself()
    {
        var ui = await (await A.Anonymous().GetAsync("/swagger/index.html")).Content.ReadAsStringAsync();
        var own = await (await A.Anonymous().GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        var remote = await (await A.Anonymous().GetAsync("/swagger/remote/catalog/swagger.json")).ExpectAsync(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(ui, Does.Contain("/swagger/v1/swagger.json").And.Contain("/swagger/remote/catalog/swagger.json"));
            Assert.That(PathsOf(own), Does.Contain("/cart").And.Contain("/login").And.Not.Contain("/products"));
            Assert.That(PathsOf(remote), Does.Contain("/products").And.Not.Contain("/cart"));
            Assert.That(remote.GetProperty("servers")[0].GetProperty("url").GetString(), Is.EqualTo(_split.FrontDoorUrl.AbsoluteUri.TrimEnd('/')));
        });
    }

    private static List<string> PathsOf(JsonElement document) => document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

    private static async Task AssertSameAnswerAsync(HttpResponseMessage direct, HttpResponseMessage forwarded)
    {
        var directBody = await direct.Content.ReadAsStringAsync();
        var forwardedBody = await forwarded.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(forwarded.StatusCode, Is.EqualTo(direct.StatusCode));
            Assert.That(WithoutTraceId(forwardedBody), Is.EqualTo(WithoutTraceId(directBody)));
            Assert.That(forwarded.Content.Headers.ContentType, Is.EqualTo(direct.Content.Headers.ContentType));
            Assert.That(forwarded.Headers.CacheControl, Is.EqualTo(direct.Headers.CacheControl));
            Assert.That(forwarded.Headers.WwwAuthenticate.ToString(), Is.EqualTo(direct.Headers.WwwAuthenticate.ToString()));
        });
    }

    // A problem's traceId names the request, which differs between the two requests compared.
    private static string WithoutTraceId(string body)
    {
        if (!body.StartsWith('{'))
        {
            return body;
        }

        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        json.Remove("traceId");
        return JsonSerializer.Serialize(json);
    }

    private static string TraceIdOf(string traceparent) => traceparent.Split('-')[1];
}
