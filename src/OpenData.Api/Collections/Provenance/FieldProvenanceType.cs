using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Provenance;

/// <summary>Which sources back one field of a record.</summary>
public sealed class FieldProvenanceType : ObjectGraphType<FieldProvenance>
{
    public FieldProvenanceType()
    {
        Name = "FieldProvenance";
        Description = "Las fuentes que respaldan un campo de un registro: qué fuente dice cada dato.";
        Field(x => x.Field).Description("Nombre del campo en la API (por ejemplo amount, address o program).");
        Field(x => x.PerField).Description("Verdadero cuando el registro dice qué fuentes respaldan este campo; falso cuando el campo hereda todas las fuentes del registro.");
        this.SourcesField("Fuentes que respaldan este campo, con URL y fecha de la fuente.");
    }
}
