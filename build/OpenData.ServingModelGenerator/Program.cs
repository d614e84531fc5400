using OpenData.ServingModelGenerator;

// Usage: OpenData.ServingModelGenerator OUTPUT_DIRECTORY NAMESPACE (src/OpenData.Api's build runs it, see its .csproj).
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("uso: OpenData.ServingModelGenerator CARPETA_DE_SALIDA ESPACIO_DE_NOMBRES");
    return 2;
}

var written = CompiledModelWriter.Write(args[0], args[1]);
Console.WriteLine($"serving model: {written} file(s) written in {args[0]}");
return 0;
