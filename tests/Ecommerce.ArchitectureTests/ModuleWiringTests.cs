using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Modules;
using FluentValidation;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.DependencyInjection;
using MassTransit.Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// Nothing a module has can be left unwired: every consumer, endpoint and validator in a module's assembly is found
/// by the seam, and every endpoint's handler binds to services the host registers.
/// </summary>
public sealed class ModuleWiringTests
{
    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Every_consumer_is_wired_as_an_integration_event_or_a_request_consumer(ModuleAssembly module)
    {
        var services = WiredHost.App.Services;
        var eventConsumers = services.GetRequiredService<IntegrationEventConsumers>().All.Select(subscription => subscription.ConsumerType);
        var requestConsumers = services.GetServices<Bind<IMediator, IConsumerRegistration>>().Select(registration => registration.Value.Type);

        var wired = eventConsumers.Concat(requestConsumers).ToHashSet();

        Assert.That(ConsumersIn(module).Where(consumer => !wired.Contains(consumer)).Select(type => type.FullName), Is.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Every_consumer_resolves_with_what_it_needs(ModuleAssembly module)
    {
        using var scope = WiredHost.App.Services.CreateScope();

        Assert.Multiple(() =>
        {
            foreach (var consumer in ConsumersIn(module))
            {
                Assert.That(() => scope.ServiceProvider.GetRequiredService(consumer), Throws.Nothing, consumer.FullName);
            }
        });
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Every_validator_is_registered(ModuleAssembly module)
    {
        using var scope = WiredHost.App.Services.CreateScope();
        var validators = ConcreteClassesIn(module).Where(type => typeof(IValidator).IsAssignableFrom(type)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(validators, Is.Not.Empty);
            foreach (var validator in validators)
            {
                var validated = validator.GetInterfaces().Single(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IValidator<>));
                Assert.That(scope.ServiceProvider.GetService(validated), Is.InstanceOf(validator), validator.FullName);
            }
        });
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void Every_endpoint_class_is_found_by_the_seam(ModuleAssembly module)
    {
        var found = WiredHost.App.Services.GetKeyedServices<IEndpoint>(WiredHost.ModuleOf(module).Name).Select(endpoint => endpoint.GetType());

        var endpoints = ConcreteClassesIn(module).Where(type => typeof(IEndpoint).IsAssignableFrom(type));

        Assert.That(found, Is.EquivalentTo(endpoints).And.Not.Empty);
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_class_shaped_like_an_endpoint_is_an_IEndpoint(ModuleAssembly module)
    {
        var shaped = ClassesIn(module).Where(type =>
            type.Name.EndsWith("Endpoint", StringComparison.Ordinal) ||
            type.GetMethods(AllDeclared).Any(method =>
                method.Name is "Handle" or "HandleAsync" ||
                (string.Equals(method.Name, "Map", StringComparison.Ordinal) && method.GetParameters().Any(parameter => parameter.ParameterType == typeof(IEndpointRouteBuilder)))));

        Assert.That(shaped.Where(type => !typeof(IEndpoint).IsAssignableFrom(type)).Select(type => type.FullName), Is.Empty);
    }

    /// <summary>
    /// Maps each endpoint class into a group of its own on a fresh copy of the host and builds its routes: a handler
    /// asking for a service nobody registered fails here (it would be read as a second body, or a body on a GET).
    /// </summary>
    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public async Task Every_endpoint_class_maps_routes_whose_handlers_bind_to_registered_services(ModuleAssembly module)
    {
        await using var app = WiredHost.Build();
        var endpoints = app.Services.GetKeyedServices<IEndpoint>(WiredHost.ModuleOf(module).Name).ToList();
        var prefixes = endpoints.Select((endpoint, index) => (endpoint, prefix: $"/probe{index}")).ToList();
        prefixes.ForEach(probe => probe.endpoint.Map(app.MapGroup(probe.prefix)));

        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(route => route.RoutePattern.RawText ?? "").ToList();

        Assert.Multiple(() =>
        {
            foreach (var (endpoint, prefix) in prefixes)
            {
                Assert.That(routes.Count(route => route.StartsWith(prefix + "/", StringComparison.Ordinal)), Is.GreaterThan(0), $"{endpoint.GetType().FullName} maps no route");
            }
        });
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.ModuleCases))]
    public void A_module_is_named_after_its_namespace(ModuleAssembly module)
    {
        var entry = WiredHost.ModuleOf(module);

        Assert.That(entry.Name, Is.EqualTo(ModuleNames.Of(entry.GetType())).And.EqualTo(module.Name.ToLowerInvariant()));
    }

    private const System.Reflection.BindingFlags AllDeclared =
        System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static |
        System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> ConcreteClassesIn(ModuleAssembly module) =>
        ClassesIn(module).Where(type => !type.IsAbstract);

    /// <summary>The module's own classes, static ones included, without those the compiler generates.</summary>
    private static IEnumerable<Type> ClassesIn(ModuleAssembly module) =>
        module.Assembly.GetTypes().Where(type => type.IsClass &&
            !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false));

    /// <summary>Every class that consumes a MassTransit message, generic or not: the seam must have wired each one.</summary>
    private static IEnumerable<Type> ConsumersIn(ModuleAssembly module) =>
        module.Assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(implemented =>
            implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IConsumer<>)));
}
