using System.Collections.Concurrent;
using System.Reflection;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.BuildingBlocks.Persistence;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// The calls the product's assemblies make, read from their IL with Mono.Cecil: rules about what code may call hold
/// for lambdas and async methods too, whose bodies the compiler moves into nested types.
/// </summary>
public static class CompiledCode
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Call>> Cache = new(StringComparer.Ordinal);

    /// <summary>The building blocks, the host, every module and every contracts assembly.</summary>
    public static IReadOnlyList<Assembly> Product { get; } =
    [
        typeof(UnitOfWork).Assembly,
        typeof(KafkaTopics).Assembly,
        typeof(Program).Assembly,
        .. ModuleAssemblies.All.Select(module => module.Assembly),
        .. ModuleAssemblies.Contracts,
    ];

    public static IEnumerable<TestCaseData> ProductCases() =>
        Product.Select(assembly => new TestCaseData(assembly).SetArgDisplayNames(assembly.GetName().Name!));

    public static IReadOnlyList<Call> CallsIn(Assembly assembly) => Cache.GetOrAdd(assembly.Location, Read);

    private static IReadOnlyList<Call> Read(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path);
        return assembly.MainModule.Types
            .SelectMany(type => WithNested(type).Select(nested => (Source: type, Nested: nested)))
            .SelectMany(pair => pair.Nested.Methods.Where(method => method.HasBody).SelectMany(method => method.Body.Instructions)
                .Where(instruction => instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn or Code.Ldvirtftn)
                .Select(instruction => new Call(pair.Source, (MethodReference)instruction.Operand)))
            .ToList();
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);
}

/// <summary>A call found in compiled code, charged to the source type it was written in.</summary>
public sealed record Call(TypeDefinition Type, MethodReference Called)
{
    public override string ToString() => $"{Type.FullName} calls {Called.DeclaringType.FullName}.{Called.Name}";
}
