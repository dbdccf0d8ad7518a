using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Shipping.Contracts;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// A small module as a newcomer writes one: its module file registers nothing but its database;
// ModuleSeamTests prove that the seam wires the rest.
namespace Ecommerce.Modules.Billing;

internal sealed class BillingModule : IModule
{
    public string Name => "billing";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<BillingDb, BillingDb, BillingDb>(configuration, Name);
}

internal sealed class Invoice
{
    public int Id { get; init; }

    public int ParcelId { get; init; }
}

internal sealed class BillingDb(DbContextOptions<BillingDb> options) : ModuleDbContext(options, "billing")
{
    public DbSet<Invoice> Invoices => Set<Invoice>();
}

/// <summary>Bills every parcel sent; another module's event, so it runs through the billing inbox.</summary>
internal sealed class ParcelSentConsumer(BillingDb db) : IConsumer<ParcelSent>
{
    public Task Consume(ConsumeContext<ParcelSent> context)
    {
        db.Invoices.Add(new Invoice { ParcelId = context.Message.ParcelId });
        return Task.CompletedTask;
    }
}

/// <summary>Asks the shipping module a question through the mediator.</summary>
internal sealed class ParcelCountEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/billing/parcel-count", async (IRequestClient<CountParcels> shipping, CancellationToken cancellationToken) =>
            (await shipping.GetResponse<ParcelCount>(new CountParcels(), cancellationToken)).Message);
}
