-- A corpus closed in the middle of a call must never crash the host
-- (issue 16, item 1): from an options table's __index, and from a __gc
-- finalizer that runs during the call's own allocations. Every function of
-- every module of a dossier.open corpus is called both ways; each call
-- either returns or raises a string. Run under ASan too.
local failures = 0
local function check(cond, msg)
  if not cond then failures = failures + 1; io.stderr:write("FAIL: ", msg, "\n") end
end

local path = os.tmpname()
os.remove(path)

local function fresh()
  local c = assert(dossier.open(path))
  if c.articles.count() == 0 then
    for i = 1, 30 do
      c.articles.add{ title = "Talks " .. i, published = "2024-03-10",
        body = "Envoys from Qatar and Egypt met in Doha on Friday. Israel and Hamas sent delegations. " ..
               "Antony Blinken met Wang Yi in Beijing." }
    end
  end
  return c
end

-- the functions to try: every module function plus the methods
local names = {}
do
  local c = fresh()
  for _, m in ipairs{ "articles", "search", "entities", "actions" } do
    for k, v in pairs(c[m]) do
      if type(v) == "function" then names[#names + 1] = { m, k } end
    end
  end
  c:close()
end
table.sort(names, function(a, b) return a[1] .. a[2] < b[1] .. b[2] end)

local args_for = { search = { "Doha" }, get = { 1 }, mentions = { 1 },
  aliases = { 1 }, cooccur = { 1 }, add = {}, show = { 1 } }

local calls = 0
for _, n in ipairs(names) do
  local m, f = n[1], n[2]
  -- 1. the options table closes the corpus from __index
  local c = fresh()
  local opts = setmetatable({}, { __index = function() c:close(); return nil end })
  local args = {}
  for _, a in ipairs(args_for[f] or {}) do args[#args + 1] = a end
  if f == "add" then
    opts = setmetatable({ title = "t" }, { __index = function() c:close(); return nil end })
  end
  args[#args + 1] = opts
  local fn = c[m][f]
  local ok, err = pcall(fn, table.unpack(args))
  check(ok or type(err) == "string", m .. "." .. f .. " (__index): non-string error")
  calls = calls + 1
  c:close()
  -- iterate a result that is a function, in case the close came late
  -- 2. a finalizer closes the corpus during the call's allocations
  c = fresh()
  fn = c[m][f]
  args = {}
  for _, a in ipairs(args_for[f] or {}) do args[#args + 1] = a end
  if f == "add" then args[#args + 1] = { title = "t", body = "Some words here." } end
  for _ = 1, 200 do setmetatable({}, { __gc = function() c:close() end }) end
  ok, err = pcall(function()
    local r = fn(table.unpack(args))
    if type(r) == "function" then for _ in r do end end
    collectgarbage()
  end)
  check(ok or type(err) == "string", m .. "." .. f .. " (__gc): non-string error")
  calls = calls + 1
  c:close()
end

-- the methods: corpus:sql with a finalizer closing the corpus mid-call
for _ = 1, 5 do
  local c = fresh()
  for _ = 1, 500 do setmetatable({}, { __gc = function() c:close() end }) end
  local ok, err = pcall(c.sql, c, "SELECT id, title, body FROM articles")
  check(ok or type(err) == "string", "corpus:sql (__gc): non-string error")
  -- the corpus is closed as Lua sees it afterwards
  collectgarbage()
  local ok2, err2 = pcall(c.sql, c, "SELECT 1")
  check(not ok2 and tostring(err2):find("closed"), "a closed corpus is refused")
  calls = calls + 1
end

-- the close from __index gives a clear message
do
  local c = fresh()
  local ok, err = pcall(c.articles.list, setmetatable({}, { __index = function() c:close() end }))
  check(not ok and tostring(err):find("closed during the call"), "clear message: " .. tostring(err))
  c:close()
end

collectgarbage()
os.remove(path); os.remove(path .. "-wal"); os.remove(path .. "-shm")
check(calls >= 2 * 19, "covered " .. calls .. " calls")
if failures > 0 then os.exit(1) end
print(("close_midcall: %d calls, no crash"):format(calls))
