using System.Reflection;
using NetArchTest.Rules;

namespace Ecommerce.ArchitectureTests;

/// <summary>Contracts are plain records another service could take as they are: nothing but the BCL.</summary>
public sealed class ContractsTests
{
    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ContractsCases))]
    public void A_contracts_assembly_references_only_the_base_class_library(Assembly contracts)
    {
        var references = contracts.GetReferencedAssemblies().Select(name => name.Name!);

        Assert.That(references.Where(name => !IsBaseClassLibrary(name)), Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ContractsCases))]
    public void A_contracts_type_depends_only_on_system_types_and_its_own(Assembly contracts)
    {
        var result = Types.InAssembly(contracts).Should()
            .OnlyHaveDependenciesOn("System", contracts.GetName().Name!, "Microsoft.CodeAnalysis")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ContractsCases))]
    public void A_contracts_type_uses_no_messaging_persistence_building_block_or_module(Assembly contracts)
    {
        var own = contracts.GetName().Name!;
        var others = ModuleAssemblies.All.Select(module => module.Namespace)
            .Concat(ModuleAssemblies.Contracts.Select(other => other.GetName().Name!).Where(name => !string.Equals(name, own, StringComparison.Ordinal)));

        var result = Types.InAssembly(contracts).Should()
            .NotHaveDependencyOnAny(["MassTransit", "Microsoft.EntityFrameworkCore", "Confluent", "Ecommerce.BuildingBlocks", "Ecommerce.Host", .. ExceptAncestorsOf(own, others)])
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    private static bool IsBaseClassLibrary(string assembly) =>
        assembly is "System" or "netstandard" or "mscorlib" || assembly.StartsWith("System.", StringComparison.Ordinal);

    // "Ecommerce.Modules.Catalog" would match "Ecommerce.Modules.Catalog.Contracts" itself by prefix.
    private static IEnumerable<string> ExceptAncestorsOf(string own, IEnumerable<string> names) =>
        names.Where(name => !own.StartsWith(name + ".", StringComparison.Ordinal));
}
