namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// SQLite's <c>PRAGMA synchronous</c> for the module files (which run in WAL mode). <see cref="Normal"/> is the
/// default: a commit survives a crash of the process, and only the last transactions before a power loss or an
/// operating-system crash may be lost (the file is never corrupted). <see cref="Full"/> flushes the disk on every
/// commit, so it survives those too, at the price of one disk flush per write. See docs/performance.md.
/// </summary>
public enum SqliteSynchronous
{
    Off = 0,
    Normal = 1,
    Full = 2,
    Extra = 3,
}
