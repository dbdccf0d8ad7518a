namespace Ecommerce.BuildingBlocks.Web;

/// <summary>The seed's success answer for actions that return no resource, e.g. <c>{"message":"Cart updated successfully"}</c>.</summary>
public sealed record MessageResponse(string Message);
