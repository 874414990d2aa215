-- Helpers shared by the Lua entity tests (loaded with dofile from the
-- project's root, where ctest runs them; not a test of its own).
local M = {}

-- The entity row (name, type) of the first mention of article with exactly
-- this surface text; nil when no mention has that surface.
local function entity(article, surface)
  return dossier.sql(string.format([[SELECT n.name AS name, n.type AS type FROM mentions m
    JOIN entities n ON n.id = m.entity JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s']],
    article, (surface:gsub("'", "''"))))[1]
end

-- That entity as "name/type", or nil.
function M.mention(article, surface)
  local e = entity(article, surface)
  return e and (e.name .. "/" .. e.type)
end

-- That entity's name alone, or nil.
function M.name(article, surface)
  local e = entity(article, surface)
  return e and e.name
end

return M
