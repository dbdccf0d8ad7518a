using System.Net;
using System.Text;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>
/// POST /product/stock is anonymous and takes a list: a flood of ids gets one small refusal, never an answer that
/// grows with the input (once 1 MiB of <c>[0,0,...]</c> answered 25 MB, one error per element).
/// </summary>
public sealed class StockFloodTests
{
    private const int SmallAnswer = 2 * 1024;

    [Test]
    public async Task A_mebibyte_of_ids_is_refused_413_before_it_is_read()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsync("/product/stock", Json(ZeroIds(1024 * 1024)));

        var body = await response.Content.ReadAsStringAsync();
        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge, "Request body too large");
        Assert.That(body.Length, Is.LessThan(SmallAnswer));
    }

    [Test]
    public async Task A_mebibyte_of_ids_streamed_without_a_length_gets_a_small_refusal()
    {
        using var client = TestHost.App.Anonymous();
        var streamed = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(ZeroIds(1024 * 1024))));
        streamed.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/product/stock", streamed);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge), body);
            Assert.That(body.Length, Is.LessThan(SmallAnswer));
        });
    }

    [Test]
    public async Task Thousands_of_ids_within_the_body_limit_get_one_error_not_one_per_id()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsync("/product/stock", Json(ZeroIds(7 * 1024)));

        var problem = await response.ExpectValidationErrorAsync("ids");
        var errors = problem.GetProperty("errors").EnumerateObject().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(error => error.Name), Is.EqualTo(new[] { "ids" }));
            Assert.That(errors.Single().Value.EnumerateArray().Select(error => error.GetString()), Is.EqualTo(new[] { "At most 100 ids may be asked for at once." }));
        });
    }

    [Test]
    public async Task A_hundred_invalid_ids_answer_at_most_twenty_errors()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", JsonSerializer.Serialize(new { ids = new int[100] }));

        var problem = await response.ExpectValidationErrorAsync("ids[0]");
        var count = problem.GetProperty("errors").EnumerateObject().Sum(field => field.Value.GetArrayLength());
        Assert.That(count, Is.EqualTo(20));
    }

    [Test]
    public async Task The_largest_valid_request_fits_the_body_limit()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(stock: 7);
        using var client = TestHost.App.Anonymous();
        var ids = Enumerable.Repeat(int.MaxValue, 99).Prepend(product.Id);

        var response = await client.PostRawJsonAsync("/product/stock", JsonSerializer.Serialize(new { ids }, new JsonSerializerOptions { WriteIndented = true }));

        var answer = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.That(answer.EnumerateArray().Select(line => line.GetProperty("stock").GetInt32()), Is.EqualTo(new[] { 7 }));
    }

    /// <summary><c>{"ids":[0,0,...]}</c> of about <paramref name="bytes"/> bytes.</summary>
    private static string ZeroIds(int bytes) => $"{{\"ids\":[0{string.Concat(Enumerable.Repeat(",0", (bytes - 12) / 2))}]}}";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
