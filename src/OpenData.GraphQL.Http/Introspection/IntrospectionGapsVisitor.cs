using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace OpenData.GraphQL.Http.Introspection;

/// <summary>
/// Fills, while the schema initializes, the two gaps between GraphQL.NET 8's introspection types and what
/// graphql-js 16 asks with every option on: <c>__Type.specifiedByURL: String</c> (the URL a scalar was given
/// with <see cref="FullIntrospection.SpecifiedBy"/>, or null) and <c>__Directive.args(includeDeprecated:
/// Boolean = false)</c>.
/// </summary>
internal sealed class IntrospectionGapsVisitor : BaseSchemaNodeVisitor
{
    public const string SpecifiedByUrl = "specifiedByURL";
    public const string MetadataKey = "OpenData.GraphQL.Http.specifiedByURL";
    private const string IncludeDeprecated = "includeDeprecated";

    public static readonly IntrospectionGapsVisitor Instance = new();

    private IntrospectionGapsVisitor()
    {
    }

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        switch (type)
        {
            case __Type when !type.HasField(SpecifiedByUrl):
                type.AddField(new FieldType
                {
                    Name = SpecifiedByUrl,
                    Description = "`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.",
                    Type = typeof(StringGraphType),
                    ResolvedType = schema.AllTypes["String"],
                    Resolver = new FuncFieldResolver<object?>(context =>
                        context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(MetadataKey) : null),
                });
                break;
            case __Directive when type.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
                {
                    Name = IncludeDeprecated,
                    DefaultValue = false,
                    ResolvedType = schema.AllTypes["Boolean"],
                });
                args.Resolver = new FuncFieldResolver<object?>(context =>
                {
                    IEnumerable<QueryArgument> all = context.Source is Directive { Arguments: { } arguments } ? arguments : [];
                    var includeDeprecated = context.GetArgument<bool>(IncludeDeprecated);
                    return all.Where(argument => includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason)).ToList();
                });
                break;
        }
    }
}
