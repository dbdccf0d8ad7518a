using Ecommerce.Modules.Users.Domain;
using FluentValidation;

namespace Ecommerce.Modules.Users.Register;

internal sealed record RegisterRequest(string? Username, string? Email, string? Password);

internal sealed record RegisteredUser(int Id, string Username, string Email);

internal sealed record RegisterResponse(string Message, RegisteredUser User);

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(x => x.Username).NotEmpty().Must(AccountRules.IsValidUsername)
            .WithMessage($"Username must be {AccountRules.MinUsernameLength}-{AccountRules.MaxUsernameLength} letters, digits, '_', '.' or '-'.");
        RuleFor(x => x.Email).NotEmpty().Must(AccountRules.IsValidEmail).WithMessage("Email must be a valid email address.");
        RuleFor(x => x.Password).NotEmpty().Length(AccountRules.MinPasswordLength, AccountRules.MaxPasswordLength);
    }
}
