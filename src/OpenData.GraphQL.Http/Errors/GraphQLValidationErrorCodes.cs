namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// The <c>extensions.code</c> values GraphQL.NET gives its parse and validation errors (named after the specification's
/// rules) that <see cref="GraphQLErrorMessages"/> translates. GraphQL.NET raises them; they are listed here so that the
/// catalogue and the documentation name them once.
/// </summary>
public static class GraphQLValidationErrorCodes
{
    /// <summary>The document cannot be parsed.</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>A field the type does not have.</summary>
    public const string FieldsOnCorrectType = "FIELDS_ON_CORRECT_TYPE";

    /// <summary>An argument the field does not have.</summary>
    public const string KnownArgumentNames = "KNOWN_ARGUMENT_NAMES";

    /// <summary>A type the schema does not have.</summary>
    public const string KnownTypeNames = "KNOWN_TYPE_NAMES";

    /// <summary>A required argument is missing.</summary>
    public const string ProvidedNonNullArguments = "PROVIDED_NON_NULL_ARGUMENTS";

    /// <summary>An object field without a selection, or a scalar field with one.</summary>
    public const string ScalarLeafs = "SCALAR_LEAFS";

    /// <summary>A variable the operation does not declare.</summary>
    public const string NoUndefinedVariables = "NO_UNDEFINED_VARIABLES";

    /// <summary>A literal argument of the wrong type.</summary>
    public const string ArgumentsOfCorrectType = "ARGUMENTS_OF_CORRECT_TYPE";
}
