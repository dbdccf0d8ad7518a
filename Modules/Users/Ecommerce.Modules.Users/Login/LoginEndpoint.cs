using System.Globalization;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
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
            .WithSummary("Exchanges email and password for a bearer token. Five wrong passwords in a row lock the account for 5 minutes " +
                         "(429 Too many attempts); too many logins from one address or for one account answer 429 Too many requests.")
            .WithNoStore()
            .WithValidation<LoginRequest>()
            .AddEndpointFilter<LoginThrottle>()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        UserManager<User> users,
        LoginAttempts attempts,
        PasswordJudge passwords,
        TokenIssuer tokens,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null)
        {
            return ApiProblems.NotFound(UsersMessages.UserNotFound);
        }

        // Counted before it is judged: a burst of attempts cannot have more passwords judged than the lock allows.
        var attempt = await attempts.BeginAsync(user.Id, cancellationToken);
        if (attempt.IsRefused)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(attempt.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, UsersMessages.TooManyAttempts);
        }

        var verdict = passwords.Judge(user, request.Password!);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return ApiProblems.BadRequest(UsersMessages.InvalidPassword);
        }

        await attempts.SucceededAsync(user.Id, attempt, cancellationToken);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await passwords.RehashAsync(user, request.Password!, cancellationToken);
        }

        return TypedResults.Ok(new LoginResponse(UsersMessages.LoginSuccessful, tokens.Issue(user, await users.GetRolesAsync(user))));
    }
}
