using System.Globalization;
using System.Security.Claims;
using System.Text;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.Testing;

/// <summary>
/// One module hosted alone, the design's module-level test: its neighbours are not running but faked at their contracts
/// (<see cref="FakeModuleAnswers{TRequest, TResponse}"/>); any other request for them finds nobody and answers 503.
/// Signed-in users get tokens made with the shared signing key, as the users module would make them.
/// </summary>
public sealed class ModuleAlone : IAsyncDisposable
{
    private readonly MockKafkaCluster _kafka;
    private int _nextUserId = 1_000_000;

    private ModuleAlone(MockKafkaCluster kafka, EcommerceApp app)
    {
        _kafka = kafka;
        App = app;
    }

    public EcommerceApp App { get; }

    /// <param name="module">The module to host, as <c>Modules:Enabled</c> names it.</param>
    /// <param name="neighbours">The fakes of the other modules' answers this module asks for.</param>
    public static ModuleAlone Start(string module, Action<IServiceCollection> neighbours)
    {
        // Events leave and enter only over Kafka when modules are apart: a cluster of this host's own.
        var kafka = new MockKafkaCluster();
        var settings = EcommerceApp.KafkaSettings(kafka.BootstrapServers);
        settings["Modules:Enabled"] = module;
        var nobody = SplitDeployment.Nobody;
        foreach (var other in SplitDeployment.AllModules.Where(other => !string.Equals(other, module, StringComparison.OrdinalIgnoreCase)))
        {
            settings[$"Modules:Remote:{other}"] = nobody;
        }

        var app = new EcommerceApp(settings, neighbours);
        app.StartServer();
        return new ModuleAlone(kafka, app);
    }

    /// <summary>A customer the users module would have registered, signed in.</summary>
    public TestUser Customer() => User(Roles.Customer);

    public TestUser Admin() => User(Roles.Admin);

    private TestUser User(string role)
    {
        var id = Interlocked.Increment(ref _nextUserId);
        var name = $"{role.ToLowerInvariant()}{id}";
        var email = $"{name}@test.local";
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtClaimNames.UserId, id.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtClaimNames.Email, email),
                new Claim(JwtClaimNames.Username, name),
                new Claim(JwtClaimNames.Role, role),
            ]),
            Issuer = "ecommerce",
            Audience = "ecommerce",
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(EcommerceApp.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        return new TestUser(id, name, email, "", token, App.WithToken(token));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _kafka.Dispose();
    }
}
