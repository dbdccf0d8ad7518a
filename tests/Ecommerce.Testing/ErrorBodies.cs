using NUnit.Framework;

namespace Ecommerce.Testing;

public static class ErrorBodies
{
    private static readonly string[] Internals =
    [
        "System.", "Microsoft.", "Exception", "   at ", ".cs:line", "SQLite", "SqlClient", "Ecommerce.",
    ];

    /// <summary>Asserts that an answer speaks the client's language: no type names, stack traces, SQL or source paths.</summary>
    public static async Task ExpectNoInternalsAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(Internals.Where(internalText => body.Contains(internalText, StringComparison.OrdinalIgnoreCase)), Is.Empty, body);
    }
}
