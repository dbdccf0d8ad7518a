namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>How a module's consumer is run.</summary>
public enum ConsumerKind
{
    /// <summary>Answers a question from its own module's contracts, asked by other modules through the in-process mediator.</summary>
    Request,

    /// <summary>Reacts to an event from another module's contracts, delivered through its own module's inbox.</summary>
    IntegrationEvent,
}
