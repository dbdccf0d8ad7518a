using Ecommerce.Modules.Users.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Users.Login;

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record LoginResponse(string Message, string Token);

internal sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        // No account has a longer email or password: anything longer is refused before it costs a lookup or a hash.
        RuleFor(x => x.Email).NotEmpty().MaximumLength(AccountRules.MaxEmailLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(AccountRules.MaxPasswordLength);
    }
}
