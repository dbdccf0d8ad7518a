using Microsoft.AspNetCore.Identity;

namespace Ecommerce.Modules.Users.Domain;

internal sealed class User : IdentityUser<int>
{
    public DateTime CreatedAt { get; set; }
}
