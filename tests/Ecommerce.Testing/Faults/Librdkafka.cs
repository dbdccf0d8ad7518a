using System.Runtime.InteropServices;

namespace Ecommerce.Testing.Faults;

/// <summary>The few librdkafka functions behind <see cref="FaultyKafkaCluster"/>: configuration, a client, and the mock cluster's controls.</summary>
internal static class Librdkafka
{
    private const string Library = "librdkafka";

    private static int _resolving;

    /// <summary>Points the calls below at the librdkafka that librdkafka.redist ships; before the first call.</summary>
    public static void UseShippedLibrary()
    {
        if (Interlocked.Exchange(ref _resolving, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(Librdkafka).Assembly, Load);
        }
    }

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_conf_new();

    [DllImport(Library)]
    internal static extern int rd_kafka_conf_set(
        IntPtr config, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, byte[] error, nuint errorSize);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_new(int type, IntPtr config, byte[] error, nuint errorSize);

    [DllImport(Library)]
    internal static extern void rd_kafka_destroy(IntPtr handle);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_handle_mock_cluster(IntPtr handle);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_mock_cluster_bootstraps(IntPtr cluster);

    [DllImport(Library)]
    internal static extern int rd_kafka_mock_broker_set_down(IntPtr cluster, int broker);

    [DllImport(Library)]
    internal static extern int rd_kafka_mock_broker_set_up(IntPtr cluster, int broker);

    [DllImport(Library)]
    internal static extern int rd_kafka_mock_topic_create(IntPtr cluster, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int partitions, int replicationFactor);

    [DllImport(Library)]
    internal static extern int rd_kafka_mock_partition_set_leader(IntPtr cluster, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int partition, int broker);

    // The librdkafka builds that librdkafka.redist ships, in the order Confluent.Kafka tries them: the first that loads
    // here (its dependencies present) is the one Confluent.Kafka loaded too, and loading it again returns the same library.
    private static IntPtr Load(string name, System.Reflection.Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!string.Equals(name, Library, StringComparison.Ordinal))
        {
            return IntPtr.Zero;
        }

        var native = Path.Combine(AppContext.BaseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native");
        string[] candidates = ["librdkafka.so", "centos8-librdkafka.so", "alpine-librdkafka.so", "librdkafka.dylib", "librdkafka.dll"];
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(Path.Combine(native, candidate), out var handle))
            {
                return handle;
            }
        }

        return NativeLibrary.Load(name, assembly, searchPath);
    }
}
