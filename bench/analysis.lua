-- analysis.lua DIR [N] — analysis speed on the Reuters-21578 bodies
-- in DIR (reut2-*.sgm.gz): sentences and entities for every body, nothing
-- stored. Prints bodies, whitespace-separated words, mentions, seconds and
-- words per second. Run by bench/analysis.sh.
local dir = assert(arg and arg[1], "usage: analysis.lua DIR [N]")
local max = tonumber(arg[2]) or math.huge
local bodies = {}
for i = 0, 21 do
  local p = io.popen(string.format("gzip -dc '%s/reut2-%03d.sgm.gz' 2>/dev/null", dir, i))
  local sgm = p:read("a")
  p:close()
  for body in sgm:gmatch("<BODY>(.-)</BODY>") do
    if #bodies >= max then break end
    body = body:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&amp;", "&"):gsub("&#%d+;", "")
    bodies[#bodies + 1] = body
  end
end
local words, mentions = 0, 0
for _, b in ipairs(bodies) do
  for _ in b:gmatch("%S+") do words = words + 1 end
end
entities.find("warm up")
local t0 = os.clock()
for _, b in ipairs(bodies) do
  mentions = mentions + #entities.find(b)
end
local secs = os.clock() - t0
print(string.format("%d bodies, %d words, %d mentions in %.2f s: %.0f words/s",
                    #bodies, words, mentions, secs, words / secs))
