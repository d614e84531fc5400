using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace OpenData.Api.Tests.Architecture;

/// <summary>
/// The dependency graph between the folders of one compiled project, read from its assembly's metadata: a folder is a
/// namespace (the top-level folder under the project's root namespace; types of the root namespace itself form the
/// node "(raíz)"), and folder A depends on folder B when a type declared in A refers to a type declared in B anywhere:
/// base type, interfaces, generic constraints, field/property/event/method signatures, attributes, local variables,
/// caught exception types and every token the method bodies' IL names (calls, new objects, fields, casts, typeof).
/// Compiler-made nested types (lambdas' closures, async state machines) count for the type that declares them.
/// Reading the compiled code rather than the usings also sees what a using cannot show: the parent namespace's types
/// that a nested namespace uses without one, and fully qualified names.
/// </summary>
public sealed partial class FolderGraph
{
    /// <summary>The node name of the project's root namespace.</summary>
    public const string Root = "(raíz)";

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private FolderGraph(IReadOnlySet<string> folders, IReadOnlyDictionary<(string From, string To), SortedSet<string>> edges)
    {
        Folders = folders;
        Edges = edges;
    }

    /// <summary>Every folder holding at least one type.</summary>
    public IReadOnlySet<string> Folders { get; }

    /// <summary>Each edge between two different folders, with the type references that make it ("A.X → B.Y").</summary>
    public IReadOnlyDictionary<(string From, string To), SortedSet<string>> Edges { get; }

