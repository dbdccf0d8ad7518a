using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Scrutor;

namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>
/// What the seam finds in a module by itself, so that nothing a module has can be forgotten. A module is the
/// namespace of its entry class (<c>Ecommerce.Modules.&lt;M&gt;</c>) in that class's assembly; Scrutor scans it for:
/// <list type="bullet">
/// <item>every <see cref="IEndpoint"/>, mapped into the module's route group (<see cref="IModule.ConfigureEndpoints"/>);</item>
/// <item>every FluentValidation validator, for the endpoints' <c>WithValidation&lt;T&gt;()</c>: one instance for the
/// host (validators hold their rules and no state, and building the rules was 4% of a request when made per request);</item>
/// <item>every MassTransit consumer: of its own module's contracts, a <see cref="ConsumerKind.Request"/> consumer;
/// of other modules' contracts, an <see cref="ConsumerKind.IntegrationEvent"/> consumer. A consumer of anything else,
/// or of both, stops the host at start-up.</item>
/// </list>
/// </summary>
public static class ModuleConventions
{
    public static bool IsEndpoint(Type type) => IsConcrete(type) && typeof(IEndpoint).IsAssignableFrom(type);

    public static bool IsValidator(Type type) => IsConcrete(type) && ClosedForms(type, typeof(IValidator<>)).Any();

    public static bool IsConsumer(Type type) => IsConcrete(type) && ConsumedMessages(type).Count > 0;

    public static IReadOnlyList<Type> ConsumedMessages(Type consumer) =>
        ClosedForms(consumer, typeof(IConsumer<>)).Select(consumed => consumed.GetGenericArguments()[0]).ToList();

    public static ConsumerKind KindOf(Type consumer)
    {
        var module = ModuleNames.Of(consumer);
        var owners = ConsumedMessages(consumer).Select(ModuleNames.OwnerOfContract).ToList();
        if (module is not null && owners.All(owner => string.Equals(owner, module, StringComparison.Ordinal)))
        {
            return ConsumerKind.Request;
        }

        if (owners.All(owner => owner is not null && !string.Equals(owner, module, StringComparison.Ordinal)))
        {
            return ConsumerKind.IntegrationEvent;
        }

        throw new InvalidOperationException(
            $"{consumer.FullName} consumes {string.Join(", ", ConsumedMessages(consumer).Select(type => type.FullName))}: a consumer takes "
            + "either questions from its own module's contracts or events from other modules' contracts.");
    }

    /// <summary>Registers what the conventions find in <paramref name="module"/>.</summary>
    /// <returns>The module's request consumers, for the mediator.</returns>
    internal static IReadOnlyList<Type> AddModuleParts(this IServiceCollection services, IModule module)
    {
        var entry = module.GetType();
        if (!string.Equals(ModuleNames.Of(entry), module.Name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{entry.FullName} must be named '{ModuleNames.Of(entry)}', after its namespace, not '{module.Name}'.");
        }

        services.Scan(scan => InModule(scan, entry)
            .AddClasses(types => types.InNamespaceOf(entry).Where(IsEndpoint), publicOnly: false)
                .As<IEndpoint>().WithServiceKey(module.Name).WithSingletonLifetime()
            .AddClasses(types => types.InNamespaceOf(entry).Where(IsValidator), publicOnly: false)
                .As(type => ClosedForms(type, typeof(IValidator<>))).WithSingletonLifetime());

        var consumers = services.Registered(scan => InModule(scan, entry)
            .AddClasses(types => types.InNamespaceOf(entry).Where(IsConsumer), publicOnly: false)
                .AsSelf().WithScopedLifetime());
        var eventConsumers = consumers.Where(consumer => KindOf(consumer) == ConsumerKind.IntegrationEvent).ToList();
        if (eventConsumers.Count > 0)
        {
            var inbox = DatabaseOf(services, module) ?? throw new InvalidOperationException(
                $"The {module.Name} module consumes integration events but has no database for its inbox (AddModuleDatabase).");
            eventConsumers.ForEach(consumer => services.AddIntegrationEventConsumer(consumer, inbox.ContextType, module.Name));
        }

        return consumers.Where(consumer => KindOf(consumer) == ConsumerKind.Request).ToList();
    }

    private static IImplementationTypeSelector InModule(ITypeSourceSelector scan, Type entry) => scan.FromAssemblies(entry.Assembly);

    private static ModuleDatabase? DatabaseOf(IServiceCollection services, IModule module) =>
        services.Where(service => !service.IsKeyedService).Select(service => service.ImplementationInstance).OfType<ModuleDatabase>()
            .FirstOrDefault(database => string.Equals(database.Module, module.Name, StringComparison.Ordinal));

    /// <summary>Runs a Scrutor scan and tells which implementation types it registered.</summary>
    private static List<Type> Registered(this IServiceCollection services, Action<ITypeSourceSelector> scan)
    {
        var before = services.Count;
        services.Scan(scan);
        return services.Skip(before).Select(service => service.ImplementationType!).Distinct()
            .OrderBy(type => type.FullName, StringComparer.Ordinal).ToList();
    }

    private static bool IsConcrete(Type type) => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false };

    private static IEnumerable<Type> ClosedForms(Type type, Type genericInterface) =>
        type.GetInterfaces().Where(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == genericInterface);
}
