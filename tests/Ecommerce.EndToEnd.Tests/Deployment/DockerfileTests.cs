using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;

namespace Ecommerce.EndToEnd.Tests.Deployment;

/// <summary>What can be checked of the Dockerfile without a Docker engine.</summary>
public sealed class DockerfileTests
{
    // One entry per instruction, continuation lines joined, comments left out.
    private static readonly string[] Lines = Repository.Read("Dockerfile").Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
        .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();

    [Test]
    public void It_builds_with_the_sdk_image_and_runs_on_the_aspnet_image_as_a_non_root_user()
    {
        var stages = Instructions("FROM");
        Assert.Multiple(() =>
        {
            Assert.That(stages, Has.Length.EqualTo(2));
            Assert.That(stages[0], Does.StartWith("mcr.microsoft.com/dotnet/sdk:10.0"));
            Assert.That(stages[^1], Does.StartWith("mcr.microsoft.com/dotnet/aspnet:10.0"));
            Assert.That(Instructions("USER"), Is.EqualTo(new[] { "$APP_UID" }), "the runtime image's own non-root user");
        });
    }

    [Test]
    public void Its_entry_point_is_the_host_assembly()
    {
        var entryPoint = JsonSerializer.Deserialize<string[]>(Instructions("ENTRYPOINT").Single())!;
        var hostAssembly = AssemblyName("Host/Ecommerce.Host.csproj");
        Assert.Multiple(() =>
        {
            Assert.That(entryPoint, Is.EqualTo(new[] { "dotnet", $"{hostAssembly}.dll" }));
            Assert.That(Instructions("RUN").Single(run => run.Contains("publish", StringComparison.Ordinal)), Does.Contain("publish Host/Ecommerce.Host.csproj"));
            Assert.That(File.Exists(Repository.PathOf($"Host/bin/{BuildConfiguration}/net10.0/{hostAssembly}.dll")), Is.True, "the build makes that file");
        });
    }

    [Test]
    public void Its_health_check_runs_the_probe_against_the_liveness_endpoint()
    {
        var healthCheck = Instructions("HEALTHCHECK").Single();
        var probe = AssemblyName("deploy/Ecommerce.HealthProbe/Ecommerce.HealthProbe.csproj");
        Assert.Multiple(() =>
        {
            Assert.That(healthCheck, Does.Contain($"""CMD ["dotnet", "/app/probe/{probe}.dll"]"""));
            Assert.That(Instructions("RUN").Single(run => run.Contains("publish", StringComparison.Ordinal)),
                Does.Contain("publish deploy/Ecommerce.HealthProbe/Ecommerce.HealthProbe.csproj --configuration Release --output /app/probe"));
            Assert.That(Repository.Read("deploy/Ecommerce.HealthProbe/Program.cs"), Does.Contain("/health/live").And.Contain("ASPNETCORE_HTTP_PORTS"));
            Assert.That(Instructions("ENV").Single(), Does.Contain("ASPNETCORE_HTTP_PORTS=8080"));
            Assert.That(Instructions("EXPOSE").Single(), Is.EqualTo("8080"));
        });
    }

    private static string BuildConfiguration => typeof(DockerfileTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;

    private static string AssemblyName(string project) =>
        XDocument.Load(Repository.PathOf(project)).Descendants("AssemblyName").SingleOrDefault()?.Value
        ?? Path.GetFileNameWithoutExtension(project);

    private static string[] Instructions(string instruction) =>
        Lines.Where(line => line.StartsWith(instruction + " ", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line[(instruction.Length + 1)..].Split(" AS ")[0], " +", " ").Trim())
            .ToArray();
}
