namespace Ecommerce.Testing.Faults;

/// <summary>
/// Stops a host's question to another module (a MassTransit request) on its way, as if the process died there. Register
/// it per request type with <see cref="FaultInjection.InjectRequestFaults{TRequest}"/>; it acts before the request is sent.
/// </summary>
public sealed class RequestFaults
{
    private readonly Holds<object> _holds = new();

    /// <summary>Stops the first matching request until released, or until the host stops (the call then fails as if cut off).</summary>
    public HeldRequest Hold(Func<object, bool> which) => _holds.Add(which);

    internal Task BeforeAsync(object request, CancellationToken hostStopping, CancellationToken cancellationToken) =>
        _holds.WaitIfHeldAsync(request, hostStopping, cancellationToken);
}
