namespace OpenData.Api.Data;

/// <summary>Finds the repository root (the folder holding OpenData.sln) from the working directory or the app's folder.</summary>
public static class RepositoryLocator
{
    public static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string RootOrWorkingDirectory() => FindRoot() ?? Directory.GetCurrentDirectory();
}
