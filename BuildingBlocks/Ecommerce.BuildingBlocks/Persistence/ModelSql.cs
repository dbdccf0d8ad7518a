using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// For SQL a module writes itself where EF Core would build the same statement on every run (it cannot compile an
/// <c>ExecuteUpdate</c>): the tables and columns the model maps, with the provider's quoting (SQL Server's schema too).
/// Statements built from them are standard SQL, one text whatever the values, so each is prepared once per connection.
/// </summary>
public static class ModelSql
{
    public static string Table(IEntityType entity, ISqlGenerationHelper sql) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    public static string Column(IEntityType entity, string property, ISqlGenerationHelper sql) =>
        sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
}

/// <summary>A module's statements of type <typeparamref name="T"/>, built once per model (per provider).</summary>
public static class ModelStatements<T>
    where T : class
{
    private static readonly ConditionalWeakTable<IModel, T> ByModel = [];

    /// <param name="db">The context whose model and provider the statements are for.</param>
    /// <param name="build">Builds them; a static lambda, so that a call allocates nothing once they are built.</param>
    public static T For(DbContext db, Func<IModel, ISqlGenerationHelper, T> build) =>
        ByModel.TryGetValue(db.Model, out var statements) ? statements : Build(db, build);

    private static T Build(DbContext db, Func<IModel, ISqlGenerationHelper, T> build) =>
        ByModel.GetValue(db.Model, model => build(model, db.GetService<ISqlGenerationHelper>()));
}
