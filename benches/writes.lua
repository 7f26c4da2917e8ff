-- wrk script for benches/writes: each request a new write (or /healthz, the ceiling).
--   wrk -t THREADS ... -s writes.lua URL -- sessions TOKEN THREADS ACTIVITY OFFSET
--   wrk -t THREADS ... -s writes.lua URL -- check-ins TOKEN THREADS SESSIONS ALIASES OFFSET
-- sessions: a typical evening (four cells) on one of 300 days, each with its own
-- Idempotency-Key. check-ins: a first check-in of one alias at one session, every pair once
-- (SESSIONS and ALIASES are comma-separated; OFFSET keeps runs apart). Counts the answers by
-- class and prints them when done, so that a 5xx is never lost in wrk's "non-2xx".

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("number", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

local function split(text)
  local parts = {}
  for part in string.gmatch(text, "[^,]+") do
    table.insert(parts, part)
  end
  return parts
end

function init(args)
  mode = args[1]
  token = args[2]
  thread_count = tonumber(args[3])
  sent = 0
  answered = { ok = 0, client = 0, server = 0 }
  if mode == "healthz" then
    return
  elseif mode == "sessions" then
    activity = args[4]
    offset = tonumber(args[5])
  else
    sessions = split(args[4])
    aliases = split(args[5])
    offset = tonumber(args[6])
  end
end

local function day(n)
  -- 300 days from 2026-01-01, as YYYY-MM-DD.
  return os.date("!%Y-%m-%d", 1767225600 + (n % 300) * 86400)
end

function request()
  if mode == "healthz" then
    return wrk.format("GET", "/healthz")
  end
  -- Threads take turns: thread t sends the t-th, (t + threads)-th, … writes.
  local n = offset + number + sent * thread_count
  sent = sent + 1
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }
  if mode == "sessions" then
    headers["Idempotency-Key"] = "bench-" .. n
    local body = string.format(
      '{"activity_id":%s,"date":"%s","start_time":"18:00","end_time":"21:00",' ..
      '"attendance":[{"gender":"girl","age_min":13,"age_max":15,"count":%d},' ..
      '{"gender":"boy","age_min":13,"age_max":15,"count":%d},' ..
      '{"gender":"girl","age_min":16,"age_max":18,"count":2},' ..
      '{"gender":"non_binary","age_min":null,"age_max":null,"count":1}],' ..
      '"youth_led":%s,"youth_producers":2,"staff_count":2,"volunteer_count":0,"notes":""}',
      activity, day(n), 1 + n % 7, 1 + n % 5, (n % 3 == 0) and "true" or "false")
    return wrk.format("POST", "/api/v1/sessions", headers, body)
  end
  local session = sessions[(n % #sessions) + 1]
  local alias = aliases[(math.floor(n / #sessions) % #aliases) + 1]
  return wrk.format("POST", "/api/v1/sessions/" .. session .. "/check-ins", headers,
    '{"alias":"' .. alias .. '"}')
end

function response(status)
  if status < 400 then
    answered.ok = answered.ok + 1
  elseif status < 500 then
    answered.client = answered.client + 1
  else
    answered.server = answered.server + 1
  end
end

function done(summary, latency, requests)
  local ok, client, server = 0, 0, 0
  for _, thread in ipairs(threads) do
    local counts = thread:get("answered")
    ok = ok + counts.ok
    client = client + counts.client
    server = server + counts.server
  end
  io.write(string.format("ANSWERS ok=%d client=%d server=%d\n", ok, client, server))
  for _, p in ipairs({ 50, 99 }) do
    io.write(string.format("LATENCY p%d=%.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("RATE %.1f\n", summary.requests / (summary.duration / 1000000)))
end
