using System.Globalization;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Users.Login;

internal sealed class LoginEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/login", HandleAsync)
            .WithName("Login")
            .WithSummary("Exchanges email and password for a bearer token. Five wrong passwords in a row lock the account for 5 minutes.")
            .WithValidation<LoginRequest>()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        UserManager<User> users,
        UsersDbContext db,
        TokenIssuer tokens,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null)
        {
            return ApiProblems.NotFound(UsersMessages.UserNotFound);
        }

        if (await users.IsLockedOutAsync(user))
        {
            var retryAfter = (user.LockoutEnd!.Value - time.GetUtcNow()).TotalSeconds;
            http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retryAfter)).ToString(CultureInfo.InvariantCulture);
            return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, UsersMessages.TooManyAttempts);
        }

        var passwordMatches = await users.CheckPasswordAsync(user, request.Password!);
        await db.WriteAsync(token => CountAttemptAsync(user, passwordMatches, users, db, token), cancellationToken);

        return passwordMatches
            ? TypedResults.Ok(new LoginResponse(UsersMessages.LoginSuccessful, tokens.Issue(user, await users.GetRolesAsync(user))))
            : ApiProblems.BadRequest(UsersMessages.InvalidPassword);
    }

    private static async Task CountAttemptAsync(User user, bool passwordMatches, UserManager<User> users, UsersDbContext db, CancellationToken cancellationToken)
    {
        // Reloaded inside the transaction: counting a failure must not race another attempt.
        await db.Entry(user).ReloadAsync(cancellationToken);
        var counted = passwordMatches ? await users.ResetAccessFailedCountAsync(user) : await users.AccessFailedAsync(user);
        if (!counted.Succeeded)
        {
            throw new InvalidOperationException($"Could not record the login attempt: {counted}");
        }
    }
}
