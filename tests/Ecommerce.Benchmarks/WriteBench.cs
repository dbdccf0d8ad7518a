using System.Diagnostics;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Benchmarks;

internal sealed class Counter
{
    public int Id { get; set; }

    public long Value { get; set; }
}

internal sealed class Row
{
    public long Id { get; set; }

    public string Text { get; set; } = "";
}

internal sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<Row> Rows => Set<Row>();
}

/// <summary>One throw-away SQLite file and the two ways of writing to it.</summary>
internal sealed class WriteBench : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ecommerce-bench-{Guid.NewGuid():N}.db");

    public static async Task<WriteBench> CreateAsync()
    {
        var bench = new WriteBench();
        await using var db = bench.Open();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        db.Counters.Add(new Counter { Id = 1 });
        await db.SaveChangesAsync();
        return bench;
    }

    public async Task<List<double>> RunAsync(bool queued, int writers, int transactionsPerWriter, TimeSpan pause)
    {
        var latencies = new List<double>[writers];
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            latencies[writer] = [];
            for (var i = 0; i < transactionsPerWriter; i++)
            {
                await using var db = Open();
                var clock = Stopwatch.StartNew();
                if (queued)
                {
                    await db.WriteAsync(_ => WriteAsync(db), CancellationToken.None);
                }
                else
                {
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    await WriteAsync(db);
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                }

                latencies[writer].Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(pause);
            }
        })));
        return latencies.SelectMany(list => list).ToList();
    }

    // A typical module write: a conditional update plus an inserted row (state change and outbox row).
    private static async Task WriteAsync(BenchDb db)
    {
        await db.Counters.Where(counter => counter.Id == 1)
            .ExecuteUpdateAsync(set => set.SetProperty(counter => counter.Value, counter => counter.Value + 1));
        db.Rows.Add(new Row { Text = "outbox-like payload" });
    }

    private BenchDb Open() => new(new DbContextOptionsBuilder<BenchDb>().UseSqlite($"Data Source={_file}").Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
