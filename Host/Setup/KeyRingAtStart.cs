namespace Ecommerce.Host.Setup;

internal static class KeyRingAtStart
{
    /// <summary>
    /// Authentication (and Identity) bring data protection, whose hosted service reads, or makes and writes, its XML key
    /// ring when the host starts. Bearer tokens and password hashes use no keys of it, and that start loaded the XML stack
    /// (a few MB of a small host's memory) and wrote keys under the user's profile. Anything that did use it would still
    /// read the key ring on first use. Called after every service is added: each of them may add the service again.
    /// </summary>
    public static void RemoveKeyRingLoadingAtStart(this IServiceCollection services)
    {
        var loaders = services.Where(descriptor => descriptor.ServiceType == typeof(IHostedService)
            && string.Equals(descriptor.ImplementationType?.FullName, "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService", StringComparison.Ordinal));
        foreach (var loader in loaders.ToList())
        {
            services.Remove(loader);
        }
    }
}
