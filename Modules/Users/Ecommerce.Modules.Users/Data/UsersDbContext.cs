using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Users.Data;

/// <summary>Identity's tables plus the module's outbox and inbox, in the <c>users</c> schema.</summary>
internal class UsersDbContext(DbContextOptions options) : IdentityDbContext<User, IdentityRole<int>, int>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyModuleConventions(Database, UsersModule.ModuleName);
        // Identity only indexes emails; two accounts must never share one, whatever the race.
        builder.Entity<User>().HasIndex(user => user.NormalizedEmail).IsUnique();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyModuleConventions();
}

internal sealed class SqliteUsersDbContext(DbContextOptions<SqliteUsersDbContext> options) : UsersDbContext(options);

internal sealed class SqlServerUsersDbContext(DbContextOptions<SqlServerUsersDbContext> options) : UsersDbContext(options);

internal sealed class SqliteUsersDbContextFactory : SqliteDesignTimeFactory<SqliteUsersDbContext>;

internal sealed class SqlServerUsersDbContextFactory()
    : SqlServerDesignTimeFactory<SqlServerUsersDbContext>(UsersModule.ModuleName);
