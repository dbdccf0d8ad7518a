-- GET /products?limit=20&offset=… with a random page start inside the seeded products.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  seed_random()
  pages = math.max(#read_lines("products.txt") - 20, 1)
end

function request()
  return wrk.format("GET", "/products?limit=20&offset=" .. (math.random(pages) - 1))
end
