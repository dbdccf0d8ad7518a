using Ecommerce.BuildingBlocks.Tests.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Tests.Persistence;

public sealed class SqliteSynchronousTests
{
    [Test]
    public async Task A_module_connection_commits_with_synchronous_normal_by_default()
    {
        await using var host = new MessagingHost();

        Assert.That(await SynchronousAsync(host), Is.EqualTo(1));
    }

    [TestCase("Full", 2)]
    [TestCase("Extra", 3)]
    public async Task Database_SqliteSynchronous_sets_it_on_every_connection(string setting, int expected)
    {
        await using var host = new MessagingHost(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:SqliteSynchronous"] = setting,
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await SynchronousAsync(host), Is.EqualTo(expected));
            // A second context gets a connection from the pool: the setting holds there too.
            Assert.That(await SynchronousAsync(host), Is.EqualTo(expected));
        });
    }

    private static Task<int> SynchronousAsync(MessagingHost host) =>
        host.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
}
