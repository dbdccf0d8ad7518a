namespace Ecommerce.Host.Setup;

internal static class CorsSetup
{
    /// <summary>Cross-origin calls only from <c>Cors:AllowedOrigins</c>; with none listed CORS stays closed.</summary>
    public static void AddConfiguredCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options =>
        {
            if (origins.Length > 0)
            {
                options.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod());
            }
        });
    }
}
