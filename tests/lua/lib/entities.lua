-- Helpers shared by the Lua entity tests (loaded with dofile from the
-- project's root, where ctest runs them; not a test of its own).
local M = {}

-- The entity a mention of article with exactly this surface text stands
-- for, as "name/type"; nil when no mention has that surface.
function M.mention(article, surface)
  local rows = dossier.sql(string.format([[SELECT n.name AS name, n.type AS type FROM mentions m
    JOIN entities n ON n.id = m.entity JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s']],
    article, (surface:gsub("'", "''"))))
  return rows[1] and (rows[1].name .. "/" .. rows[1].type)
end

return M
