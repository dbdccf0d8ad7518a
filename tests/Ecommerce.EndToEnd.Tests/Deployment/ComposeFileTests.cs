using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Modules.Carts;
using Ecommerce.Modules.Catalog;
using Ecommerce.Modules.Orders;
using Ecommerce.Modules.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using YamlDotNet.RepresentationModel;

namespace Ecommerce.EndToEnd.Tests.Deployment;

/// <summary>What can be checked of compose.yaml without a Docker engine: its shape, and that the host reads what it sets.</summary>
public sealed class ComposeFileTests
{
    private readonly ComposeFile _compose = ComposeFile.Load();

    [Test]
    public void It_runs_the_host_on_sql_server_and_a_kraft_kafka()
    {
        var kafka = _compose.Environment("kafka");
        Assert.Multiple(() =>
        {
            Assert.That(_compose.ServiceNames, Is.EquivalentTo(new[] { "sqlserver", "kafka", "host", "split-main", "split-catalog" }));
            Assert.That(ComposeFile.Text(_compose.Service("sqlserver"), "image"), Does.StartWith("mcr.microsoft.com/mssql/server:"));
            Assert.That(ComposeFile.Text(_compose.Service("kafka"), "image"), Does.StartWith("apache/kafka:"));
            Assert.That(kafka["KAFKA_PROCESS_ROLES"], Is.EqualTo("broker,controller"), "one KRaft node, no ZooKeeper");
            Assert.That(kafka["KAFKA_CONTROLLER_QUORUM_VOTERS"], Is.EqualTo($"{kafka["KAFKA_NODE_ID"]}@kafka:9093"));
            Assert.That(ComposeFile.Text(_compose.Service("host"), "build"), Is.EqualTo("."), "the host is built from the Dockerfile");
        });
    }

    [Test]
    public void The_host_starts_once_sql_server_and_kafka_are_healthy()
    {
        var host = _compose.Service("host");
        Assert.Multiple(() =>
        {
            foreach (var dependency in new[] { "sqlserver", "kafka" })
            {
                Assert.That(ComposeFile.Text(host, "depends_on", dependency, "condition"), Is.EqualTo("service_healthy"), dependency);
                Assert.That(_compose.Service(dependency).Children.ContainsKey(new YamlScalarNode("healthcheck")), Is.True, $"{dependency} has a health check");
            }
        });
    }

    [TestCase("host")]
    [TestCase("split-main")]
    [TestCase("split-catalog")]
    public void Every_setting_of_a_host_is_a_documented_configuration_key(string service)
    {
        var documented = ConfigurationTable.Keys();
        Assert.Multiple(() =>
        {
            foreach (var key in _compose.Environment(service).Keys)
            {
                var configurationKey = key.Replace("__", ":", StringComparison.Ordinal);
                Assert.That(documented.Any(entry => entry.Matches(configurationKey)), Is.True, $"{key} is in the README's configuration table");
            }
        });
    }

    [Test]
    public void The_split_profile_places_every_module_once_each_host_on_a_database_of_its_own()
    {
        IReadOnlyList<IModule> all = [new UsersModule(), new CatalogModule(), new CartsModule(), new OrdersModule()];
        var hosts = new[] { "split-main", "split-catalog" };
        var placements = hosts.ToDictionary(service => service, service => ModulePlacement.From(Configuration(service), all));

        Assert.Multiple(() =>
        {
            Assert.That(placements.Values.SelectMany(placement => placement.Enabled).Select(module => module.Name), Is.EquivalentTo(all.Select(module => module.Name)));
            foreach (var (service, placement) in placements)
            {
                Assert.That(ComposeFile.Text(_compose.Service(service), "profiles"), Is.Not.Null, $"{service} runs only with --profile split");
                foreach (var (module, address) in placement.Remote)
                {
                    var owner = hosts.Single(other => placements[other].IsLocal(module));
                    Assert.That(address.Host, Is.EqualTo(owner), $"{service} finds {module} on {owner}");
                }
            }

            Assert.That(hosts.Select(service => DatabaseOptions.SqlServerConnectionString(Configuration(service))).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(2));
            Assert.That(_compose.Environment("split-main")["Jwt__SigningKey"], Is.EqualTo(_compose.Environment("split-catalog")["Jwt__SigningKey"]));
        });
    }

    private IConfiguration Configuration(string service) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(_compose.Environment(service).Select(pair =>
                KeyValuePair.Create(pair.Key.Replace("__", ":", StringComparison.Ordinal), (string?)pair.Value)))
            .Build();

    [Test]
    public void The_host_reads_the_settings_as_meant()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_compose.Environment("host").Select(pair =>
                KeyValuePair.Create(pair.Key.Replace("__", ":", StringComparison.Ordinal), (string?)pair.Value)))
            .Build();
        var production = new HostingEnvironment { EnvironmentName = Environments.Production };
        var connectionString = DatabaseOptions.SqlServerConnectionString(configuration);
        var sqlServer = _compose.Environment("sqlserver");

        Assert.Multiple(() =>
        {
            Assert.That(DatabaseOptions.From(configuration).Provider, Is.EqualTo(DatabaseProvider.SqlServer));
            Assert.That(connectionString, Does.Contain("Server=sqlserver,1433").And.Contain($"Password={sqlServer["MSSQL_SA_PASSWORD"]};"));
            Assert.That(MessagingOptions.From(configuration).Transport, Is.EqualTo(MessagingTransport.Kafka));
            Assert.That(KafkaOptions.From(configuration).AllowPlaintext, Is.True, "compose's broker listens in plaintext on its private network");
            Assert.That(KafkaOptions.From(configuration).BootstrapServers, Is.EqualTo(_compose.Environment("kafka")["KAFKA_ADVERTISED_LISTENERS"].Replace("PLAINTEXT://", "", StringComparison.Ordinal)));
            Assert.That(() => JwtSettings.Resolve(configuration, production), Throws.Nothing, "a usable signing key outside Development");
            Assert.That(configuration["Admin:Email"], Is.Not.Empty);
            Assert.That(configuration["Admin:Password"], Is.Not.Empty);
        });
    }
}
