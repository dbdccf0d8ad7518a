namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>The questions this host's modules answer (the messages of their request consumers), for the internal endpoint.</summary>
public sealed class ModuleQuestions(IEnumerable<(string Module, Type Request)> answered)
{
    private readonly List<(string Module, Type Request)> _answered = answered.ToList();

    /// <summary>The request type named <paramref name="request"/> that <paramref name="module"/> answers, and the response type named
    /// <paramref name="response"/> beside it in the same contracts; null if there is no such pair.</summary>
    public (Type Request, Type Response)? Find(string module, string request, string response)
    {
        var (_, requestType) = _answered.FirstOrDefault(pair =>
            string.Equals(pair.Module, module, StringComparison.Ordinal) && string.Equals(pair.Request.Name, request, StringComparison.Ordinal));
        if (requestType is null)
        {
            return null;
        }

        var responseType = requestType.Assembly.GetType($"{requestType.Namespace}.{response}", throwOnError: false);
        return responseType is { IsPublic: true, IsClass: true } && responseType != requestType ? (requestType, responseType) : null;
    }
}
