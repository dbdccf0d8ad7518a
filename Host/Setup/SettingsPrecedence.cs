using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace Ecommerce.Host.Setup;

/// <summary>
/// Settings as the README promises, lowest first: the top-level appsettings.json, appsettings.{Environment}.json,
/// environment variables, the command line.
/// </summary>
internal static class SettingsPrecedence
{
    /// <summary>The environment used when neither ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT nor --environment names one.</summary>
    // `dotnet run` lets a launch profile's variables override the shell's, so a profile naming the environment would hide
    // the user's choice. The profile names this fallback instead; published builds, which have no profile, stay Production.
    public const string DefaultEnvironmentVariable = "ECOMMERCE_DEFAULT_ENVIRONMENT";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        EnvironmentName = NamesAnEnvironment(args) ? null : Environment.GetEnvironmentVariable(DefaultEnvironmentVariable),
    };

    /// <summary>
    /// ASP.NET Core reads ASPNETCORE_-prefixed variables before the json files, so <c>Urls</c> in
    /// appsettings.Development.json would beat ASPNETCORE_URLS. Read them again above the files, like other variables.
    /// </summary>
    public static void RankPrefixedVariablesAboveFiles(this ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        var unprefixed = sources.ToList().FindIndex(source => source is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        if (unprefixed >= 0)
        {
            sources.Insert(unprefixed, new EnvironmentVariablesConfigurationSource { Prefix = "ASPNETCORE_" });
        }
    }

    private static bool NamesAnEnvironment(string[] args) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.EnvironmentKey] is { Length: > 0 };
}
