namespace Ecommerce.EndToEnd.Tests;

/// <summary>The repository these tests were built from: the folder holding Ecommerce.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ecommerce.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Ecommerce.sln above {AppContext.BaseDirectory}.");
    }
}
