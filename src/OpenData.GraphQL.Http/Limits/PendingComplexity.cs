namespace OpenData.GraphQL.Http.Limits;

/// <summary>Figures the complexity rule stores when it measured a cached document within the limits.</summary>
internal sealed record PendingComplexity(ComplexityCache Cache, GraphQLParser.AST.GraphQLDocument Document, string Key);
