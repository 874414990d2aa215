-- eval-ner.lua FILE — the body of scripts/eval-ner (see there): CoNLL-2003
-- in, conlleval-style scores out. Run by the dossier binary.
local path = assert(arg and arg[1], "usage: eval-ner.lua FILE")

local TYPE = { person = "PER", country = "LOC", place = "LOC",
               organization = "ORG", other = "MISC" }

-- Read the file into documents: each a list of sentences, each a list of
-- {word, tag}.
local docs, doc, sent = {}, nil, nil
for line in io.lines(path) do
  if line:match("^%-DOCSTART%-") then
    doc = {}
    docs[#docs + 1] = doc
    sent = nil
  elseif line == "" then
    sent = nil
  else
    local word, tag = line:match("^(%S+) %S+ %S+ (%S+)$")
    if word then
      if not doc then doc = {}; docs[#docs + 1] = doc end
      if not sent then sent = {}; doc[#doc + 1] = sent end
      sent[#sent + 1] = { word, tag }
    end
  end
end

local stats = { found = 0, gold = 0, correct = 0, tokens = 0, tokok = 0 }
local per = {}
local function bump(ty, field)
  per[ty] = per[ty] or { found = 0, gold = 0, correct = 0 }
  per[ty][field] = per[ty][field] + 1
end

local dump_path = os.getenv("DOSSIER_EVAL_DUMP")
local dump = dump_path and dump_path ~= "" and assert(io.open(dump_path, "w"))
local clock0 = os.clock()
for _, d in ipairs(docs) do
  -- the article's text: tokens joined by spaces, sentences by blank lines
  local parts, pos, spans, gold = {}, 1, {}, {}
  for si, s in ipairs(d) do
    if si > 1 then parts[#parts + 1] = "\n\n"; pos = pos + 2 end
    for wi, w in ipairs(s) do
      if wi > 1 then parts[#parts + 1] = " "; pos = pos + 1 end
      parts[#parts + 1] = w[1]
      spans[#spans + 1] = { pos, pos + #w[1] - 1 }
      gold[#gold + 1] = w[2]
      pos = pos + #w[1]
    end
    spans[#spans].last = true
  end
  local text = table.concat(parts)
  local pred = {}
  for i = 1, #spans do pred[i] = "O" end
  local ms = entities.find(text)
  local ti = 1
  for _, m in ipairs(ms) do
    local ty = TYPE[m.type] or "MISC"
    if m.form == "adjective" then ty = "MISC" end
    while ti <= #spans and spans[ti][2] < m.start do ti = ti + 1 end
    -- a name inside a hyphenated word ("U.S.-led", "pro-Baghdad"): CoNLL
    -- tags the whole word MISC
    if ti <= #spans and (spans[ti][1] < m.start or
                         (spans[ti][2] > m.stop and spans[ti][1] <= m.stop)) then
      ty = "MISC"
    end
    local first = true
    local k = ti
    while k <= #spans and spans[k][1] <= m.stop do
      if pred[k] == "O" then
        -- a new chunk starts here even next to one of the same type
        pred[k] = (first and k > 1 and pred[k - 1] == "I-" .. ty) and "B-" .. ty
                  or "I-" .. ty
        first = false
      end
      k = k + 1
    end
  end
  -- DOSSIER_EVAL_DUMP=FILE: "word gold predicted" per token, for reading
  -- errors (a blank line after each sentence)
  if dump then
    local a = 1
    for _, s in ipairs(d) do
      for k = a, a + #s - 1 do
        dump:write(text:sub(spans[k][1], spans[k][2]),
                   " ", gold[k], " ", pred[k], "\n")
      end
      dump:write("\n")
      a = a + #s
    end
  end
  -- score sentence by sentence (chunks never cross sentences)
  local a = 1
  for _, s in ipairs(d) do
    local g, p = {}, {}
    for k = a, a + #s - 1 do
      g[#g + 1] = gold[k]
      p[#p + 1] = pred[k]
      stats.tokens = stats.tokens + 1
      if gold[k]:sub(3) == pred[k]:sub(3) then stats.tokok = stats.tokok + 1 end
    end
    a = a + #s
    local gc, pc = {}, {}
    -- IOB1 B- starts a chunk; our B- too: normalise by splitting on B-
    local function norm(tags)
      local out = {}
      for i, t in ipairs(tags) do
        if t:sub(1, 2) == "B-" then
          out[i] = "I-" .. t:sub(3)
          out.breaks = out.breaks or {}
          out.breaks[i] = true
        else
          out[i] = t
        end
      end
      return out
    end
    local function chunks_b(tags, out)
      local nt = norm(tags)
      local i, n = 1, #nt
      while i <= n do
        if nt[i] == "O" then
          i = i + 1
        else
          local ty = nt[i]:sub(3)
          local j = i + 1
          while j <= n and nt[j] == "I-" .. ty and not (nt.breaks and nt.breaks[j]) do
            j = j + 1
          end
          out[i .. ":" .. (j - 1) .. ":" .. ty] = ty
          i = j
        end
      end
    end
    chunks_b(g, gc)
    chunks_b(p, pc)
    for key, ty in pairs(gc) do
      stats.gold = stats.gold + 1; bump(ty, "gold")
      if pc[key] then stats.correct = stats.correct + 1; bump(ty, "correct") end
    end
    for _, ty in pairs(pc) do
      stats.found = stats.found + 1; bump(ty, "found")
    end
  end
end
local secs = os.clock() - clock0
if dump then dump:close() end

local function prf(c, f, g)
  local p = f > 0 and 100 * c / f or 0
  local r = g > 0 and 100 * c / g or 0
  local fb = (p + r) > 0 and 2 * p * r / (p + r) or 0
  return p, r, fb
end

print(string.format("processed %d tokens with %d phrases; found: %d phrases; correct: %d.",
  stats.tokens, stats.gold, stats.found, stats.correct))
print(string.format("accuracy: %6.2f%%; %d articles in %.2f s (%.0f tokens/s)",
  100 * stats.tokok / math.max(stats.tokens, 1), #docs, secs,
  stats.tokens / math.max(secs, 1e-9)))
for _, ty in ipairs{ "LOC", "MISC", "ORG", "PER" } do
  local s = per[ty] or { found = 0, gold = 0, correct = 0 }
  local p, r, f = prf(s.correct, s.found, s.gold)
  print(string.format("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d",
    ty, p, r, f, s.found))
end
-- raw counts for summing over folds (scripts/eval-ner --cv)
if os.getenv("DOSSIER_EVAL_COUNTS") == "1" then
  for _, ty in ipairs{ "LOC", "MISC", "ORG", "PER" } do
    local s = per[ty] or { found = 0, gold = 0, correct = 0 }
    print(string.format("counts %s %d %d %d", ty, s.gold, s.found, s.correct))
  end
end
local p, r, f = prf(stats.correct, stats.found, stats.gold)
print(string.format("overall precision %.2f recall %.2f FB1 %.2f", p, r, f))
