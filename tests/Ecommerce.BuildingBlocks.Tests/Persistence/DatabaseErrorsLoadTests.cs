using System.Data.Common;
using System.Reflection;
using System.Runtime.Loader;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;

namespace Ecommerce.BuildingBlocks.Tests.Persistence;

/// <summary>A host on SQLite tells its database errors apart without loading SQL Server's client.</summary>
public sealed class DatabaseErrorsLoadTests
{
    private const string SqlClient = "Microsoft.Data.SqlClient";

    [Test]
    public void Classifying_a_sqlite_error_loads_no_sql_server_client()
    {
        var asked = AssembliesAskedWhileClassifying(new SqliteException("database is locked", 5));

        Assert.That(asked, Does.Not.Contain(SqlClient));
    }

    [Test]
    public void Classifying_another_provider_s_error_loads_it()
    {
        var asked = AssembliesAskedWhileClassifying(new OtherProviderException());

        Assert.That(asked, Does.Contain(SqlClient));
    }

    // A fresh load context sees every assembly the building blocks' code asks for, including one the test process
    // has loaded already, and leaves the loading itself to the default context.
    private static List<string> AssembliesAskedWhileClassifying(Exception error)
    {
        var context = new WatchingLoadContext();
        try
        {
            var errors = context.LoadFromAssemblyPath(typeof(DatabaseErrors).Assembly.Location)
                .GetType(typeof(DatabaseErrors).FullName!, throwOnError: true)!;
            foreach (var question in new[] { nameof(DatabaseErrors.IsConflict), nameof(DatabaseErrors.IsTransient) })
            {
                errors.GetMethod(question)!.Invoke(null, [error]);
            }

            return context.Asked;
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class WatchingLoadContext() : AssemblyLoadContext(isCollectible: true)
    {
        public List<string> Asked { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            lock (Asked)
            {
                Asked.Add(assemblyName.Name!);
            }

            return null;
        }
    }

    private sealed class OtherProviderException() : DbException("not a SQLite error");
}
