using System.Text.RegularExpressions;

namespace Ecommerce.EndToEnd.Tests.Docs;

/// <summary>
/// The repository paths a Markdown document names: link targets, backticked file names, and any path under a
/// top-level folder (<c>Host/…</c>, <c>tests/…</c>, also in code blocks). <c>&lt;M&gt;</c>, <c>{id}</c>, <c>$M</c> and
/// <c>*</c> stand for any name.
/// </summary>
internal static partial class DocumentedPaths
{
    private static readonly string[] FileExtensions = [".md", ".cs", ".csproj", ".sln", ".json", ".yaml", ".yml", ".props", ".http", ".txt", ".sh"];

    public static IReadOnlyList<string> In(string markdown)
    {
        var links = Link().Matches(markdown).Select(match => match.Groups[1].Value.Split('#')[0])
            .Where(target => target.Length > 0 && !target.Contains(':', StringComparison.Ordinal));
        var backticked = Backticked().Matches(markdown).Select(match => match.Groups[1].Value).Where(LooksLikeAPath);
        var topLevel = string.Join('|', TopLevelFolders().Select(Regex.Escape));
        var mentioned = Regex.Matches(markdown, $@"(?<![\w/.$<>-])(?:{topLevel})/[\w./<>{{}}*$-]*")
            .Select(match => match.Value.TrimEnd('.', ','));
        return links.Concat(backticked).Concat(mentioned).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether <paramref name="path"/> names something in the repository, from its root or from <paramref name="documentFolder"/>.</summary>
    public static bool Exists(string path, string documentFolder) =>
        Resolves(Repository.Root, path) || Resolves(documentFolder, path) || (!path.Contains('/', StringComparison.Ordinal) && AnywhereInRepository(path));

    // A file name, or a path under a top-level folder; not a route (`/login`), a media type or an image (`apache/kafka`).
    private static bool LooksLikeAPath(string token) =>
        !token.Contains("://", StringComparison.Ordinal) && !token.StartsWith('/')
        && (FileExtensions.Any(extension => token.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            || TopLevelFolders().Contains(token.Split('/')[0]) && token.Contains('/', StringComparison.Ordinal));

    private static bool Resolves(string folder, string path)
    {
        IEnumerable<string> candidates = [folder];
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            candidates = segment == ".."
                ? candidates.Select(candidate => Path.GetDirectoryName(candidate)!).ToList()
                : candidates.Where(Directory.Exists).SelectMany(candidate => Children(candidate, segment)).ToList();
        }

        return candidates.Any(candidate => File.Exists(candidate) || Directory.Exists(candidate));
    }

    private static IEnumerable<string> Children(string folder, string segment)
    {
        if (!Placeholder().IsMatch(segment))
        {
            return [Path.Combine(folder, segment)];
        }

        var pattern = "^" + string.Concat(Placeholder().Split(segment).Select(Regex.Escape).Select((part, i) => i == 0 ? part : ".+" + part)) + "$";
        return Directory.EnumerateFileSystemEntries(folder).Where(entry => Regex.IsMatch(Path.GetFileName(entry), pattern));
    }

    private static bool AnywhereInRepository(string fileName) =>
        Directory.EnumerateFiles(Repository.Root, fileName, SearchOption.AllDirectories)
            .Any(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> TopLevelFolders() =>
        Directory.EnumerateDirectories(Repository.Root).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not (".git" or "bin" or "obj" or "TestResults"));

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`\s]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"<[^>]+>|\{[^}]+\}|\$\w+|\*")]
    private static partial Regex Placeholder();
}
