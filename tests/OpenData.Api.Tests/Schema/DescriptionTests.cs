using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

public sealed class DescriptionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is ScalarGraphType && IsBuiltIn(type.Name))
            {
                continue;
            }

            Check(type.Description, type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(field.Description, $"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check(argument.Description, $"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check(value.Description, $"{type.Name}.{value.Name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Without a description:\n" + string.Join('\n', missing));

        void Check(string? description, string coordinate)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(coordinate);
            }
        }
    }

    private static bool IsBuiltIn(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
