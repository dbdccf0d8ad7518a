using System.Net;
using System.Net.Http.Json;
using Ecommerce.Modules.Users.Domain;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// Bursts of concurrent logins against one account, as an attacker guessing passwords would send them. The lock is
/// exact: at most five passwords are judged, every other attempt is 429 with Retry-After, and a right password
/// that comes after the fifth gets no token.
/// </summary>
public sealed class LockoutRaceTests
{
    private const int Burst = 50;
    private readonly JudgingGate _gate = new();
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = new EcommerceApp(configureServices: services => _gate.WrapHasher(services));
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _gate.Release();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task Fifty_concurrent_wrong_passwords_have_five_judged_and_the_account_locked()
    {
        var user = await _app.NewCustomerAsync();
        using var client = _app.Anonymous();
        var judgedBefore = _gate.JudgedFor(user.Id);

        var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => LoginAsync(client, user.Email, "Wrong-password")));
        var right = await LoginAsync(client, user.Email, user.Password);

        Assert.Multiple(async () =>
        {
            Assert.That(_gate.JudgedFor(user.Id) - judgedBefore, Is.EqualTo(5), "passwords judged");
            Assert.That(answers.Count(answer => answer.StatusCode == HttpStatusCode.BadRequest), Is.EqualTo(5), "answered Invalid password");
            Assert.That(answers.Count(answer => answer.StatusCode == HttpStatusCode.TooManyRequests), Is.EqualTo(Burst - 5));
            foreach (var refused in answers.Where(answer => answer.StatusCode == HttpStatusCode.TooManyRequests))
            {
                Assert.That(LockoutTests.RetryAfterSeconds(refused), Is.InRange(1, 300));
            }

            await right.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
            Assert.That(await LockoutEndAsync(user), Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(4)));
        });
    }

    [Test]
    public async Task The_right_password_sent_while_five_are_being_judged_is_refused_and_gets_no_token()
    {
        var user = await _app.NewCustomerAsync();
        using var client = _app.Anonymous();
        var judgedBefore = _gate.JudgedFor(user.Id);
        _gate.Hold(user.Id);

        var wrong = Enumerable.Range(0, Burst).Select(_ => LoginAsync(client, user.Email, "Wrong-password")).ToList();
        await Eventually.Until(
            () => Task.FromResult(_gate.Waiting + wrong.Count(answer => answer.IsCompleted)),
            settled => settled == Burst,
            "every attempt judged (and held) or answered");
        var heldWhileRightArrives = _gate.Waiting;
        var right = await LoginAsync(client, user.Email, user.Password).WaitAsync(TimeSpan.FromSeconds(30));
        _gate.Release();
        var answers = await Task.WhenAll(wrong);

        Assert.Multiple(async () =>
        {
            Assert.That(heldWhileRightArrives, Is.EqualTo(5), "passwords being judged at once");
            Assert.That(_gate.JudgedFor(user.Id) - judgedBefore, Is.EqualTo(5), "passwords judged in all");
            await right.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
            Assert.That(LockoutTests.RetryAfterSeconds(right), Is.InRange(1, 300));
            Assert.That(answers.Count(answer => answer.StatusCode == HttpStatusCode.BadRequest), Is.EqualTo(5));
            Assert.That(answers.Count(answer => answer.StatusCode == HttpStatusCode.TooManyRequests), Is.EqualTo(Burst - 5));
        });
        await (await LoginAsync(client, user.Email, user.Password)).ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/login", new { email, password });

    private async Task<DateTimeOffset?> LockoutEndAsync(TestUser user)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(user.Email))!);
    }
}
