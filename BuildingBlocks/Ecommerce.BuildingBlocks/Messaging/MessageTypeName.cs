namespace Ecommerce.BuildingBlocks.Messaging;

internal static class MessageTypeName
{
    public static string Of(Type type) => type.FullName ?? type.Name;
}
