using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.Modules.Billing;
using Ecommerce.Modules.Shipping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Tests.Modules;

/// <summary>A web host running only the shipping and billing modules of <c>ShippingModule.cs and BillingModule.cs</c>, in memory, on fresh SQLite files.</summary>
internal sealed class NewcomerHost : IAsyncDisposable
{
    private static readonly IModule[] Modules = [new ShippingModule(), new BillingModule()];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ecommerce-seam-tests", Guid.NewGuid().ToString("N"));
    private readonly WebApplication _app;

    private NewcomerHost()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Database:DataDirectory"] = _directory });
        ValidationExtensions.UseJsonFieldNames();
        builder.Services.AddApiProblemDetails();
        builder.Services.AddMessaging(builder.Configuration);
        builder.Services.AddModules(builder.Configuration, Modules);
        _app = builder.Build();
        _app.MapModules(Modules);
    }

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app.Services;

    public static async Task<NewcomerHost> StartAsync()
    {
        var host = new NewcomerHost();
        Directory.CreateDirectory(host._directory);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShippingDb>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<BillingDb>().Database.EnsureCreatedAsync();
        }

        await host._app.StartAsync();
        host.Client = host._app.GetTestClient();
        return host;
    }

    public async Task<List<int>> InvoicedParcelsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BillingDb>().Invoices.Select(invoice => invoice.ParcelId).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
