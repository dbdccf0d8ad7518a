namespace Ecommerce.BuildingBlocks.Auth;

public static class Roles
{
    public const string Customer = "Customer";
    public const string Admin = "Admin";
}
