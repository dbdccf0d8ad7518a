namespace Ecommerce.EndToEnd.Tests.Docs;

/// <summary>The docs point where they say: every repository path they name exists.</summary>
public sealed class DocumentedPathsTests
{
    // Made by a running host (and ignored by git), so never in a clone: the docs name them to say where to look.
    private static readonly string[] MadeAtRunTime = ["Host/data/", "jwt-signing-key.txt"];

    public static IEnumerable<string> Documents() =>
        new[] { "README.md" }.Concat(Directory.EnumerateFiles(Repository.PathOf("docs"), "*.md")
            .Select(file => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/')).Order(StringComparer.Ordinal));

    [TestCaseSource(nameof(Documents))]
    public void Every_path_it_names_exists(string document)
    {
        var folder = Path.GetDirectoryName(Repository.PathOf(document))!;
        var missing = DocumentedPaths.In(Repository.Read(document))
            .Where(path => !MadeAtRunTime.Contains(path) && !DocumentedPaths.Exists(path, folder))
            .ToList();
        Assert.That(missing, Is.Empty, $"{document} names paths that do not exist");
    }

    [Test]
    public void The_scan_finds_links_backticked_paths_and_folder_mentions()
    {
        var found = DocumentedPaths.In("""
            See [the contract](docs/contract.md), `appsettings.json`, `Modules/<M>/` and the code in Host/Setup/OpenApi.
            Routes such as `/login`, media types such as `application/problem+json`, images such as `apache/kafka`
            and keys such as `Jwt:SigningKey` are not paths, but `seed/000_1105a98d0abc217f.txt` is one.
            """);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EquivalentTo(new[] { "docs/contract.md", "appsettings.json", "Modules/<M>/", "Host/Setup/OpenApi", "seed/000_1105a98d0abc217f.txt" }));
            Assert.That(found.Where(path => !path.StartsWith("seed/", StringComparison.Ordinal)).Select(path => DocumentedPaths.Exists(path, Repository.Root)), Is.All.True);
            Assert.That(DocumentedPaths.Exists("Modules/<M>/NoSuchFolder", Repository.Root), Is.False);
            Assert.That(DocumentedPaths.Exists("seed/000_1105a98d0abc217f.txt", Repository.Root), Is.False);
        });
    }
}
