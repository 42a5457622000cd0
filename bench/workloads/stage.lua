-- wrk script: legal stage changes on random leads, each lead in flight at most once per thread.
-- Leads cycle DISCOVERY -> REFLECTION -> DECISION -> LOST (with a reason) -> DISCOVERY.
-- Arguments: <file of "id stage version" lines> <number of wrk threads>.
-- A lead whose move was refused (412/409, when several clients share leads) is read again first.
local NEXT = { DISCOVERY = "REFLECTION", REFLECTION = "DECISION", DECISION = "LOST", LOST = "DISCOVERY" }
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local leads, idle = {}, {}
local key = os.getenv("API_KEY")
ok, conflicts, errors, reads = 0, 0, 0, 0

function init(args)
  local n, i = tonumber(args[2]), 0
  for line in io.lines(args[1]) do
    local id, stage, version = line:match("(%S+) (%S+) (%S+)")
    if i % n == tid and NEXT[stage] then
      leads[id] = { stage = stage, version = version }
      table.insert(idle, id)
    end
    i = i + 1
  end
  math.randomseed(os.time() + tid)
end

function request()
  if #idle == 0 then
    return wrk.format("GET", "/q/health/live")
  end
  local pick = math.random(#idle)
  local id = idle[pick]
  idle[pick] = idle[#idle]
  idle[#idle] = nil
  local lead = leads[id]
  if lead.stale then
    return wrk.format("GET", "/api/leads/" .. id, { Authorization = "Bearer " .. key })
  end
  local to = NEXT[lead.stage]
  local body = '{"stage":"' .. to .. '"' .. (to == "LOST" and ',"reason":"bench"' or "") .. "}"
  return wrk.format("POST", "/api/leads/" .. id .. "/stage", {
    Authorization = "Bearer " .. key,
    ["Content-Type"] = "application/json",
    ["If-Match"] = '"' .. lead.version .. '"',
  }, body)
end

function response(status, headers, body)
  local id = body:match('"id":"([^"]+)"') or body:match('"instance":"/api/leads/([^/"]+)')
  local lead = id and leads[id]
  if not lead then
    if not body:match('"status"') then return end -- health check while no lead was idle
    errors = errors + 1
    return
  end
  if status == 200 then
    if lead.stale then reads = reads + 1 else ok = ok + 1 end
    lead.stage = body:match('"stage":"(%u+)"')
    lead.version = body:match('"version":(%d+)')
    lead.stale = false
  elseif status == 412 or status == 409 then
    conflicts = conflicts + 1
    lead.stale = true
  else
    errors = errors + 1
    lead.stale = true
  end
  table.insert(idle, id)
end

function done(summary, latency, requests)
  local moves, c, e = 0, 0, 0
  for _, t in ipairs(threads) do
    moves = moves + t:get("ok")
    c = c + t:get("conflicts")
    e = e + t:get("errors")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("moves %d\nconflicts %d\nerrors %d\nseconds %.3f\ntps %.1f\n",
    moves, c, e + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, seconds, moves / seconds))
end
