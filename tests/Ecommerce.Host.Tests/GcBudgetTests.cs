using System.Text.Json.Nodes;

namespace Ecommerce.Host.Tests;

/// <summary>The host ships a cap on the GC's gen0 budget in its runtime configuration (the peak RSS was mostly that budget).</summary>
public sealed class GcBudgetTests
{
    private const long MaxGen0Budget = 16 * 1024 * 1024;

    [Test]
    public void The_host_caps_the_gen0_budget_in_its_runtime_configuration()
    {
        var hostAssembly = typeof(Program).Assembly.Location;
        var configFile = Path.ChangeExtension(hostAssembly, ".runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(configFile))!["runtimeOptions"]!["configProperties"]!;

        var budget = properties["System.GC.Gen0MaxBudget"]?.GetValue<long>();

        Assert.That(budget, Is.InRange(1L, MaxGen0Budget), $"{configFile} sets System.GC.Gen0MaxBudget");
    }
}
