/*
** store.c — the SQLite database behind a corpus: schema and migrations,
** connection settings, the prepared-statement cache, articles, and saving
** analyses. The only file that knows the schema's write side.
*/
#include <stdio.h>
#include <limits.h>
#include <pthread.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "store/store.h"
#include "store/pg.h"
#include "store/textpack.h"
#include "store/stored.h"
#include "base/dates.h"
#include "analysis/text.h"
#include "analysis/entities.h"
#include "analysis/timex.h"
#include "analysis/actions.h"

/* The page cache, in KiB (negative for SQLite): a large ingest writes
** into indexes bigger than SQLite's default 2 MiB and would otherwise
** spill to the WAL and read pages back again and again. Bounded, so
** memory stays flat however large the corpus. */
#define STORE_CACHE_KIB "-32768"

/* The page size of a new database, in bytes. An article's row (its text)
** is a good part of a 4 KiB page, and rows are appended: each page was
** left a quarter empty on average; larger pages waste less of each, and
** their B-trees are shallower. Older files keep theirs. */
#define STORE_PAGE_SIZE "8192"

/* The ids of an article's sentences (schema_v9): article id times
** STORE_SENTENCE_SPAN plus the sentence's place, so that an article's
** sentences are one range of ids, found without an index. An article's
** sentences past the first STORE_SENTENCE_SPAN (over 65,000: no real
** article has them) are not stored; what lies in them keeps no sentence. */
#define STORE_SENTENCE_SPAN 65536
#define STORE_SENTENCE_SPAN_SQL "65536"

/* A new database gives its free pages back to the file system
** (auto_vacuum, see store_close): a full-text merge frees its input
** segments, and at the end of a 10k ingest 2.8% of the file (1.6 MB) was
** such free pages, kept until later writes reused them. INCREMENTAL
** frees them only when asked, so writes pay no more than the pointer
** map's upkeep. Set only while the file is empty; older files keep
** theirs (changing it needs a VACUUM). */
#define STORE_AUTO_VACUUM "INCREMENTAL"

/* application_id: "doss" */
#define STORE_APP_ID 0x646f7373

