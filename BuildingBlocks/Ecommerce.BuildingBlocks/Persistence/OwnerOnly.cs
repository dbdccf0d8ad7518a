namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// Folders and files that only the host's own user may open: the data folder, its databases, the development signing
/// key. Unix modes 700 and 600 at creation; on Windows they keep the ACLs they inherit.
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and its missing parents) owner-only; an existing folder is left as its owner set it.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>Creates <paramref name="path"/> empty and owner-only if it does not exist; true when it did not.</summary>
    public static bool CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        try
        {
            new FileStream(path, options).Dispose();
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
