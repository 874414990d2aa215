#!/usr/bin/env bash
# `dossier ingest`: the seed page field by field, re-runs that add nothing,
# every input format, gzip, folders with a symlink loop, bad inputs
# reported per file with exit status 1, quiet when not a terminal.
set -u
. "$(dirname "$0")/lib.bash"

db=$tmp/i.db
fx=tests/fixtures/ingest
q() { "$DOSSIER" -d "$db" -e "for _, r in ipairs(dossier.sql([[$1]])) do local t = {} for _, k in ipairs{$2} do t[#t+1] = tostring(r[k]) end print(table.concat(t, '|')) end"; }

# ---- the seed page
run "$DOSSIER" -d "$db" ingest seeds/
expect_status 0
expect_err_match '^ingested 1 file: 6 articles added, 0 already stored, 0 failed'
grep -q $'\r' "$out_err" && fail "progress line printed while not on a terminal"

run q "SELECT kind, title, dek, section, region, published, date_source, url, partial FROM articles WHERE kind='article'" \
  "'kind','title','dek','section','region','published','date_source','url','partial'"
expect_out "article|Blinken goes to China to maintain the illusion of stability|Washington and Beijing will have to do more than stand for photo-ops if they want to stave off the march toward conflict|Analysis|Asia-Pacific|2024-04-23|sidecar|https://responsiblestatecraft.org/antony-blinken-china-visit/|0"

run q "SELECT substr(body, 1, 60) AS b, substr(body, -60) AS e, substr(captions, -24) AS c FROM articles WHERE kind='article'" "'b','e','c'"
expect_out "Secretary of State Antony Blinken is set to travel to Beijin|s is the only path to achieving security for either country.|REUTERS/Leah Millis/Pool"

run q "SELECT kind, partial, coalesce(region, '-') AS r, date_source, coalesce(published, '-') AS p, title FROM articles WHERE kind<>'article' ORDER BY kind, title" \
  "'kind','partial','r','date_source','p','title'"
expect_out "link|0|-|unknown|-|Diplomacy Watch: A peace summit without Russia
link|0|-|unknown|-|Diplomacy Watch: Moscow bails on limited ceasefire talks
teaser|1|-|unknown|-|Diplomacy Watch: Are Moscow and Kyiv on collision course to talk?
teaser|1|Europe|unknown|-|Turkey's BRICS gambit is just what Russia ordered
teaser|1|Europe|unknown|-|When will the war in Ukraine end?"

run q "SELECT count(*) AS n FROM articles WHERE coalesce(title,'')||coalesce(body,'')||coalesce(captions,'')||coalesce(dek,'') GLOB '*[Ff]ollow us on social*' OR body LIKE '%keep reading%' OR body LIKE '%Subscribe now%' OR body LIKE '%Wm3cfdq3qjgzzf3xuskdjgy0l5xqknar1%' OR body LIKE '%Newsletter%' OR title LIKE '%ukraine war%'" "'n'"
expect_out "0"

# the same ingest again adds nothing and says so
run "$DOSSIER" -d "$db" ingest seeds/
expect_status 0
expect_err_match 'ingested 1 file: 0 articles added, 6 already stored, 0 failed'
run q "SELECT count(*) AS n FROM pages" "'n'"
expect_out "1"

# ---- every format, by content (names that do not tell)
mkdir -p "$tmp/in/deeper"
cp $fx/feed.rss "$tmp/in/a.txt"
cp $fx/feed.atom "$tmp/in/b.dat"
cp $fx/items.jsonl "$tmp/in/deeper/c"
cp $fx/items.csv "$tmp/in/deeper/d.csv"
cp $fx/page.txt "$tmp/in/deeper/e.txt"
gzip -c $fx/items_semicolon.csv > "$tmp/in/deeper/f.csv.gz"
cp $fx/page.html "$tmp/in/deeper/g"
cp $fx/array.json "$tmp/in/deeper/h.json"
ln -s .. "$tmp/in/deeper/loop"          # a symlink loop
run "$DOSSIER" -d "$tmp/f.db" ingest "$tmp/in"
expect_status 0
expect_err_match '^ingested 8 files: 14 articles added, 0 already stored, 0 failed'
db=$tmp/f.db
run q "SELECT title, published, date_source FROM articles ORDER BY title" "'title','published','date_source'"
expect_out "Ceasefire talks resume in Doha as envoys return|2024-03-11|inferred
Election called|2024-03-21|meta
Envoys meet in Geneva on grain corridor|2024-04-23|meta
Grid upgrade approved|nil|unknown
No date here|nil|unknown
Pipeline talks resume|2024-02-07|meta
Port strike ends after three days|2024-04-26|meta
Rates held steady|2024-03-20|meta
Sanctions package approved|2024-05-02|meta
Semicolon file|2024-01-02|meta
Summit ends with joint statement|2024-06-14|meta
Talks resume in Doha|2024-03-11|meta
Talks stall over border|2024-06-15|meta
Undated note|nil|unknown"
run q "SELECT format, count(*) AS n FROM pages GROUP BY format ORDER BY format" "'format','n'"
expect_out "csv|2
html|1
json|1
jsonl|1
rss|2
text|1"

