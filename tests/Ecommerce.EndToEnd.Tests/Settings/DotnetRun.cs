using System.Diagnostics;
using System.Reflection;
using System.Text;
using Ecommerce.Testing;

namespace Ecommerce.EndToEnd.Tests.Settings;

/// <summary>
/// <c>dotnet run --project Host</c>, as a person types it in the repository's root, with a chosen environment.
/// <c>--no-build</c> only because the test build already built the host (in the same configuration).
/// </summary>
internal sealed class DotnetRun : IAsyncDisposable
{
    private static readonly string BuildConfiguration = typeof(DotnetRun).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DotnetRun(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static DotnetRun Start(IReadOnlyDictionary<string, string> environment, params string[] hostArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "--project", "Host", "--no-build", "--configuration", BuildConfiguration })
        {
            start.ArgumentList.Add(arg);
        }

        if (hostArgs.Length > 0)
        {
            start.ArgumentList.Add("--");
            hostArgs.ToList().ForEach(start.ArgumentList.Add);
        }

        RemoveInheritedSettings(start.Environment);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var run = new DotnetRun(new Process { StartInfo = start });
        run._process.OutputDataReceived += (_, line) => run.Append(line.Data);
        run._process.ErrorDataReceived += (_, line) => run.Append(line.Data);
        run._process.Start();
        run._process.BeginOutputReadLine();
        run._process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Waits until <c>/health/live</c> answers; fails with the host's output if the process ends first.</summary>
    public async Task WaitUntilLiveAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var live = await Eventually.Until(
            async () => _process.HasExited ? (bool?)null : await AnswersAsync(client),
            answered => answered is not false,
            "the host to answer /health/live",
            TimeSpan.FromSeconds(60));
        if (live is null)
        {
            Assert.Fail($"The host exited with {_process.ExitCode} before it was live:\n{Output}");
        }
    }

    /// <summary>The exit code, once the process ended by itself within <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // dotnet run starts the host as a child process: end both.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("/health/live")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    // The test runner's own environment must not decide the outcome: no settings, environment names or MSBuild state.
    private static void RemoveInheritedSettings(IDictionary<string, string?> environment)
    {
        foreach (var key in environment.Keys.ToList())
        {
            if (key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("ECOMMERCE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
                || key.Equals("URLS", StringComparison.OrdinalIgnoreCase)
                || key.Contains("__", StringComparison.Ordinal))
            {
                environment.Remove(key);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
