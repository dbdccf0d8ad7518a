using NetArchTest.Rules;

namespace Ecommerce.ArchitectureTests;

/// <summary>A module references other modules only through their contracts, never the host.</summary>
public sealed class ModuleBoundaryTests
{
    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_module_references_no_other_module_assembly_but_contracts(ModuleAssembly module)
    {
        var references = module.Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        var forbidden = references.Where(name =>
            string.Equals(name, "Ecommerce.Host", StringComparison.Ordinal) ||
            (name.StartsWith(ModuleAssembly.Prefix, StringComparison.Ordinal) &&
             !name.EndsWith(ModuleAssembly.ContractsSuffix, StringComparison.Ordinal)));

        Assert.That(forbidden, Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void No_type_of_a_module_uses_a_type_of_another_module_outside_its_contracts(ModuleAssembly module)
    {
        var forbidden = ModuleAssemblies.All
            .Where(other => other != module)
            .SelectMany(ForbiddenNamesOf)
            .Append("Ecommerce.Host")
            .ToArray();

        var result = Types.InAssembly(module.Assembly).Should().NotHaveDependencyOnAny(forbidden).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{module.Name} uses another module's insides");
    }

    /// <summary>
    /// Everything of <paramref name="other"/> outside its contracts. Dependencies match by name prefix, so
    /// a namespace that also contains the contracts namespace is listed by its types instead.
    /// </summary>
    private static IEnumerable<string> ForbiddenNamesOf(ModuleAssembly other) =>
        other.Assembly.GetTypes()
            .Where(type => !type.IsNested && type.Namespace is not null)
            .Select(type => other.ContractsNamespace.StartsWith(type.Namespace + ".", StringComparison.Ordinal) ? type.FullName! : type.Namespace!)
            .Distinct(StringComparer.Ordinal);
}
