using Ecommerce.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>A minimal module database: its own entries plus the outbox, inbox and dead letters every module has.</summary>
public sealed class LedgerDb(DbContextOptions<LedgerDb> options) : ModuleDbContext(options, "ledger")
{
    public DbSet<Entry> Entries => Set<Entry>();
}

/// <summary>Failures planned for the consumer: how many more times it throws on a given text.</summary>
public sealed class FaultPlan
{
    private readonly Dictionary<string, int> _failures = [];
    private readonly Lock _lock = new();

    public void FailTimes(string text, int times)
    {
        lock (_lock)
        {
            _failures[text] = times;
        }
    }

    public void ThrowIfPlanned(string text)
    {
        lock (_lock)
        {
            if (_failures.TryGetValue(text, out var left) && left > 0)
            {
                _failures[text] = left - 1;
                throw new InvalidOperationException($"Planned failure on '{text}'");
            }
        }
    }
}

/// <summary>Writes an entry per event; throws where the plan says so.</summary>
public sealed class LedgerConsumer(LedgerDb db, FaultPlan faults) : IConsumer<Noted>
{
    public Task Consume(ConsumeContext<Noted> context)
    {
        faults.ThrowIfPlanned(context.Message.Text);
        db.Entries.Add(new Entry { Text = context.Message.Text });
        return Task.CompletedTask;
    }
}

/// <summary>The integration event of the test module.</summary>
public sealed record Noted(string Text);

/// <summary>What the test consumer wrote, in the order it handled them.</summary>
public sealed class Entry
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}
