// The benchmark's ceiling: Kestrel and one minimal-API route, nothing else in the pipeline. Every figure of
// bench/run is read as a share of what this app serves on the same machine in the same run.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();

var app = builder.Build();
app.MapGet("/health/live", () => "Healthy");
await app.RunAsync();
