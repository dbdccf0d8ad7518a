using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ecommerce.Host.Tests;

/// <summary>
/// The host validates bearer tokens through the handler that remembers the tokens that passed; what it remembers and for
/// how long is tested with it (BuildingBlocks tests, RememberingTokenHandlerTests).
/// </summary>
public sealed class TokenValidationTests
{
    [Test]
    public void The_host_validates_bearer_tokens_through_the_remembering_handler_only()
    {
        var options = TestHost.App.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.That(options.TokenHandlers.Select(handler => handler.GetType().Name), Is.EqualTo(new[] { "RememberingTokenHandler" }));
    }
}
