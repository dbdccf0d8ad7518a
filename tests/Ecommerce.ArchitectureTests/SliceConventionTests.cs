using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Ecommerce.BuildingBlocks.Modules;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// One slice convention for every module (README, "Inside a module"): the entry class and the message texts at the
/// root; <c>Domain/</c> for the model and what features share; <c>Data/</c> for the database; every other folder a
/// feature with its own entry point (an endpoint, a consumer, a start-up initializer or a background service).
/// </summary>
public sealed partial class SliceConventionTests
{
    private const string Domain = "Domain";
    private const string Data = "Data";

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Only_the_entry_class_and_the_message_texts_live_at_the_module_root(ModuleAssembly module)
    {
        var atRoot = TypesOf(module).Where(type => string.Equals(type.Namespace, module.Namespace, StringComparison.Ordinal)).Select(type => type.Name);

        Assert.That(atRoot, Is.EquivalentTo(new[] { $"{module.Name}Module", $"{module.Name}Messages" }));
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Every_other_type_is_one_folder_down_and_only_migrations_go_deeper(ModuleAssembly module)
    {
        var tooDeep = TypesOf(module).Where(type => FolderPath(module, type).Length > 1 && !IsMigration(module, type));

        Assert.That(tooDeep.Select(type => type.FullName), Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Every_feature_folder_has_an_endpoint_a_consumer_an_initializer_or_a_background_service(ModuleAssembly module)
    {
        var features = TypesOf(module).Where(type => FeatureOf(module, type) is not null).GroupBy(type => FeatureOf(module, type)!, StringComparer.Ordinal);

        var withoutEntryPoint = features.Where(feature => !feature.Any(IsEntryPoint)).Select(feature => feature.Key);

        Assert.That(withoutEntryPoint, Is.Empty, "a folder without an entry point belongs in Domain/");
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void An_endpoint_is_the_Feature_Endpoint_of_its_feature_folder(ModuleAssembly module)
    {
        var misplaced = TypesOf(module).Where(type => typeof(IEndpoint).IsAssignableFrom(type))
            .Where(endpoint => FeatureOf(module, endpoint) is not { } feature || !string.Equals(endpoint.Name, $"{feature}Endpoint", StringComparison.Ordinal));

        Assert.That(misplaced.Select(type => type.FullName), Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_consumer_is_named_Consumer_lives_in_a_feature_folder_and_has_a_name_of_its_own(ModuleAssembly module)
    {
        var consumers = TypesOf(module).Where(IsConsumer).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(consumers.Where(consumer => !consumer.Name.EndsWith("Consumer", StringComparison.Ordinal)).Select(type => type.FullName), Is.Empty, "named *Consumer");
            Assert.That(consumers.Where(consumer => FeatureOf(module, consumer) is null).Select(type => type.FullName), Is.Empty, "in a feature folder");
            Assert.That(TypesOf(module).Where(type => type.Name.EndsWith("Consumer", StringComparison.Ordinal) && !IsConsumer(type)).Select(type => type.FullName), Is.Empty, "only consumers are named *Consumer");
            Assert.That(consumers.GroupBy(consumer => consumer.Name, StringComparer.Ordinal).Where(names => names.Count() > 1).Select(names => names.Key), Is.Empty, "the inbox knows a consumer by <module>.<class>");
        });
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void The_database_lives_in_Data(ModuleAssembly module)
    {
        var outside = TypesOf(module)
            .Where(type => typeof(DbContext).IsAssignableFrom(type) || Implements(type, typeof(IEntityTypeConfiguration<>)))
            .Where(type => FolderPath(module, type) is not [Data, ..]);

        Assert.That(outside.Select(type => type.FullName), Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Message_texts_are_one_class_at_the_module_root(ModuleAssembly module)
    {
        var texts = TypesOf(module).Where(type => type.Name.EndsWith("Messages", StringComparison.Ordinal)).Select(type => type.FullName).ToList();

        Assert.That(texts, Is.EqualTo(new[] { $"{module.Namespace}.{module.Name}Messages" }));
    }

    /// <summary>Files moved with <c>git mv</c> keep their namespace in step with their folder.</summary>
    [Test]
    public void Every_source_file_of_a_module_declares_the_namespace_of_its_folder()
    {
        var modules = Path.Combine(RepositoryRoot(), "Modules");
        var files = Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();

        var wrong = files.Where(file => !string.Equals(DeclaredNamespace(file), ExpectedNamespace(modules, file), StringComparison.Ordinal))
            .Select(file => $"{Path.GetRelativePath(modules, file)} declares {DeclaredNamespace(file)}");

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Count.GreaterThan(50));
            Assert.That(wrong, Is.Empty);
        });
    }

    private static IEnumerable<Type> TypesOf(ModuleAssembly module) =>
        module.Assembly.GetTypes().Where(type => !type.IsNested && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) &&
            type.Namespace is { } ns && (string.Equals(ns, module.Namespace, StringComparison.Ordinal) || ns.StartsWith(module.Namespace + ".", StringComparison.Ordinal)));

    /// <summary>The folders below the module's root, from its namespace: [] at the root, ["Login"], ["Data", "Migrations", "Sqlite"].</summary>
    private static string[] FolderPath(ModuleAssembly module, Type type) =>
        string.Equals(type.Namespace, module.Namespace, StringComparison.Ordinal) ? [] : type.Namespace![(module.Namespace.Length + 1)..].Split('.');

    private static string? FeatureOf(ModuleAssembly module, Type type) =>
        FolderPath(module, type) is [var folder] && folder is not (Domain or Data) ? folder : null;

    private static bool IsMigration(ModuleAssembly module, Type type) => FolderPath(module, type) is [Data, "Migrations", ..];

    private static bool IsEntryPoint(Type type) =>
        typeof(IEndpoint).IsAssignableFrom(type) || typeof(IModuleInitializer).IsAssignableFrom(type) || IsConsumer(type)
        || typeof(IHostedService).IsAssignableFrom(type);

    private static bool IsConsumer(Type type) => type.IsClass && Implements(type, typeof(IConsumer<>));

    private static bool Implements(Type type, Type genericInterface) =>
        type.GetInterfaces().Any(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == genericInterface);

    private static string ExpectedNamespace(string modules, string file)
    {
        // Modules/<M>/<project>/<folders...>/<file>.cs: the project's name, then its folders.
        var parts = Path.GetRelativePath(modules, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar);
        return string.Join('.', parts.Skip(1));
    }

    private static string? DeclaredNamespace(string file) =>
        NamespaceDeclaration().Match(File.ReadAllText(file)) is { Success: true } match ? match.Groups["name"].Value : null;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ecommerce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No Ecommerce.sln above the test binaries.");
    }

    [GeneratedRegex(@"^namespace (?<name>[\w.]+)", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex NamespaceDeclaration();
}
