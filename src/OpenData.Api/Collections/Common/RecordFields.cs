using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using OpenData.Api.Collections.Conflicts;
using OpenData.Api.Collections.Nodes;
using OpenData.Api.Collections.Provenance;
using OpenData.Api.Collections.Sources;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Projection;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Collections.Common;

/// <summary>The fields every published record shares: identity, sources, conflicts, notes and partial dates.</summary>
internal static class RecordFields
{
    /// <summary>`id` (global, for node lookups) and `slug` (the stable id of the seed files).</summary>
    public static void Identity<T>(this ObjectGraphType<T> type, string what)
        where T : class, IRecord
    {
        var of = what.StartsWith("el ", StringComparison.Ordinal) ? "del " + what[3..] : "de " + what;
        type.GlobalIdField(x => x.Id, $"Identificador global {of} (base64 de «Tipo:slug»), para node(id:).");
        type.Field("slug", x => x.Id, nullable: false)
            .Description($"Identificador estable y legible {of}: el mismo de los archivos de seed/ y de las descargas.");
        type.Interface<NodeInterface>();
        type.Interface<PublishedRecordInterface>();
        type.IsTypeOf = value => value is T;
        type.PublicationField();
    }

    /// <summary>
    /// `sources`: the sources that back the record, batched for all records of a level; and `provenance(field:)`, which of
    /// them back each field.
    /// </summary>
    public static void SourcesField<T>(this ObjectGraphType<T> type)
        where T : class, ISourced
    {
        type.SourcesField("Fuentes que respaldan este registro (al menos una), con URL y fecha de la fuente. Para saber qué fuente dice cada dato, ver provenance.");
        type.ProvenanceField();
    }

    /// <summary>`sources` alone, with its own description.</summary>
    public static void SourcesField<T>(this ObjectGraphType<T> type, string description)
        where T : class, ISourced =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description(description)
            .ResolveBatch(x => x.Sources)
            .AsRelationList();

    /// <summary>
    /// `sources` of a source: the source itself (loaded whole, batched with the other loads of sources), so that every
    /// record answers the <see cref="PublishedRecordInterface"/> alike.
    /// </summary>
    public static void SelfAsSourceField(this ObjectGraphType<Source> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("La propia fuente: una fuente se respalda a sí misma (así toda clase de registro responde igual a PublishedRecord).")
            .Requires(x => x.Id)
            .ResolveAsync(async context =>
            {
                var source = await context.LoadEntity<Source>(context.Source.Id).GetResultAsync(context.CancellationToken);
                return (object?)(source is null ? Array.Empty<object>() : [source]);
            })
            .AsRelationList();

    /// <summary>
    /// `conflicts`: the disputed facts that concern this record, as their main subject or among the other records they
    /// name (the join table {Entity}Conflicts), each with its competing claims.
    /// </summary>
    public static void ConflictsField<T>(this ObjectGraphType<T> type)
        where T : class, IConflictSubject =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts")
            .Description("Datos de este registro en los que las fuentes no coinciden (el registro es el sujeto del conflicto o uno de los demás registros que nombra); cada conflicto trae sus versiones con sus propias fuentes. Vacío si no hay.")
            .ResolveBatch(x => x.Conflicts)
            .AsRelationList();

    /// <summary>`conflicts` of a conflict or a claim: always empty (a dispute is not itself the subject of one).</summary>
    public static void NoConflictsField<T>(this ObjectGraphType<T> type, string what)
        where T : class, IRecord =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts")
            .Description($"Siempre vacío: {what} no es objeto de otro conflicto. Existe para que todo registro responda igual a PublishedRecord.")
            .Resolve(_ => Array.Empty<Conflict>());

    /// <summary>
    /// How many items the complexity analysis assumes an unpaged relation list holds (a record's sources, a
    /// conflict's claims): such lists are short, unlike paged collections, which count by their page size.
    /// </summary>
    public const double TypicalRelationSize = 3;

    public static FieldBuilder<T, object> AsRelationList<T>(this FieldBuilder<T, object> field) =>
        field.WithComplexityImpact(1, TypicalRelationSize);

    public static void NoteField<T>(this ObjectGraphType<T> type, Expression<Func<T, string?>> note)
        where T : class =>
        type.Field(note, nullable: true).Description("Nota editorial de la compilación: aclaraciones, alcance y, cuando las hay, inferencias señaladas como tales (nunca como dato).");

    /// <summary>
    /// A partial date X as four fields: `x` (text AAAA, AAAA-MM or AAAA-MM-DD), `xPrecision`, `xStart` and `xEnd`
    /// (first and last day the text covers), never more precise than the source; null when the date is not given.
    /// </summary>
    public static void PartialDate<T>(this ObjectGraphType<T> type, Expression<Func<T, PartialDate?>> date, string what)
        where T : class =>
        PartialDateFields(what, required: false, (member, graphType) => type.FlatField(date, member, graphType));

    /// <summary>A partial date every record has: the same four fields, never null.</summary>
    public static void PartialDate<T>(this ObjectGraphType<T> type, Expression<Func<T, PartialDate>> date, string what)
        where T : class =>
        PartialDateFields(what, required: true, (member, graphType) => type.FlatField(date, member, graphType));

    private static void PartialDateFields<T>(
        string what, bool required, Func<Expression<Func<PartialDate, object>>, Type, FieldBuilder<T, object>> field)
    {
        Type Typed(Type graphType) => required ? typeof(NonNullGraphType<>).MakeGenericType(graphType) : graphType;
        field(d => d.Text, Typed(typeof(StringGraphType)))
            .Description($"{what}: texto de la fecha tal como la da la fuente (AAAA, AAAA-MM o AAAA-MM-DD).");
        field(d => d.Precision, Typed(typeof(DatePrecisionGraphType))).Description($"{what}: precisión de la fecha (año, mes o día).");
        field(d => d.Start, Typed(typeof(GraphQLClrOutputTypeReference<DateOnly>)))
            .Description($"{what}: primer día que cubre la fecha (para ordenar y filtrar por rangos).");
        field(d => d.End, Typed(typeof(GraphQLClrOutputTypeReference<DateOnly>))).Description($"{what}: último día que cubre la fecha.");
    }
}
