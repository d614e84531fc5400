using GraphQL.Types;

namespace OpenData.GraphQL.Http.Introspection;

/// <summary>
/// Makes a schema answer every option of graphql-js <c>getIntrospectionQuery</c> (the one GraphiQL, GraphQL Code
/// Generator and Apollo tooling send): <c>directiveIsRepeatable</c> (<c>__Directive.isRepeatable</c>),
/// <c>inputValueDeprecation</c> (<c>includeDeprecated</c> on arguments and input fields,
/// <c>__InputValue.isDeprecated</c>), <c>specifiedByUrl</c> (<c>__Type.specifiedByURL</c>),
/// <c>schemaDescription</c> and <c>oneOf</c> (<c>__Type.isOneOf</c>), the last two built into GraphQL.NET 8.
/// </summary>
public static class FullIntrospection
{
    /// <summary>
    /// Turns on GraphQL.NET's <c>RepeatableDirectives</c> and <c>DeprecationOfInputValues</c> features and adds
    /// <c>__Type.specifiedByURL</c>, which GraphQL.NET 8 lacks. Call it in the schema's constructor, before the
    /// schema is initialized. A scalar names its specification with <see cref="SpecifiedBy"/>.
    /// </summary>
    public static TSchema UseFullIntrospection<TSchema>(this TSchema schema)
        where TSchema : Schema
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.RegisterVisitor(IntrospectionGapsVisitor.Instance);
        return schema;
    }

    /// <summary>Publishes <paramref name="url"/> as the scalar's <c>specifiedByURL</c> in introspection.</summary>
    public static TScalar SpecifiedBy<TScalar>(this TScalar scalar, Uri url)
        where TScalar : ScalarGraphType
    {
        ArgumentNullException.ThrowIfNull(scalar);
        ArgumentNullException.ThrowIfNull(url);
        scalar.Metadata[IntrospectionGapsVisitor.MetadataKey] = url.AbsoluteUri;
        return scalar;
    }
}
