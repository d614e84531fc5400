using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Nodes;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Collections;
using OpenData.GraphQL.Data.Model;

namespace OpenData.Api.Collections;

/// <summary>
/// The declaration of a collection of <typeparamref name="T"/> records published as <typeparamref name="TGraph"/>; its name and
/// public type name are the Domain's (<see cref="DatasetCollections"/>).
/// </summary>
internal sealed class ApiCollection<T, TGraph>(string title) : ApiCollection(DatasetCollections.All.Of<T>(), title)
    where T : class, IRecord
    where TGraph : IGraphType
{
    private static readonly Lazy<Func<string, T>?> MakeIdentity = new(IdentityMaker);

    private IExportTable? _export;

    /// <summary>The columns of the download, in order.</summary>
    public required IReadOnlyList<ExportColumn<T>> Columns { get; init; }

    /// <summary>How the search covers the collection; null when it does not.</summary>
    public CollectionSearch<T>? Search { get; init; }

    /// <summary>The period the records cover, for the catalogue; null when the collection gives no dates.</summary>
    public CollectionCoverage<T>? Coverage { get; init; }

    public override Type GraphType => typeof(TGraph);

    public override IExportTable Export => _export ??= new ExportTable<T>(Name, Title, Columns);

    public override string? SearchDescription => Search?.Description;

    public override object Load(IResolveFieldContext context, string slug) => context.LoadEntity<T>(slug);

    public override object? Identity(string slug) => MakeIdentity.Value?.Invoke(slug);

    public override void AddCollectionField(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Root is not { } root)
        {
            return;
        }

        query.Collection<OpenDataDbContext, T, TGraph>(Name, root.Description, db => db.Set<T>(), options =>
        {
            if (root.OffsetPaged)
            {
                options.UseOffsetPaging();
            }

            options.UpdatedSince(TypeName);
        });
        root.MoreFields?.Invoke(query);
    }

    public override void AddByIdField(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Root is not { } root)
        {
            return;
        }

        var field = query.Field<TGraph>(ByIdField!)
            .Description($"Busca {root.What} por su slug (por ejemplo, el de las descargas) o por su identificador global. Nulo si no existe.");
        if (root.DefaultSlug is { } defaultSlug)
        {
            field.Argument<IdGraphType>("id", "Slug o identificador global; por omisión, el IEM.")
                .Resolve(context => NodeLoaders.LoadByIdOrSlug(context, TypeName, context.GetArgument<string?>("id") ?? defaultSlug));
        }
        else
        {
            field.Argument<NonNullGraphType<IdGraphType>>("id", "Slug o identificador global.")
                .Resolve(context => NodeLoaders.LoadByIdOrSlug(context, TypeName, context.GetArgument<string>("id")));
        }
    }

    public override IAsyncEnumerable<(string Slug, SearchText Text)> SearchTexts(OpenDataDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Search is not { } search)
        {
            return AsyncEnumerable.Empty<(string, SearchText)>();
        }

        return search.Includes(db.Set<T>()).AsNoTracking().OrderBy(x => x.Id).AsAsyncEnumerable().Select(x => (x.Id, search.Text(x)));
    }

    public override async Task<(DateOnly? Start, DateOnly? End)> ReadCoverageAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Coverage is { } coverage ? await coverage.ReadAsync(db.Set<T>(), cancellationToken) : (null, null);
    }

    public override void MapGraphName() => EntityGraphNames.Map<T>(TypeName);

    /// <summary><c>slug =&gt; new T { Id = slug }</c>, or null when <typeparamref name="T"/> cannot be made so.</summary>
    private static Func<string, T>? IdentityMaker()
    {
        var constructor = typeof(T).GetConstructor(Type.EmptyTypes);
        var id = typeof(T).GetProperty(nameof(IRecord.Id));
        if (constructor is null || id is not { CanWrite: true } || id.PropertyType != typeof(string) || id.SetMethod is not { IsPublic: true })
        {
            return null;
        }

        var slug = Expression.Parameter(typeof(string), "slug");
        return Expression.Lambda<Func<string, T>>(Expression.MemberInit(Expression.New(constructor), Expression.Bind(id, slug)), slug).Compile();
    }
}
