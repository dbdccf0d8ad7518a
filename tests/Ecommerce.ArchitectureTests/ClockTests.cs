using System.Reflection;

namespace Ecommerce.ArchitectureTests;

/// <summary>Time comes from the host's TimeProvider, which tests replace with a clock they move.</summary>
public sealed class ClockTests
{
    private static readonly HashSet<string> WallClock = new(StringComparer.Ordinal)
    {
        "System.DateTime.get_Now",
        "System.DateTime.get_UtcNow",
        "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now",
        "System.DateTimeOffset.get_UtcNow",
    };

    [TestCaseSource(typeof(CompiledCode), nameof(CompiledCode.ProductCases))]
    public void No_code_reads_the_wall_clock_but_through_TimeProvider(Assembly assembly)
    {
        var readers = CompiledCode.CallsIn(assembly)
            .Where(call => WallClock.Contains($"{call.Called.DeclaringType.FullName}.{call.Called.Name}"))
            .Select(call => call.ToString())
            .Distinct(StringComparer.Ordinal);

        Assert.That(readers, Is.Empty);
    }

    [Test]
    public void The_rule_looks_at_every_assembly_of_the_product()
    {
        var names = CompiledCode.Product.Select(assembly => assembly.GetName().Name);

        Assert.That(names, Is.SupersetOf(new[] { "Ecommerce.BuildingBlocks", "Ecommerce.BuildingBlocks.Kafka", "Ecommerce.Host", "Ecommerce.Modules.Orders" }));
    }
}
