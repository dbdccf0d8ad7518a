using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// Which modules this host runs (<c>Modules:Enabled</c>, default all) and where the others run
/// (<c>Modules:Remote:&lt;Name&gt;</c>, a base URL). Read once at start-up; a placement that cannot work stops the host
/// with a message naming the key to fix.
/// </summary>
public sealed class ModulePlacement
{
    public const string EnabledKey = "Modules:Enabled";
    public const string RemoteSection = "Modules:Remote";

    private readonly Dictionary<string, Uri> _remote;

    private ModulePlacement(IReadOnlyList<IModule> enabled, Dictionary<string, Uri> remote)
    {
        Enabled = enabled;
        _remote = remote;
    }

    /// <summary>The modules this host runs, in the host's order.</summary>
    public IReadOnlyList<IModule> Enabled { get; }

    /// <summary>Modules that run elsewhere, by lower-case name, with the base URL of their host.</summary>
    public IReadOnlyDictionary<string, Uri> Remote => _remote;

    public bool IsSplit => _remote.Count > 0;

    public bool IsLocal(string module) => Enabled.Any(enabled => string.Equals(enabled.Name, module, StringComparison.Ordinal));

    /// <summary>The base URL of the host that runs <paramref name="module"/>, which does not run here.</summary>
    public Uri HostOf(string module) => _remote.TryGetValue(module, out var uri)
        ? uri
        : throw new InvalidOperationException($"The {DisplayName(module)} module runs on this host; it has no remote address.");

    /// <summary><c>catalog</c> → <c>Catalog</c>, as the settings spell module names.</summary>
    public static string DisplayName(string module) => string.Concat(module[..1].ToUpperInvariant(), module[1..]);

    public static ModulePlacement From(IConfiguration configuration, IReadOnlyList<IModule> all)
    {
        var enabled = EnabledModules(configuration[EnabledKey], all);
        var remote = RemoteModules(configuration, all, enabled);
        if (remote.Count > 0 && MessagingOptions.From(configuration).Transport != MessagingTransport.Kafka)
        {
            throw new InvalidOperationException(
                $"Modules run on other hosts ({string.Join(", ", remote.Keys.Select(DisplayName))}), but Messaging:Transport is "
                + $"{MessagingOptions.From(configuration).Transport}: events reach another process only over Kafka. Set Messaging:Transport=Kafka.");
        }

        if (remote.Count > 0 && string.IsNullOrEmpty(configuration["Jwt:SigningKey"]))
        {
            throw new InvalidOperationException(
                "Jwt:SigningKey is not set: hosts of a split deployment validate each other's tokens, so they must share one key. Set Jwt:SigningKey on every host.");
        }

        return new ModulePlacement(enabled, remote);
    }

    private static List<IModule> EnabledModules(string? setting, IReadOnlyList<IModule> all)
    {
        if (setting is null)
        {
            return all.ToList();
        }

        var names = setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new InvalidOperationException($"{EnabledKey} names no module: list some of {Known(all)}, or leave it out to run them all.");
        }

        foreach (var name in names.Where(name => !all.Any(module => string.Equals(module.Name, name, StringComparison.OrdinalIgnoreCase))))
        {
            throw new InvalidOperationException($"{EnabledKey} names '{name}', which is no module: the modules are {Known(all)}.");
        }

        return all.Where(module => names.Contains(module.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    private static Dictionary<string, Uri> RemoteModules(IConfiguration configuration, IReadOnlyList<IModule> all, List<IModule> enabled)
    {
        foreach (var key in configuration.GetSection(RemoteSection).GetChildren().Select(child => child.Key)
                     .Where(key => !all.Any(module => string.Equals(module.Name, key, StringComparison.OrdinalIgnoreCase))))
        {
            throw new InvalidOperationException($"{RemoteSection}:{key} names no module: the modules are {Known(all)}.");
        }

        var remote = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var module in all.Except(enabled))
        {
            var key = $"{RemoteSection}:{DisplayName(module.Name)}";
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException(
                    $"{key} is not set: the {DisplayName(module.Name)} module is not in {EnabledKey}, so this host needs the base URL of a host that runs it.");
            }

            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidOperationException($"{key} is '{value}', which is not an absolute http:// or https:// URL.");
            }

            remote[module.Name] = uri;
        }

        return remote;
    }

    private static string Known(IReadOnlyList<IModule> all) => string.Join(", ", all.Select(module => DisplayName(module.Name)));
}
