using System.Diagnostics;
using System.Net;
using System.Reflection;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.EndToEnd.Tests.Deployment;

/// <summary>The container's health check program, run as Docker runs it: `dotnet Ecommerce.HealthProbe.dll`.</summary>
public sealed class HealthProbeTests
{
    [Test]
    public async Task It_succeeds_against_a_live_host_and_fails_where_nothing_answers()
    {
        await using var app = new EcommerceApp();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var host = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await WarmUpAsync(host);

        var live = await ProbeAsync(new Dictionary<string, string>(), $"{host}/health/live");
        var missing = await ProbeAsync(new Dictionary<string, string>(), $"{host}/no-such-page");
        var closed = await ProbeAsync(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = $"{FreePort.Next()}" });

        Assert.Multiple(() =>
        {
            Assert.That(live, Is.EqualTo(0));
            Assert.That(missing, Is.EqualTo(1), "a 404 is not healthy");
            Assert.That(closed, Is.EqualTo(1), "nothing listens on the container's port");
        });
    }

    [Test]
    public async Task By_default_it_asks_the_port_of_ASPNETCORE_HTTP_PORTS()
    {
        await using var app = new EcommerceApp();
        var port = FreePort.Next();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        app.StartServer();
        await WarmUpAsync($"http://127.0.0.1:{port}");

        Assert.That(await ProbeAsync(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = $"{port}" }), Is.EqualTo(0));
    }

    // The probe gives the host 3 s, as Docker would a warm one; a host's first answer on a loaded machine can take longer.
    private static async Task WarmUpAsync(string host)
    {
        using var client = new HttpClient();
        (await client.GetAsync(new Uri($"{host}/health/live"))).EnsureSuccessStatusCode();
    }

    private static async Task<int> ProbeAsync(Dictionary<string, string> environment, params string[] args)
    {
        var configuration = typeof(HealthProbeTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.PathOf($"deploy/Ecommerce.HealthProbe/bin/{configuration}/net10.0/Ecommerce.HealthProbe.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var probe = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await probe.StandardOutput.ReadToEndAsync(deadline.Token);
        await probe.WaitForExitAsync(deadline.Token);
        return probe.ExitCode;
    }
}
