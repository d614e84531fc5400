namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string Schema => Path.Combine(Root, "schema", "schema.graphql");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenData.sln not found above " + AppContext.BaseDirectory);
    }
}
