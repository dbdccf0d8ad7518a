namespace Ecommerce.Modules.Users.Tests;

/// <summary>Fresh, valid usernames and emails, so that tests sharing the host never collide.</summary>
internal static class NewNames
{
    public static string Username() => $"u{Guid.NewGuid():N}"[..20];

    public static string Email() => $"{Username()}@test.local";
}
