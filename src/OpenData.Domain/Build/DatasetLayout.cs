using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Domain.Build;

/// <summary>
/// The fingerprint of the database layout a set of context options produces: a hash of the provider's create script
/// for the model (tables, columns, indexes) and of the build steps. Two databases built by the same code have the same
/// layout; a change to the model or the steps changes it. Computing it needs no database connection.
/// </summary>
public static class DatasetLayout
{
    public static string Of(DbContextOptions<OpenDataDbContext> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var context = new OpenDataDbContext(options);
        var script = context.Database.GenerateCreateScript().ReplaceLineEndings("\n");
        var steps = string.Join("\n", options.DatasetBuildSteps().Select(step => step.GetType().FullName));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script + "\n--steps\n" + steps)))[..16];
    }
}
