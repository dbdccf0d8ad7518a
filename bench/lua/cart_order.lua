-- POST /cart and POST /order in turn, 8 customers shared out between the threads: each customer adds a
-- product, then orders its cart, then the next customer of the thread does the same.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  seed_random()
  ids = read_lines("products.txt")
  local all = read_lines("order-tokens.txt")
  local threads = tonumber(os.getenv("BENCH_THREADS"))
  mine = {}
  for i = id, #all, threads do mine[#mine + 1] = all[i] end
  step = 0
end

function request()
  step = step + 1
  local token = mine[(math.floor((step - 1) / 2) % #mine) + 1]
  if step % 2 == 1 then
    local body = '{"productId":' .. ids[math.random(#ids)] .. ',"quantity":1}'
    return wrk.format("POST", "/cart", bearer(token), body)
  end
  return wrk.format("POST", "/order", bearer(token))
end
