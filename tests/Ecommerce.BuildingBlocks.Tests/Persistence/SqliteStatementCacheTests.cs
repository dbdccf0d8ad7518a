using System.Data.Common;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Tests.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static SQLitePCL.raw;

namespace Ecommerce.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A module's SQLite connection keeps its commands' prepared statements for the next command of the same text, and
/// nothing of one run (its parameters, its transaction, an open reader) reaches the next. What SQLite holds is read
/// from SQLite itself: the statements open on the connection and how many times each ran.
/// </summary>
public sealed class SqliteStatementCacheTests
{
    private const string Echo = "SELECT @value";
    private const int RunCount = 6; // SQLITE_STMTSTATUS_RUN

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"statement-cache-{Guid.NewGuid():N}.db");
    private StatementCachingSqliteConnection _connection = null!;

    [SetUp]
    public void Open()
    {
        _connection = new StatementCachingSqliteConnection($"Data Source={_file}");
        OpenAndWatchStatements();
    }

    [TearDown]
    public void Delete()
    {
        _connection.Dispose();
        SqliteConnection.ClearPool(_connection);
        File.Delete(_file);
    }

    [Test]
    public async Task A_module_context_runs_on_a_caching_connection_with_the_providers_functions()
    {
        await using var host = new MessagingHost();

        var (connection, comparison) = await host.WithDbAsync(async db =>
            (db.Database.GetDbConnection(),
                await db.Database.SqlQueryRaw<int>("SELECT ef_compare('2.5', '10.0') AS Value").SingleAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(connection, Is.TypeOf<StatementCachingSqliteConnection>());
            Assert.That(comparison, Is.EqualTo(-1), "EF Core's decimal comparison, not a text one");
        });
    }

    [Test]
    public void A_text_run_again_runs_the_statement_prepared_the_first_time()
    {
        Assert.That(Run(Echo, 1), Is.EqualTo(1));
        Assert.That(Run(Echo, 2), Is.EqualTo(2));

        Assert.That(RunsPerStatement(), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void A_statement_whose_reader_is_open_is_not_handed_out_again()
    {
        using var first = Command(Echo, 1);
        using var reader = first.ExecuteReader();

        Assert.That(Run(Echo, 2), Is.EqualTo(2));
        Assert.That(reader.Read() && reader.GetInt32(0) == 1, Is.True);
        Assert.That(RunsPerStatement(), Has.Count.EqualTo(2));
    }

    [Test]
    public void A_command_disposed_with_its_reader_open_is_not_kept()
    {
        var command = Command(Echo, 1);
        var reader = command.ExecuteReader();
        command.Dispose();

        Assert.That(reader.IsClosed, Is.True);
        Assert.That(Run(Echo, 2), Is.EqualTo(2));
        Assert.That(RunsPerStatement(), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void A_statement_run_in_a_transaction_runs_again_outside_one()
    {
        using (var transaction = _connection.BeginTransaction())
        {
            using var inside = Command(Echo, 1);
            inside.Transaction = transaction;
            Assert.That(inside.ExecuteScalar(), Is.EqualTo(1));
            transaction.Commit();
        }

        Assert.That(Run(Echo, 2), Is.EqualTo(2));
        Assert.That(RunsPerStatement(), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Closing_the_connection_disposes_the_statements_and_the_cache_starts_again()
    {
        Run(Echo, 1);
        _connection.Close();
        OpenAndWatchStatements();

        Assert.That(RunsPerStatement(), Is.Empty);
        Assert.That(Run(Echo, 2), Is.EqualTo(2));
        Assert.That(RunsPerStatement(), Is.EqualTo(new[] { 1 }));

        // The command made after the first closing belongs to the connection: the next closing disposes it too (the pool
        // hands the same native connection back, so a statement left behind would be seen).
        _connection.Close();
        OpenAndWatchStatements();
        Assert.That(RunsPerStatement(), Is.Empty);
    }

    [Test]
    public void A_statement_with_a_parameter_limit_is_not_kept()
    {
        Assert.That(Run("SELECT @value LIMIT @value", 1), Is.EqualTo(1));

        Assert.That(RunsPerStatement(), Is.Empty);
    }

    [Test]
    public void At_most_64_statements_are_kept_and_a_new_one_makes_room()
    {
        for (var i = 0; i < 70; i++)
        {
            Assert.That(Run($"SELECT @value + {i}", 1), Is.EqualTo(1 + i));
        }

        Assert.That(RunsPerStatement(), Has.Count.EqualTo(64));
        Assert.That(Run("SELECT @value + 69", 1), Is.EqualTo(70));
        Assert.That(RunsPerStatement(), Has.Count.EqualTo(64).And.Contains(2), "the newest text kept");
    }

    [Test]
    public void A_command_used_before_its_text_is_set_is_not_kept()
    {
        Run(Echo, 1);
        for (var i = 0; i < 70; i++)
        {
            // EF Core's savepoint commands are given their transaction before their text; a timeout does the same here.
            using var early = ((DbConnection)_connection).CreateCommand();
            early.CommandTimeout = 30;
            early.CommandText = $"SELECT {i}";
            Assert.That(early.ExecuteScalar(), Is.EqualTo(i));
        }

        Assert.That(Run(Echo, 2), Is.EqualTo(2));
        Assert.That(RunsPerStatement(), Is.EqualTo(new[] { 2 }), "the kept statement, and none of the early commands'");
    }

    private void OpenAndWatchStatements()
    {
        _connection.Open();
        _connection.Handle!.enable_sqlite3_next_stmt(true);
    }

    private DbCommand Command(string text, int value)
    {
        var command = ((DbConnection)_connection).CreateCommand();
        command.CommandText = text;
        command.Parameters.Add(new SqliteParameter("@value", value));
        return command;
    }

    private long Run(string text, int value)
    {
        using var command = Command(text, value);
        return (long)command.ExecuteScalar()!;
    }

    private List<int> RunsPerStatement()
    {
        var runs = new List<int>();
        for (var statement = sqlite3_next_stmt(_connection.Handle, null); statement is { IsInvalid: false }; statement = sqlite3_next_stmt(_connection.Handle, statement))
        {
            runs.Add(sqlite3_stmt_status(statement, RunCount, 0));
        }

        return runs;
    }
}
