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

    /// <summary>Reads and checks <c>Modules:*</c> (<see cref="ModulePlacementSettings"/>); a placement that cannot work throws.</summary>
    public static ModulePlacement From(IConfiguration configuration, IReadOnlyList<IModule> all)
    {
        var (enabled, remote) = ModulePlacementSettings.Read(configuration, all);
        return new ModulePlacement(enabled, remote);
    }

    /// <summary><c>catalog</c> → <c>Catalog</c>, as the settings spell module names.</summary>
    public static string DisplayName(string module) => string.Concat(module[..1].ToUpperInvariant(), module[1..]);
}
