namespace Ecommerce.ArchitectureTests;

/// <summary>Guards the data the other rules run on: an empty list would make them pass vacuously.</summary>
public sealed class ModuleDiscoveryTests
{
    [Test]
    public void The_modules_the_host_runs_are_found()
    {
        var names = ModuleAssemblies.All.Select(module => module.Name);

        Assert.That(names, Is.SupersetOf(new[] { "Catalog", "Users" }));
    }

    [Test]
    public void The_contracts_the_modules_use_are_found()
    {
        var names = ModuleAssemblies.Contracts.Select(contracts => contracts.GetName().Name);

        Assert.That(names, Is.SupersetOf(new[] { "Ecommerce.Modules.Catalog.Contracts", "Ecommerce.Modules.Orders.Contracts", "Ecommerce.Modules.Users.Contracts" }));
    }
}
