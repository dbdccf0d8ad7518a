using System.Globalization;

namespace Ecommerce.Bench.Driver;

/// <summary>
/// Products with ample stock, and customers with their tokens, written to files for wrk's scripts and the
/// timed commands: tokens.txt (cart scenarios), order-tokens.txt (8 customers who order), latency-tokens.txt.
/// </summary>
internal static class Seed
{
    private const string Password = "Bench-Customer-1";
    private const int Parallelism = 8;

    public static async Task<int> RunAsync(Arguments options)
    {
        var dir = options.Text("dir");
        using var api = new Api(options.Text("url"));
        var admin = await api.LoginAsync(options.Text("admin-email"), options.Text("admin-password"));

        var ids = new long[options.Number("products")];
        await Parallel.ForAsync(0, ids.Length, Limited(), async (i, _) =>
            ids[i] = await api.CreateProductAsync(admin, $"Bench product {i}"));
        await File.WriteAllLinesAsync(Path.Combine(dir, "products.txt"), ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

        await WriteTokensAsync(api, dir, "tokens.txt", options.Number("customers"));
        await WriteTokensAsync(api, dir, "order-tokens.txt", 8);
        await WriteTokensAsync(api, dir, "latency-tokens.txt", 4);
        return 0;
    }

    private static async Task WriteTokensAsync(Api api, string dir, string file, int customers)
    {
        var prefix = Path.GetFileNameWithoutExtension(file).Replace("-", "", StringComparison.Ordinal);
        var tokens = new string[customers];
        await Parallel.ForAsync(0, customers, Limited(), async (i, _) =>
        {
            var name = $"{prefix}{i}_{Guid.NewGuid():N}"[..30];
            var email = $"{name}@bench.example";
            await api.RegisterAsync(name, email, Password);
            tokens[i] = await api.LoginAsync(email, Password);
        });
        await File.WriteAllLinesAsync(Path.Combine(dir, file), tokens);
    }

    private static ParallelOptions Limited() => new() { MaxDegreeOfParallelism = Parallelism };
}
