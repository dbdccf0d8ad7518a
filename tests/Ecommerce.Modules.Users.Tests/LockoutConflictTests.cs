using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// The lost race of the lockout's counting: another attempt changed the account between this attempt's read and its
/// conditional update. SQLite's queued writers never lose it, so the tests make the update find the stamp changed,
/// as a concurrent writer on SQL Server would.
/// </summary>
public sealed class LockoutConflictTests
{
    private readonly StampRace _race = new();
    private readonly JudgingGate _judging = new();
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = new EcommerceApp(configureServices: services =>
        {
            _judging.WrapHasher(services);
            services.ConfigureDbContext<SqliteUsersDbContext>(options => options.AddInterceptors(_race));
            services.ConfigureDbContext<SqlServerUsersDbContext>(options => options.AddInterceptors(_race));
        });
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public async Task An_attempt_that_loses_the_race_is_counted_on_its_next_round()
    {
        var user = await _app.NewCustomerAsync();
        using var client = _app.Anonymous();

        var lostBefore = _race.Lost;
        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            _race.LoseNext(2);
            answers.Add(await LoginAsync(client, user.Email, "Wrong-password"));
        }

        var right = await LoginAsync(client, user.Email, user.Password);

        Assert.Multiple(async () =>
        {
            Assert.That(_race.Lost - lostBefore, Is.EqualTo(10), "rounds lost");
            Assert.That(answers.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.BadRequest));
            await right.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
        });
    }

    [Test]
    public async Task An_attempt_that_keeps_losing_is_refused_without_its_password_being_judged()
    {
        var user = await _app.NewCustomerAsync();
        using var client = _app.Anonymous();
        var judgedBefore = _judging.JudgedFor(user.Id);
        _race.LoseNext(int.MaxValue);

        var response = await LoginAsync(client, user.Email, user.Password);
        _race.LoseNext(0);

        await response.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
        Assert.Multiple(async () =>
        {
            Assert.That(LockoutTests.RetryAfterSeconds(response), Is.EqualTo(1));
            Assert.That(_judging.JudgedFor(user.Id), Is.EqualTo(judgedBefore), "no password judged");
            await (await LoginAsync(client, user.Email, user.Password)).ExpectAsync(HttpStatusCode.OK);
        });
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/login", new { email, password });

    /// <summary>Makes the next counting updates of an account match no row, as if another writer had changed its stamp first.</summary>
    private sealed class StampRace : DbCommandInterceptor
    {
        private int _toLose;
        private int _lost;

        public int Lost => Volatile.Read(ref _lost);

        public void LoseNext(int rounds) => Volatile.Write(ref _toLose, rounds);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (IsCounting(command) && Interlocked.Decrement(ref _toLose) >= 0)
            {
                Interlocked.Increment(ref _lost);
                command.CommandText = command.CommandText.TrimEnd().TrimEnd(';') + " AND 1 = 0";
            }

            return ValueTask.FromResult(result);
        }

        private static bool IsCounting(DbCommand command) =>
            command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) &&
            command.CommandText.Contains("AccessFailedCount", StringComparison.Ordinal) &&
            command.CommandText.Contains("ConcurrencyStamp", StringComparison.Ordinal);
    }
}
