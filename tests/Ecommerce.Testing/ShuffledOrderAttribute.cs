using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Ecommerce.Testing;

/// <summary>
/// When <c>ECOMMERCE_TEST_ORDER_SEED</c> holds a number, runs the assembly's fixtures, and the tests in each fixture,
/// in an order shuffled by that seed; otherwise it changes nothing. NUnit has no random order of its own (it runs
/// tests by name unless <c>[Order]</c> says otherwise), so this gives every test a random <c>[Order]</c>. The same
/// seed gives the same order again. Applied once per test assembly: <c>[assembly: ShuffledOrder]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ShuffledOrderAttribute : NUnitAttribute, IApplyToTest
{
    public const string SeedVariable = "ECOMMERCE_TEST_ORDER_SEED";

    public void ApplyToTest(Test test)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), System.Globalization.CultureInfo.InvariantCulture, out var seed))
        {
            Shuffle(test, new Random(seed));
        }
    }

    private static void Shuffle(ITest suite, Random random)
    {
        foreach (var child in suite.Tests.OrderBy(child => child.FullName, StringComparer.Ordinal))
        {
            if (!child.Properties.ContainsKey(PropertyNames.Order))
            {
                child.Properties.Set(PropertyNames.Order, random.Next());
            }

            Shuffle(child, random);
        }
    }
}
