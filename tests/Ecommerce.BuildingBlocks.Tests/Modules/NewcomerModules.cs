using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.Modules.Shipping.Contracts;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Two small modules written the way a newcomer would: records, an endpoint, a publish call and consumers, and module
// files that register nothing but their database. ModuleSeamTests prove that the seam wires the rest.
namespace Ecommerce.Modules.Shipping.Contracts
{
    /// <summary>An integration event of the shipping module.</summary>
    public sealed record ParcelSent(int ParcelId);

    /// <summary>A question other modules ask the shipping module.</summary>
    public sealed record CountParcels;

    public sealed record ParcelCount(int Count);
}

namespace Ecommerce.Modules.Shipping
{
    internal sealed class ShippingModule : IModule
    {
        public string Name => "shipping";

        public void AddServices(IServiceCollection services, IConfiguration configuration) =>
            services.AddModuleDatabase<ShippingDb, ShippingDb, ShippingDb>(configuration, Name);
    }

    internal sealed class Parcel
    {
        public int Id { get; init; }
    }

    internal sealed class ShippingDb(DbContextOptions<ShippingDb> options) : ModuleDbContext(options, "shipping")
    {
        public DbSet<Parcel> Parcels => Set<Parcel>();
    }

    internal sealed record SendParcelRequest(int ParcelId);

    internal sealed class SendParcelRequestValidator : AbstractValidator<SendParcelRequest>
    {
        public SendParcelRequestValidator() => RuleFor(x => x.ParcelId).GreaterThan(0);
    }

    internal sealed class SendParcelEndpoint : IEndpoint
    {
        public void Map(IEndpointRouteBuilder endpoints) =>
            endpoints.MapPost("/parcels", async (SendParcelRequest request, ShippingDb db, CancellationToken cancellationToken) =>
            {
                db.Parcels.Add(new Parcel { Id = request.ParcelId });
                db.PublishIntegrationEvent(new ParcelSent(request.ParcelId));
                await db.WriteAsync(cancellationToken);
                return TypedResults.Ok();
            }).WithValidation<SendParcelRequest>();
    }

    internal sealed class CountParcelsConsumer(ShippingDb db) : IConsumer<CountParcels>
    {
        public async Task Consume(ConsumeContext<CountParcels> context) =>
            await context.RespondAsync(new ParcelCount(await db.Parcels.CountAsync(context.CancellationToken)));
    }
}

namespace Ecommerce.Modules.Billing
{
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
}

namespace Ecommerce.BuildingBlocks.Tests.Modules
{
    internal sealed record NotAContract;

    /// <summary>Consumes a type that is in no module's contracts: the conventions have no place for it.</summary>
    internal sealed class NotAContractConsumer : IConsumer<NotAContract>
    {
        public Task Consume(ConsumeContext<NotAContract> context) => Task.CompletedTask;
    }
}
