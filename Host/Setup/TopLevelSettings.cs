using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Ecommerce.Host.Setup;

internal static class TopLevelSettings
{
    /// <summary>
    /// The repository's top-level appsettings.json, copied next to the host's binaries, read first so that
    /// environment-specific files, environment variables and the command line override it.
    /// </summary>
    public static void AddTopLevelSettings(this ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
        });
}
