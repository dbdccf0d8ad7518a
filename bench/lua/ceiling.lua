dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function request()
  return wrk.format("GET", "/health/live")
end
