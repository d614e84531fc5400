using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.Api.Data;

/// <summary>
/// The EF Core model of the serving contexts, one per provider, compiled ahead of time into <c>CompiledModels/</c>
/// (EF Core's compiled model: the model building conventions do not run at start-up). The files are generated from
/// <see cref="DatabaseServiceCollectionExtensions.ConfigureServing"/>'s options and checked against them by
/// <c>CompiledModelTests</c>, which also rewrites them with <c>UPDATE_COMPILED_MODEL=1</c> after a model change.
/// </summary>
internal static class ServingModel
{
    public static IModel For(bool postgres) => postgres
        ? CompiledModels.Postgres.OpenDataDbContextModel.Instance
        : CompiledModels.Sqlite.OpenDataDbContextModel.Instance;
}
