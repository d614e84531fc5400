using OpenData.GraphQL.Data.Errors;

namespace OpenData.GraphQL.Data.Paging;

/// <summary>HotChocolate's page size checks: negative sizes (NEGATIVE_PAGE_SIZE, HotChocolate's HC0079) and sizes above the maximum (MAX_PAGE_SIZE_EXCEEDED, HC0051).</summary>
internal static class PageSizeGuard
{
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
