using System.Reflection;
using Ecommerce.BuildingBlocks.Modules;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// Finds the modules the host runs from the host's own references, so that a module added to the host is
/// covered by every rule here without touching the tests.
/// </summary>
public static class ModuleAssemblies
{
    public static IReadOnlyList<ModuleAssembly> All { get; } = typeof(Program).Assembly.GetReferencedAssemblies()
        .Where(name => name.Name!.StartsWith(ModuleAssembly.Prefix, StringComparison.Ordinal) &&
                       !name.Name.EndsWith(ModuleAssembly.ContractsSuffix, StringComparison.Ordinal))
        .Select(Assembly.Load)
        .Select(assembly => new ModuleAssembly(assembly.GetName().Name![ModuleAssembly.Prefix.Length..], assembly))
        .OrderBy(module => module.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every contracts assembly in reach: those the modules reference and those shipped beside the tests.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } = All
        .SelectMany(module => module.Assembly.GetReferencedAssemblies())
        .Select(name => name.Name!)
        .Concat(Directory.GetFiles(AppContext.BaseDirectory, $"{ModuleAssembly.Prefix}*{ModuleAssembly.ContractsSuffix}.dll").Select(Path.GetFileNameWithoutExtension)!)
        .Where(name => name!.StartsWith(ModuleAssembly.Prefix, StringComparison.Ordinal) && name.EndsWith(ModuleAssembly.ContractsSuffix, StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(name => Assembly.Load(name!))
        .ToList();

    public static IEnumerable<TestCaseData> ModuleCases() =>
        All.Select(module => new TestCaseData(module).SetArgDisplayNames(module.Name));

    public static IEnumerable<TestCaseData> ContractsCases() =>
        Contracts.Select(contracts => new TestCaseData(contracts).SetArgDisplayNames(contracts.GetName().Name!));
}

/// <summary>One module as the host loads it: its assembly, its name (also its schema) and its contracts.</summary>
public sealed record ModuleAssembly(string Name, Assembly Assembly)
{
    public const string Prefix = "Ecommerce.Modules.";
    public const string ContractsSuffix = ".Contracts";

    public string Namespace => Assembly.GetName().Name!;

    public string ContractsNamespace => Namespace + ContractsSuffix;

    /// <summary>The schema (and lower-case name) the module's <see cref="IModule"/> entry class declares.</summary>
    public string Schema
    {
        get
        {
            var entry = Assembly.GetExportedTypes().Single(type => typeof(IModule).IsAssignableFrom(type));
            return ((IModule)Activator.CreateInstance(entry)!).Name;
        }
    }

    public override string ToString() => Name;
}
