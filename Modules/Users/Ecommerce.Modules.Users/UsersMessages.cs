namespace Ecommerce.Modules.Users;

internal static class UsersMessages
{
    public const string UserCreated = "User created";
    public const string UserExists = "User already exists";
    public const string LoginSuccessful = "Login successful";
    public const string UserNotFound = "User not found";
    public const string InvalidPassword = "Invalid password";
    public const string TooManyAttempts = "Too many attempts";
}