# options: --date fills what has no date; --source applies to all
run "$DOSSIER" -d "$tmp/o.db" ingest --date 2024-07-01 --source Desk "$tmp/in/deeper/c"
expect_status 0
db=$tmp/o.db
run q "SELECT title, published, date_source, source FROM articles ORDER BY title" "'title','published','date_source','source'"
expect_out "No date here|2024-07-01|option|Desk
Summit ends with joint statement|2024-06-14|meta|Wire
Talks stall over border|2024-06-15|meta|Desk"
run "$DOSSIER" -d "$tmp/o.db" ingest --date soon "$tmp/in"
expect_status 1; expect_err_match "not a date"
run "$DOSSIER" -d "$tmp/o.db" ingest --format pdf "$tmp/in"
expect_status 1; expect_err_match "unknown format 'pdf'"

# ---- bad inputs: a message per file, the batch goes on, exit status 1
mkdir -p "$tmp/bad"
printf 'Title\0with a NUL byte\n' > "$tmp/bad/1.txt"
: > "$tmp/bad/2.txt"
printf 'Caf\xe9 society returns\n\nThe caf\xe9 on the corner reopened on Monday after a long closure.\n' > "$tmp/bad/3.txt"
printf 'Stray bytes here\n\nThis paragraph has a stray \xff byte and a valid \xe2\x80\x9cquote\xe2\x80\x9d too.\n' > "$tmp/bad/4.txt"
printf '{"title": "ok"}\n{oops\n' > "$tmp/bad/5.jsonl"
for i in $(seq 500); do printf "word word word word "; done > "$tmp/bad/6.txt"; truncate -s 200M "$tmp/bad/6.txt"
head -c 3000 /dev/urandom | gzip -c > "$tmp/bad/7.gz"
run "$DOSSIER" -d "$tmp/b.db" ingest "$tmp/bad"
expect_status 1
expect_err_match '1\.txt: binary file \(NUL bytes\)'
expect_err_match '2\.txt: empty file'
expect_err_match '5\.jsonl: jsonl: line 2: invalid JSON'
expect_err_match '6\.txt: too large: 200\.0 MB'
expect_err_match '7\.gz: (binary file|.*gzip)'
expect_err_match '^ingested 7 files: 2 articles added, 0 already stored, 5 failed, some text repaired'
db=$tmp/b.db
run q "SELECT title FROM articles ORDER BY title" "'title'"
expect_out "Café society returns
Stray bytes here"

# the Reuters SGML files are not a page format: a pointer to the importer
run "$DOSSIER" -d "$tmp/b.db" ingest tests/fixtures/ingest/reuters
expect_status 1; expect_err_match 'reut2-000\.sgm\.gz: .*Reuters-21578 SGML.*import_reuters\.lua'
[ "$(grep -c 'Reuters-21578 SGML' "$out_err")" = 1 ] || fail "the failure is reported more than once"

# a missing path
run "$DOSSIER" -d "$tmp/b.db" ingest "$tmp/nope"
expect_status 1; expect_err_match 'nope: No such file'

# libxml2 is loaded when a page or feed is first parsed: without it, HTML
# and RSS fail with a clear message and the rest still ingests
run env DOSSIER_LIBXML2=libno-such-xml.so.9 "$DOSSIER" -d "$tmp/noxml.db" ingest "$fx/feed.rss" "$fx/page.txt"
expect_status 1; expect_err_match 'feed.rss: .*need libxml2'
run "$DOSSIER" -d "$tmp/noxml.db" -e 'return articles.count()'
expect_status 0; expect_out "1"
run "$DOSSIER" -d "$tmp/noxml.db" ingest "$fx/feed.rss" "$fx/page.html"
expect_status 0
run "$DOSSIER" -d "$tmp/noxml.db" -e 'return articles.count()'
expect_status 0; expect_out_match '^[4-9]$'

finish
