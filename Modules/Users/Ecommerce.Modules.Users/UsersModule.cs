using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Ecommerce.Modules.Users.Login;
using Ecommerce.Modules.Users.SeedAccounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users;

/// <summary>Accounts on ASP.NET Core Identity: registration, login with lockout, token validation, the seeded admin.</summary>
public sealed class UsersModule : IModule
{
    public const string ModuleName = "users";

    public string Name => ModuleName;

    public IReadOnlyList<string> PublicPaths => ["/register", "/login", "/validate"];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<UsersDbContext, SqliteUsersDbContext, SqlServerUsersDbContext>(configuration, ModuleName);
        services.AddAccounts(configuration);
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<LoginAttempts>();
        services.AddScoped<PasswordJudge>();
        services.AddSingleton(LoginThrottle.Limiter.From(configuration));
        services.AddSingleton(AdminOptions.From(configuration));
        services.AddScoped<AdminPasswordPolicy>();
        services.AddScoped<IModuleInitializer, AccountsInitializer>();
    }

    public void ConfigureEndpoints(RouteGroupBuilder endpoints) => endpoints.WithTags("Users");
}
