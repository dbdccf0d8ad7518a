namespace Ecommerce.Host.Setup.OpenApi;

/// <summary>What the OpenAPI document shows for one operation: a request body, the success body, its problems.</summary>
/// <param name="Request">The JSON request body, for operations that take one.</param>
/// <param name="Response">The JSON body of the success answer.</param>
internal sealed record OperationExample(string? Request, string Response)
{
    /// <summary>The <c>message</c> of each problem answer the operation gives for its own reasons (404, 409, ...).</summary>
    public Dictionary<int, string> Problems { get; init; } = [];

    /// <summary>Further messages of a status in <see cref="Problems"/>: the answer shows one example per message.</summary>
    public Dictionary<int, string[]> OtherProblems { get; init; } = [];

    /// <summary>The field and error a validation problem (400) shows when the operation has no 400 of its own.</summary>
    public (string Field, string Error) Invalid { get; init; } = ("id", "The id must be a positive integer.");
}
