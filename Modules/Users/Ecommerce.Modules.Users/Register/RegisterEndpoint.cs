using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Users.Contracts;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Users.Register;

internal sealed class RegisterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/register", HandleAsync)
            .WithName("Register")
            .WithSummary("Creates a customer account.")
            .WithNoStore()
            .WithValidation<RegisterRequest>()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Created<RegisterResponse>, ProblemHttpResult>> HandleAsync(
        RegisterRequest request,
        UserManager<User> users,
        IPasswordHasher<User> hasher,
        UsersDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = new User { UserName = request.Username, Email = request.Email, CreatedAt = time.GetUtcNow().UtcDateTime };
        // Hashing is slow on purpose; do it before queueing for the database's single writer.
        user.PasswordHash = hasher.HashPassword(user, request.Password!);

        bool created;
        try
        {
            created = await db.WriteAsync(_ => CreateAsync(user, users, db), cancellationToken);
        }
        catch (DbUpdateException)
        {
            created = false; // A concurrent registration took the email or the username first.
        }

        if (!created)
        {
            return ApiProblems.BadRequest(UsersMessages.UserExists);
        }

        return TypedResults.Created(
            (string?)null,
            new RegisterResponse(UsersMessages.UserCreated, new RegisteredUser(user.Id, user.UserName!, user.Email!)));
    }

    private static async Task<bool> CreateAsync(User user, UserManager<User> users, UsersDbContext db)
    {
        // Identity compares the normalized (upper-cased) email and username: the contract's case-insensitive uniqueness.
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            return false;
        }

        await users.AddToRoleAsync(user, Roles.Customer);
        db.PublishIntegrationEvent(new UserRegistered(user.Id, user.UserName!, user.Email!, user.CreatedAt), user.Id);
        return true;
    }
}
