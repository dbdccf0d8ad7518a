-- GET /product/:id with a random seeded id.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  seed_random()
  ids = read_lines("products.txt")
end

function request()
  return wrk.format("GET", "/product/" .. ids[math.random(#ids)])
end
