namespace Ecommerce.BuildingBlocks.Tests.Messaging;

internal static class Eventually
{
    /// <summary>Polls until <paramref name="done"/> holds, or fails after a deadline; never a fixed sleep.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string because)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {because}");
            }

            await Task.Delay(20);
        }
    }
}
