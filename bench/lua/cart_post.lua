-- POST /cart: a random customer adds one of a random product.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  seed_random()
  tokens = read_lines("tokens.txt")
  ids = read_lines("products.txt")
end

function request()
  local body = '{"productId":' .. ids[math.random(#ids)] .. ',"quantity":1}'
  return wrk.format("POST", "/cart", bearer(tokens[math.random(#tokens)]), body)
end
