using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class RegisterValidationTests
{
    private const string GoodPassword = "Password-1";

    private static IEnumerable<TestCaseData> InvalidFields()
    {
        yield return Case("username too short", new { username = "ab", email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("username too long", new { username = new string('a', 51), email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("username with a space", new { username = "bad name", email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("username with a symbol", new { username = "bad!name", email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("username not latin", new { username = "ünïcode", email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("username empty", new { username = "", email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("email without at", new { username = NewNames.Username(), email = "not-an-email", password = GoodPassword }, "email");
        yield return Case("email without domain", new { username = NewNames.Username(), email = "someone@", password = GoodPassword }, "email");
        yield return Case("email with a display name", new { username = NewNames.Username(), email = "Someone <someone@test.local>", password = GoodPassword }, "email");
        yield return Case("email with a second at sign in a quoted local part", new { username = NewNames.Username(), email = "\"a@b\"@test.local", password = GoodPassword }, "email");
        yield return Case("email empty", new { username = NewNames.Username(), email = "", password = GoodPassword }, "email");
        yield return Case("password of 7 characters", new { username = NewNames.Username(), email = NewNames.Email(), password = "1234567" }, "password");
        yield return Case("password empty", new { username = NewNames.Username(), email = NewNames.Email(), password = "" }, "password");
        yield return Case("username missing", new { email = NewNames.Email(), password = GoodPassword }, "username");
        yield return Case("email missing", new { username = NewNames.Username(), password = GoodPassword }, "email");
        yield return Case("password missing", new { username = NewNames.Username(), email = NewNames.Email() }, "password");
        yield return Case("username null", new { username = (string?)null, email = NewNames.Email(), password = GoodPassword }, "username");
    }

    private static IEnumerable<TestCaseData> WrongTypes()
    {
        yield return new TestCaseData($$"""{"username":123,"email":"{{NewNames.Email()}}","password":"{{GoodPassword}}"}""", "username").SetName("username is a number");
        yield return new TestCaseData($$"""{"username":"{{NewNames.Username()}}","email":["a@b.c"],"password":"{{GoodPassword}}"}""", "email").SetName("email is an array");
        yield return new TestCaseData($$"""{"username":"{{NewNames.Username()}}","email":"{{NewNames.Email()}}","password":12345678}""", "password").SetName("password is a number");
    }

    [TestCaseSource(nameof(InvalidFields))]
    public async Task An_invalid_field_is_a_validation_error_naming_it(object body, string field)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", body);

        await response.ExpectValidationErrorAsync(field);
    }

    [Test]
    public async Task Every_missing_field_is_named()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/register", "{}");

        var problem = await response.ExpectValidationErrorAsync("username");
        Assert.That(FieldsOf(problem), Is.SupersetOf(new[] { "username", "email", "password" }));
    }

    [TestCaseSource(nameof(WrongTypes))]
    public async Task A_wrong_type_is_a_validation_error_naming_the_field(string json, string field)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/register", json);

        await response.ExpectValidationErrorAsync(field);
        await response.ExpectNoInternalsAsync();
    }

    [TestCase("{\"username\": \"abc\", ", TestName = "truncated JSON")]
    [TestCase("username=abc&password=12345678", TestName = "not JSON at all")]
    [TestCase("", TestName = "empty body")]
    [TestCase("[]", TestName = "an array instead of an object")]
    public async Task A_malformed_body_is_a_validation_error(string json)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/register", json);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        Assert.That(FieldsOf(problem), Is.Not.Empty);
        await response.ExpectNoInternalsAsync();
    }

    [Test]
    public async Task A_refused_registration_creates_no_account()
    {
        var email = NewNames.Email();
        using var client = TestHost.App.Anonymous();

        var refused = await client.PostAsJsonAsync("/register", new { username = "x", email, password = GoodPassword });
        await refused.ExpectValidationErrorAsync("username");

        var login = await client.PostAsJsonAsync("/login", new { email, password = GoodPassword });
        await login.ExpectProblemAsync(HttpStatusCode.NotFound, "User not found");
    }

    private static TestCaseData Case(string name, object body, string field) =>
        new TestCaseData(body, field).SetName(name);

    private static List<string> FieldsOf(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).ToList();
}
