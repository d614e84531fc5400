namespace OpenData.GraphQL.Http.Errors;

/// <summary>An application's additions to the <see cref="ErrorMessageCatalog"/> (see <c>AddGraphQLErrorMessages</c>).</summary>
public sealed class ErrorMessagesContribution(Action<ErrorMessageCatalog> add)
{
    public void Add(ErrorMessageCatalog catalog) => add(catalog);
}
