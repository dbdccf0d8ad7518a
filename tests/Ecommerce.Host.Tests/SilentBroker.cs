using System.Net;
using System.Net.Sockets;

namespace Ecommerce.Host.Tests;

/// <summary>A "broker" on loopback that accepts connections and never answers: every request to it waits for its timeout.</summary>
internal sealed class SilentBroker : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _accepted = [];
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    public SilentBroker()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                lock (_accepted)
                {
                    _accepted.Add(socket);
                }

                Interlocked.Increment(ref _connections);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_accepted)
        {
            _accepted.ForEach(socket => socket.Dispose());
        }

        _stop.Dispose();
    }
}
