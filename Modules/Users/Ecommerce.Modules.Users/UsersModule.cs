using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Accounts;
using Ecommerce.Modules.Users.Admin;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Login;
using Ecommerce.Modules.Users.Register;
using Ecommerce.Modules.Users.Tokens;
using Ecommerce.Modules.Users.Validate;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
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

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<UsersDbContext, SqliteUsersDbContext, SqlServerUsersDbContext>(configuration, ModuleName);
        services.AddAccounts();
        services.AddValidatorsFromAssemblyContaining<UsersModule>(includeInternalTypes: true);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton(AdminOptions.From(configuration));
        services.AddScoped<IModuleInitializer, AccountsInitializer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("").WithTags("Users");
        RegisterEndpoint.Map(users);
        LoginEndpoint.Map(users);
        ValidateEndpoint.Map(users);
    }
}
