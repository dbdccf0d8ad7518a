using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace Ecommerce.Host.Tests;

/// <summary>
/// Settings files that reload on change are polled: a file-system watcher on the content root would be woken by every
/// write to the SQLite files in the data folder under it.
/// </summary>
public sealed class SettingsFileWatchingTests
{
    [Test]
    public void Settings_files_that_reload_are_polled_rather_than_watched()
    {
        var configuration = (IConfigurationRoot)TestHost.App.Services.GetRequiredService<IConfiguration>();
        var reloading = configuration.Providers.OfType<JsonConfigurationProvider>().Where(provider => provider.Source.ReloadOnChange).ToList();

        Assert.That(reloading, Is.Not.Empty);
        var tokens = reloading.Select(provider => provider.Source.FileProvider!.Watch(provider.Source.Path!));
        Assert.That(
            tokens,
            Is.All.Matches<IChangeToken>(token =>
                token is CompositeChangeToken composite && composite.ChangeTokens.Any(part => part is PollingFileChangeToken { ActiveChangeCallbacks: true })));
    }
}
