using OpenData.GraphQL.Data.Errors;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// HotChocolate's page size checks: negative sizes (NEGATIVE_PAGE_SIZE, HotChocolate's HC0079) and sizes above the maximum (MAX_PAGE_SIZE_EXCEEDED, HC0051). Public so that other
/// paged fields (search) refuse page sizes with the same codes, messages and extensions as the engine's collections.
/// </summary>
public static class PageSizeGuard
{
    /// <summary>Throws a <see cref="DataError"/> when <paramref name="requested"/> is negative or above <paramref name="maxAllowed"/>.</summary>
    public static void Check(string coordinate, string argument, int? requested, int maxAllowed)
    {
        if (requested is not { } size)
        {
            return;
        }

        if (size < 0)
        {
            throw new DataError(
                DataErrorCodes.NegativePageSize,
                $"El argumento `{argument}` no puede ser negativo.",
                new Dictionary<string, object?> { ["coordinate"] = coordinate, ["argument"] = argument, ["requestedItems"] = size });
        }

        if (size > maxAllowed)
        {
            throw new DataError(
                DataErrorCodes.MaxPageSizeExceeded,
                "The maximum allowed items per page were exceeded. / Se superó el máximo de elementos por página.",
                new Dictionary<string, object?>
                {
                    ["coordinate"] = coordinate,
                    ["requestedItems"] = size,
                    ["maxAllowedItems"] = maxAllowed,
                });
        }
    }
}
