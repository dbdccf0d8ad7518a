using NetArchTest.Rules;

namespace Ecommerce.ArchitectureTests;

/// <summary>A module shows the host one public class, its entry class; everything else is internal.</summary>
public sealed class PublicSurfaceTests
{
    private const string MigrationsNamespace = ".Data.Migrations";

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Only_the_entry_class_and_generated_migrations_are_public(ModuleAssembly module)
    {
        var result = Types.InAssembly(module.Assembly)
            .That().ArePublic()
            .And().DoNotResideInNamespaceContaining(MigrationsNamespace)
            .Should().HaveName($"{module.Name}Module")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Nothing_else_is_visible_outside_the_assembly(ModuleAssembly module)
    {
        var visible = module.Assembly.GetExportedTypes()
            .Where(type => type.Namespace?.Contains(MigrationsNamespace, StringComparison.Ordinal) != true)
            .Select(type => type.FullName);

        Assert.That(visible, Is.EqualTo(new[] { $"{module.Namespace}.{module.Name}Module" }));
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void The_entry_class_is_sealed(ModuleAssembly module)
    {
        var entry = module.Assembly.GetType($"{module.Namespace}.{module.Name}Module");

        Assert.That(entry, Is.Not.Null.And.Property(nameof(Type.IsSealed)).True);
    }
}
