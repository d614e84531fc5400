using GraphQL.Types;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Common;

/// <summary>
/// The GraphQL type of a collection's records. Its name is the public type name of the collection's Domain declaration
/// (<see cref="DatasetCollections"/>: <c>Program</c> for <see cref="PublicProgram"/>, else the entity's class name), so
/// the name is written once, where the collection is declared.
/// </summary>
public abstract class RecordGraphType<T> : ObjectGraphType<T>
    where T : class, IRecord
{
    protected RecordGraphType()
    {
        Name = DatasetCollections.All.Of<T>().TypeName;
    }
}
