using System.Net.Mail;

namespace Ecommerce.Modules.Users.Domain;

internal static class AccountRules
{
    public const int MinUsernameLength = 3;
    public const int MaxUsernameLength = 50;
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 200;
    public const string UsernameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";

    public static bool IsValidUsername(string? username) =>
        username is { Length: >= MinUsernameLength and <= MaxUsernameLength } &&
        username.All(UsernameCharacters.Contains);

    // One '@' only: Identity's own email check refuses more, and its refusal would surface as "User already exists".
    public static bool IsValidEmail(string? email) =>
        email is { Length: > 0 and <= MaxEmailLength } &&
        email.Count(character => character == '@') == 1 &&
        MailAddress.TryCreate(email, out var address) &&
        string.Equals(address.Address, email, StringComparison.Ordinal) &&
        address.Host.Contains('.', StringComparison.Ordinal);
}
