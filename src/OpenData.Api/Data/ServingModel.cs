using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.Api.Data;

/// <summary>
/// The EF Core model of the serving contexts, one per provider, compiled ahead of time (EF Core's compiled model: the
/// model-building conventions, about 1 s of CPU, do not run at start-up). Never committed: this project's build runs
/// build/OpenData.ServingModelGenerator, which writes it from the dataset's model into obj/ (<c>ServingModel/</c>)
/// whenever the assemblies that define that model change, and compiles it here; the generated half of this class
/// (<c>ServingModel.g.cs</c>) implements <see cref="Compiled"/>. Only the serving contexts use it: the build contexts
/// (seed build, the layout check) build their own model.
/// </summary>
internal static partial class ServingModel
{
    /// <summary>The compiled model for the provider; null only in a design-time build (an editor's, <c>dotnet format</c>'s), which does not generate it.</summary>
    public static IModel? For(bool postgres)
    {
        IModel? model = null;
        Compiled(postgres, ref model);
        return model;
    }

    static partial void Compiled(bool postgres, ref IModel? model);
}
