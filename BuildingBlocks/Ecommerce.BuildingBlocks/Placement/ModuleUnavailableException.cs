namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>A module on another host did not answer (unreachable, timed out, circuit open, or failed): the caller answers 503.</summary>
public sealed class ModuleUnavailableException(string module, string reason, Exception? inner = null)
    : Exception($"The {ModulePlacement.DisplayName(module)} module did not answer: {reason}", inner)
{
    public string Module { get; } = module;
}
