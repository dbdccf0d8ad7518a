-- Shared by the scenario scripts: each wrk thread gets an id (for its random seed and its share of the
-- customers); BENCH_DIR holds the seeded ids and tokens; done() prints one JSON line for bench/run.
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
end

function seed_random()
  math.randomseed(os.time() * 1000 + id * 7919)
end

function read_lines(name)
  local lines = {}
  for line in io.lines(os.getenv("BENCH_DIR") .. "/" .. name) do
    if #line > 0 then lines[#lines + 1] = line end
  end
  return lines
end

function bearer(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"scenario":"%s","requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p99_ms":%.3f,"non2xx":%d,"socket_errors":%d}\n',
    os.getenv("BENCH_SCENARIO"), summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
