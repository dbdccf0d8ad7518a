using Ecommerce.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.BuildingBlocks.Auth;

public static class JwtAuthentication
{
    /// <summary>
    /// HS256 bearer tokens. No or empty bearer header: 401 <c>Unauthorized</c>; a token that fails
    /// validation: 403 <c>Invalid token</c>; a valid token without the role: 403 <c>Forbidden</c>.
    /// </summary>
    public static IServiceCollection AddJwtAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = JwtSettings.Resolve(configuration, environment);
        services.AddSingleton(settings);
        services.AddSingleton<RememberingTokenHandler>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = new SymmetricSecurityKey(settings.SigningKey),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = JwtClaimNames.Username,
                RoleClaimType = JwtClaimNames.Role,
            };
            options.Events = new JwtBearerEvents
            {
                OnChallenge = context =>
                {
                    context.HandleResponse();
                    if (context.AuthenticateFailure is not null)
                    {
                        return WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Invalid token");
                    }

                    context.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
                    return WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized");
                },
                OnForbidden = context => WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden"),
            };
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<RememberingTokenHandler>((options, handler) =>
        {
            handler.MapInboundClaims = false;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(handler);
        });
        services.AddAuthorizationBuilder().AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));
        return services;
    }

    private static Task WriteAsync(HttpContext context, int status, string message) =>
        ApiProblems.Problem(status, message).ExecuteAsync(context);
}
