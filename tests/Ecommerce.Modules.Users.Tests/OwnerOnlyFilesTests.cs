using System.Runtime.Versioning;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>The data folder, its SQLite files and the development signing key are the host's user's alone (Unix modes).</summary>
public sealed class OwnerOnlyFilesTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task A_development_host_creates_its_data_folder_and_key_file_owner_only()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix file modes");
        var database = TestDatabase.Create();
        var folder = Path.Combine(database.DataDirectory, "fresh", "data");
        try
        {
            await using (var app = new DevelopmentApp(new Dictionary<string, string?> { ["Jwt:SigningKey"] = "", ["Database:DataDirectory"] = folder }))
            {
                await app.AdminAsync();
            }

            var files = Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), path => System.IO.File.GetUnixFileMode(path));
            Assert.Multiple(() =>
            {
                Assert.That(System.IO.File.GetUnixFileMode(folder), Is.EqualTo(Folder), "data folder");
                Assert.That(files, Does.ContainKey("jwt-signing-key.txt"));
                if (database.SqlServerConnectionString is null)
                {
                    Assert.That(files.Keys, Is.SupersetOf(new[] { "users.db", "catalog.db", "carts.db", "orders.db" }));
                }

                Assert.That(files, Has.All.Property("Value").EqualTo(File));
            });
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private sealed class DevelopmentApp(IDictionary<string, string?> settings) : EcommerceApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
