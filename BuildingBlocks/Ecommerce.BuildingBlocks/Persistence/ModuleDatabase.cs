namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>One module's DbContext, as seen by the start-up migrator and the outbox machinery.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);
