using System.Net;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Ecommerce.Modules.Users.Tests;

public sealed class StartupTests
{
    [TestCase("", TestName = "no signing key")]
    [TestCase("short-key", TestName = "a signing key under 32 bytes")]
    public async Task Outside_development_the_host_refuses_to_start_without_a_usable_signing_key(string key)
    {
        var app = new EcommerceApp(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Jwt:SigningKey"] = key });
        try
        {
            var error = Assert.Catch(() => app.StartServer());

            Assert.That(MessagesOf(error), Does.Contain("Jwt:SigningKey"));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Test]
    public async Task In_development_the_host_starts_without_a_signing_key_and_issues_tokens()
    {
        await using var app = new DevelopmentApp(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Jwt:SigningKey"] = "" });

        var token = await app.LoginAsync(EcommerceApp.AdminEmail, EcommerceApp.AdminPassword);

        using var client = app.WithToken(token);
        await (await client.GetAsync("/validate")).ExpectAsync(HttpStatusCode.OK);
    }

    internal static string MessagesOf(Exception? error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(inner => inner.Message));
            }
        }

        return string.Join(" | ", messages);
    }

    private sealed class DevelopmentApp(IDictionary<string, string?> settings) : EcommerceApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
