-- GET /cart as a random seeded customer (JWT validation on every request).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  seed_random()
  tokens = read_lines("tokens.txt")
end

function request()
  return wrk.format("GET", "/cart", bearer(tokens[math.random(#tokens)]))
end
