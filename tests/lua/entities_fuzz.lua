-- entities.find on random mixes of tricky pieces (bad UTF-8, NUL bytes,
-- abbreviations, titles, parentheses): never fails, spans stay inside the
-- text. Runs under the sanitizer build too.
math.randomseed(7)
local pieces = {"U.S.", " ", "\n", "\n\n", "’s", "Mr.", "He", "Xi", "(", ")", "ZGA", "-", "then-", "Erdoğan", "\xff", "\xc3", "\0", ".", "?", "“", "”", "Jan.", "St", "of", "Bank", "Sudan", "A", "b", "Wang", "Yi", "Blinken", "President", "…", "\xe2\x80", "1,000.5"}
for i = 1, 1000 do
  local t = {}
  for j = 1, math.random(0, 60) do t[#t + 1] = pieces[math.random(#pieces)] end
  local s = table.concat(t)
  local ms = entities.find(s)
  for _, m in ipairs(ms) do
    assert(m.start >= 1 and m.stop <= #s and m.start <= m.stop + 1, s)
  end
end
print("entities fuzz ok")
