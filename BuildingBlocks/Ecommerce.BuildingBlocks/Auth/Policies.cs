namespace Ecommerce.BuildingBlocks.Auth;

public static class Policies
{
    public const string Admin = "Admin";
}
