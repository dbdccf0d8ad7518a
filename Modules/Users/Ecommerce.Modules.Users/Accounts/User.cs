using Microsoft.AspNetCore.Identity;

namespace Ecommerce.Modules.Users.Accounts;

internal sealed class User : IdentityUser<int>
{
    public DateTime CreatedAt { get; set; }
}
