using System.Globalization;
using System.Text.Json;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

public sealed class UserRegisteredTests
{
    [Test]
    public async Task Registration_writes_one_UserRegistered_event_to_the_users_outbox()
    {
        var user = await TestHost.App.NewCustomerAsync();

        var rows = await OutboxRowsForAsync(user.Id);

        Assert.That(rows, Has.Count.EqualTo(1));
        var row = rows[0];
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Multiple(() =>
        {
            Assert.That(row.Type, Does.EndWith("UserRegistered"));
            Assert.That(payload.RootElement.GetProperty("userId").GetInt32(), Is.EqualTo(user.Id));
            Assert.That(payload.RootElement.GetProperty("username").GetString(), Is.EqualTo(user.Username));
            Assert.That(payload.RootElement.GetProperty("email").GetString(), Is.EqualTo(user.Email));
        });
    }

    [Test]
    public async Task The_UserRegistered_event_is_dispatched()
    {
        var user = await TestHost.App.NewCustomerAsync();

        var rows = await Eventually.Until(
            () => OutboxRowsForAsync(user.Id),
            rows => rows.Count == 1 && rows[0].SentAt is not null,
            "the UserRegistered row to be marked sent");

        Assert.That(rows[0].SentAt, Is.Not.Null);
    }

    private static async Task<List<OutboxMessage>> OutboxRowsForAsync(int userId)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var key = userId.ToString(CultureInfo.InvariantCulture);
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(row => row.Key == key).ToListAsync();
        return rows.Where(row => row.Type.EndsWith("UserRegistered", StringComparison.Ordinal)).ToList();
    }
}
