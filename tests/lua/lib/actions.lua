-- Helpers shared by the Lua action tests (loaded with dofile from the
-- project's root, where ctest runs them; not a test of its own).
local M = {}

-- The number of actions of an article by this actor (with this verb, when
-- one is given), over all time.
function M.by(article, actor, verb)
  local n = 0
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.actor == actor and (not verb or r.verb == verb) then n = n + 1 end
  end
  return n
end

-- Run examples/actions_last_month.lua with these arguments; returns what
-- it wrote with io.write, raising its error if it fails.
function M.report(...)
  local out = {}
  local write = io.write
  io.write = function(...)
    for _, s in ipairs({...}) do out[#out + 1] = tostring(s) end
    return io.stdout
  end
  arg = { [0] = "examples/actions_last_month.lua", ... }
  local ok, err = pcall(dofile, "examples/actions_last_month.lua")
  io.write = write
  if not ok then error(err, 0) end
  return table.concat(out)
end

return M
