using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// Reads <c>Modules:Enabled</c> and <c>Modules:Remote:*</c> and refuses what cannot work, naming the key to fix: an unknown
/// module, no module, a module neither here nor remote, a remote address that is not an http(s) URL, remote modules on
/// the in-process transport, a split without a shared <c>Jwt:SigningKey</c>.
/// </summary>
internal static class ModulePlacementSettings
{
    public static (List<IModule> Enabled, Dictionary<string, Uri> Remote) Read(IConfiguration configuration, IReadOnlyList<IModule> all)
    {
        var enabled = EnabledModules(configuration[ModulePlacement.EnabledKey], all);
        var remote = RemoteModules(configuration, all, enabled);
        if (remote.Count > 0 && MessagingOptions.From(configuration).Transport != MessagingTransport.Kafka)
        {
            throw new InvalidOperationException(
                $"Modules run on other hosts ({string.Join(", ", remote.Keys.Select(ModulePlacement.DisplayName))}), but Messaging:Transport is "
                + $"{MessagingOptions.From(configuration).Transport}: events reach another process only over Kafka. Set Messaging:Transport=Kafka.");
        }

        if (remote.Count > 0 && string.IsNullOrEmpty(configuration["Jwt:SigningKey"]))
        {
            throw new InvalidOperationException(
                "Jwt:SigningKey is not set: hosts of a split deployment validate each other's tokens, so they must share one key. Set Jwt:SigningKey on every host.");
        }

        return (enabled, remote);
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
            throw new InvalidOperationException($"{ModulePlacement.EnabledKey} names no module: list some of {Known(all)}, or leave it out to run them all.");
        }

        foreach (var name in names.Where(name => !all.Any(module => string.Equals(module.Name, name, StringComparison.OrdinalIgnoreCase))))
        {
            throw new InvalidOperationException($"{ModulePlacement.EnabledKey} names '{name}', which is no module: the modules are {Known(all)}.");
        }

        return all.Where(module => names.Contains(module.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    private static Dictionary<string, Uri> RemoteModules(IConfiguration configuration, IReadOnlyList<IModule> all, List<IModule> enabled)
    {
        foreach (var key in configuration.GetSection(ModulePlacement.RemoteSection).GetChildren().Select(child => child.Key)
                     .Where(key => !all.Any(module => string.Equals(module.Name, key, StringComparison.OrdinalIgnoreCase))))
        {
            throw new InvalidOperationException($"{ModulePlacement.RemoteSection}:{key} names no module: the modules are {Known(all)}.");
        }

        var remote = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var module in all.Except(enabled))
        {
            var key = $"{ModulePlacement.RemoteSection}:{ModulePlacement.DisplayName(module.Name)}";
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException(
                    $"{key} is not set: the {ModulePlacement.DisplayName(module.Name)} module is not in {ModulePlacement.EnabledKey}, so this host needs the base URL of a host that runs it.");
            }

            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidOperationException($"{key} is '{value}', which is not an absolute http:// or https:// URL.");
            }

            remote[module.Name] = uri;
        }

        return remote;
    }

    private static string Known(IReadOnlyList<IModule> all) => string.Join(", ", all.Select(module => ModulePlacement.DisplayName(module.Name)));
}
