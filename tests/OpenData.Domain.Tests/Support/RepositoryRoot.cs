namespace OpenData.Domain.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding OpenData.sln, found by walking up from the test binaries.</summary>
    public static string Find()
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
