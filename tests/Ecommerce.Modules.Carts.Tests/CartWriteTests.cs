using System.Net;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Data;
using Ecommerce.Modules.Carts.Domain;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>A stored cart's change is written as SQL (<see cref="CartWrites"/>): every kind of line change, and no lost update.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class CartWriteTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Concurrent_adds_to_one_cart_all_land()
    {
        var customer = await App.NewCustomerAsync();
        var shared = await Admin.NewProductAsync(stock: 100);
        var others = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Admin.NewProductAsync(stock: 100)));

        var adds = Enumerable.Range(0, 8).Select(_ => customer.AddToCartAsync(shared, 1))
            .Concat(others.Select(product => customer.AddToCartAsync(product, 2)));
        foreach (var answer in await Task.WhenAll(adds))
        {
            await answer.ExpectAsync(HttpStatusCode.OK);
        }

        var expected = others.ToDictionary(product => product, _ => 2);
        expected[shared] = 8;
        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(expected));
    }

    [Test]
    public async Task A_change_writes_raised_new_and_removed_lines_and_the_version_together()
    {
        var (customer, kept, raised, removed, added) = await CartWithThreeLinesAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CartStore>();
        var versionRead = (await store.ReadAsync(customer.Id, CancellationToken.None))!.Version;

        await store.ChangeAsync(customer.Id, cart => Change(cart, raised, removed, added), CancellationToken.None);

        var stored = (await store.ReadAsync(customer.Id, CancellationToken.None))!;
        Assert.Multiple(() =>
        {
            Assert.That(stored.Items.ToDictionary(item => item.ProductId, item => item.Quantity),
                Is.EqualTo(new Dictionary<int, int> { [kept] = 1, [raised] = 5, [added] = 4 }));
            Assert.That(stored.Version, Is.EqualTo(versionRead + 3));
        });
    }

    [Test]
    public async Task A_change_to_a_cart_changed_since_it_was_read_is_refused_and_writes_nothing()
    {
        var (customer, kept, raised, removed, added) = await CartWithThreeLinesAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CartsDbContext>();
        var cart = (await scope.ServiceProvider.GetRequiredService<CartStore>().ReadAsync(customer.Id, CancellationToken.None))!;
        var asRead = CartWrites.AsRead(cart);
        await (await customer.AddToCartAsync(kept, 1)).ExpectAsync(HttpStatusCode.OK);
        Change(cart, raised, removed, added);

        Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            db.WriteAsync(token => db.WriteChangeAsync(asRead, cart, token), CancellationToken.None));

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [kept] = 2, [raised] = 2, [removed] = 3 }));
    }

    /// <summary>A cart with three lines (1 of kept, 2 of raised, 3 of removed), and a fourth product to add.</summary>
    private async Task<(TestUser Customer, int Kept, int Raised, int Removed, int Added)> CartWithThreeLinesAsync()
    {
        var customer = await App.NewCustomerAsync();
        var (kept, raised, removed) = (await Admin.NewProductAsync(stock: 10), await Admin.NewProductAsync(stock: 10), await Admin.NewProductAsync(stock: 10));
        await (await customer.AddToCartAsync(kept, 1)).ExpectAsync(HttpStatusCode.OK);
        await (await customer.AddToCartAsync(raised, 2)).ExpectAsync(HttpStatusCode.OK);
        await (await customer.AddToCartAsync(removed, 3)).ExpectAsync(HttpStatusCode.OK);
        return (customer, kept, raised, removed, await Admin.NewProductAsync(stock: 10));
    }

    private static bool Change(Cart cart, int raised, int removed, int added)
    {
        cart.SetQuantity(cart.Find(raised)!, 5);
        cart.Remove(cart.Find(removed)!);
        cart.Add(added, 4);
        return true;
    }
}
