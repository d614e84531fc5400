using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>A reference to be resolved once every file is loaded; <see cref="Attach"/> receives the target record.</summary>
internal sealed record SeedReference(
    string File, string Record, string Field, YamlNode At, string Collection, string Id, Action<object>? Attach);
