-- network.lua — who is around an entity in a period: the entities named
-- with it (joined by the sentences they share) and what it did to whom or
-- who did what to it (actions coloured by CAMEO quad class).
--
--   dossier [--as-of DATE|latest] examples/network.lua NAME [PERIOD] [FILE] [LIMIT]
--
-- PERIOD: a duration back from the as-of date (default "1 month"), an ISO
-- month or year, or "all". Without FILE the nodes and edges are printed as
-- tables; FILE's extension picks the format: .svg (laid out by Graphviz),
-- .dot, .graphml, .json, or .html (a page with the picture and the edges);
-- "-" prints.
-- LIMIT: the most neighbours (default 15).
local name = arg and arg[1]
if not name then
  io.stderr:write("usage: network.lua NAME [PERIOD] [FILE] [LIMIT]\n")
  os.exit(2)
end
local period = arg[2] or "1 month"
local file = arg[3]
if file == "" or file == "-" then file = nil end
local limit = tonumber(arg[4]) or 15
local since, upto
if period ~= "all" then since, upto = dossier.date(period) end

local net, err = entities.network{center = name, since = since, to = upto, limit = limit}
if not net then
  io.stderr:write("network: " .. err .. "\n")
  os.exit(1)
end
local title = string.format("Around %s — %s", net.center,
  since and string.format("%s to %s", since, upto) or "all dates")

if not file then
  io.write(title, "\n\n", report.table(net.nodes, {columns = {"name", "type", "weight"}}), "\n")
  io.write(report.table(net.edges, {columns = {"source", "target", "kind", "class", "verb",
                                               "weight"}}))
elseif file:match("%.html?$") then
  assert(report.html{title = title, file = file, sections = {
    {text = "Grey lines join entities named in the same sentence; arrows are" ..
            " actions, blue and green for cooperation, orange and red for conflict."},
    {title = "Network", graph = net},
    {title = "Edges", table = net.edges,
     columns = {"source", "target", "kind", "class", "verb", "weight"}},
  }})
else
  local ok, msg = report.graph(net, {file = file, title = title})
  if not ok then
    io.stderr:write("network: " .. msg .. "\n")
    os.exit(1)
  end
end
