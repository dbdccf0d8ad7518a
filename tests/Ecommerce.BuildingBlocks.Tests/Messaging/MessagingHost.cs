using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>A host with one test module ("ledger") on a fresh SQLite file, its outbox dispatcher and its inbox consumer.</summary>
public sealed class MessagingHost : IAsyncDisposable
{
    public const string Module = "ledger";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ecommerce-messaging-tests", Guid.NewGuid().ToString("N"));
    private readonly IHost _host;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="time">The host's clock; the system's when null.</param>
    /// <param name="configureServices">Test doubles and fault plans, registered after the host's own services.</param>
    public MessagingHost(
        IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:DataDirectory"] = _directory,
            ["Messaging:RetryDelay"] = "00:00:00.005",
            ["Messaging:MaxDeliveryAttempts"] = "4",
            ["Messaging:Redeliveries"] = "",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>(StringComparer.Ordinal));
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddMessaging(builder.Configuration);
        builder.Services.AddModuleDatabase<LedgerDb, LedgerDb, LedgerDb>(builder.Configuration, Module);
        builder.Services.AddIntegrationEventConsumer<LedgerConsumer, LedgerDb>(Module);
        builder.Services.AddSingleton<FaultPlan>();
        configureServices?.Invoke(builder.Services);
        _host = builder.Build();
        Directory.CreateDirectory(_directory);
        using var scope = _host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<LedgerDb>().Database.EnsureCreated();
    }

    public FaultPlan Faults => _host.Services.GetRequiredService<FaultPlan>();

    public IntegrationEventConsumers Consumers => _host.Services.GetRequiredService<IntegrationEventConsumers>();

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts the outbox dispatcher.</summary>
    public Task StartAsync() => _host.StartAsync();

    public async Task<T> WithDbAsync<T>(Func<LedgerDb, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LedgerDb>());
    }

    /// <summary>Publishes <paramref name="texts"/> in one committed write transaction.</summary>
    public Task PublishAsync(params string[] texts) =>
        WithDbAsync(async db =>
        {
            foreach (var text in texts)
            {
                db.PublishIntegrationEvent(new Noted(text));
            }

            await db.WriteAsync(CancellationToken.None);
            return texts.Length;
        });

    public async Task<IReadOnlyList<string>> EntriesAsync() =>
        await WithDbAsync(db => db.Entries.OrderBy(entry => entry.Id).Select(entry => entry.Text).ToListAsync());

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync() => await WithDbAsync(db => db.Set<OutboxMessage>().OrderBy(row => row.Id).ToListAsync());

    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync() => await WithDbAsync(db => db.Set<DeadLetter>().ToListAsync());

    public async Task<IReadOnlyList<InboxMessage>> InboxAsync() => await WithDbAsync(db => db.Set<InboxMessage>().ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
