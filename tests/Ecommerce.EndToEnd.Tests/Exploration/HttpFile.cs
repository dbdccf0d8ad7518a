using System.Text.RegularExpressions;

namespace Ecommerce.EndToEnd.Tests.Exploration;

/// <summary>
/// A .http file as Visual Studio, Rider and VS Code's REST Client read it: <c>@name = value</c> variables, requests
/// separated by <c>###</c> lines, <c># @name</c> to name a request, then the request line, headers, a blank line, a body.
/// </summary>
internal sealed partial record HttpFile(IReadOnlyDictionary<string, string> Variables, IReadOnlyList<HttpFileRequest> Requests)
{
    public static HttpFile Parse(string text)
    {
        var sections = Separator().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var variables = sections[0].Split('\n')
            .Select(line => VariableLine().Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["value"].Value.Trim());
        return new HttpFile(variables, sections.Skip(1).Select(HttpFileRequest.Parse).ToList());
    }

    [GeneratedRegex("^###", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^@(?<name>\w+)\s*=(?<value>.*)$")]
    private static partial Regex VariableLine();
}

internal sealed record HttpFileRequest(
    string Title, string? Name, string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body)
{
    public static HttpFileRequest Parse(string section)
    {
        var lines = section.Split('\n');
        var title = lines[0].Trim();
        var comments = lines.Skip(1).TakeWhile(line => line.StartsWith('#') || line.Trim().Length == 0).ToList();
        var name = comments.Select(line => line.TrimStart('#', ' ')).FirstOrDefault(line => line.StartsWith("@name ", StringComparison.Ordinal))?[6..].Trim();
        var rest = lines.Skip(1 + comments.Count).ToList();
        var requestLine = rest[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var headers = rest.Skip(1).TakeWhile(line => line.Trim().Length > 0)
            .Select(line => line.Split(':', 2)).Select(parts => (parts[0].Trim(), parts[1].Trim())).ToList();
        var body = string.Join('\n', rest.Skip(1 + headers.Count)).Trim();
        return new HttpFileRequest(title, name, requestLine[0], requestLine[1], headers, body.Length > 0 ? body : null);
    }
}
