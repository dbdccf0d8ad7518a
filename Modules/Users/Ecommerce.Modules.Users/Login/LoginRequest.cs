using FluentValidation;

namespace Ecommerce.Modules.Users.Login;

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record LoginResponse(string Message, string Token);

internal sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty();
        RuleFor(x => x.Password).NotEmpty();
    }
}
