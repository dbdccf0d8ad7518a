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
    public const string RefusedMessage = "Planned refusal of a record";

    private readonly Lock _lock = new();
    private int? _budget;
    private Func<Ecommerce.BuildingBlocks.Messaging.IntegrationMessage, bool>? _refused;

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

    /// <summary>Everything goes through again (records refused with <see cref="Refuse"/> too).</summary>
    public void Recover()
    {
        lock (_lock)
        {
            _budget = null;
            _refused = null;
        }
    }

    /// <summary>
    /// Matching records fail as a broker fails a record it will never take (too large, not authorised): a permanent
    /// failure, which the outbox parks after <c>Messaging:OutboxMaxAttempts</c> tries. The records before them go through.
    /// </summary>
    public void Refuse(Func<Ecommerce.BuildingBlocks.Messaging.IntegrationMessage, bool> which)
    {
        lock (_lock)
        {
            _refused = which;
        }
    }

    /// <summary>Of <paramref name="messages"/>, how many from the first are not refused.</summary>
    internal int AcceptedPrefix(string outbox, IReadOnlyList<Ecommerce.BuildingBlocks.Messaging.IntegrationMessage> messages)
    {
        lock (_lock)
        {
            if (_refused is null || (module is not null && module != outbox))
            {
                return messages.Count;
            }

            var index = 0;
            while (index < messages.Count && !_refused(messages[index]))
            {
                index++;
            }

            return index;
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
