namespace Ecommerce.Host.Setup.OpenApi;

internal static class UsersExamples
{
    public static readonly Dictionary<string, OperationExample> All = new(StringComparer.Ordinal)
    {
        ["Register"] = new(
            """{ "username": "jane_doe", "email": "jane@example.com", "password": "Jane-Password-1" }""",
            """{ "message": "User created", "user": { "id": 2, "username": "jane_doe", "email": "jane@example.com" } }""")
        {
            Problems = { [400] = "User already exists", [429] = "Too many requests" },
        },
        ["Login"] = new(
            """{ "email": "jane@example.com", "password": "Jane-Password-1" }""",
            """{ "message": "Login successful", "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyIn0.c2lnbmF0dXJl" }""")
        {
            Problems = { [400] = "Invalid password", [404] = "User not found", [429] = "Too many attempts" },
        },
        ["Validate"] = new(null, """{ "user": { "id": 2, "email": "jane@example.com" } }"""),
    };
}
