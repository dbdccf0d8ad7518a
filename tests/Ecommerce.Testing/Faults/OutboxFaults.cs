namespace Ecommerce.Testing.Faults;

/// <summary>
/// Makes a host's outbox transport fail on demand. Register it with <see cref="FaultInjection.InjectOutboxFaults"/>; it wraps the
/// real transport (in process or Kafka), which still carries whatever is let through. Until told otherwise it lets
/// everything through. Settings take effect at the next delivery the dispatcher tries.
/// </summary>
/// <param name="module">Only this module's outbox is affected; every module's when null.</param>
public sealed class OutboxFaults(string? module = null)
{
    public const string FaultMessage = "Planned outbox transport failure";

    private readonly Lock _lock = new();
    private int? _budget;

    /// <summary>Every delivery fails before the real transport sees any record.</summary>
    public void FailAll() => FailAfter(0);

    /// <summary>The next <paramref name="records"/> records go through the real transport; every record after them fails.</summary>
    public void FailAfter(int records)
    {
        lock (_lock)
        {
            _budget = records;
        }
    }

    /// <summary>Everything goes through again.</summary>
    public void Recover()
    {
        lock (_lock)
        {
            _budget = null;
        }
    }

    /// <summary>How many of <paramref name="count"/> records of <paramref name="outbox"/>'s batch may go through.</summary>
    internal int Allow(string outbox, int count)
    {
        lock (_lock)
        {
            if (_budget is not { } budget || (module is not null && !string.Equals(module, outbox, StringComparison.Ordinal)))
            {
                return count;
            }

            var allowed = Math.Min(budget, count);
            _budget = budget - allowed;
            return allowed;
        }
    }
}
