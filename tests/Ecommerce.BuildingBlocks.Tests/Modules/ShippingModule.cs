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

// A small module as a newcomer writes one: its module file registers nothing but its database;
// ModuleSeamTests prove that the seam wires the rest.
namespace Ecommerce.Modules.Shipping;

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
