using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing.Faults;

internal static class ServiceDecoration
{
    /// <summary>Wraps every registration of <typeparamref name="T"/> in <paramref name="decorate"/>, keeping its lifetime.</summary>
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        var registrations = services.Where(descriptor => descriptor.ServiceType == typeof(T) && !descriptor.IsKeyedService).ToList();
        if (registrations.Count == 0)
        {
            throw new InvalidOperationException($"Nothing registers {typeof(T).Name} to decorate.");
        }

        foreach (var original in registrations)
        {
            var index = services.IndexOf(original);
            services[index] = ServiceDescriptor.Describe(typeof(T), provider => decorate((T)Create(provider, original)), original.Lifetime);
        }

        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
