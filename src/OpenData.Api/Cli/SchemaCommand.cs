using System.CommandLine;
using OpenData.Api.Schema;

namespace OpenData.Api.Cli;

/// <summary>`schema print`: the SDL of the served schema, sorted, on standard output.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var print = new Command("print", "Escribe el esquema GraphQL (SDL, ordenado) en la salida estándar; es el contenido de schema/schema.graphql.");
        print.SetAction(async (parsed, cancellationToken) =>
        {
            await parsed.InvocationConfiguration.Output.WriteAsync(SchemaPrinter.PrintServed().AsMemory(), cancellationToken);
            return 0;
        });
        var schema = new Command("schema", "El esquema GraphQL publicado.");
        schema.Subcommands.Add(print);
        return schema;
    }
}
