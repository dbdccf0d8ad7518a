namespace Ecommerce.Modules.Users.Contracts;

/// <summary>Published once a customer account exists.</summary>
public sealed record UserRegistered(int UserId, string Username, string Email, DateTime RegisteredAt);
