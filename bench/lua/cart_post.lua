-- POST /cart: a random customer adds one of a random product among the first ten, so that a cart holds at most
-- ten lines (a cart's cost grows with its lines; a hundred-line cart is not what this scenario is about).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  seed_random()
  tokens = read_lines("tokens.txt")
  ids = read_lines("products.txt")
end

function request()
  local body = '{"productId":' .. ids[math.random(math.min(#ids, 10))] .. ',"quantity":1}'
  return wrk.format("POST", "/cart", bearer(tokens[math.random(#tokens)]), body)
end
