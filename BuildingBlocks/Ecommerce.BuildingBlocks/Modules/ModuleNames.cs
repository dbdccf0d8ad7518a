namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>
/// Which module a type belongs to, read from its namespace: a module's code lives under
/// <c>Ecommerce.Modules.&lt;M&gt;</c>, its public contracts in <c>Ecommerce.Modules.&lt;M&gt;.Contracts</c>, and its
/// name is <c>&lt;M&gt;</c> in lower case (<see cref="IModule.Name"/>: its schema, topic and consumer group).
/// </summary>
public static class ModuleNames
{
    public const string NamespacePrefix = "Ecommerce.Modules.";
    public const string ContractsSuffix = ".Contracts";

    /// <summary>The module whose code or contracts declare <paramref name="type"/>; null outside the modules.</summary>
    public static string? Of(Type type) => OfNamespace(type.Namespace);

    /// <summary>The module whose contracts declare <paramref name="type"/>; null for any other type.</summary>
    public static string? OwnerOfContract(Type type) => OwnerOfContractNamespace(type.Namespace);

    /// <summary>The same, from a type's full name, as integration messages carry it.</summary>
    public static string? OwnerOfContract(string typeName)
    {
        var lastDot = typeName.LastIndexOf('.');
        return lastDot < 0 ? null : OwnerOfContractNamespace(typeName[..lastDot]);
    }

    private static string? OfNamespace(string? ns)
    {
        if (ns is null || !ns.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[NamespacePrefix.Length..];
        var segment = rest.Split('.')[0];
        return segment.Length == 0 ? null : segment.ToLowerInvariant();
    }

    private static string? OwnerOfContractNamespace(string? ns) =>
        ns is not null && OfNamespace(ns) is { } module && ns.Length == NamespacePrefix.Length + module.Length + ContractsSuffix.Length &&
        ns.EndsWith(ContractsSuffix, StringComparison.Ordinal)
            ? module
            : null;
}
