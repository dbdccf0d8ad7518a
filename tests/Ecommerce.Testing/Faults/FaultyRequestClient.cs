using MassTransit;

namespace Ecommerce.Testing.Faults;

/// <summary>The host's own request client, behind <see cref="RequestFaults"/>: every call asks them first, then goes through.</summary>
internal sealed class FaultyRequestClient<TRequest>(IRequestClient<TRequest> inner, RequestFaults faults, CancellationToken hostStopping)
    : IRequestClient<TRequest>
    where TRequest : class
{
    public RequestHandle<TRequest> Create(TRequest message, CancellationToken cancellationToken = default, RequestTimeout timeout = default) =>
        inner.Create(message, cancellationToken, timeout);

    public RequestHandle<TRequest> Create(object values, CancellationToken cancellationToken = default, RequestTimeout timeout = default) =>
        inner.Create(values, cancellationToken, timeout);

    public async Task<Response<T>> GetResponse<T>(TRequest message, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T : class
    {
        await faults.BeforeAsync(message, hostStopping, cancellationToken);
        return await inner.GetResponse<T>(message, cancellationToken, timeout);
    }

    public async Task<Response<T>> GetResponse<T>(
        TRequest message, RequestPipeConfiguratorCallback<TRequest> callback, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T : class
    {
        await faults.BeforeAsync(message, hostStopping, cancellationToken);
        return await inner.GetResponse<T>(message, callback, cancellationToken, timeout);
    }

    public Task<Response<T>> GetResponse<T>(object values, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T : class =>
        inner.GetResponse<T>(values, cancellationToken, timeout);

    public Task<Response<T>> GetResponse<T>(
        object values, RequestPipeConfiguratorCallback<TRequest> callback, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T : class =>
        inner.GetResponse<T>(values, callback, cancellationToken, timeout);

    public Task<Response<T1, T2>> GetResponse<T1, T2>(TRequest message, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class =>
        inner.GetResponse<T1, T2>(message, cancellationToken, timeout);

    public Task<Response<T1, T2>> GetResponse<T1, T2>(
        TRequest message, RequestPipeConfiguratorCallback<TRequest> callback, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class =>
        inner.GetResponse<T1, T2>(message, callback, cancellationToken, timeout);

    public Task<Response<T1, T2>> GetResponse<T1, T2>(object values, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class =>
        inner.GetResponse<T1, T2>(values, cancellationToken, timeout);

    public Task<Response<T1, T2>> GetResponse<T1, T2>(
        object values, RequestPipeConfiguratorCallback<TRequest> callback, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class =>
        inner.GetResponse<T1, T2>(values, callback, cancellationToken, timeout);

    public Task<Response<T1, T2, T3>> GetResponse<T1, T2, T3>(TRequest message, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class
        where T3 : class =>
        inner.GetResponse<T1, T2, T3>(message, cancellationToken, timeout);

    public Task<Response<T1, T2, T3>> GetResponse<T1, T2, T3>(
        TRequest message, RequestPipeConfiguratorCallback<TRequest> callback, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class
        where T3 : class =>
        inner.GetResponse<T1, T2, T3>(message, callback, cancellationToken, timeout);

    public Task<Response<T1, T2, T3>> GetResponse<T1, T2, T3>(object values, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class
        where T3 : class =>
        inner.GetResponse<T1, T2, T3>(values, cancellationToken, timeout);

    public Task<Response<T1, T2, T3>> GetResponse<T1, T2, T3>(
        object values, RequestPipeConfiguratorCallback<TRequest> callback, CancellationToken cancellationToken = default, RequestTimeout timeout = default)
        where T1 : class
        where T2 : class
        where T3 : class =>
        inner.GetResponse<T1, T2, T3>(values, callback, cancellationToken, timeout);
}
