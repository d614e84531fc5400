using OpenData.Api.Collections;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Provenance;

namespace OpenData.Api.Exports;

/// <summary>Every downloadable collection: one per <see cref="ApiCollections"/> collection, in its order, then the sources of each field.</summary>
internal static class ExportTables
{
    public static IReadOnlyList<IExportTable> All { get; } = [.. ApiCollections.All.Select(c => c.Export), FieldProvenanceExport.Table];

    public static IExportTable? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
