namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>Finds the repository root: the nearest folder above the test binaries holding OpenData.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("OpenData.sln was not found above " + AppContext.BaseDirectory);
    }
}