/* The schema, version 1. Later versions append migrations below it. */
static const char schema_v1[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE pages(\n"
    "  id INTEGER PRIMARY KEY, path TEXT, url TEXT, site TEXT,\n"
    "  format TEXT, retrieved TEXT, hash TEXT,\n"
    "  added TEXT NOT NULL DEFAULT (datetime('now')));\n"
    "CREATE INDEX pages_hash ON pages(hash);\n"
    "CREATE TABLE articles(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  page INTEGER REFERENCES pages(id) ON DELETE SET NULL,\n"
    "  seq INTEGER NOT NULL DEFAULT 0,\n"
    "  kind TEXT NOT NULL DEFAULT 'article'\n"
    "    CHECK (kind IN ('article','teaser','link')),\n"
    "  title TEXT, dek TEXT, section TEXT, region TEXT, byline TEXT,\n"
    "  published TEXT, date_source TEXT NOT NULL DEFAULT 'unknown',\n"
    "  url TEXT, source TEXT,\n"
    "  body TEXT NOT NULL DEFAULT '', captions TEXT, meta TEXT,\n"
    "  partial INTEGER NOT NULL DEFAULT 0,\n"
    "  hash TEXT NOT NULL UNIQUE,\n"
    "  added TEXT NOT NULL DEFAULT (datetime('now')));\n"
    "CREATE INDEX articles_published ON articles(published);\n"
    "CREATE INDEX articles_kind ON articles(kind, published);\n"
    "CREATE INDEX articles_page ON articles(page);\n"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(\n"
    "  title, dek, body, content='articles', content_rowid='id',\n"
    "  tokenize='porter unicode61 remove_diacritics 2');\n"
    "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN\n"
    "  INSERT INTO articles_fts(rowid, title, dek, body)\n"
    "  VALUES (new.id, new.title, new.dek, new.body);\n"
    "END;\n"
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN\n"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)\n"
    "  VALUES ('delete', old.id, old.title, old.dek, old.body);\n"
    "END;\n"
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, dek, body ON articles BEGIN\n"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)\n"
    "  VALUES ('delete', old.id, old.title, old.dek, old.body);\n"
    "  INSERT INTO articles_fts(rowid, title, dek, body)\n"
    "  VALUES (new.id, new.title, new.dek, new.body);\n"
    "END;\n"
    "CREATE TABLE sentences(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
    "  paragraph INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE INDEX sentences_article ON sentences(article, seq);\n"
    "CREATE TABLE entities(\n"
    "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,\n"
    "  code TEXT, user_defined INTEGER NOT NULL DEFAULT 0,\n"
    "  UNIQUE(name, type));\n"
    "CREATE TABLE aliases(\n"
    "  alias TEXT NOT NULL, key TEXT NOT NULL,\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
    "  user_defined INTEGER NOT NULL DEFAULT 0,\n"
    "  PRIMARY KEY(key, entity));\n"
    "CREATE INDEX aliases_entity ON aliases(entity);\n"
    "CREATE TABLE mentions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER REFERENCES sentences(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, surface TEXT);\n"
    "CREATE INDEX mentions_entity ON mentions(entity, article);\n"
    "CREATE INDEX mentions_article ON mentions(article);\n"
    "CREATE INDEX mentions_sentence ON mentions(sentence);\n"
    "CREATE TABLE timexes(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER REFERENCES sentences(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT,\n"
    "  type TEXT, value TEXT, date_start TEXT, date_end TEXT,\n"
    "  precision TEXT);\n"
    "CREATE INDEX timexes_article ON timexes(article);\n"
    "CREATE INDEX timexes_date ON timexes(date_start, date_end);\n"
    "CREATE TABLE actions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER REFERENCES sentences(id) ON DELETE CASCADE,\n"
    "  actor INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  verb TEXT NOT NULL, category INTEGER,\n"
    "  target INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  object TEXT, date_start TEXT, date_end TEXT, precision TEXT,\n"
    "  date_source TEXT, modality TEXT NOT NULL DEFAULT 'asserted',\n"
    "  evidence TEXT);\n"
    "CREATE INDEX actions_date ON actions(date_start, date_end);\n"
    "CREATE INDEX actions_actor ON actions(actor, date_start);\n"
    "CREATE INDEX actions_target ON actions(target, date_start);\n"
    "CREATE INDEX actions_category ON actions(category, date_start);\n"
    "CREATE INDEX actions_article ON actions(article);\n";

/* Version 2: the full-text rows of new articles are written by
** store_commit, after every other write of the transaction, instead of by
** an insert trigger. FTS5 flushes its pending terms at each statement
** savepoint, and every insert of an article's analysis rows opens one: with
** the trigger, each article's index rows were flushed many times. */
static const char schema_v2[] =
    "DROP TRIGGER articles_ai;\n";

/* Version 3: person entities are found by their last name through an
** index. Resolving a short name ("Blinken") used to test every person's
** name with LIKE, a scan that grew with the corpus. Rows are written by
** store_entity_added (and for the persons already stored, by
** fill_surnames); a row whose entity is gone is harmless, as lookups join
** entities and test the full name. */
static const char schema_v3[] =
    "CREATE TABLE surnames(key TEXT NOT NULL, entity INTEGER NOT NULL,\n"
    "  PRIMARY KEY(key, entity)) WITHOUT ROWID;\n";

/* Version 4: entity_months holds, per month ('YYYY-MM' of the article's
** published date) and entity, the entity's mentions and the number of
** distinct articles naming it, all kinds together and for the teaser and
** link kinds (kind article is the rest), so that entities_top reads whole
** months from it instead of every mention (see entity_query.c). Undated
** articles are left out. An article's new mentions are added by
** store_save_analysis, in one statement per article (a trigger per mention
** made ingest a third slower); triggers keep it exact on every other write
** path: mentions deleted, or moved to another entity (merge) or article; an
** article deleted (its mentions are deleted first, while the article
** still gives their month; the cascade then finds none); an article's
** date or kind changed. A count of articles changes only when the first
** mention of an (article, entity) pair arrives or the last one goes: a
** seek on mentions_entity(entity, article). Rows at 0 mentions go away.
** Two partial indexes let actions_query find the actions that began
** before a period and still overlap it without walking every action of
** the months before: actions_span holds the actions ending after they
** start (no others can straddle a date), actions_long those spanning more
** than 31 days (or with dates julianday cannot read). actions_query
** repeats their WHERE expressions exactly, so keep the two in step. */
#define EM_ADD(ENT, ART, KEY) \
    "  INSERT INTO entity_months(month, entity, mentions, articles,\n" \
    "    teaser_mentions, teaser_articles, link_mentions, link_articles)\n" \
    "  SELECT month, " ENT ", 1, first, kind = 'teaser',\n" \
    "    kind = 'teaser' AND first, kind = 'link', kind = 'link' AND first\n" \
    "  FROM (SELECT substr(a.published, 1, 7) AS month, a.kind AS kind,\n" \
    "    NOT EXISTS (SELECT 1 FROM mentions o WHERE o.entity = " ENT "\n" \
    "                AND o.article = " ART " AND o." KEY " <> new." KEY ")\n" \
    "      AS first\n" \
    "    FROM articles a WHERE a.id = " ART " AND a.published IS NOT NULL)\n" \
    "  WHERE true ON CONFLICT(month, entity) DO UPDATE SET\n" \
    "    mentions = mentions + 1, articles = articles + excluded.articles,\n" \
    "    teaser_mentions = teaser_mentions + excluded.teaser_mentions,\n" \
    "    teaser_articles = teaser_articles + excluded.teaser_articles,\n" \
    "    link_mentions = link_mentions + excluded.link_mentions,\n" \
    "    link_articles = link_articles + excluded.link_articles;\n"
#define EM_MONTH(ART) \
    "(SELECT substr(published, 1, 7) FROM articles WHERE id = " ART ")"
#define EM_SUB(ENT, ART) \
    "  UPDATE entity_months SET mentions = mentions - 1,\n" \
    "    articles = articles - s.last,\n" \
    "    teaser_mentions = teaser_mentions - (s.kind = 'teaser'),\n" \
    "    teaser_articles = teaser_articles - (s.kind = 'teaser' AND s.last),\n" \
    "    link_mentions = link_mentions - (s.kind = 'link'),\n" \
    "    link_articles = link_articles - (s.kind = 'link' AND s.last)\n" \
    "  FROM (SELECT substr(a.published, 1, 7) AS month, a.kind AS kind,\n" \
    "    NOT EXISTS (SELECT 1 FROM mentions o WHERE o.entity = " ENT "\n" \
    "                AND o.article = " ART ") AS last\n" \
    "    FROM articles a WHERE a.id = " ART ") AS s\n" \
    "  WHERE entity_months.month = s.month AND entity_months.entity = " ENT ";\n" \
    "  DELETE FROM entity_months WHERE month = " EM_MONTH(ART) "\n" \
    "    AND entity = " ENT " AND mentions <= 0;\n"
/* The triggers that keep entity_months exact on every write path but the
** saving of new mentions (see schema_v4); made again by migrate_v7 when it
** rebuilds mentions. KEY is the column that tells a mention from the other
** mentions of its article: id up to version 8, seq from version 9. BD is
** more of what articles_em_bd does (from version 9: delete the article's
** sentences, by their range of ids). */
#define EM_TRIGGERS(KEY, BD) \
    "CREATE TRIGGER mentions_em_ad AFTER DELETE ON mentions BEGIN\n" \
    EM_SUB("old.entity", "old.article") \
    "END;\n" \
    "CREATE TRIGGER mentions_em_au AFTER UPDATE OF entity, article ON mentions\n" \
    "WHEN old.entity IS NOT new.entity OR old.article IS NOT new.article BEGIN\n" \
    EM_SUB("old.entity", "old.article") \
    EM_ADD("new.entity", "new.article", KEY) \
    "END;\n" \
    "CREATE TRIGGER articles_em_bd BEFORE DELETE ON articles BEGIN\n" \
    "  DELETE FROM mentions WHERE article = old.id;\n" \
    BD \
    "END;\n" \
    "CREATE TRIGGER articles_em_au AFTER UPDATE OF published, kind ON articles\n" \
    "WHEN old.published IS NOT new.published OR old.kind IS NOT new.kind BEGIN\n" \
    "  UPDATE entity_months SET mentions = mentions - s.n, articles = articles - 1,\n" \
    "    teaser_mentions = teaser_mentions - s.n * (old.kind = 'teaser'),\n" \
    "    teaser_articles = teaser_articles - (old.kind = 'teaser'),\n" \
    "    link_mentions = link_mentions - s.n * (old.kind = 'link'),\n" \
    "    link_articles = link_articles - (old.kind = 'link')\n" \
    "  FROM (SELECT entity, count(*) AS n FROM mentions WHERE article = old.id\n" \
    "        GROUP BY entity) AS s\n" \
    "  WHERE entity_months.month = substr(old.published, 1, 7)\n" \
    "    AND entity_months.entity = s.entity;\n" \
    "  DELETE FROM entity_months WHERE month = substr(old.published, 1, 7)\n" \
    "    AND entity IN (SELECT entity FROM mentions WHERE article = old.id)\n" \
    "    AND mentions <= 0;\n" \
    "  INSERT INTO entity_months(month, entity, mentions, articles,\n" \
    "    teaser_mentions, teaser_articles, link_mentions, link_articles)\n" \
    "  SELECT substr(new.published, 1, 7), entity, count(*), 1,\n" \
    "    count(*) * (new.kind = 'teaser'), new.kind = 'teaser',\n" \
    "    count(*) * (new.kind = 'link'), new.kind = 'link'\n" \
    "  FROM mentions WHERE article = new.id AND new.published IS NOT NULL\n" \
    "  GROUP BY entity ON CONFLICT(month, entity) DO UPDATE SET\n" \
    "    mentions = mentions + excluded.mentions, articles = articles + 1,\n" \
    "    teaser_mentions = teaser_mentions + excluded.teaser_mentions,\n" \
    "    teaser_articles = teaser_articles + excluded.teaser_articles,\n" \
    "    link_mentions = link_mentions + excluded.link_mentions,\n" \
    "    link_articles = link_articles + excluded.link_articles;\n" \
    "END;\n"
#define EM_DROP \
    "DROP TRIGGER IF EXISTS mentions_em_ad;\n" \
    "DROP TRIGGER IF EXISTS mentions_em_au;\n" \
    "DROP TRIGGER IF EXISTS articles_em_bd;\n" \
    "DROP TRIGGER IF EXISTS articles_em_au;\n"
/* for mentions keyed by id (versions 4 to 8), and by (article, seq) */
static const char em_triggers_v8[] = EM_DROP EM_TRIGGERS("id", "");
static const char em_triggers[] = EM_DROP EM_TRIGGERS("seq",
    "  DELETE FROM sentences WHERE id BETWEEN old.id * " STORE_SENTENCE_SPAN_SQL "\n"
    "    AND old.id * " STORE_SENTENCE_SPAN_SQL " + " STORE_SENTENCE_SPAN_SQL " - 1;\n");
static const char em_drop_triggers[] = EM_DROP;
static const char schema_v4[] =
    /* what it makes, dropped first, so that it can run again */
    "DROP TABLE IF EXISTS entity_months;\n"
    "DROP TRIGGER IF EXISTS mentions_em_ai;\n"
    "DROP TRIGGER IF EXISTS mentions_em_ad;\n"
    "DROP TRIGGER IF EXISTS mentions_em_au;\n"
    "DROP TRIGGER IF EXISTS articles_em_bd;\n"
    "DROP TRIGGER IF EXISTS articles_em_au;\n"
    "DROP INDEX IF EXISTS actions_span;\n"
    "DROP INDEX IF EXISTS actions_long;\n"
    "CREATE TABLE entity_months(\n"
    "  month TEXT NOT NULL, entity INTEGER NOT NULL,\n"
    "  mentions INTEGER NOT NULL, articles INTEGER NOT NULL,\n"
    "  teaser_mentions INTEGER NOT NULL, teaser_articles INTEGER NOT NULL,\n"
    "  link_mentions INTEGER NOT NULL, link_articles INTEGER NOT NULL,\n"
    "  PRIMARY KEY(month, entity)) WITHOUT ROWID;\n"
    "INSERT INTO entity_months\n"
    "  SELECT month, entity, sum(n), count(*),\n"
    "    sum(n * (kind = 'teaser')), sum(kind = 'teaser'),\n"
    "    sum(n * (kind = 'link')), sum(kind = 'link')\n"
    "  FROM (SELECT substr(a.published, 1, 7) AS month, a.kind AS kind,\n"
    "    m.entity AS entity, count(*) AS n\n"
    "    FROM articles a CROSS JOIN mentions m ON m.article = a.id\n"
    "    WHERE a.published IS NOT NULL GROUP BY m.article, m.entity)\n"
    "  GROUP BY month, entity;\n"
    EM_TRIGGERS("id", "")
    "CREATE INDEX actions_span ON actions(date_start, date_end)\n"
    "  WHERE date_end > date_start;\n"
    "CREATE INDEX actions_long ON actions(date_start, date_end)\n"
    "  WHERE coalesce(julianday(date_end) - julianday(date_start), 1e9) > 31;\n";
#undef EM_TRIGGERS
#undef EM_DROP
#undef EM_ADD
#undef EM_MONTH
#undef EM_SUB

/* v5: indexes on the foreign keys that cascade from sentences: without
** them each deleted sentence scanned actions and timexes whole, so
** reanalyze (which replaces every article's sentences) grew with the
** square of the corpus. */
static const char schema_v5[] =
    "CREATE INDEX IF NOT EXISTS actions_sentence ON actions(sentence);\n"
    "CREATE INDEX IF NOT EXISTS timexes_sentence ON timexes(sentence);\n";

/* v6: a leaner write side. What the article text already holds is stored
** as byte offsets into it and cut out again on read: an action's evidence
** (ev_start, ev_end instead of the evidence text; ob_start, ob_end for its
** object, whose text column is kept only for an object that is not a
** piece of the article), a mention's surface
** (start, end) and a time expression's text (start, end). The sentence
** columns of actions and timexes are plain numbers, no longer foreign keys:
** store_save_analysis deletes an article's actions and time expressions
** before its sentences, and deleting an article cascades through the
** article column, so the two indexes kept only for that cascade go, with
** timexes_date, which no query reads. Every other index is read by a
** query: articles_published and articles_kind (the date and kind filters
** of every module, store_latest_date), articles_page (deleting a page with
** its last article), the hash (dedupe); sentences_article, mentions_article,
** timexes_article, actions_article (clearing and deleting an article's
** analysis, the joins from articles by date, actions.query{article});
** mentions_entity (every per-entity query, short-name resolution, the
** first-mention test of entity_months); mentions_sentence (co-occurrence
** in entities.network and cooccur, the cascade from sentences);
** actions_date, actions_span, actions_long (actions by period);
** actions_actor, actions_target, actions_category (actions.query and
** series by actor, target, category; entity merges).
** The full-text index gains a fourth column, period: "m" and the year and
** month of the published date ("m202405"; "mx" for a date that is not a
** whole day; none when undated), read through the view
** articles_fts_content. A search restricted to some months ANDs its
** expression with those months' tokens, so FTS5 walks only the articles
** of those months instead of ranking every match (query/search.c). The
** ranking is dz_bm25 (store_fts_functions): FTS5's bm25 over the three
** text columns alone, so scores are those of the index without the
** period column. The step (migrate_v6) rebuilds only what is still in
** the old form, so it can run again. */
static const char schema_v6[] =
    "DROP INDEX IF EXISTS actions_sentence;\n"
    "DROP INDEX IF EXISTS timexes_sentence;\n"
    "DROP INDEX IF EXISTS timexes_date;\n";

/* v7: fewer B-trees to write. A mention's sentence is a plain number,
** no longer a foreign key (store_save_analysis deletes an article's
** mentions before its sentences, and deleting an article deletes its
** mentions first, in articles_em_bd), so mentions_sentence, kept for that
** cascade and for co-occurrence, goes: co-occurrence now finds mentions
** by (article, sentence), through mentions_article and a test of the few
** mentions of each article (entities.network; cooccur and pairs already
** read mentions by article).
** The step (migrate_v7) rebuilds mentions only while its sentence column
** is still a foreign key, so it can run again. entity_months is kept by
** store.c itself for new mentions, per transaction (em_add, em_flush),
** the triggers still for every other write path. */
static const char schema_v7[] =
    "DROP INDEX IF EXISTS mentions_sentence;\n";

/* v8: the article text packed. Of a corpus's bytes the text was the
** largest part (15.0 of 66.8 MB at 10k bench articles) and, one article
** at a time, zstd packs it to 58% (textpack.c). articles.text_z holds it
** (a packed BLOB, or the TEXT itself when short or incompressible);
** articles.body is a virtual column generated from it by dz_text, so every
** reader (`SELECT body FROM articles`, the full-text view, the offsets of
** evidence, surfaces and sentences) sees the same text as before. New
** articles are packed in C by store_article_insert. The step (migrate_v8)
** rebuilds articles with the same ids while it still has a plain body
** column, so it can run again; the view and the triggers that name
** articles are made again around the rebuild. The full-text index is kept
** as it is (same rows, same text). A program that opens a corpus with
** SQLite itself needs dz_text (store_fts_functions) to read the body.
** Indexes are unchanged: each is read by a query (see schema_v6; measured
** again for v8 with EXPLAIN QUERY PLAN over bench/dump-queries.lua, and
** dropping articles_kind or actions_category made a kind or category
** filter 3 to 10 times slower at 10k). */
static const char schema_v8[] = "";

/* v9: the small keyed rows clustered by their key. A mention and a time
** expression are found by their article (clearing and deleting an
** article's analysis, co-occurrence, the joins from articles by date) or,
** for mentions, by entity through mentions_entity; nothing reads them by
** an id of their own. So both tables are WITHOUT ROWID, keyed by (article,
** seq), seq the row's place in the article's analysis (as written by
** store_save_analysis: the index in dz_analysis, with gaps where a mention
** is not saved): the rows of an article lie together in key order, as
** before in rowid order, and mentions_article and timexes_article, which
** only repeated that order, go with the rowids. mentions_entity now holds
** (entity, article, seq), the same order as (entity, article, rowid).
** The entity_months triggers tell a mention from the others of its
** article by seq instead of id. The step (migrate_v9) rebuilds each table
** while it still has an id column, numbering the rows of an article in id
** order from 0, so it can run again.
** Sentences keep their rowid, read by id (a mention's sentence, and
** co-occurrence tells sentences apart by it), but the id is made of the
** article's: article * STORE_SENTENCE_SPAN + seq. An article's sentences
** are then the range [article * SPAN, article * SPAN + SPAN), cleared and
** deleted by it, so sentences_article goes, with the foreign key on
** sentences.article (its cascade would scan without that index):
** articles_em_bd deletes an article's sentences by their range, and
** saving an article no longer asks for the largest id. The step gives
** the sentences their new ids and changes the sentence column of
** mentions, timexes and actions to them, while sentences.article is
** still a foreign key, so it can run again.
** actions_target holds only the actions that have a target (8% of them
** in the bench corpus: 0.10 MB instead of 1.10 MB at 10k): every query
** that reads it asks for a target (x.target = ?, x.target IN (...), the
** merge's UPDATE, the foreign key's SET NULL), which SQLite knows is not
** NULL, so the partial index serves the same plans. */
static const char schema_v9[] =
    "DROP INDEX IF EXISTS actions_target;\n"
    "CREATE INDEX actions_target ON actions(target, date_start)\n"
    "  WHERE target IS NOT NULL;\n";

/* v10: dates as day numbers, labels as small codes. The dates of actions
** and time expressions ('YYYY-MM-DD', a third of an action's row and most
** of its indexes: actions_date, _actor, _category, _target, _span and
** _long each repeat one or two) are stored as the day number (days since
** 1970-01-01, dz_date_to_days: 2 bytes instead of 11 for the years
** 1880-2059), by store_save_analysis and the step below; a value that is
** not a valid date of that form stays text (none is written). The columns
** are INTEGER, so SQLite keeps a text value as it is. Day numbers sort as
** the dates did, so every index keeps its order and use. The queries
** (query/action_query.c, series.c, network.c) read a date column through
** dz_date(), which gives back the text, and compare a column with a
** date parameter through dz_day(?), which gives the day number, so the
** index is still used (stored.c, registered by store_fts_functions and
** by the dossier_sqlite extension; on a server, pg.c's schema holds them
** as the identity, its columns being text). A span is the difference
** of the day numbers (STORE_LONG_SPAN), also in the predicate of
** actions_long, which the query repeats exactly (julianday(dz_date(...))
** there cost every action written two calls: 1% of ingest).
** The labels are codes, their place in a fixed list (stored.c): a
** time expression's type and precision (read by no query), an action's
** precision, date_source and modality (1 byte or none instead of 4 to 13).
** Queries read them through dz_label(list, x) and compare them through
** dz_code(list, ?), identities on a server too. The step
** (migrate_v10) rebuilds each table while its date_start is still TEXT,
** same ids and keys, so it can run again. Indexes: as in schema_v9 (each
** read by a query, see schema_v6 and v9). At 10k bench articles, the
** file goes from 52.9 MB to 47.4 MB (2.89 times its raw text; actions
** 9.3 to 5.5 MB, timexes 4.4 to 2.7 MB). */
static const char schema_v10[] = "";

/* v11: no foreign keys on the analysis tables. Saving an article wrote
** mentions, time expressions and actions whose every row had SQLite look
** up its article and entities again (six lookups per action with its
** actor and target), though store_save_analysis has just written or found
** each of them; 9% of the writer's work. The cascades those keys gave are
** kept by triggers: articles_em_bd (before an article goes) deletes its
** time expressions and actions besides its mentions and sentences, and
** entities_ad (after an entity goes) deletes its mentions and sets the
** actor or target of its actions to NULL, as ON DELETE CASCADE and SET
** NULL did (aliases keep their key: their rows are written only for new
** entities). Each trigger statement seeks the index that served the
** cascade (actions_article, mentions_entity, actions_actor, actions_target).
** Without the keys a many-row INSERT cannot fail half way on a constraint
** checked at the end of the statement, so the rows of an article are
** written up to 32 to a statement (STORE_ROWS_SIZES). The step
** (migrate_v11) removes the REFERENCES clauses from the three tables'
** definitions in place, as SQLite documents for dropping a constraint
** (the stored rows do not change), so it can run again. A later step that
** rebuilds mentions, timexes, actions or sentences (drop, then rename a
** new table) drops these two triggers first, as SQLite checks the triggers
** that name a table when it is renamed.
** The full-text index keeps up to STORE_FTS_HASHSIZE bytes of new terms in
** memory before it writes them as a segment (FTS5's 'hashsize', 1 MiB by
** default; a setting stored in the index, read by every writer). The
** articles of a transaction are indexed at its commit (fts_flush): with
** 1 MiB, a file of 10,000 articles became dozens of small segments that
** FTS5 then merged again and again; with 8 MiB the same index costs 2.34 G
** instructions instead of 3.92 G (callgrind, 10k bench articles), for
** about 4 MiB more peak memory, the same whatever the corpus's size. What
** a search finds and its scores do not depend on how the index is cut
** into segments. */
#define STORE_FTS_HASHSIZE "8388608"
static const char schema_v11[] =
    "DROP TRIGGER IF EXISTS articles_em_bd;\n"
    "CREATE TRIGGER articles_em_bd BEFORE DELETE ON articles BEGIN\n"
    "  DELETE FROM mentions WHERE article = old.id;\n"
    "  DELETE FROM sentences WHERE id BETWEEN old.id * " STORE_SENTENCE_SPAN_SQL "\n"
    "    AND old.id * " STORE_SENTENCE_SPAN_SQL " + " STORE_SENTENCE_SPAN_SQL " - 1;\n"
    "  DELETE FROM timexes WHERE article = old.id;\n"
    "  DELETE FROM actions WHERE article = old.id;\n"
    "END;\n"
    "DROP TRIGGER IF EXISTS entities_ad;\n"
    "CREATE TRIGGER entities_ad AFTER DELETE ON entities BEGIN\n"
    "  DELETE FROM mentions WHERE entity = old.id;\n"
    "  UPDATE actions SET actor = NULL WHERE actor = old.id;\n"
    "  UPDATE actions SET target = NULL WHERE target = old.id;\n"
    "END;\n"
    "INSERT INTO articles_fts(articles_fts, rank)\n"
    "  VALUES ('hashsize', " STORE_FTS_HASHSIZE ");\n";

static int fill_surnames(dz_store *s);
static int em_flush(dz_store *s);
static void em_clear(dz_store *s);
static int acts_flush(dz_store *s);
static void acts_clear(dz_store *s);
static void acts_free(dz_store *s);
static int ments_flush(dz_store *s);
static void ments_clear(dz_store *s);
static void ments_free(dz_store *s);
static int64_t ments_pending(dz_store *s, int64_t entity);
static void rows_free(dz_store *s);
static int migrate_v6(dz_store *s);
static int migrate_v7(dz_store *s);
static int migrate_v8(dz_store *s);
static int migrate_v9(dz_store *s);
static int migrate_v10(dz_store *s);
static int migrate_v11(dz_store *s);
static void names_clear(dz_store *s);
static void names_free(dz_store *s);

/* Each migration takes the schema from version i to i+1; index 0 creates
** version 1 from nothing. Its C step, when there is one, runs after the
** SQL inside the same transaction. */
static const struct migration {
    const char *sql;
    int (*step)(dz_store *s);
} migrations[] = {
    { schema_v1, NULL },
    { schema_v2, NULL },
    { schema_v3, fill_surnames },
    { schema_v4, NULL },
    { schema_v5, NULL },
    { schema_v6, migrate_v6 },
    { schema_v7, migrate_v7 },
    { schema_v8, migrate_v8 },
    { schema_v9, migrate_v9 },
    { schema_v10, migrate_v10 },
    { schema_v11, migrate_v11 },
};

int store_error(dz_store *s, int rc, const char *fmt, ...)
{
    va_list ap;
    if (!s || !s->errmsg)
        return rc;
    va_start(ap, fmt);
    vsnprintf(s->errmsg, DZ_ERRMSG_MAX, fmt, ap);
    va_end(ap);
    return rc;
}

int store_sqlite_error(dz_store *s, const char *what)
{
    int e = s->db ? sqlite3_errcode(s->db) & 0xff : SQLITE_ERROR;
    int rc = e == SQLITE_INTERRUPT ? DOSSIER_INTERRUPTED
           : e == SQLITE_NOMEM ? DOSSIER_NOMEM
           : (e == SQLITE_CORRUPT || e == SQLITE_NOTADB) ? DOSSIER_CORRUPT
           : (e == SQLITE_IOERR || e == SQLITE_CANTOPEN || e == SQLITE_READONLY ||
              e == SQLITE_FULL) ? DOSSIER_IO
           : DOSSIER_ERROR;
    if (rc == DOSSIER_INTERRUPTED)
        return store_error(s, rc, "interrupted");
    return store_error(s, rc, "%s: %s", what,
                       s->db ? sqlite3_errmsg(s->db) : "no database");
}

/* Cached prepared statements, keyed by the address of their SQL text. */
typedef struct dz_stmt_cache {
    const char *sql;
    sqlite3_stmt *stmt;
    struct dz_stmt_cache *next;
} dz_stmt_cache;

/* ROLLBACK is prepared when the store opens (see store_open), so that
** rolling back after an out-of-memory error needs no new allocation. */
static const char sql_rollback[] = "ROLLBACK";

/* ---- settings held back at open ---------------------------------------------
** PRAGMA synchronous and cache_size make SQLite read and parse the whole
** schema (every table, index and trigger: most of the instructions of a
** start that runs no query). store_open leaves them in s->settings, and
** the first statement prepared runs them: a session that never queries
** the corpus does not pay for the schema, and one that does pays the same
** as before, once. */

/* Run s->settings if still held back. DOSSIER_OK, or the error (they
** stay held back, to be tried again). */
static int store_settle(dz_store *s)
{
    char *msg = NULL;
    int rc;
    if (!s->settings || !s->db)
        return DOSSIER_OK;
    rc = sqlite3_exec(s->db, s->settings, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        store_error(s, rc == SQLITE_INTERRUPT ? DOSSIER_INTERRUPTED : DOSSIER_ERROR,
                    "cannot configure database: %s", msg ? msg : sqlite3_errstr(rc));
        sqlite3_free(msg);
        return rc == SQLITE_INTERRUPT ? DOSSIER_INTERRUPTED : DOSSIER_ERROR;
    }
    s->settings = NULL;
    return DOSSIER_OK;
}

/* sqlite3_prepare_v3 on s's connection, once its settings have run. An
** SQLite status (SQLITE_ERROR, with s's message set, when they fail). */
static int store_prepare(dz_store *s, const char *sql, unsigned flags,
                         sqlite3_stmt **st, const char **tail)
{
    if (store_settle(s) != DOSSIER_OK) {
        *st = NULL;
        return SQLITE_ERROR;
    }
    return sqlite3_prepare_v3(s->db, sql, -1, flags, st, tail);
}

sqlite3_stmt *store_stmt(dz_store *s, const char *sql)
{
    dz_stmt_cache *c;
    if (s->pg) {
        store_error(s, DOSSIER_MISUSE, "not available on PostgreSQL yet");
        return NULL;
    }
    for (c = s->stmts; c; c = c->next) {
        if (c->sql == sql) {
            sqlite3_reset(c->stmt);
            sqlite3_clear_bindings(c->stmt);
            return c->stmt;
        }
    }
    if (sql != sql_rollback && store_settle(s) != DOSSIER_OK)
        return NULL;
    c = calloc(1, sizeof *c);
    if (!c) {
        store_error(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                           &c->stmt, NULL) != SQLITE_OK) {
        store_sqlite_error(s, "prepare");
        free(c);
        return NULL;
    }
    c->sql = sql;
    c->next = s->stmts;
    s->stmts = c;
    return c->stmt;
}

static void stmt_cache_free(dz_store *s)
{
    dz_stmt_cache *c = s->stmts, *next;
    for (; c; c = next) {
        next = c->next;
        sqlite3_finalize(c->stmt);
        free(c);
    }
    s->stmts = NULL;
}

static int exec(dz_store *s, const char *sql, const char *what)
{
    char *msg = NULL;
    int rc;
    if ((rc = store_settle(s)) != DOSSIER_OK)
        return rc;
    rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        int code = rc == SQLITE_INTERRUPT ? DOSSIER_INTERRUPTED
                 : (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) ? DOSSIER_CORRUPT
                 : DOSSIER_ERROR;
        store_error(s, code, "%s: %s", what, msg ? msg : sqlite3_errstr(rc));
        sqlite3_free(msg);
        return code;
    }
    return DOSSIER_OK;
}

/* Read the file's application id, schema version and table count (in one
** statement, so one consistent snapshot while another process may be
** creating the schema), and check that it is ours (or empty) and not newer
** than this program. */
static int read_version(dz_store *s, int target, int *version)
{
    sqlite3_stmt *st;
    int app = 0, ntables = 0, rc;
    rc = sqlite3_prepare_v2(s->db,
        "SELECT (SELECT count(*) FROM sqlite_schema),"
        " (SELECT application_id FROM pragma_application_id),"
        " (SELECT user_version FROM pragma_user_version)", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_sqlite_error(s, "cannot read the database");
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        ntables = sqlite3_column_int(st, 0);
        app = sqlite3_column_int(st, 1);
        *version = sqlite3_column_int(st, 2);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return store_sqlite_error(s, "cannot read the database");
    if (ntables > 0 && app != STORE_APP_ID)
        return store_error(s, DOSSIER_CORRUPT,
                        "not a dossier database (it holds other tables)");
    if (*version > target)
        return store_error(s, DOSSIER_CORRUPT,
                        "database schema version %d is newer than this "
                        "dossier understands (%d)", *version, target);
    return DOSSIER_OK;
}

/* The value of a PRAGMA that reads the file's header (application_id,
** user_version) into *out; an SQLite status. */
static int header_pragma(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_ERROR : rc;
}

/* Is the file ours and at schema version target, by its header alone?
** These two PRAGMAs, unlike read_version's count of the schema's rows, do
** not make SQLite parse the schema. One read transaction, so one
** snapshot. 1 yes; 0 when read_version must look (a new, foreign, older
** or unreadable file: it reports the error). */
static int header_current(dz_store *s, int target)
{
    int app = 0, version = 0, ok;
    if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        return 0;
    ok = header_pragma(s->db, "PRAGMA application_id", &app) == SQLITE_OK &&
         header_pragma(s->db, "PRAGMA user_version", &version) == SQLITE_OK;
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK &&
        !sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return ok && app == STORE_APP_ID && version == target;
}

/* Check the file is ours (or empty) and bring its schema up to date. The
** version is read again under the write lock, since another process may
** have created or migrated the database in the meantime. */
static int store_migrate(dz_store *s)
{
    int version = 0, rc;
    int target = (int)(sizeof migrations / sizeof migrations[0]);

    if (header_current(s, target))
        return DOSSIER_OK;

    if ((rc = read_version(s, target, &version)) != DOSSIER_OK)
        return rc;
    if (version == target)
        return DOSSIER_OK;
    /* a new file: pages of STORE_PAGE_SIZE (taken only while it is empty) */
    if (version == 0 &&
        (rc = exec(s, "PRAGMA page_size=" STORE_PAGE_SIZE ";"
                      "PRAGMA auto_vacuum=" STORE_AUTO_VACUUM, "cannot create")))
        return rc;
    if ((rc = exec(s, "BEGIN IMMEDIATE", "cannot start migration")))
        return rc;
    if ((rc = read_version(s, target, &version)) != DOSSIER_OK)
        goto fail;
    for (; version < target; version++) {
        char sql[96];
        if ((rc = exec(s, migrations[version].sql, "migration failed")))
            goto fail;
        if (migrations[version].step && (rc = migrations[version].step(s)))
            goto fail;
        snprintf(sql, sizeof sql, "PRAGMA user_version=%d", version + 1);
        if ((rc = exec(s, sql, "migration failed")))
            goto fail;
    }
    {
        char sql[160];
        snprintf(sql, sizeof sql,
                 "PRAGMA application_id=%d;"
                 "INSERT OR REPLACE INTO meta VALUES('schema_version','%d');"
                 "INSERT OR REPLACE INTO meta VALUES('application','dossier')",
                 STORE_APP_ID, target);
        if ((rc = exec(s, sql, "migration failed")))
            goto fail;
    }
    /* a migration that rebuilt tables leaves their old pages free: given
    ** back on close, as after any write (release_free_pages) */
    if ((rc = exec(s, "COMMIT", "migration failed")) == DOSSIER_OK)
        s->committed = 1;
    return rc;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Whether the file at path is a database in WAL mode that cannot be read
** in place because its folder is read-only (SQLite cannot make the -shm
** index beside it), and has no -wal content waiting: then it can be read
** as an immutable file. */
static int readonly_folder(dz_store *s, const char *path)
{
    char wal[4096];
    struct stat sb;
    int ext = sqlite3_extended_errcode(s->db);
    if ((ext & 0xff) != SQLITE_READONLY && ext != SQLITE_CANTOPEN)
        return 0;
    if (!strcmp(path, ":memory:") || !strncmp(path, "file:", 5) ||
        stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return 0;
    if (snprintf(wal, sizeof wal, "%s-wal", path) >= (int)sizeof wal)
        return 0;
    return stat(wal, &sb) != 0 || sb.st_size == 0;
}

/* path as a URI that opens it read-only and immutable. Caller frees. */
static char *immutable_uri(const char *path)
{
    dz_buf b = { 0 };
    const char *p;
    dz_buf_puts(&b, "file:");
    for (p = path; *p; p++) {
        char esc[4];
        if (*p == '?' || *p == '#' || *p == '%') {
            snprintf(esc, sizeof esc, "%%%02X", (unsigned char)*p);
            dz_buf_puts(&b, esc);
        } else {
            dz_buf_append(&b, p, 1);
        }
    }
    dz_buf_puts(&b, "?immutable=1");
    return b.data;
}

/* Does the file's header already say WAL (bytes 18 and 19, the write and
** read versions, both 2)? Then SQLite opens it in WAL mode by itself, and
** PRAGMA journal_mode, which parses the schema, is not needed. Read
** through SQLite's own file handle; 0 when it cannot be read. */
static int header_wal(dz_store *s)
{
    sqlite3_file *f = NULL;
    unsigned char h[20];
    if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_FILE_POINTER, &f) !=
            SQLITE_OK || !f || !f->pMethods ||
        f->pMethods->xRead(f, h, (int)sizeof h, 0) != SQLITE_OK)
        return 0;
    return h[18] == 2 && h[19] == 2;
}

/* Put the database in WAL mode (it stays so in the file). Switching needs
** the file to itself, and SQLite reports a busy file at once rather than
** waiting, when processes open a new database together: so wait here, up
** to the busy timeout. */
static int set_wal(dz_store *s)
{
    int tries;
    for (tries = 0; ; tries++) {
        char *msg = NULL;
        int rc = sqlite3_exec(s->db, "PRAGMA journal_mode=WAL", NULL, NULL, &msg);
        if (rc == SQLITE_OK)
            return DOSSIER_OK;
        if ((rc & 0xff) != SQLITE_BUSY || tries >= 100) {
            store_error(s, DOSSIER_ERROR, "cannot configure database: %s",
                     msg ? msg : sqlite3_errstr(rc));
            sqlite3_free(msg);
            return DOSSIER_ERROR;
        }
        sqlite3_free(msg);
        sqlite3_sleep(50);
    }
}

/* ---- dz_bm25: the search ranking ---------------------------------------
** FTS5's own bm25 (k1 1.2, b 0.75, the same IDF floor), computed the same
** way step by step so that its scores are equal to the last bit, but over
** the text columns alone (the first STORE_FTS_TEXT_COLUMNS): instances in
** the period column weigh nothing, and the lengths (of the row, and the
** average) leave that column out. Arguments are the text columns'
** weights, as for bm25(), then optionally the number of rows each phrase
** matches (-1 for a phrase of the period column, which weighs nothing),
** counted beforehand by the caller: FTS5 would count them by walking each
** phrase's rows one by one, most of a one-month search. Given for other
** than every phrase, they are ignored and the rows walked. */
#define STORE_FTS_TEXT_COLUMNS 3

typedef struct bm25_data {
    int nphrase;
    double avgdl;     /* average length of the text columns, in tokens */
    double *idf;      /* per phrase */
    double *freq;     /* per phrase, for the current row */
    double weight[STORE_FTS_TEXT_COLUMNS];  /* of an instance in each column */
    int top, ntop;    /* dz_bm25_top: how many best scores to keep, kept */
    double *best;     /* min-heap of the best exact scores so far */
    sqlite3_int64 last;   /* the row scored last, and its result */
    double last_score;
    int have_last;
} bm25_data;


static int bm25_count(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)ctx)++;
    return SQLITE_OK;
}

/* The corpus figures bm25 needs: the row count (at least 1) into *nrow
** and the average row length in tokens over the text columns into
** *avgdl. An SQLite status. */
static int fts_corpus_size(const Fts5ExtensionApi *api, Fts5Context *fts,
                           sqlite3_int64 *nrow, double *avgdl)
{
    sqlite3_int64 ntok = 0;
    int rc, i;
    rc = api->xRowCount(fts, nrow);
    if (*nrow <= 0)
        *nrow = 1;
    for (i = 0; rc == SQLITE_OK && i < STORE_FTS_TEXT_COLUMNS; i++) {
        sqlite3_int64 n = 0;
        rc = api->xColumnTotalSize(fts, i, &n);
        ntok += n;
    }
    if (ntok <= 0)
        ntok = 1;
    *avgdl = (double)ntok / (double)*nrow;
    return rc;
}

/* The per-query figures (row count, average length, IDF of each phrase),
** made on the first row and kept as the cursor's auxiliary data. */
static int bm25_data_get(const Fts5ExtensionApi *api, Fts5Context *fts,
                         int top, int nval, sqlite3_value **val,
                         bm25_data **out)
{
    bm25_data *p = api->xGetAuxdata(fts, 0);
    sqlite3_int64 nrow = 0;
    size_t size;
    int rc, i, nphrase;
    if (p) {
        *out = p;
        return SQLITE_OK;
    }
    nphrase = api->xPhraseCount(fts);
    if (top < 0 || top > STORE_BM25_MAX_TOP)
        top = 0;
    size = sizeof *p + sizeof(double) * (2 * (size_t)(nphrase + 1) + (size_t)top);
    p = sqlite3_malloc64(size);
    if (!p)
        return SQLITE_NOMEM;
    memset(p, 0, size);
    p->nphrase = nphrase;
    p->idf = (double *)&p[1];
    p->freq = p->idf + nphrase + 1;
    p->best = p->freq + nphrase + 1;
    p->top = top;
    rc = fts_corpus_size(api, fts, &nrow, &p->avgdl);
    for (i = 0; i < STORE_FTS_TEXT_COLUMNS; i++)
        p->weight[i] = nval > i ? sqlite3_value_double(val[i]) : 1.0;
    if (nval != STORE_FTS_TEXT_COLUMNS + nphrase)
        val = NULL;             /* counts not given (or not for each phrase) */
    for (i = 0; rc == SQLITE_OK && i < nphrase; i++) {
        sqlite3_int64 nhit = 0;
        if (val) {
            nhit = sqlite3_value_int64(val[STORE_FTS_TEXT_COLUMNS + i]);
            if (nhit < 0) {     /* the period column's: weighs nothing */
                p->idf[i] = 0.0;
                continue;
            }
        } else {
            rc = api->xQueryPhrase(fts, i, &nhit, bm25_count);
        }
        if (rc == SQLITE_OK) {
            double idf = log((nrow - nhit + 0.5) / (nhit + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            p->idf[i] = idf;
        }
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, p, sqlite3_free);
    else
        sqlite3_free(p);
    if (rc == SQLITE_OK)
        *out = p;
    return rc;
}

/* Keep score among the p->top best exact scores seen (a min-heap). */
static void bm25_keep(bm25_data *p, double score)
{
    int i = 0, c;
    double *h = p->best;
    if (p->ntop < p->top) {             /* sift up */
        i = p->ntop++;
        while (i > 0 && h[(i - 1) / 2] > score) {
            h[i] = h[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        h[i] = score;
        return;
    }
    if (score <= h[0])
        return;
    for (;;) {                          /* replace the least, sift down */
        c = 2 * i + 1;
        if (c >= p->ntop)
            break;
        if (c + 1 < p->ntop && h[c + 1] < h[c])
            c++;
        if (h[c] >= score)
            break;
        h[i] = h[c];
        i = c;
    }
    h[i] = score;
}

/* The score of the current row: FTS5's bm25 over the text columns, as
** negative as FTS5's. top > 0 (dz_bm25_top): only the top best rows are
** wanted, so a row whose bound is below the top-th best exact score so far
** gets that bound instead of its score: it cannot be among the best, and
** its length, a lookup of its own, is not read. The bound is its score
** were it only as long as its instances show (each column at least one
** token past the last instance in it): a longer row only scores lower, in
** floating point too, as every step of the expression is monotonic. */
static void bm25_score(const Fts5ExtensionApi *api, Fts5Context *fts,
                       sqlite3_context *ctx, int top, int nval,
                       sqlite3_value **val)
{
    const double k1 = 1.2, b = 0.75;
    bm25_data *p = NULL;
    double score = 0.0, bound = 0.0, D = 0.0, least = 0.0;
    int reach[STORE_FTS_TEXT_COLUMNS] = { 0 };  /* past the last instance */
    sqlite3_int64 row = api->xRowid(fts);
    int rc, i;
    rc = bm25_data_get(api, fts, top, nval, val, &p);
    if (rc == SQLITE_OK && p->have_last && p->last == row) {
        sqlite3_result_double(ctx, p->last_score);  /* asked twice */
        return;
    }
    if (rc == SQLITE_OK)
        memset(p->freq, 0, sizeof(double) * (size_t)p->nphrase);
    /* each phrase's instances straight from its position list (xInst
    ** would first merge every phrase's into one sorted array) */
    for (i = 0; rc == SQLITE_OK && i < p->nphrase; i++) {
        Fts5PhraseIter it;
        int ic = -1, io = -1;
        if (p->idf[i] == 0.0)
            continue;           /* a phrase of the period column */
        rc = api->xPhraseFirst(fts, i, &it, &ic, &io);
        for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fts, &it, &ic, &io))
            if (ic < STORE_FTS_TEXT_COLUMNS) {
                p->freq[i] += p->weight[ic];
                if (io >= reach[ic])
                    reach[ic] = io + 1;
            }
    }
    if (rc == SQLITE_OK && p->top > 0 && p->ntop == p->top) {
        for (i = 0; i < STORE_FTS_TEXT_COLUMNS; i++)
            least += reach[i];
        for (i = 0; i < p->nphrase; i++)
            bound += p->idf[i] * (
                (p->freq[i] * (k1 + 1.0)) /
                (p->freq[i] + k1 * (1 - b + b * least / p->avgdl)));
        if (bound < p->best[0]) {
            p->last = row;
            p->have_last = 1;
            p->last_score = -1.0 * bound;
            sqlite3_result_double(ctx, p->last_score);
            return;
        }
    }
    for (i = 0; rc == SQLITE_OK && i < STORE_FTS_TEXT_COLUMNS; i++) {
        int n = 0;
        rc = api->xColumnSize(fts, i, &n);
        D += n;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    for (i = 0; i < p->nphrase; i++) {
        /* the same expression as FTS5's, for the same rounding */
        score += p->idf[i] * (
            (p->freq[i] * (k1 + 1.0)) /
            (p->freq[i] + k1 * (1 - b + b * D / p->avgdl)));
    }
    if (p->top > 0)
        bm25_keep(p, score);
    p->last = row;
    p->have_last = 1;
    p->last_score = -1.0 * score;
    sqlite3_result_double(ctx, p->last_score);
}

/* dz_bm25(articles_fts, weights..., [counts...]) */
static void dz_bm25(const Fts5ExtensionApi *api, Fts5Context *fts,
                    sqlite3_context *ctx, int nval, sqlite3_value **val)
{
    bm25_score(api, fts, ctx, 0, nval, val);
}

/* dz_bm25_top(articles_fts, top, weights..., [counts...]): exact for the
** rows that can be among the top best, a bound below them for the others
** (see bm25_score). For ORDER BY ... LIMIT top only. */
static void dz_bm25_top(const Fts5ExtensionApi *api, Fts5Context *fts,
                        sqlite3_context *ctx, int nval, sqlite3_value **val)
{
    if (nval < 1) {
        sqlite3_result_error(ctx, "dz_bm25_top: how many rows?", -1);
        return;
    }
    bm25_score(api, fts, ctx, sqlite3_value_int(val[0]), nval - 1, val + 1);
}

/* ---- dz_bm25_best: the best rows of a conjunction, phrase by phrase ------
** Ranking the rows of "a AND b NOT c" by dz_bm25 needs each phrase's count
** (its weight) before any row is scored, and dz_bm25_top, called by SQLite
** once per row, costs about twice FTS5's own walk of the rows. This
** function, called on one row of the expression, walks each phrase on its
** own instead (xQueryPhrase: FTS5's cursor loop, no SQL per row). A
** positive phrase's walk counts its rows and keeps the rows every positive
** phrase so far matched, with each phrase's weighted frequency and how far
** its instances reach (the most, over the phrases, of the sum over the
** columns of one past the phrase's last instance in each: the row is at
** least that long); an excluded phrase's walk drops its rows, and stops
** when none is left to drop. With the counts known, each kept row has a
** bound: its score were it only as long as its instances reach (a longer
** row scores lower, in floating point too: each step of the expression is
** monotonic). The rows of the top best bounds are scored exactly, reading
** their lengths; then every other row whose bound is not below the top-th
** best exact score, best bound first, until the bound falls below it (a
** tie may still win on its id). No row left out can be among the best,
** and the scores are dz_bm25's to the last bit: the same expression,
** phrase by phrase in FTS5's order (an excluded phrase, absent from every
** kept row, adds 0). Arguments: (articles_fts, run), run a pointer bound
** as "dz_bm25_best" by store_fts_best, which owns it. */

/* The kept rows, in rowid order, kept by the store between searches (its
** pages stay mapped: a broad search keeps 20 bytes a row): id, reach (see
** above; -1 once scored exactly), and the frequency of each positive
** phrase walked (freq[k * cap + j], k its place among the positive ones). */
struct dz_best_rows {
    sqlite3_int64 *id;
    int *reach;
    double *freq;
    size_t cap, nfreq;            /* rows; phrases freq has room for */
};

typedef struct best_run {
    int nphrase, top, npos;       /* npos: positive phrases walked so far */
    const unsigned char *neg;     /* per phrase: 1 when excluded */
    double weight[STORE_FTS_TEXT_COLUMNS];
    struct dz_best_rows *rows;
    size_t n, j, w;               /* kept; the walk's read and write */
    sqlite3_int64 count;          /* rows of the phrase being walked */
    int first;                    /* walking the first positive phrase */
    store_fts_hit *hits;          /* the best so far: a heap, worst first */
    int nhits;
} best_run;

/* Room for one more kept row (the first positive phrase's walk). */
static int best_grow(best_run *r)
{
    struct dz_best_rows *b = r->rows;
    size_t cap = b->cap ? b->cap * 2 : 16384;
    sqlite3_int64 *ni;
    int *nr;
    double *nf;
    if (r->n < b->cap && (size_t)r->nphrase <= b->nfreq)
        return SQLITE_OK;
    if (r->n < b->cap)
        cap = b->cap;                   /* more phrases than before */
    if (!(ni = sqlite3_realloc64(b->id, cap * sizeof *ni)))
        return SQLITE_NOMEM;
    b->id = ni;
    if (!(nr = sqlite3_realloc64(b->reach, cap * sizeof *nr)))
        return SQLITE_NOMEM;
    b->reach = nr;
    /* room for every positive phrase; only the first's is filled yet */
    if (!(nf = sqlite3_realloc64(b->freq, cap * (size_t)r->nphrase * sizeof *nf)))
        return SQLITE_NOMEM;
    b->freq = nf;
    b->cap = cap;
    b->nfreq = (size_t)r->nphrase;
    return SQLITE_OK;
}

/* Move kept row from to place to (to <= from), as the walks drop rows. */
static void best_move(best_run *r, size_t to, size_t from)
{
    struct dz_best_rows *b = r->rows;
    int k;
    if (to == from)
        return;
    b->id[to] = b->id[from];
    b->reach[to] = b->reach[from];
    for (k = 0; k < r->npos; k++)
        b->freq[(size_t)k * b->cap + to] = b->freq[(size_t)k * b->cap + from];
}

/* The walked phrase's instances in the current row, into kept row j. */
static int best_positions(const Fts5ExtensionApi *api, Fts5Context *fts,
                          best_run *r, size_t j)
{
    Fts5PhraseIter it;
    int ic = -1, io = -1, rc, c, reach = 0;
    int end[STORE_FTS_TEXT_COLUMNS] = { 0 };
    double f = 0.0;
    rc = api->xPhraseFirst(fts, 0, &it, &ic, &io);
    for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fts, &it, &ic, &io))
        if (ic < STORE_FTS_TEXT_COLUMNS) {
            f += r->weight[ic];
            end[ic] = io + 1;           /* in order: the last is the last */
        }
    for (c = 0; c < STORE_FTS_TEXT_COLUMNS; c++)
        reach += end[c];
    if (reach > r->rows->reach[j])
        r->rows->reach[j] = reach;
    r->rows->freq[(size_t)r->npos * r->rows->cap + j] = f;
    return rc;
}

/* xQueryPhrase's callback for a positive phrase: count, keep, narrow. */
static int best_walk_pos(const Fts5ExtensionApi *api, Fts5Context *fts,
                         void *ctx)
{
    best_run *r = ctx;
    struct dz_best_rows *b = r->rows;
    sqlite3_int64 id = api->xRowid(fts);
    int rc;
    r->count++;
    if (r->first) {
        if (r->n == b->cap && (rc = best_grow(r)) != SQLITE_OK)
            return rc;
        b->id[r->n] = id;
        b->reach[r->n] = 0;
        return best_positions(api, fts, r, r->n++);
    }
    while (r->j < r->n && b->id[r->j] < id)
        r->j++;                          /* not in this phrase: dropped */
    if (r->j < r->n && b->id[r->j] == id) {
        best_move(r, r->w, r->j++);
        return best_positions(api, fts, r, r->w++);
    }
    return SQLITE_OK;
}

/* xQueryPhrase's callback for an excluded phrase: drop its rows. */
static int best_walk_neg(const Fts5ExtensionApi *api, Fts5Context *fts,
                         void *ctx)
{
    best_run *r = ctx;
    sqlite3_int64 id = api->xRowid(fts);
    while (r->j < r->n && r->rows->id[r->j] < id)
        best_move(r, r->w++, r->j++);
    if (r->j < r->n && r->rows->id[r->j] == id)
        r->j++;                          /* excluded: dropped */
    return r->j < r->n ? SQLITE_OK : SQLITE_DONE;
}

/* Does hit a rank below b (lower score, or the same and a higher id)? */
static int best_worse(const store_fts_hit *a, const store_fts_hit *b)
{
    return a->score < b->score || (a->score == b->score && a->id > b->id);
}

/* Keep h among the r->top best hits (a heap whose root is the worst). */
static void best_keep(best_run *r, store_fts_hit h)
{
    store_fts_hit *x = r->hits;
    int i, c;
    if (r->nhits < r->top) {
        i = r->nhits++;
        while (i > 0 && best_worse(&h, &x[(i - 1) / 2])) {
            x[i] = x[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        x[i] = h;
        return;
    }
    if (!best_worse(&x[0], &h))
        return;
    for (i = 0;;) {
        c = 2 * i + 1;
        if (c >= r->nhits)
            break;
        if (c + 1 < r->nhits && best_worse(&x[c + 1], &x[c]))
            c++;
        if (!best_worse(&x[c], &h))
            break;
        x[i] = x[c];
        i = c;
    }
    x[i] = h;
}

/* The score of kept row j were it of length D (its bound for D its
** reach): the same expression as bm25_score's, phrase by phrase. */
static double best_score(const best_run *r, size_t j, const double *idf,
                         const int *pos, double avgdl, double D)
{
    const double k1 = 1.2, b = 0.75;
    const struct dz_best_rows *rows = r->rows;
    double score = 0.0;
    int i;
    for (i = 0; i < r->nphrase; i++) {
        double f;
        if (r->neg[i])
            continue;
        f = rows->freq[(size_t)pos[i] * rows->cap + j];
        score += idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * D / avgdl)));
    }
    return score;
}

/* Score kept row j exactly (its length from its docsize record, read
** through *blob: a varint per column, as xColumnSize reads it), keep it
** if it is among the best, and mark it scored. */
static int best_exact(best_run *r, sqlite3 *db, sqlite3_blob **blob, size_t j,
                      const double *idf, const int *pos, double avgdl)
{
    unsigned char p[9 * (STORE_FTS_TEXT_COLUMNS + 1)];
    double D = 0.0;
    int n, i, k = 0, rc;
    store_fts_hit h;
    sqlite3_int64 id = r->rows->id[j];
    rc = *blob ? sqlite3_blob_reopen(*blob, id)
               : sqlite3_blob_open(db, "main", "articles_fts_docsize", "sz",
                                   id, 0, blob);
    if (rc != SQLITE_OK)
        return rc == SQLITE_ERROR ? SQLITE_CORRUPT_VTAB : rc;
    n = sqlite3_blob_bytes(*blob);
    if (n > (int)sizeof p)
        n = (int)sizeof p;
    if ((rc = sqlite3_blob_read(*blob, p, n, 0)) != SQLITE_OK)
        return rc;
    for (i = 0; i < STORE_FTS_TEXT_COLUMNS; i++) {
        sqlite3_uint64 v = 0;
        int m = 0;
        while (k < n) {
            unsigned char c = p[k++];
            if (++m == 9) {
                v = (v << 8) | c;
                break;
            }
            v = (v << 7) | (c & 0x7f);
            if (!(c & 0x80))
                break;
        }
        D += (int)v;
    }
    h.id = id;
    h.score = best_score(r, j, idf, pos, avgdl, D);
    best_keep(r, h);
    r->rows->reach[j] = -1;
    return SQLITE_OK;
}

/* Order hits best first. */
static int best_order(const void *a, const void *b)
{
    const store_fts_hit *x = a, *y = b;
    return best_worse(x, y) ? 1 : best_worse(y, x) ? -1 : 0;
}

/* Order hits by score alone, highest first. */
static int best_order_score(const void *a, const void *b)
{
    double x = ((const store_fts_hit *)a)->score, y = ((const store_fts_hit *)b)->score;
    return (x < y) - (x > y);
}

/* Walk the phrases and leave the best r->top rows in r->hits (a heap). */
static int best_walk(const Fts5ExtensionApi *api, Fts5Context *fts,
                     sqlite3 *db, best_run *r)
{
    sqlite3_int64 nrow = 0;
    double avgdl, idf[STORE_BEST_MAX_PHRASES], T;
    store_fts_hit *more = NULL;
    sqlite3_blob *blob = NULL;
    size_t j, nmore = 0, capmore = 0;
    int rc, i, nfirst;
    int pos[STORE_BEST_MAX_PHRASES];
    rc = fts_corpus_size(api, fts, &nrow, &avgdl);
    if (rc == SQLITE_OK)
        rc = best_grow(r);
    /* the positive phrases (each counted), then the excluded ones */
    r->first = 1;
    for (i = 0; rc == SQLITE_OK && i < r->nphrase; i++) {
        double d;
        pos[i] = -1;
        if (r->neg[i])
            continue;
        r->count = 0;
        r->j = r->w = 0;
        rc = api->xQueryPhrase(fts, i, r, best_walk_pos);
        if (!r->first)
            r->n = r->w;
        r->first = 0;
        d = log((nrow - r->count + 0.5) / (r->count + 0.5));
        idf[i] = d <= 0.0 ? 1e-6 : d;
        pos[i] = r->npos++;
    }
    for (i = 0; rc == SQLITE_OK && i < r->nphrase && r->n > 0; i++) {
        if (!r->neg[i])
            continue;
        r->j = r->w = 0;
        rc = api->xQueryPhrase(fts, i, r, best_walk_neg);
        while (r->j < r->n)             /* the rows after the last dropped */
            best_move(r, r->w++, r->j++);
        r->n = r->w;
    }
    if (rc != SQLITE_OK || r->n == 0)
        return rc;
    /* the top best bounds (kept as hits for now, id: the row's place),
    ** scored exactly */
    for (j = 0; rc == SQLITE_OK && j < r->n; j++) {
        store_fts_hit h;
        h.id = (int64_t)j;
        h.score = best_score(r, j, idf, pos, avgdl, (double)r->rows->reach[j]);
        best_keep(r, h);
    }
    if (rc == SQLITE_OK) {
        nfirst = r->nhits;
        more = sqlite3_malloc64((size_t)nfirst * sizeof *more);
        if (!more)
            rc = SQLITE_NOMEM;
        else
            memcpy(more, r->hits, (size_t)nfirst * sizeof *more);
        r->nhits = 0;
        for (i = 0; rc == SQLITE_OK && i < nfirst; i++)
            rc = best_exact(r, db, &blob, (size_t)more[i].id, idf, pos, avgdl);
        capmore = (size_t)nfirst;
    }
    /* every other row whose bound reaches the top-th best exact score,
    ** best bound first, while it still does */
    T = r->nhits == r->top ? r->hits[0].score : -HUGE_VAL;
    for (j = 0; rc == SQLITE_OK && j < r->n; j++) {
        store_fts_hit h;
        if (r->rows->reach[j] < 0)
            continue;
        h.score = best_score(r, j, idf, pos, avgdl, (double)r->rows->reach[j]);
        if (h.score < T)
            continue;
        h.id = (int64_t)j;
        if (nmore == capmore) {
            store_fts_hit *m;
            capmore = capmore ? capmore * 2 : 64;
            if (!(m = sqlite3_realloc64(more, capmore * sizeof *m))) {
                rc = SQLITE_NOMEM;
                break;
            }
            more = m;
        }
        more[nmore++] = h;
    }
    if (rc == SQLITE_OK)
        qsort(more, nmore, sizeof *more, best_order_score);
    for (j = 0; rc == SQLITE_OK && j < nmore; j++) {
        T = r->nhits == r->top ? r->hits[0].score : -HUGE_VAL;
        if (more[j].score < T)
            break;
        rc = best_exact(r, db, &blob, (size_t)more[j].id, idf, pos, avgdl);
    }
    sqlite3_blob_close(blob);
    sqlite3_free(more);
    return rc;
}

static void dz_bm25_best(const Fts5ExtensionApi *api, Fts5Context *fts,
                         sqlite3_context *ctx, int nval, sqlite3_value **val)
{
    best_run *r = nval == 1 ? sqlite3_value_pointer(val[0], "dz_bm25_best") : NULL;
    int rc;
    if (!r || r->nhits || r->n || api->xPhraseCount(fts) != r->nphrase) {
        sqlite3_result_error(ctx, "dz_bm25_best: not a run of this query", -1);
        return;
    }
    rc = best_walk(api, fts, sqlite3_context_db_handle(ctx), r);
    if (rc != SQLITE_OK) {
        r->nhits = 0;
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    sqlite3_result_int(ctx, r->nhits);
}

/* Free the kept rows' room (store_close). */
static void best_rows_free(dz_store *s)
{
    if (!s->best)
        return;
    sqlite3_free(s->best->id);
    sqlite3_free(s->best->reach);
    sqlite3_free(s->best->freq);
    sqlite3_free(s->best);
    s->best = NULL;
}

int store_fts_best(dz_store *s, const char *match, int nphrase,
                   const unsigned char *neg, const double *weights, int top,
                   store_fts_hit *hits)
{
    best_run r;
    sqlite3_stmt *st = NULL;
    int rc, i;
    if (nphrase < 1 || nphrase > STORE_BEST_MAX_PHRASES || top < 1 ||
        top > STORE_BM25_MAX_TOP)
        return store_error(s, DOSSIER_MISUSE, "search: cannot rank %d phrases"
                           " for %d rows", nphrase, top), -1;
    if (!s->best) {
        if (!(s->best = sqlite3_malloc64(sizeof *s->best)))
            return store_error(s, DOSSIER_NOMEM, "out of memory"), -1;
        memset(s->best, 0, sizeof *s->best);
    }
    memset(&r, 0, sizeof r);
    r.nphrase = nphrase;
    r.neg = neg;
    r.top = top;
    r.hits = hits;
    r.rows = s->best;
    for (i = 0; i < STORE_FTS_TEXT_COLUMNS; i++)
        r.weight[i] = weights[i];
    rc = store_prepare(s, "SELECT dz_bm25_best(articles_fts, ?2)"
                            " FROM articles_fts WHERE articles_fts MATCH ?1"
                            " LIMIT 1", 0, &st, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
        sqlite3_bind_pointer(st, 2, &r, "dz_bm25_best", NULL);
        rc = sqlite3_step(st);
    }
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    else
        store_sqlite_error(s, "search");
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return -1;
    qsort(hits, (size_t)r.nhits, sizeof *hits, best_order);
    return r.nhits;
}

/* ---- phrase counts kept between searches ------------------------------------
** store_fts_count: each count with the expression it counts, up to
** STORE_COUNTS_KEPT (the oldest replaced), all dropped when the corpus may
** have changed: this connection's total changes or the file's data version
** (which another connection's commit moves) differ from when they were
** counted. */
struct dz_counts {
    sqlite3_int64 changes;        /* sqlite3_total_changes64 when kept */
    sqlite3_int64 version;        /* PRAGMA data_version when kept */
    int n, next;                  /* kept; the slot to fill next when full */
    char *match[STORE_COUNTS_KEPT];
    sqlite3_int64 count[STORE_COUNTS_KEPT];
};

static const char sql_data_version[] = "PRAGMA data_version";
static const char sql_fts_count[] =
    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1";

static void counts_clear(struct dz_counts *c)
{
    int i;
    for (i = 0; i < c->n; i++)
        free(c->match[i]);
    c->n = c->next = 0;
}

static void counts_free(dz_store *s)
{
    if (s->counts)
        counts_clear(s->counts);
    free(s->counts);
    s->counts = NULL;
}

int64_t store_fts_count(dz_store *s, const char *match)
{
    struct dz_counts *c = s->counts;
    sqlite3_stmt *st;
    sqlite3_int64 version = -1, changes, count = -1;
    int i, rc;
    if (!c && !(c = s->counts = calloc(1, sizeof *c))) {
        store_error(s, DOSSIER_NOMEM, "out of memory");
        return -1;
    }
    if (!(st = store_stmt(s, sql_data_version)))
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    changes = sqlite3_total_changes64(s->db);
    if (version < 0 || version != c->version || changes != c->changes) {
        counts_clear(c);
        c->version = version;
        c->changes = changes;
    }
    for (i = 0; i < c->n; i++)
        if (strcmp(c->match[i], match) == 0)
            return c->count[i];
    if (!(st = store_stmt(s, sql_fts_count)))
        return -1;
    sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        count = sqlite3_column_int64(st, 0);
    else
        store_sqlite_error(s, "query");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (count < 0 || version < 0)
        return count;               /* not kept without a version */
    if (c->n < STORE_COUNTS_KEPT) {
        i = c->n++;
    } else {                        /* full: replace the oldest */
        i = c->next;
        c->next = (c->next + 1) % STORE_COUNTS_KEPT;
        free(c->match[i]);
    }
    if (!(c->match[i] = strdup(match))) {
        /* not kept: the last entry moves into the slot */
        c->n--;
        c->match[i] = c->match[c->n];
        c->count[i] = c->count[c->n];
        return count;
    }
    c->count[i] = count;
    return count;
}

int store_fts_functions(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2)
        return -1;
    if (textpack_functions(db, NULL) != 0)
        return -1;
    if (stored_functions(db) != 0)
        return -1;
    return api->xCreateFunction(api, "dz_bm25", NULL, dz_bm25, NULL) == SQLITE_OK &&
           api->xCreateFunction(api, "dz_bm25_top", NULL, dz_bm25_top, NULL) == SQLITE_OK &&
           api->xCreateFunction(api, "dz_bm25_best", NULL, dz_bm25_best, NULL) == SQLITE_OK
           ? 0 : -1;
}

/* Open name (path, or a URI for it) into s->db with flags; a message
** naming path when it fails. */
/* SQLite's process-wide settings, once, before its first use: no count
** of the memory it holds (nothing here reads it), which took a global
** mutex around every allocation: 1.8 million locks and unlocks, 3% of the
** instructions of an ingest (callgrind, 1,000 bench articles). Ignored
** when the program had started SQLite before (the call then fails). */
static void sqlite_setup(void)
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

static int open_db(dz_store *s, const char *name, int flags, const char *path)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    int rc;
    pthread_once(&once, sqlite_setup);
    /* a handle is used by one thread at a time (dossier.h): no mutex per
    ** call; sqlite3_interrupt needs none */
    rc = sqlite3_open_v2(name, &s->db, flags | SQLITE_OPEN_URI |
                         SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return store_error(s, DOSSIER_IO, "cannot open %s: %s", path,
                        s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, STORE_BUSY_TIMEOUT_MS);
    if (store_fts_functions(s->db) != 0)
        return store_error(s, DOSSIER_ERROR, "cannot open %s: the full-text"
                           " ranking cannot be registered", path);
    /* dz_text again, with the packer whose last text it may return */
    if (!s->pack && !(s->pack = textpack_new()))
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    if (textpack_functions(s->db, s->pack) != 0)
        return store_error(s, DOSSIER_ERROR, "cannot open %s: the text"
                           " functions cannot be registered", path);
    return DOSSIER_OK;
}

int store_open(dz_store *s, const char *path)
{
    int immutable = 0;
    int rc;
    if (pg_is_uri(path))                        /* PostgreSQL: pg.c */
        return pg_open(&s->pg, path, s->errmsg, DZ_ERRMSG_MAX);
    rc = open_db(s, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
    if (rc != DOSSIER_OK)
        return rc;
    /* Reading the header first tells a foreign file from ours before we
    ** write anything to it. */
    rc = store_migrate(s);
    if (rc != DOSSIER_OK && readonly_folder(s, path)) {
        /* a corpus on read-only media: read it as it is */
        char *uri = immutable_uri(path);
        sqlite3_close_v2(s->db);
        s->db = NULL;
        if (!uri)
            return store_error(s, DOSSIER_NOMEM, "out of memory");
        rc = open_db(s, uri, SQLITE_OPEN_READONLY, path);
        free(uri);
        if (rc != DOSSIER_OK)
            return rc;
        immutable = 1;
        rc = store_migrate(s);
    }
    if (rc == DOSSIER_OK && !immutable && !header_wal(s))
        rc = set_wal(s);
    if (rc == DOSSIER_OK && !immutable)
        rc = exec(s, "PRAGMA foreign_keys=ON", "cannot configure database");
    if (rc == DOSSIER_OK && !store_stmt(s, sql_rollback))
        rc = DOSSIER_NOMEM;
    /* these two parse the schema: run before the first statement */
    if (rc == DOSSIER_OK)
        s->settings = immutable ? "PRAGMA cache_size=" STORE_CACHE_KIB
                      : "PRAGMA synchronous=NORMAL;"
                        "PRAGMA cache_size=" STORE_CACHE_KIB;
    if (rc != DOSSIER_OK) {
        char msg[DZ_ERRMSG_MAX];
        snprintf(msg, sizeof msg, "%s", s->errmsg);
        store_error(s, rc, "%s: %s", path, msg);
    }
    return rc;
}

/* After this connection wrote: give the file's free pages back (an
** incremental-vacuum file, see STORE_AUTO_VACUUM), so that a corpus
** closed after an ingest holds no pages it does not use. Without waiting:
** when another process writes, its own close will. Errors are ignored
** (the pages stay free inside the file). */
static void release_free_pages(dz_store *s)
{
    sqlite3_stmt *st;
    int mode = 0, nfree = 0;
    if (store_prepare(s, "SELECT (SELECT auto_vacuum FROM"
                           " pragma_auto_vacuum), (SELECT freelist_count"
                           " FROM pragma_freelist_count)", 0, &st,
                           NULL) != SQLITE_OK)
        return;
    if (sqlite3_step(st) == SQLITE_ROW) {
        mode = sqlite3_column_int(st, 0);
        nfree = sqlite3_column_int(st, 1);
    }
    sqlite3_finalize(st);
    if (mode != 2 || nfree <= 0)         /* 2: incremental */
        return;
    sqlite3_busy_timeout(s->db, 0);
    sqlite3_exec(s->db, "PRAGMA incremental_vacuum", NULL, NULL, NULL);
}

void store_close(dz_store *s)
{
    pg_close(s->pg);
    s->pg = NULL;
    s->settings = NULL;
    stmt_cache_free(s);
    best_rows_free(s);
    counts_free(s);
    rows_free(s);
    names_free(s);
    free(s->em);
    s->em = NULL;
    acts_free(s);
    ments_free(s);
    free(s->fts_pending);
    s->fts_pending = NULL;
    s->nfts_pending = s->capfts_pending = 0;
    if (s->db && s->committed && sqlite3_get_autocommit(s->db))
        release_free_pages(s);
    s->committed = 0;
    if (s->db) {
        sqlite3_close_v2(s->db);
        s->db = NULL;
    }
    /* after the database: its dz_text reads the packer */
    textpack_free(s->pack);
    s->pack = NULL;
}

int store_begin(dz_store *s)
{
    /* Transactions never nest here, so one still open is left over from a
    ** ROLLBACK that failed (out of memory): finish it now, or the handle
    ** would refuse every later write. */
    if (s->db && !sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->nfts_pending = 0;
    names_clear(s);
    em_clear(s);
    acts_clear(s);
    ments_clear(s);
    if (s->readonly)
        return store_error(s, DOSSIER_MISUSE, "the corpus is read-only here "
                           "(a sandbox): it cannot be changed");
    if (s->pg)
        return pg_begin(s->pg);
    return exec(s, "BEGIN IMMEDIATE", "cannot start a transaction");
}

/* The writes below run inside a caller's transaction (store_begin).
** SQLite rolls a transaction back by itself after an out-of-memory or I/O
** error in any statement, even a SELECT; writing on would then commit row
** by row and leave half an article behind. Returns nonzero (message set)
** when the transaction is gone. */
static int txn_lost(dz_store *s, const char *what)
{
    if (!sqlite3_get_autocommit(s->db))
        return 0;
    store_error(s, DOSSIER_ERROR, "%s: the transaction was rolled back by an "
             "earlier error", what);
    return 1;
}

/* A SELECT's step failed (not a row, not done): message set, code back. */
static int select_failed(dz_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = store_sqlite_error(s, what);
    sqlite3_reset(st);
    return rc;
}

/* Index the articles inserted in this transaction, last of all its writes
** (see schema_v2), in one statement: FTS5 then flushes its terms once. The
** pending ids are the rows this transaction added, and rowids are given out
** above the largest one, so [min, max] holds no other row. */
static int fts_flush(dz_store *s)
{
    sqlite3_stmt *st;
    int64_t lo, hi;
    int i;
    if (s->nfts_pending == 0)
        return DOSSIER_OK;
    lo = hi = s->fts_pending[0];
    for (i = 1; i < s->nfts_pending; i++) {
        if (s->fts_pending[i] < lo)
            lo = s->fts_pending[i];
        if (s->fts_pending[i] > hi)
            hi = s->fts_pending[i];
    }
    st = store_stmt(s, "INSERT INTO articles_fts(rowid, title, dek, body,"
                       " period) SELECT id, title, dek, body, period"
                       " FROM articles_fts_content WHERE id BETWEEN ? AND ?");
    if (!st || txn_lost(s, "cannot index articles"))
        return DOSSIER_ERROR;
    sqlite3_bind_int64(st, 1, lo);
    sqlite3_bind_int64(st, 2, hi);
    if (sqlite3_step(st) != SQLITE_DONE) {
        int rc = store_sqlite_error(s, "cannot index articles");
        sqlite3_reset(st);
        return rc;
    }
    sqlite3_reset(st);
    s->nfts_pending = 0;
    return DOSSIER_OK;
}

int store_commit(dz_store *s)
{
    int rc;
    if (s->pg)
        return pg_commit(s->pg);
    rc = acts_flush(s);
    if (rc == DOSSIER_OK)
        rc = ments_flush(s);
    if (rc == DOSSIER_OK)
        rc = em_flush(s);
    if (rc == DOSSIER_OK)
        rc = fts_flush(s);
    if (rc != DOSSIER_OK)
        return rc;
    rc = exec(s, "COMMIT", "cannot commit");
    if (rc == DOSSIER_OK)
        s->committed = 1;
    return rc;
}

int store_flush(dz_store *s)
{
    return s->pg ? pg_flush(s->pg) : DOSSIER_OK;
}

int store_rollback(dz_store *s)
{
    sqlite3_stmt *st;
    char keep[DZ_ERRMSG_MAX];
    s->nfts_pending = 0;
    names_clear(s);
    em_clear(s);
    acts_clear(s);
    ments_clear(s);
    if (s->pg)
        return pg_rollback(s->pg);
    if (!s->db || sqlite3_get_autocommit(s->db))
        return DOSSIER_OK;
    /* the message says why the caller rolls back: keep it */
    snprintf(keep, sizeof keep, "%s", s->errmsg);
    st = store_stmt(s, sql_rollback);
    if (st) {
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    snprintf(s->errmsg, DZ_ERRMSG_MAX, "%s", keep);
    return DOSSIER_OK;
}

int store_orphans_delete(dz_store *s)
{
    if (s->pg)
        return pg_orphans_delete(s->pg);
    return exec(s,
        "DELETE FROM entities WHERE user_defined = 0"
        " AND id NOT IN (SELECT entity FROM mentions)"
        " AND id NOT IN (SELECT entity FROM aliases WHERE user_defined = 1)"
        " AND id NOT IN (SELECT actor FROM actions WHERE actor IS NOT NULL)"
        " AND id NOT IN (SELECT target FROM actions WHERE target IS NOT NULL);"
        "DELETE FROM surnames WHERE entity NOT IN (SELECT id FROM entities)",
        "cannot delete unused entities");
}

/* 128-bit FNV-1a style hash built from two 64-bit lanes; good enough to
** dedupe articles (collisions would need adversarial input). */
static void hash_update(uint64_t h[2], const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    for (; *p; p++) {
        h[0] = (h[0] ^ *p) * 0x100000001b3ULL;
        h[1] = (h[1] ^ *p) * 0x100000001b3ULL + (h[0] >> 29);
    }
    h[0] = (h[0] ^ 0xff) * 0x100000001b3ULL;   /* field separator */
    h[1] = (h[1] ^ 0xfe) * 0x100000001b3ULL;
}

void store_article_hash(const dossier_article *a, char out[33])
{
    uint64_t h[2] = { 0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL };
    hash_update(h, a->kind ? a->kind : "article");
    hash_update(h, a->title);
    hash_update(h, a->body);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h[0],
             (unsigned long long)h[1]);
}

int store_page_add(dz_store *s, const char *path, const char *url,
                   const char *format, const char *hash, int64_t *id)
{
    sqlite3_stmt *st;
    if (s->pg)
        return pg_page_add(s->pg, path, url, format, hash, id);
    st = store_stmt(s,
        "INSERT INTO pages(path, url, format, hash) VALUES (?,?,?,?)");
    if (!st)
        return DOSSIER_ERROR;
    if (txn_lost(s, "cannot add page"))
        return DOSSIER_ERROR;
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, url, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, format, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, hash, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE)
        return store_sqlite_error(s, "cannot add page");
    *id = sqlite3_last_insert_rowid(s->db);
    return DOSSIER_OK;
}

static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Refuse an article whose kind or date the store cannot hold. */
static int article_check(dz_store *s, const dossier_article *a)
{
    const char *kind = a->kind && *a->kind ? a->kind : "article";
    if (strcmp(kind, "article") && strcmp(kind, "teaser") && strcmp(kind, "link"))
        return store_error(s, DOSSIER_MISUSE,
                        "kind must be article, teaser or link, not '%s'", kind);
    if (a->published && *a->published) {
        int y, m, dd;
        if (dz_date_parse(a->published, &y, &m, &dd) != 0)
            return store_error(s, DOSSIER_MISUSE,
                            "published must be an ISO date YYYY-MM-DD, not '%s'",
                            a->published);
    }
    return DOSSIER_OK;
}

int store_articles_insert(dz_store *s, int64_t page, int seq,
                          const dossier_article *items, int n, const char *skip,
                          int64_t *ids, int *rcs,
                          void (*added)(void *ctx, int i), void *ctx)
{
    char (*hashes)[33];
    int i, rc = DOSSIER_OK;
    for (i = 0; i < n; i++)
        if (!skip[i] && (rc = article_check(s, &items[i])))
            return rc;
    if (!s->pg) {
        /* one statement per article on SQLite: nothing to gain by batching */
        for (i = 0; i < n; i++) {
            if (skip[i])
                continue;
            rc = store_article_insert(s, page, seq + i, &items[i], &ids[i]);
            if (rc != DOSSIER_OK && rc != DOSSIER_DUPLICATE)
                return rc;
            rcs[i] = rc;
            if (rc == DOSSIER_OK && added)
                added(ctx, i);
        }
        return DOSSIER_OK;
    }
    if (!(hashes = malloc((size_t)(n > 0 ? n : 1) * sizeof *hashes)))
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    for (i = 0; i < n; i++)
        if (!skip[i])
            store_article_hash(&items[i], hashes[i]);
    rc = pg_articles_insert(s->pg, page, seq, items, n, skip,
                            (const char (*)[33])hashes, ids, rcs);
    free(hashes);
    for (i = 0; rc == DOSSIER_OK && added && i < n; i++)
        if (!skip[i] && rcs[i] == DOSSIER_OK)
            added(ctx, i);
    return rc;
}

int store_article_insert(dz_store *s, int64_t page, int seq,
                         const dossier_article *a, int64_t *id)
{
    char hash[33];
    sqlite3_stmt *st;
    const char *kind = a->kind && *a->kind ? a->kind : "article";
    int rc;

    if ((rc = article_check(s, a)))
        return rc;
    store_article_hash(a, hash);
    if (s->pg)
        return pg_article_insert(s->pg, page, seq, a, hash, id);
    st = store_stmt(s, "SELECT id FROM articles WHERE hash=?");
    if (!st)
        return DOSSIER_ERROR;
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
    switch (sqlite3_step(st)) {
    case SQLITE_ROW:
        if (id)
            *id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return store_error(s, DOSSIER_DUPLICATE, "already stored");
    case SQLITE_DONE:
        break;
    default:
        return select_failed(s, st, "cannot add article");
    }
    sqlite3_reset(st);
    if (txn_lost(s, "cannot add article"))
        return DOSSIER_ERROR;
    st = store_stmt(s,
        "INSERT INTO articles(page, seq, kind, title, dek, section, region,"
        " byline, published, date_source, url, source, text_z, captions, meta,"
        " partial, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return DOSSIER_ERROR;
    if (page > 0)
        sqlite3_bind_int64(st, 1, page);
    else
        sqlite3_bind_null(st, 1);
    sqlite3_bind_int(st, 2, seq);
    sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
    bind_opt(st, 4, a->title);
    bind_opt(st, 5, a->dek);
    bind_opt(st, 6, a->section);
    bind_opt(st, 7, a->region);
    bind_opt(st, 8, a->byline);
    bind_opt(st, 9, a->published);
    sqlite3_bind_text(st, 10,
                      a->date_source && *a->date_source ? a->date_source
                      : (a->published && *a->published ? "meta" : "unknown"),
                      -1, SQLITE_STATIC);
    bind_opt(st, 11, a->url);
    bind_opt(st, 12, a->source);
    {
        /* the text packed (schema_v8), or as it is */
        const char *body = a->body ? a->body : "";
        const unsigned char *z = NULL;
        size_t nz = 0;
        int packed = textpack_pack(&s->pack, body, strlen(body), &z, &nz);
        if (packed < 0)
            return store_error(s, DOSSIER_NOMEM, "out of memory");
        if (packed) {
            sqlite3_bind_blob64(st, 13, z, nz, SQLITE_STATIC);
            /* SQLite computes body on insert: from the text at hand */
            textpack_remember(s->pack, body, strlen(body));
        } else {
            sqlite3_bind_text(st, 13, body, -1, SQLITE_STATIC);
        }
    }
    bind_opt(st, 14, a->captions);
    bind_opt(st, 15, a->meta);
    sqlite3_bind_int(st, 16, a->partial ? 1 : 0);
    sqlite3_bind_text(st, 17, hash, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    textpack_forget(s->pack);
    if (rc != SQLITE_DONE)
        return store_sqlite_error(s, "cannot add article");
    if (DZ_VEC_PUSH(s->fts_pending, s->nfts_pending, s->capfts_pending) != 0)
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    s->fts_pending[s->nfts_pending++] = sqlite3_last_insert_rowid(s->db);
    if (id)
        *id = sqlite3_last_insert_rowid(s->db);
    return DOSSIER_OK;
}

int store_latest_date(dz_store *s, char out[11])
{
    sqlite3_stmt *st;
    if (s->pg)
        return pg_latest_date(s->pg, out);
    st = store_stmt(s, "SELECT max(published) FROM articles");
    out[0] = 0;
    if (!st)
        return DOSSIER_ERROR;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, 11, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_reset(st);
    return DOSSIER_OK;
}

/* ---- names looked up again and again while saving ------------------------ */

/* A direct-mapped cache of the lookups the save path repeats for every
** mention: (type, name) -> entity id, and a short person name -> the full
** name it resolves to. A slot holds one key; a new key evicts the old, so
** memory stays bounded however large the corpus. Emptied when a
** transaction starts or rolls back, as entity rows may change between
** transactions (user edits, other processes) and vanish with a rollback.
** Owned by the store (s->names). */
#define NAMECACHE_IDS 32768
#define NAMECACHE_SHORTS 1024
#define NAMECACHE_KEYMAX 200

typedef struct name_slot {
    char *key;        /* malloc'd; NULL when empty */
    int64_t id;       /* entity id (id cache) */
    char *value;      /* full name (short-name cache), malloc'd */
} name_slot;

struct dz_namecache {
    name_slot ids[NAMECACHE_IDS];
    name_slot shorts[NAMECACHE_SHORTS];
    int used;         /* slots filled since the last clear */
};

static void slot_clear(name_slot *sl)
{
    free(sl->key);
    free(sl->value);
    memset(sl, 0, sizeof *sl);
}

/* Empty the cache (it stays allocated). */
static void names_clear(dz_store *s)
{
    int i;
    if (!s->names || !s->names->used)
        return;
    s->names->used = 0;
    for (i = 0; i < NAMECACHE_IDS; i++)
        if (s->names->ids[i].key)
            slot_clear(&s->names->ids[i]);
    for (i = 0; i < NAMECACHE_SHORTS; i++)
        if (s->names->shorts[i].key)
            slot_clear(&s->names->shorts[i]);
}

static void names_free(dz_store *s)
{
    names_clear(s);
    free(s->names);
    s->names = NULL;
}

/* The slot for key in table (nslots, a power of two), whether it holds
** key or not. */
static name_slot *names_slot(name_slot *table, int nslots, const char *key)
{
    uint32_t h = 2166136261u;
    const unsigned char *p;
    for (p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 16777619u;
    return &table[h & (uint32_t)(nslots - 1)];
}

/* Fill *sl with key (and value); a failed allocation leaves it empty. */
static void names_put(struct dz_namecache *c, name_slot *sl, const char *key,
                      int64_t id, const char *value)
{
    slot_clear(sl);
    c->used++;
    sl->key = dz_strndup(key, strlen(key));
    sl->value = value ? dz_strndup(value, strlen(value)) : NULL;
    if (!sl->key || (value && !sl->value))
        slot_clear(sl);
    else
        sl->id = id;
}

/* s (n bytes) with ASCII letters lowered into out (NAMECACHE_KEYMAX
** bytes): the short-name cache's key, as LIKE compares ASCII without case.
** 0 when it does not fit. */
static int ascii_lower(char *out, const char *s, size_t n)
{
    size_t i;
    if (n >= NAMECACHE_KEYMAX)
        return 0;
    for (i = 0; i < n; i++)
        out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    out[n] = 0;
    return 1;
}

/* A person was added: forget the cached resolutions of every short name
** it may now answer (its word suffixes, "Blinken", "de Gaulle"). */
static void names_forget_person(dz_store *s, const char *name)
{
    const char *p;
    char lower[NAMECACHE_KEYMAX];
    if (!s->names)
        return;
    for (p = strchr(name, ' '); p; p = strchr(p + 1, ' ')) {
        name_slot *sl;
        if (!ascii_lower(lower, p + 1, strlen(p + 1)))
            continue;
        sl = names_slot(s->names->shorts, NAMECACHE_SHORTS, lower);
        if (sl->key && !strcmp(sl->key, lower))
            slot_clear(sl);
    }
}

/* The cache, made on first use; NULL when out of memory. */
static struct dz_namecache *names_get(dz_store *s)
{
    if (!s->names)
        s->names = calloc(1, sizeof *s->names);
    return s->names;
}

/* The folded form of one word (malloc'd), or NULL when it is empty (or
** out of memory). */
static char *word_key(const char *word, size_t *len)
{
    return *word ? text_fold(word, strlen(word), len) : NULL;
}

/* The surname key of a person's name: its last word, case- and accent-
** folded (malloc'd), or NULL when the name is one word (or out of memory). */
static char *surname_key(const char *name, size_t *len)
{
    const char *sp = strrchr(name, ' ');
    return sp ? word_key(sp + 1, len) : NULL;
}

int store_entity_added(dz_store *s, int64_t id, const char *name,
                       const char *type)
{
    sqlite3_stmt *st;
    size_t klen;
    char *key;
    int rc;
    if (strcmp(type, "person") || !(key = surname_key(name, &klen)))
        return DOSSIER_OK;
    if (s->pg) {
        rc = pg_surname_add(s->pg, id, key);
        free(key);
        return rc;
    }
    st = store_stmt(s, "INSERT OR IGNORE INTO surnames(key, entity) VALUES (?,?)");
    if (!st) {
        free(key);
        return DOSSIER_ERROR;
    }
    sqlite3_bind_text(st, 1, key, (int)klen, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    free(key);
    return rc == SQLITE_DONE ? DOSSIER_OK : store_sqlite_error(s, "cannot index a surname");
}

/* Migration 3: the surname rows of the persons already stored. */
static int fill_surnames(dz_store *s)
{
    sqlite3_stmt *st;
    int rc;
    if (store_prepare(s, "SELECT id, name FROM entities"
                           " WHERE type = 'person'", 0, &st, NULL) != SQLITE_OK)
        return store_sqlite_error(s, "migration failed");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 1);
        if (name && store_entity_added(s, sqlite3_column_int64(st, 0), name,
                                       "person") != DOSSIER_OK) {
            sqlite3_finalize(st);
            return DOSSIER_ERROR;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? DOSSIER_OK : store_sqlite_error(s, "migration failed");
}

/* Whether table has a column named col (declared as type, unless type is
** NULL): 1 yes, 0 no, -1 error. */
static int column_of(dz_store *s, const char *table, const char *col,
                     const char *type)
{
    sqlite3_stmt *st;
    int rc, found = 0;
    if (store_prepare(s, "SELECT 1 FROM pragma_table_info(?1)"
                           " WHERE name = ?2 AND (?3 IS NULL OR type = ?3)",
                           0, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, col, -1, SQLITE_STATIC);
    if (type)
        sqlite3_bind_text(st, 3, type, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        found = 1;
    else if (rc != SQLITE_DONE)
        found = -1;
    sqlite3_finalize(st);
    return found;
}

/* Run the migration step sql when table's column col is there (present
** 1) or missing (present 0), so that a step already done is not done
** again. A status. */
static int exec_if_column(dz_store *s, const char *table, const char *col,
                          int present, const char *sql)
{
    int has = column_of(s, table, col, NULL);
    if (has < 0)
        return store_sqlite_error(s, "migration failed");
    return has == present ? exec(s, sql, "migration failed") : DOSSIER_OK;
}

/* Migration 6, the tables of schema_v6. The evidence of an action is
** found again in its article by its bytes (the first place it occurs: the
** same text whichever place it was cut from); evidence that is not in the
** article's text any more is left out. The foreign keys are off while
** migrations run (store_open turns them on after). */
static const char v6_actions[] =
    "CREATE TABLE actions_v6(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER,\n"
    "  actor INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  verb TEXT NOT NULL, category INTEGER,\n"
    "  target INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  object TEXT, date_start TEXT, date_end TEXT, precision TEXT,\n"
    "  date_source TEXT, modality TEXT NOT NULL DEFAULT 'asserted',\n"
    "  ev_start INTEGER, ev_end INTEGER, ob_start INTEGER, ob_end INTEGER);\n"
    "INSERT INTO actions_v6 SELECT id, article, sentence, actor, verb,\n"
    "  category, target, CASE WHEN ob IS NULL THEN object END,\n"
    "  date_start, date_end, precision, date_source, modality,\n"
    "  ev - 1, ev - 1 + length(CAST(evidence AS BLOB)),\n"
    "  ob - 1, ob - 1 + length(CAST(object AS BLOB))\n"
    "  FROM (SELECT x.*,\n"
    "    (SELECT CASE WHEN x.evidence <> '' THEN nullif(instr(CAST(a.body\n"
    "      AS BLOB), CAST(x.evidence AS BLOB)), 0) END FROM articles a\n"
    "      WHERE a.id = x.article) AS ev,\n"
    "    (SELECT CASE WHEN x.object <> '' THEN nullif(instr(CAST(a.body\n"
    "      AS BLOB), CAST(x.object AS BLOB)), 0) END FROM articles a\n"
    "      WHERE a.id = x.article) AS ob\n"
    "    FROM actions x) ORDER BY id;\n"
    "DROP TABLE actions;\n"
    "ALTER TABLE actions_v6 RENAME TO actions;\n";
static const char v6_timexes[] =
    "CREATE TABLE timexes_v6(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
    "  type TEXT, value TEXT, date_start TEXT, date_end TEXT,\n"
    "  precision TEXT);\n"
    "INSERT INTO timexes_v6 SELECT id, article, sentence, start, end, type,\n"
    "  value, date_start, date_end, precision FROM timexes ORDER BY id;\n"
    "DROP TABLE timexes;\n"
    "ALTER TABLE timexes_v6 RENAME TO timexes;\n";
/* The indexes of actions and timexes, made again after a rebuild (see
** schema_v1, schema_v4 for the queries that read them). */
static const char v6_indexes[] =
    "CREATE INDEX IF NOT EXISTS actions_date ON actions(date_start, date_end);\n"
    "CREATE INDEX IF NOT EXISTS actions_actor ON actions(actor, date_start);\n"
    "CREATE INDEX IF NOT EXISTS actions_target ON actions(target, date_start);\n"
    "CREATE INDEX IF NOT EXISTS actions_category ON actions(category, date_start);\n"
    "CREATE INDEX IF NOT EXISTS actions_article ON actions(article);\n"
    "CREATE INDEX IF NOT EXISTS actions_span ON actions(date_start, date_end)\n"
    "  WHERE date_end > date_start;\n"
    "CREATE INDEX IF NOT EXISTS actions_long ON actions(date_start, date_end)\n"
    "  WHERE coalesce(julianday(date_end) - julianday(date_start), 1e9) > 31;\n"
    "CREATE INDEX IF NOT EXISTS timexes_article ON timexes(article);\n";

/* The full-text index with its period column (see schema_v6), and the
** triggers that keep it in step with articles (an article's period
** changes with its published date). Rows are indexed again from the
** view; new articles are added by fts_flush. */
#define FTS_PERIOD(P) \
    "CASE WHEN " P " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'\n" \
    "  THEN 'm' || substr(" P ", 1, 4) || substr(" P ", 6, 2)\n" \
    "  WHEN " P " IS NOT NULL THEN 'mx' END"
static const char v6_fts[] =
    "DROP TRIGGER IF EXISTS articles_ad;\n"
    "DROP TRIGGER IF EXISTS articles_au;\n"
    "DROP TABLE IF EXISTS articles_fts;\n"
    "DROP VIEW IF EXISTS articles_fts_content;\n"
    "CREATE VIEW articles_fts_content AS SELECT id, title, dek, body,\n"
    "  " FTS_PERIOD("published") " AS period FROM articles;\n"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(\n"
    "  title, dek, body, period, content='articles_fts_content',\n"
    "  content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');\n"
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');\n"
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN\n"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, dek, body, period)\n"
    "  VALUES ('delete', old.id, old.title, old.dek, old.body,\n"
    "    " FTS_PERIOD("old.published") ");\n"
    "END;\n"
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, dek, body, published\n"
    "ON articles BEGIN\n"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, dek, body, period)\n"
    "  VALUES ('delete', old.id, old.title, old.dek, old.body,\n"
    "    " FTS_PERIOD("old.published") ");\n"
    "  INSERT INTO articles_fts(rowid, title, dek, body, period)\n"
    "  VALUES (new.id, new.title, new.dek, new.body,\n"
    "    " FTS_PERIOD("new.published") ");\n"
    "END;\n";

static int migrate_v6(dz_store *s)
{
    int rc;
    if ((rc = exec_if_column(s, "articles_fts", "period", 0, v6_fts)))
        return rc;
    if ((rc = exec_if_column(s, "actions", "evidence", 1, v6_actions)))
        return rc;
    if ((rc = exec_if_column(s, "timexes", "text", 1, v6_timexes)))
        return rc;
    if ((rc = exec_if_column(s, "mentions", "surface", 1,
                             "ALTER TABLE mentions DROP COLUMN surface")))
        return rc;
    return exec(s, v6_indexes, "migration failed");
}

/* Migration 7 (see schema_v7): mentions without the foreign key on its
** sentence, rebuilt with the same ids; the triggers that name mentions
** are dropped around the rebuild (the rename checks every trigger) and
** made again. Foreign keys are off while migrations run. */
static const char v7_mentions[] =
    "DROP TRIGGER IF EXISTS mentions_em_ad;\n"
    "DROP TRIGGER IF EXISTS mentions_em_au;\n"
    "DROP TRIGGER IF EXISTS articles_em_bd;\n"
    "DROP TRIGGER IF EXISTS articles_em_au;\n"
    "CREATE TABLE mentions_v7(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL);\n"
    "INSERT INTO mentions_v7 SELECT id, entity, article, sentence, start, end\n"
    "  FROM mentions ORDER BY id;\n"
    "DROP TABLE mentions;\n"
    "ALTER TABLE mentions_v7 RENAME TO mentions;\n";
static const char v7_indexes[] =
    "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity, article);\n"
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);\n";

/* The first column of the first row of sql as an int in *out (left as
** it was when there is no row), for a migration's checks; 0, or the
** error with "migration failed". */
static int migration_int(dz_store *s, const char *sql, int *out)
{
    sqlite3_stmt *st;
    if (store_prepare(s, sql, 0, &st, NULL) != SQLITE_OK)
        return store_sqlite_error(s, "migration failed");
    if (sqlite3_step(st) == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return DOSSIER_OK;
}

static int migrate_v7(dz_store *s)
{
    int rc, fk = 0;
    if ((rc = migration_int(s, "SELECT count(*) FROM"
                            " pragma_foreign_key_list('mentions')"
                            " WHERE \"from\" = 'sentence'", &fk)))
        return rc;
    if (fk && (rc = exec(s, v7_mentions, "migration failed")))
        return rc;
    if ((rc = exec(s, v7_indexes, "migration failed")))
        return rc;
    return exec(s, em_triggers_v8, "migration failed");
}

/* Migration 8 (see schema_v8): articles rebuilt with the text packed,
** same ids, same columns in the same order (body now generated). Every
** view and trigger naming articles is dropped around the rebuild (the
** rename checks them) and made again after. Foreign keys are off while
** migrations run, so dropping the old table cascades nowhere. */
#define V8_PERIOD(P) \
    "CASE WHEN " P " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'\n" \
    "  THEN 'm' || substr(" P ", 1, 4) || substr(" P ", 6, 2)\n" \
    "  WHEN " P " IS NOT NULL THEN 'mx' END"
static const char v8_drop[] =
    "DROP TRIGGER IF EXISTS articles_ad;\n"
    "DROP TRIGGER IF EXISTS articles_au;\n"
    "DROP TRIGGER IF EXISTS mentions_em_ad;\n"
    "DROP TRIGGER IF EXISTS mentions_em_au;\n"
    "DROP TRIGGER IF EXISTS articles_em_bd;\n"
    "DROP TRIGGER IF EXISTS articles_em_au;\n"
    "DROP VIEW IF EXISTS articles_fts_content;\n";
static const char v8_articles[] =
    "CREATE TABLE articles_v8(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  page INTEGER REFERENCES pages(id) ON DELETE SET NULL,\n"
    "  seq INTEGER NOT NULL DEFAULT 0,\n"
    "  kind TEXT NOT NULL DEFAULT 'article'\n"
    "    CHECK (kind IN ('article','teaser','link')),\n"
    "  title TEXT, dek TEXT, section TEXT, region TEXT, byline TEXT,\n"
    "  published TEXT, date_source TEXT NOT NULL DEFAULT 'unknown',\n"
    "  url TEXT, source TEXT,\n"
    "  body TEXT GENERATED ALWAYS AS (dz_text(text_z)) VIRTUAL,\n"
    "  captions TEXT, meta TEXT,\n"
    "  partial INTEGER NOT NULL DEFAULT 0,\n"
    "  hash TEXT NOT NULL UNIQUE,\n"
    "  added TEXT NOT NULL DEFAULT (datetime('now')),\n"
    "  text_z NOT NULL DEFAULT '');\n"
    "INSERT INTO articles_v8(id, page, seq, kind, title, dek, section, region,\n"
    "  byline, published, date_source, url, source, captions, meta, partial,\n"
    "  hash, added, text_z)\n"
    "  SELECT id, page, seq, kind, title, dek, section, region, byline,\n"
    "    published, date_source, url, source, captions, meta, partial, hash,\n"
    "    added, dz_pack(body) FROM articles ORDER BY id;\n"
    "DROP TABLE articles;\n"
    "ALTER TABLE articles_v8 RENAME TO articles;\n"
    "CREATE INDEX articles_published ON articles(published);\n"
    "CREATE INDEX articles_kind ON articles(kind, published);\n"
    "CREATE INDEX articles_page ON articles(page);\n";
static const char v8_fts[] =
    "CREATE VIEW articles_fts_content AS SELECT id, title, dek, body,\n"
    "  " V8_PERIOD("published") " AS period FROM articles;\n"
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN\n"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, dek, body, period)\n"
    "  VALUES ('delete', old.id, old.title, old.dek, old.body,\n"
    "    " V8_PERIOD("old.published") ");\n"
    "END;\n"
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, dek, text_z, published\n"
    "ON articles BEGIN\n"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, dek, body, period)\n"
    "  VALUES ('delete', old.id, old.title, old.dek, old.body,\n"
    "    " V8_PERIOD("old.published") ");\n"
    "  INSERT INTO articles_fts(rowid, title, dek, body, period)\n"
    "  VALUES (new.id, new.title, new.dek, new.body,\n"
    "    " V8_PERIOD("new.published") ");\n"
    "END;\n";
#undef V8_PERIOD

static int migrate_v8(dz_store *s)
{
    int rc, has;
    if ((has = column_of(s, "articles", "text_z", NULL)) < 0)
        return store_sqlite_error(s, "migration failed");
    if ((rc = exec(s, v8_drop, "migration failed")))
        return rc;
    if (!has && (rc = exec(s, v8_articles, "migration failed")))
        return rc;
    if ((rc = exec(s, v8_fts, "migration failed")))
        return rc;
    return exec(s, em_triggers_v8, "migration failed");
}

/* Migration 9 (see schema_v9): mentions and timexes rebuilt WITHOUT ROWID,
** keyed by (article, seq). The triggers that name mentions are dropped
** around the rebuild (the rename checks every trigger) and made again.
** Foreign keys are off while migrations run. */
static const char v9_mentions[] =
    "CREATE TABLE mentions_v9(\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
    "  PRIMARY KEY(article, seq)) WITHOUT ROWID;\n"
    "INSERT INTO mentions_v9(article, seq, entity, sentence, start, end)\n"
    "  SELECT article, row_number() OVER (PARTITION BY article ORDER BY id) - 1,\n"
    "    entity, sentence, start, end FROM mentions ORDER BY article, id;\n"
    "DROP TABLE mentions;\n"
    "ALTER TABLE mentions_v9 RENAME TO mentions;\n";
static const char v9_timexes[] =
    "CREATE TABLE timexes_v9(\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
    "  type TEXT, value TEXT, date_start TEXT, date_end TEXT,\n"
    "  precision TEXT, PRIMARY KEY(article, seq)) WITHOUT ROWID;\n"
    "INSERT INTO timexes_v9(article, seq, sentence, start, end, type, value,\n"
    "    date_start, date_end, precision)\n"
    "  SELECT article, row_number() OVER (PARTITION BY article ORDER BY id) - 1,\n"
    "    sentence, start, end, type, value, date_start, date_end, precision\n"
    "  FROM timexes ORDER BY article, id;\n"
    "DROP TABLE timexes;\n"
    "ALTER TABLE timexes_v9 RENAME TO timexes;\n";
static const char v9_sentences[] =
    "CREATE TABLE sentences_v9(\n"
    "  id INTEGER PRIMARY KEY, article INTEGER NOT NULL,\n"
    "  seq INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
    "  paragraph INTEGER NOT NULL DEFAULT 0);\n"
    "DROP TABLE IF EXISTS temp.sentence_ids;\n"
    "CREATE TEMP TABLE sentence_ids(old INTEGER PRIMARY KEY, new INTEGER);\n"
    "INSERT INTO sentence_ids SELECT id, article * " STORE_SENTENCE_SPAN_SQL " + n\n"
    "  FROM (SELECT id, article, row_number() OVER (PARTITION BY article\n"
    "        ORDER BY seq, id) - 1 AS n FROM sentences)\n"
    "  WHERE n < " STORE_SENTENCE_SPAN_SQL ";\n"
    "INSERT INTO sentences_v9 SELECT i.new, s.article,\n"
    "    i.new - s.article * " STORE_SENTENCE_SPAN_SQL ", s.start, s.end, s.paragraph\n"
    "  FROM sentences s JOIN sentence_ids i ON i.old = s.id ORDER BY i.new;\n"
    "UPDATE mentions SET sentence = (SELECT new FROM sentence_ids\n"
    "  WHERE old = mentions.sentence) WHERE sentence IS NOT NULL;\n"
    "UPDATE timexes SET sentence = (SELECT new FROM sentence_ids\n"
    "  WHERE old = timexes.sentence) WHERE sentence IS NOT NULL;\n"
    "UPDATE actions SET sentence = (SELECT new FROM sentence_ids\n"
    "  WHERE old = actions.sentence) WHERE sentence IS NOT NULL;\n"
    "DROP TABLE temp.sentence_ids;\n"
    "DROP TABLE sentences;\n"
    "ALTER TABLE sentences_v9 RENAME TO sentences;\n";
static const char v9_indexes[] =
    "DROP INDEX IF EXISTS sentences_article;\n"
    "DROP INDEX IF EXISTS mentions_article;\n"
    "DROP INDEX IF EXISTS timexes_article;\n"
    "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity, article);\n";

static int migrate_v9(dz_store *s)
{
    int rc, has = 0;
    if ((rc = exec(s, em_drop_triggers, "migration failed")))
        return rc;
    /* sentences first, while the other tables still name the old ids */
    if ((rc = migration_int(s, "SELECT count(*) FROM"
                            " pragma_foreign_key_list('sentences')"
                            " WHERE \"from\" = 'article'", &has)))
        return rc;
    if (has && (rc = exec(s, v9_sentences, "migration failed")))
        return rc;
    if ((rc = exec_if_column(s, "mentions", "id", 1, v9_mentions)))
        return rc;
    if ((rc = exec_if_column(s, "timexes", "id", 1, v9_timexes)))
        return rc;
    if ((rc = exec(s, v9_indexes, "migration failed")))
        return rc;
    return exec(s, em_triggers, "migration failed");
}

/* Migration 10 (see schema_v10): actions and timexes rebuilt with their
** dates as day numbers and their labels as codes (dz_code); same ids,
** same keys. Foreign keys are off while migrations
** run; no trigger names either table. */
static const char v10_actions[] =
    "CREATE TABLE actions_v10(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  sentence INTEGER,\n"
    "  actor INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  verb TEXT NOT NULL, category INTEGER,\n"
    "  target INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  object TEXT, date_start INTEGER, date_end INTEGER, precision INTEGER,\n"
    "  date_source INTEGER, modality INTEGER NOT NULL DEFAULT 0,\n"
    "  ev_start INTEGER, ev_end INTEGER, ob_start INTEGER, ob_end INTEGER);\n"
    "INSERT INTO actions_v10 SELECT id, article, sentence, actor, verb,\n"
    "  category, target, object, dz_day(date_start), dz_day(date_end),\n"
    "  dz_code('precision', precision), dz_code('date_source', date_source),\n"
    "  dz_code('modality', modality), ev_start, ev_end, ob_start, ob_end\n"
    "  FROM actions ORDER BY id;\n"
    "DROP TABLE actions;\n"
    "ALTER TABLE actions_v10 RENAME TO actions;\n"
    "CREATE INDEX actions_date ON actions(date_start, date_end);\n"
    "CREATE INDEX actions_actor ON actions(actor, date_start);\n"
    "CREATE INDEX actions_category ON actions(category, date_start);\n"
    "CREATE INDEX actions_article ON actions(article);\n"
    "CREATE INDEX actions_span ON actions(date_start, date_end)\n"
    "  WHERE date_end > date_start;\n"
    "CREATE INDEX actions_long ON actions(date_start, date_end)\n"
    "  WHERE " STORE_LONG_SPAN("") " > 31;\n"
    "CREATE INDEX actions_target ON actions(target, date_start)\n"
    "  WHERE target IS NOT NULL;\n";
static const char v10_timexes[] =
    "CREATE TABLE timexes_v10(\n"
    "  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
    "  type INTEGER, value TEXT, date_start INTEGER, date_end INTEGER,\n"
    "  precision INTEGER, PRIMARY KEY(article, seq)) WITHOUT ROWID;\n"
    "INSERT INTO timexes_v10(article, seq, sentence, start, end, type, value,\n"
    "    date_start, date_end, precision)\n"
    "  SELECT article, seq, sentence, start, end, dz_code('timex_type', type),\n"
    "    value, dz_day(date_start), dz_day(date_end),\n"
    "    dz_code('precision', precision) FROM timexes ORDER BY article, seq;\n"
    "DROP TABLE timexes;\n"
    "ALTER TABLE timexes_v10 RENAME TO timexes;\n";

static int migrate_v10(dz_store *s)
{
    static const struct { const char *table, *sql; } steps[] = {
        { "actions", v10_actions }, { "timexes", v10_timexes },
    };
    size_t i;
    for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        int done = column_of(s, steps[i].table, "date_start", "INTEGER"), rc;
        if (done < 0)
            return store_sqlite_error(s, "migration failed");
        if (!done && (rc = exec(s, steps[i].sql, "migration failed")))
            return rc;
    }
    return DOSSIER_OK;
}

/* Migration 11: the REFERENCES clauses of mentions, timexes and actions
** removed from their definitions in sqlite_schema (schema_v11), the
** procedure SQLite documents for dropping a foreign key: the rows and
** indexes stay as they are, and the schema version is raised so that
** every connection reads the new definitions. Fails, leaving the file
** as it was, if a key is left (a definition not written by store.c). */
static int migrate_v11(dz_store *s)
{
    int version = 0, left = -1, rc;
    char sql[64];
    if ((rc = migration_int(s, "PRAGMA schema_version", &version)))
        return rc;
    snprintf(sql, sizeof sql, "PRAGMA schema_version=%d", version + 1);
    rc = exec(s, "PRAGMA writable_schema=ON;"
                 "UPDATE sqlite_schema SET sql = replace(replace(replace(sql,"
                 " ' REFERENCES articles(id) ON DELETE CASCADE', ''),"
                 " ' REFERENCES entities(id) ON DELETE CASCADE', ''),"
                 " ' REFERENCES entities(id) ON DELETE SET NULL', '')"
                 " WHERE type = 'table'"
                 " AND name IN ('mentions', 'timexes', 'actions')",
              "migration failed");
    if (rc == DOSSIER_OK)
        rc = exec(s, sql, "migration failed");
    exec(s, "PRAGMA writable_schema=RESET", "migration failed");
    if (rc != DOSSIER_OK)
        return rc;
    if ((rc = migration_int(s, "SELECT (SELECT count(*) FROM"
            " pragma_foreign_key_list('mentions')) + (SELECT count(*) FROM"
            " pragma_foreign_key_list('timexes')) + (SELECT count(*) FROM"
            " pragma_foreign_key_list('actions'))", &left)))
        return rc;
    if (left != 0)
        return store_error(s, DOSSIER_CORRUPT, "migration failed: a foreign"
                           " key of the analysis tables is not one store.c"
                           " wrote");
    return DOSSIER_OK;
}

/* Find or create the entity (name, type) and return its id in *id. New
** entities also get their name as an alias so lookups find them, and
** persons a surname row. */
static int entity_id(dz_store *s, const char *name, const char *type,
                     const char *code, int64_t *id)
{
    char key[NAMECACHE_KEYMAX];
    name_slot *sl = NULL;
    sqlite3_stmt *st;
    size_t tlen = strlen(type), nlen = strlen(name);
    int rc;

    /* the key "type\x1fname", as snprintf would write it (this runs for
    ** every mention saved) */
    if (names_get(s) && tlen + 1 + nlen < sizeof key) {
        memcpy(key, type, tlen);
        key[tlen] = '\x1f';
        memcpy(key + tlen + 1, name, nlen + 1);
        sl = names_slot(s->names->ids, NAMECACHE_IDS, key);
        if (sl->key && !strcmp(sl->key, key)) {
            *id = sl->id;
            return DOSSIER_OK;
        }
    }
    st = store_stmt(s, "SELECT id FROM entities WHERE name=? AND type=?");
    if (!st)
        return DOSSIER_ERROR;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, type, -1, SQLITE_STATIC);
    switch (sqlite3_step(st)) {
    case SQLITE_ROW:
        *id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (sl)
            names_put(s->names, sl, key, *id, NULL);
        return DOSSIER_OK;
    case SQLITE_DONE:
        break;
    default:
        return select_failed(s, st, "cannot add entity");
    }
    sqlite3_reset(st);
    if (txn_lost(s, "cannot add entity"))
        return DOSSIER_ERROR;
    st = store_stmt(s, "INSERT INTO entities(name, type, code) VALUES (?,?,?)");
    if (!st)
        return DOSSIER_ERROR;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, type, -1, SQLITE_STATIC);
    bind_opt(st, 3, code);
    if (sqlite3_step(st) != SQLITE_DONE)
        return store_sqlite_error(s, "cannot add entity");
    *id = sqlite3_last_insert_rowid(s->db);
    {
        size_t klen;
        char *fold = text_fold(name, strlen(name), &klen);
        if (!fold)
            return store_error(s, DOSSIER_NOMEM, "out of memory");
        st = store_stmt(s,
            "INSERT OR IGNORE INTO aliases(alias, key, entity) VALUES (?,?,?)");
        if (!st) {
            free(fold);
            return DOSSIER_ERROR;
        }
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, fold, (int)klen, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, *id);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        free(fold);
        if (rc != SQLITE_DONE)
            return store_sqlite_error(s, "cannot add alias");
    }
    if ((rc = store_entity_added(s, *id, name, type)))
        return rc;
    if (!strcmp(type, "person"))
        names_forget_person(s, name);
    if (sl)
        names_put(s->names, sl, key, *id, NULL);
    return DOSSIER_OK;
}

/* A short person name ("Blinken") not resolved inside its article: the
** corpus's person whose full name ends with it and is mentioned most (the
** surname index gives the candidates). Leaves the short name when none is
** known; NULL (message set) when the query fails. The answer is cached
** for the transaction. */
static const char *resolve_short(dz_store *s, const char *name, dz_arena *ar)
{
    sqlite3_stmt *st;
    const char *out = name;
    name_slot *sl = NULL;
    size_t klen;
    char *key;
    const char *sp;
    char lower[NAMECACHE_KEYMAX];

    if (names_get(s) && ascii_lower(lower, name, strlen(name))) {
        sl = names_slot(s->names->shorts, NAMECACHE_SHORTS, lower);
        if (sl->key && !strcmp(sl->key, lower))
            return sl->value ? dz_arena_strdup(ar, sl->value) : name;
    }
    /* the key of "de Gaulle" is that of "Gaulle", as for full names */
    sp = strrchr(name, ' ');
    key = word_key(sp ? sp + 1 : name, &klen);
    if (!key)
        return name;
    /* the most mentioned, stored or kept to be written (ments_pending),
    ** the lowest id first among equals */
    st = store_stmt(s,
        "SELECT e.name, e.id,"
        " (SELECT count(*) FROM mentions m WHERE m.entity = e.id)"
        " FROM surnames s JOIN entities e ON e.id = s.entity"
        " WHERE s.key = ?1 AND e.type = 'person' AND e.name LIKE '% ' || ?2");
    if (!st) {
        free(key);
        return NULL;
    }
    sqlite3_bind_text(st, 1, key, (int)klen, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    {
        int64_t best_n = -1, best_id = 0;
        int step;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            int64_t eid = sqlite3_column_int64(st, 1);
            int64_t n = sqlite3_column_int64(st, 2) + ments_pending(s, eid);
            if (n > best_n || (n == best_n && eid < best_id)) {
                best_n = n;
                best_id = eid;
                out = dz_arena_strdup(ar, (const char *)sqlite3_column_text(st, 0));
                if (!out)
                    break;
            }
        }
        if (step != SQLITE_ROW && step != SQLITE_DONE) {
            free(key);
            select_failed(s, st, "cannot resolve a short name");
            return NULL;
        }
    }
    sqlite3_reset(st);
    free(key);
    if (!out)
        return name;
    if (sl)
        names_put(s->names, sl, lower, 0, out != name ? out : NULL);
    return out;
}

static int step_done(dz_store *s, sqlite3_stmt *st, const char *what)
{
    int rc;
    if (txn_lost(s, what))
        return DOSSIER_ERROR;
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? DOSSIER_OK : store_sqlite_error(s, what);
}

/* Was article id inserted by the open transaction? (Its id is then one of
** those waiting to be indexed, which are the newest.) */
static int inserted_now(dz_store *s, int64_t id)
{
    int i;
    for (i = s->nfts_pending - 1; i >= 0; i--)
        if (s->fts_pending[i] == id)
            return 1;
    return 0;
}

/* ---- entity_months, kept in C for new mentions ---------------------------
** The additions of the articles saved in a transaction, summed per (month,
** entity) in an open-addressing table and written in one upsert per key,
** in key order, at commit (or when the table is full, so memory stays
** bounded). Sums commute, so rows the triggers change meanwhile (an
** analysis cleared by reanalyze) end exact all the same. Owned by the
** store (s->em); emptied by store_begin and store_rollback. */
#define EM_SLOTS 65536              /* a power of two: 2.5 MiB */
#define EM_FLUSH_AT (EM_SLOTS / 4 * 3)

typedef struct em_slot {
    int64_t entity;                 /* 0: empty */
    char month[8];                  /* 'YYYY-MM' */
    int32_t v[6];                   /* mentions, articles, teaser_mentions,
                                       teaser_articles, link_mentions,
                                       link_articles */
} em_slot;

struct dz_em {
    em_slot slot[EM_SLOTS];
    int n;
};

static void em_clear(dz_store *s)
{
    if (s->em && s->em->n) {
        memset(s->em->slot, 0, sizeof s->em->slot);
        s->em->n = 0;
    }
}

static int em_cmp(const void *pa, const void *pb)
{
    const em_slot *a = pa, *b = pb;
    int c;
    if ((c = strcmp(a->month, b->month)) != 0)
        return c;
    return (a->entity > b->entity) - (a->entity < b->entity);
}

/* The upsert of 1 << lg rows of entity_months (em_flush): SQLite runs a
** statement's set-up and halt once per chunk of up to 32 keys instead of
** once per key (most keys of an ingest are new rows: a mention's month
** and entity). */
#define EM_ROW1 "(?,?,?,?,?,?,?,?)"
#define EM_ROW2 EM_ROW1 "," EM_ROW1
#define EM_ROW4 EM_ROW2 "," EM_ROW2
#define EM_ROW8 EM_ROW4 "," EM_ROW4
#define EM_ROW16 EM_ROW8 "," EM_ROW8
#define EM_ROW32 EM_ROW16 "," EM_ROW16
#define EM_UPSERT(ROWS) \
    "INSERT INTO entity_months(month, entity, mentions, articles," \
    " teaser_mentions, teaser_articles, link_mentions, link_articles)" \
    " VALUES " ROWS " ON CONFLICT(month, entity) DO UPDATE SET" \
    " mentions = mentions + excluded.mentions," \
    " articles = articles + excluded.articles," \
    " teaser_mentions = teaser_mentions + excluded.teaser_mentions," \
    " teaser_articles = teaser_articles + excluded.teaser_articles," \
    " link_mentions = link_mentions + excluded.link_mentions," \
    " link_articles = link_articles + excluded.link_articles"
static const char *const em_upserts[] = {
    EM_UPSERT(EM_ROW1), EM_UPSERT(EM_ROW2), EM_UPSERT(EM_ROW4),
    EM_UPSERT(EM_ROW8), EM_UPSERT(EM_ROW16), EM_UPSERT(EM_ROW32),
};
#define EM_UPSERT_SIZES ((int)(sizeof em_upserts / sizeof em_upserts[0]))

/* The size of the next batch of rows written many to a statement, as a
** power of two: the largest 1 << lg no more than left, with lg below
** sizes (the statements prepared, 1, 2, 4, ... rows). */
static int batch_lg(int left, int sizes)
{
    int lg = 0;
    while (lg + 1 < sizes && (2 << lg) <= left)
        lg++;
    return lg;
}

/* Write the summed additions, an upsert per (month, entity) in chunks of
** keys (em_upserts), and empty the table. */
static int em_flush(dz_store *s)
{
    int i, n, rc = DOSSIER_OK;
    if (!s->em || !s->em->n)
        return DOSSIER_OK;
    /* the used slots to the front, in key order (the table is emptied
    ** after, so its hashing need not hold) */
    for (i = n = 0; i < EM_SLOTS; i++)
        if (s->em->slot[i].entity && n++ != i)
            s->em->slot[n - 1] = s->em->slot[i];
    qsort(s->em->slot, (size_t)n, sizeof s->em->slot[0], em_cmp);
    for (i = 0; i < n && rc == DOSSIER_OK; ) {
        sqlite3_stmt *st;
        int lg = batch_lg(n - i, EM_UPSERT_SIZES), j;
        if (!(st = store_stmt(s, em_upserts[lg]))) {
            rc = DOSSIER_ERROR;
            break;
        }
        for (j = 0; j < (1 << lg); j++, i++) {
            const em_slot *e = &s->em->slot[i];
            int k, p = j * 8 + 1;
            sqlite3_bind_text(st, p, e->month, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, p + 1, e->entity);
            for (k = 0; k < 6; k++)
                sqlite3_bind_int64(st, p + 2 + k, e->v[k]);
        }
        rc = step_done(s, st, "cannot count mentions");
    }
    memset(s->em->slot, 0, sizeof s->em->slot);
    s->em->n = 0;
    return rc;
}

/* Copy src into dst (cap bytes), cut to fit, as snprintf(dst, cap, "%s",
** src) would, without its format machinery (it ran once a key). */
static void month_copy(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (!cap)
        return;
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

/* Add n mentions of entity in an article of month and kind (one article
** naming it) to the table. */
static int em_add(dz_store *s, const char *month, const char *kind,
                  int64_t entity, int64_t n)
{
    uint64_t h = (uint64_t)entity * 0x9e3779b97f4a7c15ULL;
    const unsigned char *p;
    em_slot *e;
    int teaser = !strcmp(kind, "teaser"), link = !strcmp(kind, "link");
    if (!s->em && !(s->em = calloc(1, sizeof *s->em)))
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    if (s->em->n >= EM_FLUSH_AT) {
        int rc = em_flush(s);
        if (rc)
            return rc;
    }
    for (p = (const unsigned char *)month; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    for (h &= EM_SLOTS - 1; ; h = (h + 1) & (EM_SLOTS - 1)) {
        e = &s->em->slot[h];
        if (!e->entity) {
            e->entity = entity;
            month_copy(e->month, sizeof e->month, month);
            s->em->n++;
            break;
        }
        if (e->entity == entity && !strcmp(e->month, month))
            break;
    }
    if (e->v[0] > INT32_MAX - n || e->v[1] == INT32_MAX) {
        /* the sums are 32-bit: write them out first (never in practice) */
        int rc = em_flush(s);
        return rc ? rc : em_add(s, month, kind, entity, n);
    }
    e->v[0] += n;
    e->v[1] += 1;
    e->v[2] += teaser ? n : 0;
    e->v[3] += teaser;
    e->v[4] += link ? n : 0;
    e->v[5] += link;
    return DOSSIER_OK;
}

static int cmp_i64(const void *pa, const void *pb)
{
    int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
    return (a > b) - (a < b);
}

/* Article id's saved mentions (their entities, ids[0..n), 0 for a mention
** not saved) into entity_months, under the article's month (undated
** articles are left out) and kind. Sorts ids. */
static int em_article(dz_store *s, int64_t id, int64_t *ids, int n)
{
    char month[8], kind[8];
    sqlite3_stmt *st;
    int i, j, rc;
    st = store_stmt(s, "SELECT substr(published, 1, 7), kind FROM articles"
                       " WHERE id = ? AND published IS NOT NULL");
    if (!st)
        return DOSSIER_ERROR;
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st);
        return DOSSIER_OK;
    }
    if (rc != SQLITE_ROW)
        return select_failed(s, st, "cannot count mentions");
    snprintf(month, sizeof month, "%s", (const char *)sqlite3_column_text(st, 0));
    snprintf(kind, sizeof kind, "%s", sqlite3_column_text(st, 1)
             ? (const char *)sqlite3_column_text(st, 1) : "");
    sqlite3_reset(st);
    qsort(ids, (size_t)n, sizeof *ids, cmp_i64);
    for (i = 0; i < n; i = j) {
        for (j = i + 1; j < n && ids[j] == ids[i]; j++)
            ;
        if (ids[i] && (rc = em_add(s, month, kind, ids[i], j - i)))
            return rc;
    }
    return DOSSIER_OK;
}

/* ---- rows written many to a statement -------------------------------------
** An article's sentences, mentions, time expressions and actions can be
** written with INSERT statements of 1, 2, 4, ... 1 << (STORE_ROWS_SIZES-1)
** rows, so that SQLite runs a statement (its set-up, checks and halt) per
** chunk rather than per row. The statements are prepared once and kept in
** s->rows. While the foreign keys of these tables were immediate (up to
** schema_v10), a many-row statement that might fail half way kept a
** statement journal, a copy of every page it touched, and chunks cost more
** than single rows. Since schema_v11 they have no foreign keys, and the
** statements are INSERT OR FAIL: a failing row ends the statement and
** leaves the rows before it, which no caller keeps (every error rolls the
** transaction back), so SQLite needs no statement journal. Measured
** (callgrind, 1,000 bench articles on one thread): chunks of up to 32 rows
** and no keys, 3.875 G instructions to ingest before, 3.700 G after. */
enum { RW_SENTENCES, RW_MENTIONS, RW_TIMEXES, RW_ACTIONS };
#define ACT_COLS 17                 /* an action row's columns, id first */
static const struct rows_table {
    const char *head;
    int ncols;
} rows_tables[STORE_ROWS_TABLES] = {
    { "INSERT OR FAIL INTO sentences(id, article, seq, start, end, paragraph)", 6 },
    { "INSERT OR FAIL INTO mentions(entity, article, seq, sentence, start, end)", 6 },
    { "INSERT OR FAIL INTO timexes(article, seq, sentence, start, end, type, value,"
      " date_start, date_end, precision)", 10 },
    { "INSERT OR FAIL INTO actions(id, article, sentence, actor, verb, category,"
      " target, object, date_start, date_end, precision, date_source, modality,"
      " ev_start, ev_end, ob_start, ob_end)", ACT_COLS },
};

/* The statement inserting 1 << lg rows into table t, bindings cleared;
** NULL with the message set. */
static sqlite3_stmt *rows_stmt(dz_store *s, int t, int lg)
{
    sqlite3_stmt **st = &s->rows[t][lg];
    if (!*st) {
        const struct rows_table *rt = &rows_tables[t];
        dz_buf b = { 0 };
        int i, j, rc;
        dz_buf_puts(&b, rt->head);
        dz_buf_puts(&b, " VALUES ");
        for (i = 0; i < (1 << lg); i++) {
            dz_buf_puts(&b, i ? ",(" : "(");
            for (j = 0; j < rt->ncols; j++)
                dz_buf_puts(&b, j ? ",?" : "?");
            dz_buf_putc(&b, ')');
        }
        if (!b.data) {
            store_error(s, DOSSIER_NOMEM, "out of memory");
            return NULL;
        }
        rc = store_prepare(s, b.data, SQLITE_PREPARE_PERSISTENT, st, NULL);
        dz_buf_free(&b);
        if (rc != SQLITE_OK) {
            store_sqlite_error(s, "prepare");
            *st = NULL;
            return NULL;
        }
    }
    sqlite3_reset(*st);
    sqlite3_clear_bindings(*st);
    return *st;
}

static void rows_free(dz_store *s)
{
    int t, lg;
    for (t = 0; t < STORE_ROWS_TABLES; t++)
        for (lg = 0; lg < STORE_ROWS_SIZES; lg++) {
            sqlite3_finalize(s->rows[t][lg]);
            s->rows[t][lg] = NULL;
        }
}

/* What the row binders read: the article being saved. */
typedef struct save_ctx {
    int64_t id;
    const dz_analysis *a;
    const int64_t *sent_ids, *ent_ids;
    const int64_t *group_ids;       /* per action: its actor's and target's
                                       group entity, 0 none */
} save_ctx;

/* Bind a date at i in its stored form (schema_v10): the day number of a
** 'YYYY-MM-DD' text, anything else as text, NULL for none. */
static void bind_date(sqlite3_stmt *st, int i, const char *s)
{
    int y, m, d;
    if (s && dz_date_parse(s, &y, &m, &d) == 0)
        sqlite3_bind_int64(st, i, dz_date_to_days(y, m, d));
    else
        bind_opt(st, i, s);
}

/* Bind name at i in its stored form (schema_v10): its code in the list
** (stored_code), a name not in it as text, NULL for none. */
static void bind_label(sqlite3_stmt *st, int i, const char *name, int list)
{
    int k = name ? stored_code(list, name) : -1;
    if (k >= 0)
        sqlite3_bind_int(st, i, k);
    else
        bind_opt(st, i, name);
}

/* Bind item i of table t's rows at parameters p, p+1, ... of st. */
typedef void (*row_binder)(sqlite3_stmt *st, int p, int i, const save_ctx *c);

static void bind_sentence(sqlite3_stmt *st, int p, int i, const save_ctx *c)
{
    const dz_sentence *se = &c->a->sentences[i];
    sqlite3_bind_int64(st, p, c->sent_ids[i]);
    sqlite3_bind_int64(st, p + 1, c->id);
    sqlite3_bind_int(st, p + 2, i);
    sqlite3_bind_int(st, p + 3, se->start);
    sqlite3_bind_int(st, p + 4, se->end);
    sqlite3_bind_int(st, p + 5, se->paragraph);
}

static void bind_timex(sqlite3_stmt *st, int p, int i, const save_ctx *c)
{
    const dz_timex *t = &c->a->timexes[i];
    sqlite3_bind_int64(st, p, c->id);
    sqlite3_bind_int(st, p + 1, i);             /* seq (schema_v9) */
    if (t->sentence >= 0 && t->sentence < c->a->nsentences &&
        c->sent_ids[t->sentence])
        sqlite3_bind_int64(st, p + 2, c->sent_ids[t->sentence]);
    sqlite3_bind_int(st, p + 3, t->start);
    sqlite3_bind_int(st, p + 4, t->end);
    bind_label(st, p + 5, t->type, STORED_TIMEX_TYPE);
    bind_opt(st, p + 6, t->value);
    bind_date(st, p + 7, t->begin);
    bind_date(st, p + 8, t->end_date);
    bind_label(st, p + 9, t->precision ? dz_precision_name(t->precision) : NULL,
               STORED_PRECISION);
}

/* ---- actions written in date order at commit ----------------------------
** An action's row goes into seven B-trees: the table (by id) and six
** indexes, four of them ordered by date (actions_date, _span, _long, and
** actions_category by category then date), which a corpus's articles
** reach in no order. Written as each article was saved, every row touched
** a page of each index anywhere in it: once those indexes outgrow the page
** cache (STORE_CACHE_KIB; 100k bench articles), nearly every row read a
** page back and spilled another, and ingest slowed as the corpus grew.
** So the rows of a transaction are kept (store->acts, at most
** ACTS_MAX rows, then written early) and written at commit sorted by
** date: each index page is then visited once per flush, in order. The ids
** are those SQLite would have given the rows written one by one (the
** largest id so far plus one, in the order saved), set explicitly; so
** every row, id and index entry is the same as before, only the order of
** writing changes. Rows are written before anything else of the
** transaction reads or deletes actions (store_save_analysis clearing an
** article's analysis, store_commit); a rollback drops them. Owned by
** the store; emptied by store_begin and store_rollback. */
#define ACTS_MAX 16384              /* rows kept, at most: about 2.5 MiB */

enum { CELL_NULL, CELL_INT, CELL_TEXT };

typedef struct act_row {
    int64_t v[ACT_COLS];            /* the value, or a text's offset in
                                       dz_acts.text */
    unsigned char t[ACT_COLS];      /* CELL_NULL, CELL_INT, CELL_TEXT */
} act_row;

struct dz_acts {
    act_row *rows;
    int n, cap;
    dz_buf text;                    /* the rows' texts, NUL-separated */
    int64_t next_id;                /* the next row's id; 0: ask the table */
    int failed;                     /* a text did not fit in memory */
};

/* Column places in act_row (rows_tables[RW_ACTIONS]'s order). */
enum { AC_ID, AC_ARTICLE, AC_SENTENCE, AC_ACTOR, AC_VERB, AC_CATEGORY,
       AC_TARGET, AC_OBJECT, AC_DATE_START, AC_DATE_END, AC_PRECISION,
       AC_DATE_SOURCE, AC_MODALITY, AC_EV_START, AC_EV_END, AC_OB_START,
       AC_OB_END };

static void cell_int(act_row *r, int k, int64_t v)
{
    r->t[k] = CELL_INT;
    r->v[k] = v;
}

/* Text s at column k (NULL or empty: NULL, as bind_opt), copied into the
** buffer's texts. */
static void cell_text(struct dz_acts *b, act_row *r, int k, const char *s)
{
    if (!s || !*s) {
        r->t[k] = CELL_NULL;
        return;
    }
    r->t[k] = CELL_TEXT;
    r->v[k] = (int64_t)b->text.len;
    if (dz_buf_append(&b->text, s, strlen(s) + 1) != 0)
        b->failed = 1;
}

/* A date in its stored form (schema_v10), as bind_date binds it. */
static void cell_date(struct dz_acts *b, act_row *r, int k, const char *s)
{
    int y, m, d;
    if (s && dz_date_parse(s, &y, &m, &d) == 0)
        cell_int(r, k, dz_date_to_days(y, m, d));
    else
        cell_text(b, r, k, s);
}

/* A label in its stored form (schema_v10), as bind_label binds it. */
static void cell_label(struct dz_acts *b, act_row *r, int k, const char *name,
                       int list)
{
    int code = name ? stored_code(list, name) : -1;
    if (code >= 0)
        cell_int(r, k, code);
    else
        cell_text(b, r, k, name);
}

/* Action i of the article being saved as a row (its id not yet set). */
static void action_cells(struct dz_acts *b, act_row *r, int i, const save_ctx *c)
{
    const dz_analysis *a = c->a;
    const dz_action *x = &a->actions[i];
    memset(r->t, CELL_NULL, sizeof r->t);
    cell_int(r, AC_ARTICLE, c->id);
    if (x->sentence >= 0 && x->sentence < a->nsentences &&
        c->sent_ids[x->sentence])
        cell_int(r, AC_SENTENCE, c->sent_ids[x->sentence]);
    if (x->actor >= 0 && x->actor < a->nmentions && c->ent_ids[x->actor])
        cell_int(r, AC_ACTOR, c->ent_ids[x->actor]);
    else if (c->group_ids && c->group_ids[2 * i])
        cell_int(r, AC_ACTOR, c->group_ids[2 * i]);
    /* the verb is never NULL (an empty text when missing) */
    r->t[AC_VERB] = CELL_TEXT;
    r->v[AC_VERB] = (int64_t)b->text.len;
    if (dz_buf_append(&b->text, x->verb ? x->verb : "",
                      strlen(x->verb ? x->verb : "") + 1) != 0)
        b->failed = 1;
    if (x->category > 0)
        cell_int(r, AC_CATEGORY, x->category);
    if (x->target >= 0 && x->target < a->nmentions && c->ent_ids[x->target])
        cell_int(r, AC_TARGET, c->ent_ids[x->target]);
    else if (c->group_ids && c->group_ids[2 * i + 1])
        cell_int(r, AC_TARGET, c->group_ids[2 * i + 1]);
    /* the object is a piece of the text: kept as its offsets when found
    ** there (the first place: the same text either way) */
    if (x->object && *x->object) {
        const char *at = actions_object_in_text(a, x);
        if (at) {
            cell_int(r, AC_OB_START, at - a->text);
            cell_int(r, AC_OB_END, at - a->text + (int64_t)strlen(x->object));
        } else {
            cell_text(b, r, AC_OBJECT, x->object);
        }
    }
    cell_date(b, r, AC_DATE_START, x->begin);
    cell_date(b, r, AC_DATE_END, x->end_date);
    cell_label(b, r, AC_PRECISION,
               x->precision ? dz_precision_name(x->precision) : NULL,
               STORED_PRECISION);
    cell_label(b, r, AC_DATE_SOURCE, dz_date_source_name(x->date_source),
               STORED_DATE_SOURCE);
    cell_label(b, r, AC_MODALITY, dz_modality_name(x->modality), STORED_MODALITY);
    if (x->ev_end > x->ev_start && x->ev_start >= 0) {
        /* the evidence is cut out of the article again on read */
        cell_int(r, AC_EV_START, x->ev_start);
        cell_int(r, AC_EV_END, x->ev_end);
    }
}

/* Bind row r at parameters p, p+1, ... of st (its texts in b). */
static void act_bind(sqlite3_stmt *st, int p, const act_row *r,
                     const struct dz_acts *b)
{
    int k;
    for (k = 0; k < ACT_COLS; k++)
        switch (r->t[k]) {
        case CELL_INT:
            sqlite3_bind_int64(st, p + k, r->v[k]);
            break;
        case CELL_TEXT:
            sqlite3_bind_text(st, p + k, b->text.data + r->v[k], -1,
                              SQLITE_STATIC);
            break;
        default:
            sqlite3_bind_null(st, p + k);
        }
}

/* Rows by date_start, date_end (numbers by value; a text date, which
** store_save_analysis never writes, by its place in the buffer), then id:
** the order of actions_date, near enough for its pages to be visited in
** turn. Any order stores the same rows. */
static int act_cmp(const void *pa, const void *pb)
{
    static const int keys[] = { AC_DATE_START, AC_DATE_END, AC_ID };
    const act_row *x = pa, *y = pb;
    size_t k;
    for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        int c = keys[k];
        if (x->t[c] != y->t[c])
            return x->t[c] < y->t[c] ? -1 : 1;
        if (x->v[c] != y->v[c])
            return x->v[c] < y->v[c] ? -1 : 1;
    }
    return 0;
}

static void acts_clear(dz_store *s)
{
    if (s->acts) {
        s->acts->n = 0;
        s->acts->text.len = 0;
        s->acts->next_id = 0;
        s->acts->failed = 0;
    }
}

static void acts_free(dz_store *s)
{
    if (s->acts) {
        free(s->acts->rows);
        dz_buf_free(&s->acts->text);
        free(s->acts);
        s->acts = NULL;
    }
}

/* Write the rows kept, sorted by date, many to a statement (rows_stmt),
** and empty the buffer; the next row's id is asked of the table again. */
static int acts_flush(dz_store *s)
{
    struct dz_acts *b = s->acts;
    int done = 0, rc = DOSSIER_OK;
    if (!b)
        return DOSSIER_OK;
    if (b->failed) {
        acts_clear(s);
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    }
    qsort(b->rows, (size_t)b->n, sizeof *b->rows, act_cmp);
    while (done < b->n && rc == DOSSIER_OK) {
        sqlite3_stmt *st;
        int lg = batch_lg(b->n - done, STORE_ROWS_SIZES), j;
        if (!(st = rows_stmt(s, RW_ACTIONS, lg))) {
            rc = DOSSIER_ERROR;
            break;
        }
        for (j = 0; j < (1 << lg); j++)
            act_bind(st, j * ACT_COLS + 1, &b->rows[done + j], b);
        rc = step_done(s, st, "cannot save action");
        done += 1 << lg;
    }
    acts_clear(s);
    return rc;
}

/* Keep the n actions of the article being saved (c), each with the id
** SQLite would give it now; written early when the buffer is full. */
static int acts_add(dz_store *s, const save_ctx *c, int n)
{
    struct dz_acts *b;
    int i, rc;
    if (n <= 0)
        return DOSSIER_OK;
    if (!s->acts && !(s->acts = calloc(1, sizeof *s->acts)))
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    b = s->acts;
    if (b->n + n > ACTS_MAX && (rc = acts_flush(s)))
        return rc;
    if (b->n + n > b->cap && dz_grow((void **)&b->rows, &b->cap, b->n + n, sizeof *b->rows))
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    if (b->next_id == 0) {
        sqlite3_stmt *st = store_stmt(s, "SELECT coalesce(max(id), 0) + 1"
                                         " FROM actions");
        if (!st)
            return DOSSIER_ERROR;
        if (sqlite3_step(st) != SQLITE_ROW)
            return select_failed(s, st, "cannot save action");
        b->next_id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
    }
    for (i = 0; i < n; i++) {
        act_row *r = &b->rows[b->n++];
        action_cells(b, r, i, c);
        cell_int(r, AC_ID, b->next_id++);
    }
    if (b->failed) {
        acts_clear(s);
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    }
    return DOSSIER_OK;
}

/* ---- mentions written in entity order at commit --------------------------
** The same for mentions (see the actions above): mentions_entity, ordered
** by entity, is the largest index a corpus writes anywhere in, a page per
** mention once it outgrows the page cache. A transaction's mentions are
** kept (store->ments, at most MENTS_MAX, then written early) and written
** at commit sorted by (entity, article, seq). Their keys are their own
** (article, seq), so the rows are the same whatever the order. Short-name
** resolution counts an entity's mentions (resolve_short): those kept are
** added to the stored ones (ments_pending), so it sees what it saw when
** each article's mentions were written at once. Owned by the store;
** emptied by store_begin and store_rollback. */
#define MENTS_MAX 65536             /* rows kept, at most: about 2.5 MiB,
                                       and 2 MiB of counts */
#define MENTS_SLOTS (2 * MENTS_MAX) /* a power of two */

typedef struct ment_row {
    int64_t entity, article, sentence;      /* sentence 0: none (NULL) */
    int32_t seq, start, end;
} ment_row;

typedef struct ment_count {
    int64_t entity;                 /* 0: empty */
    int64_t n;
} ment_count;

struct dz_ments {
    ment_row *rows;
    int n, cap;
    ment_count *counts;             /* MENTS_SLOTS: mentions kept per entity */
};

static void ments_clear(dz_store *s)
{
    if (s->ments && s->ments->n) {
        s->ments->n = 0;
        memset(s->ments->counts, 0, MENTS_SLOTS * sizeof *s->ments->counts);
    }
}

static void ments_free(dz_store *s)
{
    if (s->ments) {
        free(s->ments->rows);
        free(s->ments->counts);
        free(s->ments);
        s->ments = NULL;
    }
}

/* The slot of entity's count (its own, or the empty one it would take). */
static ment_count *ments_slot(struct dz_ments *b, int64_t entity)
{
    uint64_t h = ((uint64_t)entity * 0x9e3779b97f4a7c15ULL) >> 32;
    for (h &= MENTS_SLOTS - 1; ; h = (h + 1) & (MENTS_SLOTS - 1))
        if (b->counts[h].entity == entity || b->counts[h].entity == 0)
            return &b->counts[h];
}

/* Mentions of entity kept and not yet written. */
static int64_t ments_pending(dz_store *s, int64_t entity)
{
    ment_count *c;
    if (!s->ments || !s->ments->n || entity == 0)
        return 0;
    c = ments_slot(s->ments, entity);
    return c->entity == entity ? c->n : 0;
}

static int ment_cmp(const void *pa, const void *pb)
{
    const ment_row *x = pa, *y = pb;
    if (x->entity != y->entity)
        return x->entity < y->entity ? -1 : 1;
    if (x->article != y->article)
        return x->article < y->article ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Write the mentions kept, in (entity, article, seq) order, many to a
** statement, and empty the buffer. */
static int ments_flush(dz_store *s)
{
    struct dz_ments *b = s->ments;
    int done = 0, rc = DOSSIER_OK;
    if (!b || !b->n)
        return DOSSIER_OK;
    qsort(b->rows, (size_t)b->n, sizeof *b->rows, ment_cmp);
    while (done < b->n && rc == DOSSIER_OK) {
        sqlite3_stmt *st;
        int lg = batch_lg(b->n - done, STORE_ROWS_SIZES), j;
        if (!(st = rows_stmt(s, RW_MENTIONS, lg))) {
            rc = DOSSIER_ERROR;
            break;
        }
        for (j = 0; j < (1 << lg); j++) {
            const ment_row *r = &b->rows[done + j];
            int p = j * rows_tables[RW_MENTIONS].ncols + 1;
            sqlite3_bind_int64(st, p, r->entity);
            sqlite3_bind_int64(st, p + 1, r->article);
            sqlite3_bind_int(st, p + 2, r->seq);
            if (r->sentence)
                sqlite3_bind_int64(st, p + 3, r->sentence);
            sqlite3_bind_int(st, p + 4, r->start);
            sqlite3_bind_int(st, p + 5, r->end);
        }
        rc = step_done(s, st, "cannot save mention");
        done += 1 << lg;
    }
    ments_clear(s);
    return rc;
}

/* Keep the mentions items[0..n) of the article being saved (c). */
static int ments_add(dz_store *s, const save_ctx *c, const int *items, int n)
{
    struct dz_ments *b;
    int i, rc;
    if (n <= 0)
        return DOSSIER_OK;
    if (!s->ments) {
        if (!(s->ments = calloc(1, sizeof *s->ments)) ||
            !(s->ments->counts = calloc(MENTS_SLOTS, sizeof *s->ments->counts))) {
            ments_free(s);
            return store_error(s, DOSSIER_NOMEM, "out of memory");
        }
    }
    b = s->ments;
    if (b->n + n > MENTS_MAX && (rc = ments_flush(s)))
        return rc;
    if (b->n + n > b->cap && dz_grow((void **)&b->rows, &b->cap, b->n + n, sizeof *b->rows))
        return store_error(s, DOSSIER_NOMEM, "out of memory");
    for (i = 0; i < n; i++) {
        const dz_analysis *a = c->a;
        const dz_mention *m = &a->mentions[items[i]];
        ment_row *r = &b->rows[b->n++];
        ment_count *k;
        r->entity = c->ent_ids[items[i]];
        r->article = c->id;
        r->seq = items[i];                      /* seq (schema_v9) */
        r->sentence = m->sentence >= 0 && m->sentence < a->nsentences
                      ? c->sent_ids[m->sentence] : 0;
        r->start = m->start;
        r->end = m->end;
        k = ments_slot(b, r->entity);
        k->entity = r->entity;
        k->n++;
    }
    return DOSSIER_OK;
}

/* Insert table t's rows for items[0..n) (or 0..n when items is NULL), in
** order, in chunks of the largest size that fits. */
static int write_rows(dz_store *s, int t, const int *items, int n,
                      row_binder bind, const save_ctx *c, const char *what)
{
    int done = 0, rc;
    while (done < n) {
        sqlite3_stmt *st;
        int lg = batch_lg(n - done, STORE_ROWS_SIZES), j;
        if (!(st = rows_stmt(s, t, lg)))
            return DOSSIER_ERROR;
        for (j = 0; j < (1 << lg); j++)
            bind(st, j * rows_tables[t].ncols + 1,
                 items ? items[done + j] : done + j, c);
        if ((rc = step_done(s, st, what)))
            return rc;
        done += 1 << lg;
    }
    return DOSSIER_OK;
}

int store_save_analysis(dz_store *s, int64_t id, const dz_analysis *a)
{
    static const char *const clear[] = {
        "DELETE FROM actions WHERE article=?",
        "DELETE FROM timexes WHERE article=?",
        "DELETE FROM mentions WHERE article=?",
        "DELETE FROM sentences WHERE id BETWEEN ?1 * " STORE_SENTENCE_SPAN_SQL
        " AND ?1 * " STORE_SENTENCE_SPAN_SQL " + " STORE_SENTENCE_SPAN_SQL " - 1",
    };
    int64_t *sent_ids = NULL, *ent_ids = NULL, *em_ids = NULL, *group_ids = NULL;
    int *saved = NULL;
    dz_arena scratch = { 0 };
    int rc = DOSSIER_OK, i, nsaved = 0, written = 0;
    sqlite3_stmt *st;
    save_ctx c;

    if (s->pg)
        return pg_save_analysis(s->pg, id, a);
    /* an article inserted by this transaction has no analysis to clear;
    ** the actions kept are written before another's are deleted */
    if (!inserted_now(s, id) &&
        ((rc = acts_flush(s)) || (rc = ments_flush(s))))
        return rc;
    for (i = 0; i < 4 && !inserted_now(s, id); i++) {
        if (!(st = store_stmt(s, clear[i])))
            return DOSSIER_ERROR;
        sqlite3_bind_int64(st, 1, id);
        if ((rc = step_done(s, st, "cannot clear analysis")))
            return rc;
    }
    sent_ids = calloc((size_t)a->nsentences + 1, sizeof *sent_ids);
    ent_ids = calloc((size_t)a->nmentions + 1, sizeof *ent_ids);
    em_ids = calloc((size_t)a->nmentions + 1, sizeof *em_ids);
    saved = calloc((size_t)a->nmentions + 1, sizeof *saved);
    if (!sent_ids || !ent_ids || !em_ids || !saved) {
        rc = store_error(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    c.id = id;
    c.a = a;
    c.sent_ids = sent_ids;
    c.ent_ids = ent_ids;
    c.group_ids = NULL;
    if (a->nsentences > 0) {
        /* the article's range of ids (schema_v9); 0: not stored */
        int nstored = a->nsentences < STORE_SENTENCE_SPAN ? a->nsentences
                      : STORE_SENTENCE_SPAN;
        for (i = 0; i < nstored; i++)
            sent_ids[i] = id * STORE_SENTENCE_SPAN + i;
        if ((rc = write_rows(s, RW_SENTENCES, NULL, nstored,
                             bind_sentence, &c, "cannot save sentence")))
            goto done;
    }
    for (i = 0; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        const char *name = m->name;
        /* a dateline or a sign-off names where and by whom, not whom the
        ** story is about: not a mention (see analysis.h) */
        if (m->form == DZ_FORM_DATELINE || m->form == DZ_FORM_SIGNOFF)
            continue;
        if (m->short_form && m->type == DZ_ENT_PERSON) {
            /* the resolution counts the mentions stored: those of this
            ** article before it too, as when each was written alone */
            if ((rc = ments_add(s, &c, saved + written, nsaved - written)))
                goto done;
            written = nsaved;
            if (!(name = resolve_short(s, name, &scratch))) {
                rc = DOSSIER_ERROR;
                goto done;
            }
        }
        if ((rc = entity_id(s, name, dz_entity_type_name(m->type), m->code,
                            &ent_ids[i])))
            goto done;
        em_ids[nsaved] = ent_ids[i];
        saved[nsaved++] = i;
    }
    if ((rc = ments_add(s, &c, saved + written, nsaved - written)))
        goto done;
    /* the article's month in entity_months (see schema_v4, schema_v7) */
    if (nsaved > 0 && (rc = em_article(s, id, em_ids, nsaved)))
        goto done;
    if ((rc = write_rows(s, RW_TIMEXES, NULL, a->ntimexes, bind_timex, &c,
                         "cannot save time expression")))
        goto done;
    /* the groups that act or are acted on: entities of their own, with no
    ** mention (see DZ_ENT_GROUP) */
    for (i = 0; i < a->nactions; i++) {
        const dz_action *x = &a->actions[i];
        const char *g[2] = { x->actor < 0 ? x->actor_group : NULL,
                             x->target < 0 ? x->target_group : NULL };
        int k;
        for (k = 0; k < 2; k++) {
            if (!g[k] || !*g[k])
                continue;
            if (!group_ids &&
                !(group_ids = calloc((size_t)a->nactions * 2, sizeof *group_ids))) {
                rc = store_error(s, DOSSIER_NOMEM, "out of memory");
                goto done;
            }
            if ((rc = entity_id(s, g[k], dz_entity_type_name(DZ_ENT_GROUP), NULL,
                                &group_ids[2 * i + k])))
                goto done;
        }
    }
    c.group_ids = group_ids;
    rc = acts_add(s, &c, a->nactions);
done:
    free(group_ids);
    free(sent_ids);
    free(ent_ids);
    free(em_ids);
    free(saved);
    dz_arena_free(&scratch);
    return rc;
}

int store_article_text(dz_store *s, int64_t id, char **body, size_t *len,
                       char published[11])
{
    sqlite3_stmt *st;
    int rc;
    if (s->pg)
        return pg_article_text(s->pg, id, body, len, published);
    st = store_stmt(s, "SELECT body, published FROM articles WHERE id=?");
    *body = NULL;
    *len = 0;
    published[0] = '\0';
    if (!st)
        return DOSSIER_ERROR;
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st);
        return store_error(s, DOSSIER_NOTFOUND, "no article %lld", (long long)id);
    }
    if (rc != SQLITE_ROW)
        return select_failed(s, st, "cannot read the article");
    *len = (size_t)sqlite3_column_bytes(st, 0);
    *body = dz_strndup((const char *)sqlite3_column_text(st, 0), *len);
    if (sqlite3_column_text(st, 1))
        snprintf(published, 11, "%s", (const char *)sqlite3_column_text(st, 1));
    sqlite3_reset(st);
    return *body ? DOSSIER_OK : store_error(s, DOSSIER_NOMEM, "out of memory");
}

/* ---- cursors ------------------------------------------------------------- */

struct dz_cursor {
    dz_store *s;
    sqlite3_stmt *st;
    pg_cursor *pg;                /* on PostgreSQL instead of st */
    int cached;                   /* st belongs to the statement cache */
};

/* A cursor over a PostgreSQL result (pg.c), NULL with the message set. */
static dz_cursor *cursor_pg(dz_store *s, const char *sql, int readonly)
{
    dz_cursor *c = calloc(1, sizeof *c);
    if (!c) {
        store_error(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    c->s = s;
    if (!(c->pg = pg_cursor_new(s->pg, sql, readonly))) {
        free(c);
        return NULL;
    }
    return c;
}

dz_cursor *store_query(dz_store *s, const char *sql)
{
    dz_cursor *c;
    sqlite3_stmt *st;
    if (s->pg)
        return cursor_pg(s, sql, 0);
    if (!(st = store_stmt(s, sql)))
        return NULL;
    if (!(c = calloc(1, sizeof *c))) {
        store_error(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    c->s = s;
    c->st = st;
    c->cached = 1;
    return c;
}

dz_cursor *dz_cursor_new(dz_store *s, const char *sql)
{
    dz_cursor *c;
    if (s->pg)
        return cursor_pg(s, sql, 0);
    c = calloc(1, sizeof *c);
    if (!c) {
        store_error(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    c->s = s;
    if (store_prepare(s, sql, 0, &c->st, NULL) != SQLITE_OK) {
        store_sqlite_error(s, "query");
        free(c);
        return NULL;
    }
    return c;
}

int dz_cursor_bind_text(dz_cursor *c, int i, const char *s)
{
    if (c->pg)
        return pg_cursor_bind(c->pg, i, s, 0);
    return sqlite3_bind_text(c->st, i, s, -1, SQLITE_TRANSIENT) == SQLITE_OK ? 0 : -1;
}

int dz_cursor_bind_int(dz_cursor *c, int i, int64_t v)
{
    if (c->pg) {
        char num[24];
        snprintf(num, sizeof num, "%lld", (long long)v);
        return pg_cursor_bind(c->pg, i, num, 1);
    }
    return sqlite3_bind_int64(c->st, i, v) == SQLITE_OK ? 0 : -1;
}

int dz_cursor_bind_double(dz_cursor *c, int i, double v)
{
    if (c->pg) {
        char num[40];
        snprintf(num, sizeof num, "%.17g", v);
        return pg_cursor_bind(c->pg, i, num, 0);
    }
    return sqlite3_bind_double(c->st, i, v) == SQLITE_OK ? 0 : -1;
}

int dz_cursor_bind_null(dz_cursor *c, int i)
{
    if (c->pg)
        return pg_cursor_bind(c->pg, i, NULL, 0);
    return sqlite3_bind_null(c->st, i) == SQLITE_OK ? 0 : -1;
}

int dz_cursor_step(dz_cursor *c)
{
    int rc;
    if (c->pg)
        return pg_cursor_step(c->pg);
    rc = sqlite3_step(c->st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    store_sqlite_error(c->s, "query");
    return -1;
}

/* Each reader asks the PostgreSQL cursor when there is one. */
int dz_cursor_ncols(dz_cursor *c)
{
    return c->pg ? pg_cursor_ncols(c->pg) : sqlite3_column_count(c->st);
}
const char *dz_cursor_name(dz_cursor *c, int i)
{
    return c->pg ? pg_cursor_name(c->pg, i) : sqlite3_column_name(c->st, i);
}
int dz_cursor_type(dz_cursor *c, int i)
{
    return c->pg ? pg_cursor_type(c->pg, i) : sqlite3_column_type(c->st, i);
}
int64_t dz_cursor_int(dz_cursor *c, int i)
{
    return c->pg ? pg_cursor_int(c->pg, i) : sqlite3_column_int64(c->st, i);
}
double dz_cursor_double(dz_cursor *c, int i)
{
    return c->pg ? pg_cursor_double(c->pg, i) : sqlite3_column_double(c->st, i);
}
sqlite3_stmt *dz_cursor_stmt(dz_cursor *c) { return c->st; }
int dz_cursor_nparams(dz_cursor *c)
{
    return c->pg ? pg_cursor_nparams(c->pg) : sqlite3_bind_parameter_count(c->st);
}

const char *dz_cursor_text(dz_cursor *c, int i, size_t *len)
{
    const char *s;
    if (c->pg)
        return pg_cursor_text(c->pg, i, len);
    s = (const char *)sqlite3_column_text(c->st, i);
    if (len)
        *len = (size_t)sqlite3_column_bytes(c->st, i);
    return s;
}

void dz_cursor_free(dz_cursor *c)
{
    if (!c)
        return;
    pg_cursor_free(c->pg);
    if (c->cached) {
        sqlite3_reset(c->st);
        sqlite3_clear_bindings(c->st);
    } else {
        sqlite3_finalize(c->st);
    }
    free(c);
}

/* Authorizer for user SQL, on top of sqlite3_stmt_readonly, which lets
** through BEGIN and SAVEPOINT (they would leave a transaction open under
** the next write), ATTACH (it creates files) and pragmas that change the
** connection (query_only, foreign_keys). Pragmas may be read, and the
** schema-reading ones may take an argument. */
static int readonly_auth(void *ctx, int op, const char *a1, const char *a2,
                         const char *db, const char *trigger)
{
    static const char *const schema_pragmas[] = {
        "table_info", "table_xinfo", "table_list", "index_info", "index_xinfo",
        "index_list", "foreign_key_list", "foreign_key_check",
        "integrity_check", "quick_check", NULL
    };
    static const char *const acting_pragmas[] = {
        "optimize", "wal_checkpoint", "incremental_vacuum", "shrink_memory",
        NULL
    };
    int i;
    (void)ctx; (void)db; (void)trigger;
    switch (op) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        /* pragmas that act when named alone: optimize runs ANALYZE and
        ** writes sqlite_stat1, the others change the files */
        for (i = 0; acting_pragmas[i]; i++)
            if (a1 && sqlite3_stricmp(a1, acting_pragmas[i]) == 0)
                return SQLITE_DENY;
        if (!a2)
            return SQLITE_OK;
        for (i = 0; schema_pragmas[i]; i++)
            if (a1 && sqlite3_stricmp(a1, schema_pragmas[i]) == 0)
                return SQLITE_OK;
        return SQLITE_DENY;
    default:
        return SQLITE_OK;
    }
}

dz_cursor *dz_sql_readonly(dz_store *s, const char *sql)
{
    dz_cursor *c;
    const char *tail = NULL;
    int rc;
    if (s->pg)                  /* one statement, in a read-only transaction */
        return cursor_pg(s, sql, 1);
    if (store_settle(s) != DOSSIER_OK)  /* before the authorizer refuses it */
        return NULL;
    c = calloc(1, sizeof *c);
    if (!c) {
        store_error(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    c->s = s;
    sqlite3_set_authorizer(s->db, readonly_auth, NULL);
    rc = sqlite3_prepare_v2(s->db, sql, -1, &c->st, &tail);
    sqlite3_set_authorizer(s->db, NULL, NULL);
    if (rc == SQLITE_AUTH) {
        store_error(s, DOSSIER_MISUSE, "sql: read-only: SELECT and reading "
                 "PRAGMAs only; use the articles and entities modules to "
                 "change the corpus");
        free(c);
        return NULL;
    }
    if (rc != SQLITE_OK) {
        store_sqlite_error(s, "sql");
        free(c);
        return NULL;
    }
    /* what follows the statement may be only blanks, semicolons and
    ** comments ("SELECT 1; -- why"): SQLite compiles those to nothing */
    while (tail && *tail && c->st) {
        sqlite3_stmt *more = NULL;
        const char *next = NULL;
        sqlite3_set_authorizer(s->db, readonly_auth, NULL);
        rc = sqlite3_prepare_v2(s->db, tail, -1, &more, &next);
        sqlite3_set_authorizer(s->db, NULL, NULL);
        if (more || rc != SQLITE_OK || next == tail) {
            sqlite3_finalize(more);
            break;
        }
        tail = next;
    }
    if (!c->st || (tail && *tail) || !sqlite3_stmt_readonly(c->st)) {
        store_error(s, DOSSIER_MISUSE, !c->st ? "sql: empty statement"
                 : (tail && *tail) ? "sql: one statement at a time"
                 : "sql: read-only; use the articles and entities modules to change the corpus");
        dz_cursor_free(c);
        return NULL;
    }
    return c;
}

/* Add the user's definitions and aliases (rows with user_defined = 1) to
** lx, in the order they were made. A row with a bad type is skipped. */
int store_load_user_lexicon(dz_store *s, dz_lexicon *lx)
{
    static const char *const q[2] = {
        "SELECT name, type, code FROM entities WHERE user_defined=1"
        " ORDER BY id",
        "SELECT a.alias, e.name, e.type FROM aliases a"
        " JOIN entities e ON e.id=a.entity WHERE a.user_defined=1"
        " ORDER BY a.rowid",
    };
    int i, rc = 0;
    if (s->pg)
        return pg_load_user_lexicon(s->pg, lx);
    if (!s->db)
        return 0;
    for (i = 0; i < 2 && rc == 0; i++) {
        sqlite3_stmt *st;
        int src;
        if (store_prepare(s, q[i], 0, &st, NULL) != SQLITE_OK)
            return -1;
        while (rc == 0 && (src = sqlite3_step(st)) == SQLITE_ROW) {
            const char *a = (const char *)sqlite3_column_text(st, 0);
            const char *b = (const char *)sqlite3_column_text(st, 1);
            const char *c = (const char *)sqlite3_column_text(st, 2);
            if (!a || !b)
                continue;
            if (i == 0)
                rc = lexicon_define(lx, a, dz_entity_type_parse(b), c);
            else
                rc = lexicon_alias(lx, a, b, dz_entity_type_parse(c ? c : ""));
            if (rc != 0 && ((i == 0 && dz_entity_type_parse(b) == DZ_ENT_NONE) ||
                            dz_entity_type_parse(i == 0 ? b : c ? c : "") ==
                            DZ_ENT_GROUP))
                rc = 0;     /* a row with a bad type, or a group's: skip */
        }
        sqlite3_finalize(st);
    }
    return rc;
}
