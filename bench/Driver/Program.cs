using Ecommerce.Bench.Driver;

// bench/run's helper. Commands:
//   seed     --url U --dir D --products N --customers N --admin-email E --admin-password P
//   confirm  --url U --dir D --orders N --scenario NAME --results FILE
//   burst    --url U --dir D --orders N --scenario NAME --results FILE
//   report   --results FILE [--json FILE]
var options = Arguments.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "seed" => await Seed.RunAsync(options),
    "confirm" => await ConfirmLatency.RunAsync(options),
    "burst" => await EventBurst.RunAsync(options),
    "report" => Report.Run(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: driver seed|confirm|burst|report --key value ...");
    return 2;
}
