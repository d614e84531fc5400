using OpenData.GraphQL.Data.Collation;

namespace OpenData.Domain.Data;

/// <summary>
/// How the dataset's text sorts: Spanish alphabetical order (Gómez Palacio &lt; Guadalupe Victoria &lt; Guanaceví;
/// Pánuco &lt; Poanas &lt; Pueblo Nuevo; ñ after n), identical on SQLite and PostgreSQL; only identical strings are equal.
/// </summary>
public static class DatasetCollation
{
    /// <summary>The collation <c>es</c> (ICU locale <c>es</c>): a column collation in the model, registered on every
    /// SQLite connection, created as a deterministic ICU collation in PostgreSQL.</summary>
    public static TextCollation Spanish { get; } = new("es", "es");
}
