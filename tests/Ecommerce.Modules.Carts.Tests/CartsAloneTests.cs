using System.Net;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>The carts module hosted alone, the catalog faked at its contract (FindProducts), the users module replaced by its tokens.</summary>
public sealed class CartsAloneTests
{
    private const int Kettle = 7;
    private const int Gone = 8;

    private readonly FakeModuleAnswers<FindProducts, ProductsFound> _catalog = new(request =>
        new ProductsFound(request.ProductIds.Where(id => id == Kettle).Select(id => new ProductSnapshot(id, "Kettle", 20m, Stock: 3)).ToList()));

    private ModuleAlone _carts = null!;

    [OneTimeSetUp]
    public void Start() => _carts = ModuleAlone.Start("Carts", services => services.Fake(_catalog));

    [OneTimeTearDown]
    public async Task Stop() => await _carts.DisposeAsync();

    [Test]
    public async Task A_product_the_catalog_knows_goes_into_the_cart_within_its_stock()
    {
        var customer = _carts.Customer();

        await (await customer.AddToCartAsync(Kettle, 2)).ExpectAsync(HttpStatusCode.OK);
        var tooMany = await customer.AddToCartAsync(Kettle, 2);

        await tooMany.ExpectProblemAsync(HttpStatusCode.Conflict, "Insufficient stock");
        Assert.Multiple(async () =>
        {
            Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [Kettle] = 2 }));
            Assert.That(_catalog.Asked.Select(asked => asked.ProductIds), Has.Some.EqualTo(new[] { Kettle }));
        });
    }

    [Test]
    public async Task A_product_the_catalog_does_not_know_is_404()
    {
        var customer = _carts.Customer();

        await (await customer.AddToCartAsync(Gone, 1)).ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");

        Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
    }

    [Test]
    public async Task The_neighbours_routes_find_nobody_and_answer_503()
    {
        using var anonymous = _carts.App.Anonymous();

        await (await anonymous.GetAsync("/products")).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
    }
}
