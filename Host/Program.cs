using System.Globalization;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Host;
using Ecommerce.Host.Setup;

// ICU is loaded for SqlClient only: answers and messages stay culture-neutral, whatever the machine's language.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

SettingsFileWatching.PollInsteadOfWatchingTheContentRoot();
var builder = WebApplication.CreateBuilder(SettingsPrecedence.Options(args));
builder.Configuration.AddTopLevelSettings();
builder.Configuration.RankPrefixedVariablesAboveFiles();
builder.AddSerilogLogging();
var placement = ModulePlacement.From(builder.Configuration, HostModules.All);
builder.AddEcommerce(placement, HostModules.All);

var app = builder.Build();
app.UseEcommerce(placement);
await app.InitializeModulesAsync();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
