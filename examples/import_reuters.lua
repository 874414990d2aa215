-- import_reuters.lua — load the Reuters-21578 SGML files into the corpus.
--
--   dossier -d reuters.db examples/import_reuters.lua [FOLDER]
--
-- FOLDER holds reut2-NNN.sgm or reut2-NNN.sgm.gz (default: $DOSSIER_DATA/
-- reuters21578, else ../shared/data/reuters21578 from the working folder).
-- Every story with a title or a body goes in through articles.add with its
-- DATE (as the published date), TITLE, DATELINE (kept at the head of the
-- body, as on the wire, and in meta) and BODY; the record's NEWID and its
-- TOPICS / PLACES / PEOPLE / ORGS labels are kept in meta as JSON.
-- dossier.readfile gunzips the files and turns their Latin-1 byte into
-- UTF-8. A second run adds nothing: articles.add reports duplicates.
-- Prints one summary line; returns the counts as a table.

-- arg[1] is ours only when this file is the script being run
local folder = arg and arg[0] and arg[0]:match("import_reuters%.lua$") and arg[1]
if not folder then
  local data = os.getenv("DOSSIER_DATA")
  folder = (data and data ~= "" and data or "../shared/data") .. "/reuters21578"
end

local months = { JAN = 1, FEB = 2, MAR = 3, APR = 4, MAY = 5, JUN = 6,
                 JUL = 7, AUG = 8, SEP = 9, OCT = 10, NOV = 11, DEC = 12 }

-- "26-FEB-1987 15:01:01.79" (maybe with noise after) -> "1987-02-26"
local function iso_date(s)
  local d, mon, y = s:match("(%d%d?)%-(%a%a%a)%-(%d%d%d%d)")
  local m = mon and months[mon:upper()]
  if not m then return nil end
  return string.format("%04d-%02d-%02d", tonumber(y), m, tonumber(d))
end

-- SGML character references: &lt; &gt; &amp; and numeric ones. The wire's
-- control characters (&#2; &#3; &#5; &#22; &#127; ...) are dropped.
local named = { lt = "<", gt = ">", amp = "&", quot = '"', apos = "'" }
local function unescape(s)
  s = s:gsub("&#(%d+);", function(n)
    n = tonumber(n)
    if n < 32 or n == 127 then return "" end
    return utf8.char(n)
  end)
  return (s:gsub("&(%a+);", function(name) return named[name] end))
end

local function trim(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

-- Wire text: lines of ~70 columns, paragraphs start with an indent. Join
-- the lines of a paragraph, separate paragraphs with a blank line, and
-- drop the closing "Reuter" sign-off.
local function unwrap(s)
  local paras, cur = {}, {}
  for line in (s .. "\n"):gmatch("([^\n]*)\n") do
    if line:match("^%s*$") or (line:match("^%s%s+%S") and #cur > 0) then
      if #cur > 0 then paras[#paras + 1] = table.concat(cur, " ") end
      cur = {}
    end
    if not line:match("^%s*$") then cur[#cur + 1] = trim(line) end
  end
  if #cur > 0 then paras[#paras + 1] = table.concat(cur, " ") end
  if #paras > 0 then
    local last = paras[#paras]:gsub("%s*Reuter%s*$", "")
    if last == "" then paras[#paras] = nil else paras[#paras] = last end
  end
  return table.concat(paras, "\n\n")
end

local function field(rec, tag)
  local v = rec:match("<" .. tag .. ">(.-)</" .. tag .. ">")
  return v
end

local function labels(rec, tag)
  local inner = field(rec, tag)
  local out = {}
  if inner then
    for d in inner:gmatch("<D>(.-)</D>") do out[#out + 1] = d end
  end
  return out
end

-- A minimal JSON encoder for the meta object: strings and string lists.
local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local esc = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\t'] = '\\t' }
    return esc[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function json_meta(pairs_list)
  local parts = {}
  for _, kv in ipairs(pairs_list) do
    local k, v = kv[1], kv[2]
    if type(v) == "table" then
      if #v > 0 then
        local items = {}
        for i, x in ipairs(v) do items[i] = json_string(x) end
        parts[#parts + 1] = json_string(k) .. ":[" .. table.concat(items, ",") .. "]"
      end
    elseif v and v ~= "" then
      parts[#parts + 1] = json_string(k) .. ":" .. json_string(v)
    end
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

-- One <REUTERS> record -> the fields for articles.add, or nil when it has
-- neither a title nor a body.
local function story(rec)
  local newid = rec:match('NEWID="(%d+)"')
  local date = iso_date(field(rec, "DATE") or "")
  local text = rec:match("<TEXT[^>]*>(.-)</TEXT>") or ""
  local unproc = rec:match('<TEXT TYPE="UNPROC"') ~= nil
  local title = field(text, "TITLE")
  local dateline = field(text, "DATELINE")
  local body = field(text, "BODY")
  if unproc then body = text end
  title = title and trim(unescape(title)) or nil
  dateline = dateline and trim(unescape(dateline)) or nil
  body = body and unwrap(unescape(body)) or nil
  if title == "" then title = nil end
  if body == "" then body = nil end
  if not title and not body then return nil end
  if body and dateline and dateline ~= "" then
    body = dateline .. " " .. body
  end
  return {
    title = title, body = body, published = date,
    date_source = date and "meta" or "unknown", source = "Reuters",
    meta = json_meta{ { "newid", newid }, { "dateline", dateline },
                      { "topics", labels(rec, "TOPICS") },
                      { "places", labels(rec, "PLACES") },
                      { "people", labels(rec, "PEOPLE") },
                      { "orgs", labels(rec, "ORGS") } },
  }
end

local names = {}
for i = 0, 21 do
  local base = string.format("%s/reut2-%03d.sgm", folder, i)
  for _, p in ipairs{ base, base .. ".gz" } do
    local f = io.open(p, "rb")
    if f then
      f:close()
      names[#names + 1] = p
      break
    end
  end
end
if #names == 0 then
  io.stderr:write("import_reuters: no reut2-*.sgm files in " .. folder .. "\n")
  os.exit(77)
end

local counts = { files = 0, records = 0, stories = 0, added = 0,
                 duplicates = 0, with_body = 0, with_title = 0, dated = 0,
                 repaired = 0 }
local clock = os.clock()
-- a progress line on a terminal (the dossier program has dossier.progress;
-- a stock Lua does not, and then nothing is shown)
local progress = dossier.progress or function() end
for i, path in ipairs(names) do
  local text, repaired = dossier.readfile(path)
  if not text then error(repaired) end
  if repaired then counts.repaired = counts.repaired + 1 end
  counts.files = counts.files + 1
  for rec, stop in text:gmatch("(<REUTERS.-</REUTERS>)()") do
    progress(i - 1 + stop / #text, #names,
             string.format("files, %d stories", counts.stories))
    counts.records = counts.records + 1
    local s = story(rec)
    if s then
      counts.stories = counts.stories + 1
      if s.body then counts.with_body = counts.with_body + 1 end
      if s.title then counts.with_title = counts.with_title + 1 end
      if s.published then counts.dated = counts.dated + 1 end
      local _, dup = articles.add(s)
      if dup then
        counts.duplicates = counts.duplicates + 1
      else
        counts.added = counts.added + 1
      end
    end
  end
end
progress()
print(string.format(
  "reuters: %d files, %d records, %d stories (%d with a body, %d with a title, %d dated): " ..
  "%d added, %d already stored (%.1f s CPU)",
  counts.files, counts.records, counts.stories, counts.with_body, counts.with_title,
  counts.dated, counts.added, counts.duplicates, os.clock() - clock))
return counts
