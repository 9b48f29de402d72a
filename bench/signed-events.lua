-- Sends the pre-signed webhook messages of bench/supervision-events.py: each wrk thread its share of
-- requests.tsv in order (two threads: neighbouring lines, such as the two copies of a duplicate, go out
-- at once), and writes the webhook-id of every message answered 2xx to answered-<thread>.txt. Each
-- thread keeps its place in pos-<thread>.txt, so that the next run of wrk (the rounds after the
-- warm-up) goes on with new messages instead of sending the first ones again.
--   wrk ... -s bench/signed-events.lua URL -- DIR THREADS
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

local reqs, n, out, pos

function init(args)
  local dir, threads = args[1], tonumber(args[2])
  reqs = {}
  local i = 0
  for line in io.lines(dir .. "/requests.tsv") do
    if i % threads == tid then
      local id, ts, sig, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      reqs[#reqs + 1] = wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["webhook-id"] = id,
        ["webhook-timestamp"] = ts, ["webhook-signature"] = sig }, body)
    end
    i = i + 1
  end
  pos = dir .. "/pos-" .. tid .. ".txt"
  local f = io.open(pos)
  n = f and tonumber(f:read("*l")) or 0
  if f then f:close() end
  out = io.open(dir .. "/answered-" .. tid .. ".txt", "a")
  out:setvbuf("line")
end

local function keep_place()
  local f = io.open(pos, "w")
  f:write(n, "\n")
  f:close()
end

function request()
  n = n + 1
  if n % 20 == 0 then
    keep_place()
  end
  -- Past the end it starts again: those are retries of answered messages (answered 200, stored once).
  return reqs[((n - 1) % #reqs) + 1]
end

function response(status, headers, body)
  if status == 200 or status == 202 then
    local id = body:match('"messageId":"([^"]*)"')
    if id then
      out:write(id, "\n")
    end
  end
end
