using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// What lets a module run the same in any placement: it asks other modules only through IModuleRequestClient (in process
/// or over HTTP, as placed), never through MassTransit's in-process client; and it keeps no state in static fields, which
/// would couple what shares a process and split apart when it does not.
/// </summary>
public sealed class PlacementTests
{
    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_module_asks_other_modules_only_through_IModuleRequestClient(ModuleAssembly module)
    {
        var result = Types.InAssembly(module.Assembly).Should().NotHaveDependencyOn("MassTransit.IRequestClient`1").GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{module.Name} asks with MassTransit's in-process client");
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_module_keeps_no_state_in_static_fields(ModuleAssembly module)
    {
        var mutable = module.Assembly.GetTypes()
            .Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !type.Name.StartsWith('<'))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral && !field.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                && (!field.IsInitOnly || field.FieldType.Namespace == "System.Collections.Concurrent"))
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name}");

        Assert.That(mutable, Is.Empty, $"{module.Name} holds state in static fields");
    }
}
