-- Reproductions from the attack report (issue 16) that run from Lua on
-- the real binary (and under ASan+UBSan in the sanitizer build).
local failures = 0
local function check(cond, msg)
  if not cond then failures = failures + 1; io.stderr:write("FAIL: ", msg, "\n") end
end
local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  check(not ok and type(err) == "string" and err:find(pattern),
        "expected an error matching '" .. pattern .. "', got " .. tostring(err))
end

-- item 2: 256 tokens ending in a modifier read past the token buffer
for _, w in ipairs{ "early", "late", "mid" } do
  for n = 254, 258 do
    local id = articles.add{ title = "t" .. w .. n, body = ("word "):rep(n) .. w }
    check(id, "article with " .. n .. " tokens then '" .. w .. "' stored")
  end
end

-- item 4: every foreign key has an index on its column, so that deleting
-- the row it points to (reanalyze replaces every sentence of an article)
-- seeks instead of scanning the table
-- (SQLite's catalogue; the PostgreSQL schema has no foreign keys to articles,
-- whose months may live on other servers, see docs/POSTGRESQL.md)
if dossier.engine() == "sqlite" then
  local function indexed(tbl, col)
    for _, ix in ipairs(dossier.sql("SELECT name FROM pragma_index_list(?)", tbl)) do
      local first = dossier.sql("SELECT name FROM pragma_index_info(?) WHERE seqno = 0", ix.name)[1]
      if first and first.name == col then return true end
    end
    return false
  end
  local nfk = 0
  for _, t in ipairs(dossier.sql("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                 .. " AND sql NOT LIKE 'CREATE VIRTUAL%'")) do
    for _, fk in ipairs(dossier.sql("SELECT \"from\" AS col FROM pragma_foreign_key_list(?)", t.name)) do
      check(indexed(t.name, fk.col), t.name .. "." .. fk.col .. " has an index")
      nfk = nfk + 1
    end
  end
  check(nfk >= 2, "the foreign keys were found")
  -- the analysis tables have none since schema v11: their cascades are the
  -- triggers articles_em_bd and entities_ad, whose statements seek the same
  -- columns, so each has an index too
  for _, t in ipairs{ "mentions", "timexes", "actions" } do
    check(#dossier.sql("SELECT 1 FROM pragma_foreign_key_list(?)", t) == 0,
          t .. " has no foreign key")
  end
  for _, tc in ipairs{ { "mentions", "article" }, { "timexes", "article" },
                       { "actions", "article" }, { "mentions", "entity" },
                       { "actions", "actor" }, { "actions", "target" } } do
    check(indexed(tc[1], tc[2]), tc[1] .. "." .. tc[2] .. " has an index")
  end
  check(#dossier.sql("SELECT 1 FROM sqlite_schema WHERE type = 'trigger'"
                     .. " AND name IN ('articles_em_bd', 'entities_ad')") == 2,
        "the cascade triggers are there")
  -- an article's sentences are found by their range of ids (schema v9:
  -- article * 65536 + seq), which needs no index on sentences.article
  check(#dossier.sql("SELECT 1 FROM pragma_foreign_key_list('sentences')") == 0,
        "sentences.article is no foreign key")
  check(dossier.sql("SELECT count(*) AS n FROM sentences")[1].n > 0
        and dossier.sql("SELECT count(*) AS n FROM sentences"
                        .. " WHERE id / 65536 <> article")[1].n == 0,
        "sentences lie in their article's range of ids")
  -- a sentence column is a plain number (schema v7 for mentions): deleting a
  -- sentence looks up nothing in the tables that name it
  for _, t in ipairs{ "mentions", "timexes", "actions" } do
    check(#dossier.sql("SELECT 1 FROM pragma_foreign_key_list(?) WHERE \"from\" = 'sentence'", t) == 0,
          t .. ".sentence is no foreign key")
  end
end

-- item 7: read-only SQL stays read-only, and a trailing comment is fine
for _ = 1, 3 do
  articles.list{ limit = 5 }
  search.query("word", { limit = 5 })
end
if dossier.engine() == "sqlite" then
  raises("read%-only", dossier.sql, "PRAGMA optimize")
  raises("read%-only", dossier.sql, "PRAGMA main.optimize")
  raises("read%-only", dossier.sql, "pragma OPTIMIZE(0x10002)")
  raises("read%-only", dossier.sql, "PRAGMA wal_checkpoint(TRUNCATE)")
  raises("read%-only", dossier.sql, "PRAGMA shrink_memory")
  check(#dossier.sql("SELECT name FROM sqlite_schema WHERE name = 'sqlite_stat1'") == 0,
        "no sqlite_stat1 was made")
else
  raises("read%-only", dossier.sql, "SET statement_timeout = 0")
  raises("read%-only", dossier.sql, "ANALYZE articles")
end
check(dossier.sql("SELECT 1 AS x; -- c")[1].x == 1, "a trailing -- comment is accepted")
check(dossier.sql("SELECT 2 AS x; /* c */ ;  ")[1].x == 2, "a trailing block comment is accepted")
check(dossier.sql("SELECT 3 AS x -- c")[1].x == 3, "a comment without a semicolon")
raises("one statement", dossier.sql, "SELECT 1; SELECT 2")
raises("one statement", dossier.sql, "SELECT 1; -- c\nSELECT 2")
raises("one statement", dossier.sql, "SELECT 1; DELETE FROM articles")
if dossier.engine() == "sqlite" then
  check(#dossier.sql("PRAGMA table_info(articles)") > 3, "reading pragmas still work")
end

if failures > 0 then os.exit(1) end
print("hostile: ok")