    /// <summary>Reads the graph of the assembly at <paramref name="path"/>, whose root namespace is <paramref name="rootNamespace"/>.</summary>
    public static FolderGraph Read(string path, string rootNamespace)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        return new Reader(pe, rootNamespace).Read();
    }

    /// <summary>
    /// This graph with, in addition, an edge for every <c>using</c> directive of a source file under
    /// <paramref name="projectDirectory"/> that names another folder of the project: what the compiled code cannot show, a
    /// constant (the compiler copies its value where it is used). The build refuses an unnecessary using (IDE0005), so
    /// each one is a real use.
    /// </summary>
    public FolderGraph WithUsings(string projectDirectory, string rootNamespace)
    {
        var edges = Edges.ToDictionary(e => e.Key, e => new SortedSet<string>(e.Value, StringComparer.Ordinal));
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (FileNamespace().Match(text) is not { Success: true } declared || FolderOf(declared.Groups["ns"].Value, rootNamespace) is not { } from)
            {
                continue;
            }

            foreach (Match used in UsingDirective().Matches(text))
            {
                // (`using static Root.Folder.Type;` names the type's folder; `using static Root.Type;` no folder.)
                if (FolderOf(used.Groups["ns"].Value, rootNamespace) is { } to && to != from && Folders.Contains(to))
                {
                    if (!edges.TryGetValue((from, to), out var references))
                    {
                        edges[(from, to)] = references = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    references.Add($"{Path.GetRelativePath(projectDirectory, file)}: using {used.Groups["ns"].Value}");
                }
            }
        }

        return new FolderGraph(Folders, edges);
    }

    /// <summary>The strongly connected groups of two folders or more: each is one or more cycles.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var next = Folders.ToDictionary(f => f, f => Edges.Keys.Where(e => e.From == f).Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var groups = new List<IReadOnlyList<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var to in next[folder])
            {
                if (!index.TryGetValue(to, out var seen))
                {
                    Visit(to);
                    low[folder] = Math.Min(low[folder], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[folder] = Math.Min(low[folder], seen);
                }
            }

            if (low[folder] == index[folder])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != folder);

                if (group.Count > 1)
                {
                    groups.Add([.. group.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var folder in Folders.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return groups;
    }

    /// <summary>A readable account of the cycles: each group, and inside it every edge with the references that make it.</summary>
    public string Describe(IReadOnlyList<IReadOnlyList<string>> cycles)
    {
        var lines = new List<string>();
        foreach (var group in cycles)
        {
            lines.Add("ciclo entre " + string.Join(", ", group) + ":");
            foreach (var ((from, to), references) in Edges.Where(e => group.Contains(e.Key.From) && group.Contains(e.Key.To))
                         .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
            {
                lines.Add($"  {from} → {to}: {string.Join("; ", references.Take(6))}{(references.Count > 6 ? $" (+{references.Count - 6})" : "")}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The folder of namespace <paramref name="ns"/>: its first segment under <paramref name="rootNamespace"/>,
    /// <see cref="Root"/> for the root namespace itself; null for a namespace outside the project.</summary>
    private static string? FolderOf(string ns, string rootNamespace) =>
        ns == rootNamespace ? Root
        : ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? ns[(rootNamespace.Length + 1)..].Split('.')[0]
        : null;

    [GeneratedRegex(@"^namespace (?<ns>[\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using (?:static )?(?<ns>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    private sealed class Reader(PEReader pe, string rootNamespace)
    {
        private readonly MetadataReader _md = pe.GetMetadataReader();
        private readonly Dictionary<TypeDefinitionHandle, string?> _folders = [];
        private readonly Dictionary<(string, string), SortedSet<string>> _edges = [];
        private readonly Signatures _signatures = new();

        public FolderGraph Read()
        {
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var handle in _md.TypeDefinitions)
            {
                var folder = FolderOf(handle);
                if (folder is null)
                {
                    continue;
                }

                folders.Add(folder);
                var from = NameOf(Outermost(handle));
                foreach (var target in ReferencesOf(handle))
                {
                    var to = FolderOf(target);
                    if (to is not null && to != folder)
                    {
                        if (!_edges.TryGetValue((folder, to), out var references))
                        {
                            _edges[(folder, to)] = references = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        references.Add(from + " → " + NameOf(Outermost(target)));
                    }
                }
            }

            return new FolderGraph(folders, _edges);
        }

        private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
        {
            var declaring = _md.GetTypeDefinition(handle).GetDeclaringType();
            return declaring.IsNil ? handle : Outermost(declaring);
        }

        private string NameOf(TypeDefinitionHandle handle)
        {
            var type = _md.GetTypeDefinition(handle);
            var ns = _md.GetString(type.Namespace);
            var name = _md.GetString(type.Name);
            var relative = ns == rootNamespace ? "" : ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? ns[(rootNamespace.Length + 1)..] + "." : ns + ".";
            return relative + name;
        }

        /// <summary>The folder of a type (that of its outermost declaring type); null for types no folder holds: the
        /// global namespace (the entry point, the module) and the compiler's own top-level types.</summary>
        private string? FolderOf(TypeDefinitionHandle handle)
        {
            if (_folders.TryGetValue(handle, out var known))
            {
                return known;
            }

            var outer = _md.GetTypeDefinition(Outermost(handle));
            var ns = _md.GetString(outer.Namespace);
            // A namespace outside the root (an extension class in Microsoft.Extensions.…) is a folder of its own.
            var folder = ns.Length == 0 || IsGenerated(outer) ? null : FolderGraph.FolderOf(ns, rootNamespace) ?? ns;
            return _folders[handle] = folder;
        }

        private bool IsGenerated(TypeDefinition type) => type.GetCustomAttributes()
            .Select(a => AttributeTypeName(_md.GetCustomAttribute(a)))
            .Any(n => n is "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or "System.CodeDom.Compiler.GeneratedCodeAttribute");

        private string? AttributeTypeName(CustomAttribute attribute)
        {
            EntityHandle type = attribute.Constructor.Kind switch
            {
                HandleKind.MemberReference => _md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
                HandleKind.MethodDefinition => _md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
                _ => default,
            };
            return type.Kind switch
            {
                HandleKind.TypeReference => _md.GetString(_md.GetTypeReference((TypeReferenceHandle)type).Namespace) + "." + _md.GetString(_md.GetTypeReference((TypeReferenceHandle)type).Name),
                HandleKind.TypeDefinition => _md.GetString(_md.GetTypeDefinition((TypeDefinitionHandle)type).Namespace) + "." + _md.GetString(_md.GetTypeDefinition((TypeDefinitionHandle)type).Name),
                _ => null,
            };
        }

        private HashSet<TypeDefinitionHandle> ReferencesOf(TypeDefinitionHandle handle)
        {
            var found = new HashSet<TypeDefinitionHandle>();
            var type = _md.GetTypeDefinition(handle);
            Entity(type.BaseType, found);
            foreach (var i in type.GetInterfaceImplementations())
            {
                Entity(_md.GetInterfaceImplementation(i).Interface, found);
            }

            Attributes(type.GetCustomAttributes(), found);
            GenericParameters(type.GetGenericParameters(), found);
            foreach (var f in type.GetFields())
            {
                var field = _md.GetFieldDefinition(f);
                found.UnionWith(field.DecodeSignature(_signatures, _md));
                Attributes(field.GetCustomAttributes(), found);
            }

            foreach (var p in type.GetProperties())
            {
                var property = _md.GetPropertyDefinition(p);
                Signature(property.DecodeSignature(_signatures, _md), found);
                Attributes(property.GetCustomAttributes(), found);
            }

            foreach (var e in type.GetEvents())
            {
                var @event = _md.GetEventDefinition(e);
                Entity(@event.Type, found);
                Attributes(@event.GetCustomAttributes(), found);
            }

            foreach (var m in type.GetMethodImplementations())
            {
                var implementation = _md.GetMethodImplementation(m);
                Entity(implementation.MethodDeclaration, found);
            }

            foreach (var m in type.GetMethods())
            {
                Method(_md.GetMethodDefinition(m), found);
            }

            return found;
        }

        private void Method(MethodDefinition method, HashSet<TypeDefinitionHandle> found)
        {
            Signature(method.DecodeSignature(_signatures, _md), found);
            Attributes(method.GetCustomAttributes(), found);
            GenericParameters(method.GetGenericParameters(), found);
            foreach (var p in method.GetParameters())
            {
                Attributes(_md.GetParameter(p).GetCustomAttributes(), found);
            }

            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            // The method body lives in the PE image, not in the metadata; the reader is over the whole image.
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                found.UnionWith(_md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_signatures, _md).SelectMany(l => l));
            }

            foreach (var region in body.ExceptionRegions)
            {
                Entity(region.CatchType, found);
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                switch (OperandTypes[code])
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read before the offset moves past them
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                        Entity(MetadataTokens.EntityHandle(il.ReadInt32()), found);
                        break;
                    case OperandType.InlineSig:
                        var signature = _md.GetStandaloneSignature((StandaloneSignatureHandle)MetadataTokens.EntityHandle(il.ReadInt32()));
                        Signature(signature.DecodeMethodSignature(_signatures, _md), found);
                        break;
                    default:
                        il.Offset += 4;
                        break;
                }
            }
        }

        private void Entity(EntityHandle handle, HashSet<TypeDefinitionHandle> found)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    found.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    found.UnionWith(_md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_signatures, _md));
                    break;
                case HandleKind.FieldDefinition:
                    found.Add(_md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MethodDefinition:
                    found.Add(_md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MethodSpecification:
                    var spec = _md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(spec.Method, found);
                    found.UnionWith(spec.DecodeSignature(_signatures, _md).SelectMany(t => t));
                    break;
                case HandleKind.MemberReference:
                    var member = _md.GetMemberReference((MemberReferenceHandle)handle);
                    Entity(member.Parent, found);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        Signature(member.DecodeMethodSignature(_signatures, _md), found);
                    }
                    else
                    {
                        found.UnionWith(member.DecodeFieldSignature(_signatures, _md));
                    }

                    break;
            }
        }

        private void Attributes(CustomAttributeHandleCollection attributes, HashSet<TypeDefinitionHandle> found)
        {
            foreach (var a in attributes)
            {
                Entity(_md.GetCustomAttribute(a).Constructor, found);
            }
        }

        private void GenericParameters(GenericParameterHandleCollection parameters, HashSet<TypeDefinitionHandle> found)
        {
            foreach (var p in parameters)
            {
                foreach (var c in _md.GetGenericParameter(p).GetConstraints())
                {
                    Entity(_md.GetGenericParameterConstraint(c).Type, found);
                }
            }
        }

        private static void Signature(MethodSignature<IEnumerable<TypeDefinitionHandle>> signature, HashSet<TypeDefinitionHandle> found)
        {
            found.UnionWith(signature.ReturnType);
            found.UnionWith(signature.ParameterTypes.SelectMany(p => p));
        }
    }

    /// <summary>Decodes a signature into the types of this assembly it names.</summary>
    private sealed class Signatures : ISignatureTypeProvider<IEnumerable<TypeDefinitionHandle>, object?>
    {
        private static readonly TypeDefinitionHandle[] None = [];

        public IEnumerable<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;

        public IEnumerable<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public IEnumerable<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => None;

        public IEnumerable<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public IEnumerable<TypeDefinitionHandle> GetSZArrayType(IEnumerable<TypeDefinitionHandle> elementType) => elementType;

        public IEnumerable<TypeDefinitionHandle> GetArrayType(IEnumerable<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public IEnumerable<TypeDefinitionHandle> GetByReferenceType(IEnumerable<TypeDefinitionHandle> elementType) => elementType;

        public IEnumerable<TypeDefinitionHandle> GetPointerType(IEnumerable<TypeDefinitionHandle> elementType) => elementType;

        public IEnumerable<TypeDefinitionHandle> GetPinnedType(IEnumerable<TypeDefinitionHandle> elementType) => elementType;

        public IEnumerable<TypeDefinitionHandle> GetGenericInstantiation(IEnumerable<TypeDefinitionHandle> genericType, ImmutableArray<IEnumerable<TypeDefinitionHandle>> typeArguments) =>
            genericType.Concat(typeArguments.SelectMany(a => a)).ToArray();

        public IEnumerable<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => None;

        public IEnumerable<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => None;

        public IEnumerable<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<IEnumerable<TypeDefinitionHandle>> signature) =>
            signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)).ToArray();

        public IEnumerable<TypeDefinitionHandle> GetModifiedType(IEnumerable<TypeDefinitionHandle> modifier, IEnumerable<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;
    }
}
