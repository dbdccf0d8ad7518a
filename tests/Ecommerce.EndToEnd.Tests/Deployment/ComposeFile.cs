using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Ecommerce.EndToEnd.Tests.Deployment;

/// <summary>compose.yaml at the repository's top, parsed; <c>${NAME:-default}</c> read as its default, as Compose would with NAME unset.</summary>
internal sealed partial class ComposeFile
{
    private readonly YamlMappingNode _services;

    private ComposeFile(YamlMappingNode root) => _services = (YamlMappingNode)root["services"];

    public static ComposeFile Load()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(Repository.Read("compose.yaml"));
        yaml.Load(reader);
        return new ComposeFile((YamlMappingNode)yaml.Documents.Single().RootNode);
    }

    public IReadOnlyList<string> ServiceNames => _services.Children.Keys.Select(key => key.ToString()).ToList();

    public YamlMappingNode Service(string name) => (YamlMappingNode)_services[name];

    /// <summary>The service's environment (map or list form), with defaults interpolated.</summary>
    public Dictionary<string, string> Environment(string service)
    {
        var environment = Service(service)["environment"];
        var pairs = environment is YamlMappingNode map
            ? map.Children.Select(pair => (Key: pair.Key.ToString(), Value: pair.Value.ToString()))
            : ((YamlSequenceNode)environment).Children.Select(item => item.ToString().Split('=', 2)).Select(parts => (Key: parts[0], Value: parts[1]));
        return pairs.ToDictionary(pair => pair.Key, pair => Interpolate(pair.Value));
    }

    public static string? Text(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            current = child;
        }

        return current.ToString();
    }

    private static string Interpolate(string value) => Variable().Replace(value, match => match.Groups["default"].Value);

    [GeneratedRegex(@"\$\{(?<name>[A-Z_]+)(:-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
