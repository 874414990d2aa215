/*
** pg.c — the corpus on a PostgreSQL server (libpq): schema and
** migrations, transactions, batched article and analysis writes (COPY at
** commit), and cursors over the server's results with SQLite's query
** dialect translated (pg_translate).
**
** Writes. The content hashes of a batch of articles are claimed first,
** in one statement, in article_hashes (hash primary key, the article id
** from a sequence): the database, not the program, keeps two ingest
** processes from storing one article twice (the second waits for the
** first's batch and then sees a duplicate). The article and analysis rows
** are queued as COPY text and sent by a writer thread while the next
** batch is analysed (flush_async), or at commit (or before any read of the
** open transaction), so a batch is one transaction: whole or absent; its
** entity_months sums are counted here and sent at commit. The entities of
** the mentions queued are resolved when they are sent, all at once
** (resolve_pending): looked up in one statement, short names' candidates
** read in one more, the missing ones created in a third, on a second
** connection in autocommit, so that two ingests naming the same new
** entity never wait for each other's open batch; an entity whose batch
** then rolls back stays, unmentioned.
**
** Articles are partitioned by month of publication ('YYYY-MM' ranges of
** the published text; undated articles in the default partition); the
** months a batch needs are made by the server function dz_add_months in
** one call before its rows are sent, locally or, on a sharded corpus, as
** foreign tables on the shards (postgres_fdw). There are no foreign
** keys to articles (a partitioned table's key would have to hold the
** month, and a month partition may be a foreign table on another server):
** deleting an article deletes its rows explicitly.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <dlfcn.h>
#include <pthread.h>
#include <libpq-fe.h>
#include <stdarg.h>
#include <sqlite3.h>
#include "store/pg.h"
#include "analysis/text.h"
#include "analysis/timex.h"
#include "analysis/actions.h"

/* libpq is opened with dlopen when a corpus on a server is first opened,
** not linked: it brings a score of libraries (TLS, Kerberos, LDAP) whose
** loading every start of the shell would pay for (as libxml2, base/xml.c).
** Its functions are called through these pointers, under their own names. */
#ifndef DOSSIER_LIBPQ_SONAME
#define DOSSIER_LIBPQ_SONAME "libpq.so.5"
#endif
#define PQ_FUNCTIONS(X) \
    X(PQclear) \
    X(PQgetvalue) \
    X(PQexec) \
    X(PQntuples) \
    X(PQresultStatus) \
    X(PQgetisnull) \
    X(PQresultErrorField) \
    X(PQftype) \
    X(PQtransactionStatus) \
    X(PQfinish) \
    X(PQstatus) \
    X(PQnfields) \
    X(PQgetlength) \
    X(PQexecParams) \
    X(PQerrorMessage) \
    X(PQsetNoticeProcessor) \
    X(PQresultErrorMessage) \
    X(PQputCopyEnd) \
    X(PQputCopyData) \
    X(PQprepare) \
    X(PQgetResult) \
    X(PQgetCancel) \
    X(PQfreeCancel) \
    X(PQfname) \
    X(PQexecPrepared) \
    X(PQconnectdb) \
    X(PQcmdTuples) \
    X(PQcancel)
#define PQ_POINTER(f) static __typeof__(f) *pq_##f;
PQ_FUNCTIONS(PQ_POINTER)
#define PQclear pq_PQclear
#define PQgetvalue pq_PQgetvalue
#define PQexec pq_PQexec
#define PQntuples pq_PQntuples
#define PQresultStatus pq_PQresultStatus
#define PQgetisnull pq_PQgetisnull
#define PQresultErrorField pq_PQresultErrorField
#define PQftype pq_PQftype
#define PQtransactionStatus pq_PQtransactionStatus
#define PQfinish pq_PQfinish
#define PQstatus pq_PQstatus
#define PQnfields pq_PQnfields
#define PQgetlength pq_PQgetlength
#define PQexecParams pq_PQexecParams
#define PQerrorMessage pq_PQerrorMessage
#define PQsetNoticeProcessor pq_PQsetNoticeProcessor
#define PQresultErrorMessage pq_PQresultErrorMessage
#define PQputCopyEnd pq_PQputCopyEnd
#define PQputCopyData pq_PQputCopyData
#define PQprepare pq_PQprepare
#define PQgetResult pq_PQgetResult
#define PQgetCancel pq_PQgetCancel
#define PQfreeCancel pq_PQfreeCancel
#define PQfname pq_PQfname
#define PQexecPrepared pq_PQexecPrepared
#define PQconnectdb pq_PQconnectdb
#define PQcmdTuples pq_PQcmdTuples
#define PQcancel pq_PQcancel

static pthread_once_t pq_once = PTHREAD_ONCE_INIT;
static char pq_load_error[256];          /* why loading failed, "" if not */

static void pq_load_once(void)
{
    void *lib = dlopen(DOSSIER_LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL);
    const char *missing = NULL;
    if (!lib) {
        const char *why = dlerror();
        snprintf(pq_load_error, sizeof pq_load_error, "PostgreSQL needs libpq, which "
                 "cannot be loaded (%.180s)", why ? why : DOSSIER_LIBPQ_SONAME);
        return;
    }
#define PQ_RESOLVE(f) \
    if (!missing && !(*(void **)&pq_##f = dlsym(lib, #f))) missing = #f;
    PQ_FUNCTIONS(PQ_RESOLVE)
#undef PQ_RESOLVE
    if (missing) {
        snprintf(pq_load_error, sizeof pq_load_error, "PostgreSQL needs libpq, whose "
                 "%s is missing", missing);
        dlclose(lib);
    }
}

/* Load libpq once; 0, or -1 with the reason in pq_load_error. */
static int pq_load(void)
{
    pthread_once(&pq_once, pq_load_once);
    return pq_load_error[0] ? -1 : 0;
}

/* PostgreSQL type oids (catalog/pg_type.h is a server header) */
#define OID_BOOL 16
#define OID_INT8 20
#define OID_INT2 21
#define OID_INT4 23
#define OID_TEXT 25
#define OID_OID 26
#define OID_FLOAT4 700
#define OID_FLOAT8 701
#define OID_NUMERIC 1700

/* Text columns compare bytewise, as in SQLite, whatever the database's
** locale: same order, same results. */
#define T "text COLLATE \"C\""

/* Schema version 1. Besides the tables, the functions SQLite offers that
** the query modules use (julianday, group_concat, instr), and a text
** search configuration that folds accents as the FTS5 tokenizer does. */
static const char pg_schema_v1[] =
    "CREATE EXTENSION IF NOT EXISTS unaccent;\n"
    "CREATE TEXT SEARCH CONFIGURATION dossier (COPY = english);\n"
    "ALTER TEXT SEARCH CONFIGURATION dossier ALTER MAPPING FOR hword,"
    "  hword_part, word WITH unaccent, english_stem;\n"
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu,"
    "  locale = 'und-u-ks-level2', deterministic = false);\n"
    "CREATE FUNCTION julianday(text) RETURNS float8 LANGUAGE plpgsql"
    "  IMMUTABLE PARALLEL SAFE AS $$ BEGIN\n"
    "  IF $1 IS NULL OR $1 !~ '^\\d{4}-\\d{2}-\\d{2}' THEN RETURN NULL; END IF;\n"
    "  RETURN (substr($1, 1, 10)::date - date '2000-01-01') + 2451544.5;\n"
    "  EXCEPTION WHEN others THEN RETURN NULL; END $$;\n"
    "CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql"
    "  IMMUTABLE PARALLEL SAFE AS 'SELECT strpos($1, $2)';\n"
    "CREATE FUNCTION dz_concat(text, anyelement) RETURNS text LANGUAGE sql"
    "  IMMUTABLE AS 'SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL"
    "  THEN $2::text ELSE $1 || '','' || $2::text END';\n"
    "CREATE AGGREGATE group_concat(anyelement) (SFUNC = dz_concat, STYPE = text);\n"
    "CREATE TABLE meta(key text PRIMARY KEY, value text);\n"
    "CREATE TABLE pages(id bigserial PRIMARY KEY, path " T ", url " T ","
    "  site " T ", format " T ", retrieved " T ", hash " T ","
    "  added " T " NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',"
    "  'YYYY-MM-DD HH24:MI:SS'));\n"
    "CREATE INDEX pages_hash ON pages(hash);\n"
    "CREATE SEQUENCE articles_id_seq;\n"
    "CREATE TABLE article_hashes(hash " T " PRIMARY KEY,"
    "  id bigint NOT NULL UNIQUE DEFAULT nextval('articles_id_seq'));\n"
    "CREATE TABLE articles(id bigint NOT NULL, page bigint,"
    "  seq integer NOT NULL DEFAULT 0,"
    "  kind " T " NOT NULL DEFAULT 'article'"
    "    CHECK (kind IN ('article','teaser','link')),"
    "  title " T ", dek " T ", section " T ", region " T ", byline " T ","
    "  published " T ", date_source " T " NOT NULL DEFAULT 'unknown',"
    "  url " T ", source " T ", body " T " NOT NULL DEFAULT '',"
    "  captions " T ", meta " T ", partial integer NOT NULL DEFAULT 0,"
    "  hash " T " NOT NULL,"
    "  added " T " NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',"
    "  'YYYY-MM-DD HH24:MI:SS'),"
    "  tsv tsvector GENERATED ALWAYS AS ("
    "    setweight(to_tsvector('dossier', coalesce(title, '')), 'A') ||"
    "    setweight(to_tsvector('dossier', coalesce(dek, '')), 'B') ||"
    "    setweight(to_tsvector('dossier', body), 'C')) STORED)"
    "  PARTITION BY RANGE (published);\n"
    "CREATE TABLE articles_undated PARTITION OF articles DEFAULT;\n"
    "CREATE INDEX articles_id ON articles(id);\n"
    "CREATE INDEX articles_published ON articles(published);\n"
    "CREATE INDEX articles_kind ON articles(kind, published);\n"
    "CREATE INDEX articles_page ON articles(page);\n"
    "CREATE INDEX articles_tsv ON articles USING gin(tsv);\n"
    "CREATE SEQUENCE sentence_blocks;\n"
    "CREATE TABLE sentences(id bigint PRIMARY KEY, article bigint NOT NULL,"
    "  seq integer NOT NULL, start integer NOT NULL, \"end\" integer NOT NULL,"
    "  paragraph integer NOT NULL DEFAULT 0);\n"
    "CREATE INDEX sentences_article ON sentences(article, seq);\n"
    "CREATE TABLE entities(id bigserial PRIMARY KEY, name " T " NOT NULL,"
    "  type " T " NOT NULL, code " T ", user_defined integer NOT NULL DEFAULT 0,"
    "  UNIQUE(name, type));\n"
    "CREATE TABLE aliases(alias " T " NOT NULL, key " T " NOT NULL,"
    "  entity bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  user_defined integer NOT NULL DEFAULT 0, made bigserial,"
    "  PRIMARY KEY(key, entity));\n"
    "CREATE INDEX aliases_entity ON aliases(entity);\n"
    "CREATE TABLE surnames(key " T " NOT NULL, entity bigint NOT NULL,"
    "  PRIMARY KEY(key, entity));\n"
    "CREATE TABLE mentions(id bigserial PRIMARY KEY,"
    "  entity bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  article bigint NOT NULL, sentence bigint,"
    "  start integer NOT NULL, \"end\" integer NOT NULL);\n"
    "CREATE INDEX mentions_entity ON mentions(entity, article);\n"
    "CREATE INDEX mentions_article ON mentions(article);\n"
    "CREATE INDEX mentions_sentence ON mentions(sentence);\n"
    "CREATE TABLE timexes(id bigserial PRIMARY KEY, article bigint NOT NULL,"
    "  sentence bigint, start integer NOT NULL, \"end\" integer NOT NULL,"
    "  type " T ", value " T ", date_start " T ", date_end " T ","
    "  precision " T ");\n"
    "CREATE INDEX timexes_article ON timexes(article);\n"
    "CREATE INDEX timexes_date ON timexes(date_start, date_end);\n"
    "CREATE INDEX timexes_sentence ON timexes(sentence);\n"
    "CREATE TABLE actions(id bigserial PRIMARY KEY, article bigint NOT NULL,"
    "  sentence bigint,"
    "  actor bigint REFERENCES entities(id) ON DELETE SET NULL,"
    "  verb " T " NOT NULL, category integer,"
    "  target bigint REFERENCES entities(id) ON DELETE SET NULL,"
    "  object " T ", date_start " T ", date_end " T ", precision " T ","
    "  date_source " T ", modality " T " NOT NULL DEFAULT 'asserted',"
    "  ev_start integer, ev_end integer, ob_start integer, ob_end integer);\n"
    "CREATE INDEX actions_date ON actions(date_start, date_end);\n"
    "CREATE INDEX actions_actor ON actions(actor, date_start);\n"
    "CREATE INDEX actions_target ON actions(target, date_start);\n"
    "CREATE INDEX actions_category ON actions(category, date_start);\n"
    "CREATE INDEX actions_article ON actions(article);\n"
    "CREATE INDEX actions_sentence ON actions(sentence);\n"
    "CREATE INDEX actions_span ON actions(date_start, date_end)"
    "  WHERE date_end > date_start;\n"
    "CREATE INDEX actions_long ON actions(date_start, date_end)"
    "  WHERE coalesce(julianday(date_end) - julianday(date_start), 1e9) > 31;\n"
    "CREATE TABLE entity_months(month " T " NOT NULL, entity bigint NOT NULL,"
    "  mentions bigint NOT NULL, articles bigint NOT NULL,"
    "  teaser_mentions bigint NOT NULL, teaser_articles bigint NOT NULL,"
    "  link_mentions bigint NOT NULL, link_articles bigint NOT NULL,"
    "  PRIMARY KEY(month, entity));\n"
    /* entity_months stays exact when mentions are deleted or moved to
    ** another entity (a merge) or article, as the SQLite triggers keep it
    ** (schema v4 in store.c); a batch's new mentions are added by
    ** months_add, in one statement. BEFORE, so that each row sees the rows
    ** changed before it, as SQLite's triggers do (AFTER row triggers run
    ** once the whole statement is done). */
    "CREATE FUNCTION dz_em_change(ent bigint, art bigint, mid bigint,"
    "  sign integer) RETURNS void LANGUAGE plpgsql AS $$\n"
    "DECLARE mo text; k text; solo integer;\n"
    "BEGIN\n"
    "  SELECT substr(published, 1, 7), kind INTO mo, k FROM articles WHERE id = art;\n"
    "  IF mo IS NULL THEN RETURN; END IF;\n"
    "  solo := CASE WHEN EXISTS (SELECT 1 FROM mentions o WHERE o.entity = ent"
    "    AND o.article = art AND o.id <> mid) THEN 0 ELSE 1 END;\n"
    "  INSERT INTO entity_months AS t VALUES (mo, ent, sign, sign * solo,"
    "    CASE WHEN k = 'teaser' THEN sign ELSE 0 END,"
    "    CASE WHEN k = 'teaser' THEN sign * solo ELSE 0 END,"
    "    CASE WHEN k = 'link' THEN sign ELSE 0 END,"
    "    CASE WHEN k = 'link' THEN sign * solo ELSE 0 END)"
    "  ON CONFLICT (month, entity) DO UPDATE SET"
    "    mentions = t.mentions + excluded.mentions,"
    "    articles = t.articles + excluded.articles,"
    "    teaser_mentions = t.teaser_mentions + excluded.teaser_mentions,"
    "    teaser_articles = t.teaser_articles + excluded.teaser_articles,"
    "    link_mentions = t.link_mentions + excluded.link_mentions,"
    "    link_articles = t.link_articles + excluded.link_articles;\n"
    "  DELETE FROM entity_months WHERE month = mo AND entity = ent AND mentions <= 0;\n"
    "END $$;\n"
    "CREATE FUNCTION dz_mentions_em() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    PERFORM dz_em_change(OLD.entity, OLD.article, OLD.id, -1); RETURN OLD;\n"
    "  END IF;\n"
    "  IF OLD.entity IS DISTINCT FROM NEW.entity OR"
    "     OLD.article IS DISTINCT FROM NEW.article THEN\n"
    "    PERFORM dz_em_change(OLD.entity, OLD.article, OLD.id, -1);\n"
    "    PERFORM dz_em_change(NEW.entity, NEW.article, NEW.id, 1);\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$;\n"
    "CREATE TRIGGER mentions_em BEFORE DELETE OR UPDATE OF entity, article"
    "  ON mentions FOR EACH ROW EXECUTE FUNCTION dz_mentions_em();\n";

/* A lock key for schema changes (migrations, new month partitions):
** "doss" as in the SQLite application id. */
#define PG_LOCK_SCHEMA "1685025651"

/* Schema version 2: month partitions are made by the server, all the
** months a batch needs in one call (dz_add_months), under the schema
** lock. On a sharded corpus (foreign servers named dossier_shard_*, see
** docs/POSTGRESQL.md) each new month is a table on one shard, made there
** through dblink, and a postgres_fdw foreign table partition here. The
** shard's table has the columns of articles (keep the two in step). */
static const char pg_schema_v2[] =
    "CREATE FUNCTION dz_shard_month_sql(t text, m text, nxt text) RETURNS text"
    "  LANGUAGE sql IMMUTABLE AS $f$ SELECT"
    "  'CREATE EXTENSION IF NOT EXISTS unaccent;'"
    "  || 'DO $d$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = ''dossier'') THEN'"
    "  || ' CREATE TEXT SEARCH CONFIGURATION dossier (COPY = english);'"
    "  || ' ALTER TEXT SEARCH CONFIGURATION dossier ALTER MAPPING FOR hword, hword_part, word'"
    "  || ' WITH unaccent, english_stem; END IF; END $d$;'"
    "  || format('CREATE TABLE IF NOT EXISTS %I (id bigint NOT NULL, page bigint,"
    " seq integer NOT NULL DEFAULT 0, kind text COLLATE \"C\" NOT NULL DEFAULT ''article'',"
    " title text COLLATE \"C\", dek text COLLATE \"C\", section text COLLATE \"C\","
    " region text COLLATE \"C\", byline text COLLATE \"C\","
    " published text COLLATE \"C\" CHECK (published >= %L AND published < %L),"
    " date_source text COLLATE \"C\" NOT NULL DEFAULT ''unknown'', url text COLLATE \"C\","
    " source text COLLATE \"C\", body text COLLATE \"C\" NOT NULL DEFAULT '''',"
    " captions text COLLATE \"C\", meta text COLLATE \"C\", partial integer NOT NULL DEFAULT 0,"
    " hash text COLLATE \"C\" NOT NULL, added text COLLATE \"C\" NOT NULL DEFAULT"
    " to_char(now() AT TIME ZONE ''UTC'', ''YYYY-MM-DD HH24:MI:SS''),"
    " tsv tsvector GENERATED ALWAYS AS ("
    " setweight(to_tsvector(''dossier'', coalesce(title, '''')), ''A'') ||"
    " setweight(to_tsvector(''dossier'', coalesce(dek, '''')), ''B'') ||"
    " setweight(to_tsvector(''dossier'', body), ''C'')) STORED);"
    " CREATE INDEX IF NOT EXISTS %I ON %I(id);"
    " CREATE INDEX IF NOT EXISTS %I ON %I(published);"
    " CREATE INDEX IF NOT EXISTS %I ON %I(kind, published);"
    " CREATE INDEX IF NOT EXISTS %I ON %I USING gin(tsv);',"
    "  t, m, nxt, t || '_id', t, t || '_published', t, t || '_kind', t, t || '_tsv', t)"
    " $f$;\n"
    "CREATE FUNCTION dz_add_months(ms text[]) RETURNS integer LANGUAGE plpgsql AS $f$\n"
    "DECLARE m text; t text; nxt text; shards text[]; srv text; made integer := 0;\n"
    "BEGIN\n"
    "  FOR m IN SELECT DISTINCT x FROM unnest(ms) x WHERE x ~ '^[0-9]{4}-[0-9]{2}$'"
    "    AND to_regclass('articles_' || translate(x, '-', '_')) IS NULL ORDER BY 1 LOOP\n"
    "    IF shards IS NULL THEN\n"
    "      PERFORM pg_advisory_xact_lock(" PG_LOCK_SCHEMA ");\n"
    "      SELECT coalesce(array_agg(srvname::text ORDER BY srvname), '{}') INTO shards"
    "        FROM pg_foreign_server WHERE srvname LIKE 'dossier\\_shard\\_%';\n"
    "    END IF;\n"
    "    t := 'articles_' || translate(m, '-', '_');\n"
    "    CONTINUE WHEN to_regclass(t) IS NOT NULL;\n"
    "    nxt := to_char(to_date(m, 'YYYY-MM') + interval '1 month', 'YYYY-MM');\n"
    "    IF cardinality(shards) = 0 THEN\n"
    "      EXECUTE format('CREATE TABLE %I PARTITION OF articles FOR VALUES FROM (%L) TO (%L)',"
    "        t, m, nxt);\n"
    "    ELSE\n"
    "      srv := shards[1 + (substr(m, 1, 4)::int * 12 + substr(m, 6, 2)::int - 1)"
    "        % cardinality(shards)];\n"
    "      PERFORM dblink_exec(srv, dz_shard_month_sql(t, m, nxt));\n"
    "      EXECUTE format('CREATE FOREIGN TABLE %I PARTITION OF articles FOR VALUES"
    " FROM (%L) TO (%L) SERVER %I OPTIONS (table_name %L)', t, m, nxt, srv, t);\n"
    "    END IF;\n"
    "    made := made + 1;\n"
    "  END LOOP;\n"
    "  RETURN made;\n"
    "END $f$;\n";

/* Schema version 3: julianday as one SQL expression, which the planner
** inlines, in place of a plpgsql function that opened a subtransaction on
** every call (its EXCEPTION block). The same values: the Julian day of
** the date in the first ten characters (the time of day ignored), NULL
** for NULL or text that is no such date. The day is computed from the
** civil calendar, not by a cast that could fail; the month and day are
** checked against the calendar so that no date the cast refused gets a
** day. actions_long is built on it: rebuilt. */
static const char pg_schema_v3[] =
    "CREATE OR REPLACE FUNCTION dz_jd(y integer, m integer, d integer)"
    "  RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT"
    "  CASE WHEN m BETWEEN 1 AND 12 AND d >= 1 AND y >= 1 AND d <= CASE"
    "    WHEN m = 2 THEN 28 + CASE WHEN y % 4 = 0 AND (y % 100 <> 0 OR"
    "      y % 400 = 0) THEN 1 ELSE 0 END"
    "    WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END"
    "  THEN (d + (153 * (m + 12 * ((14 - m) / 12) - 3) + 2) / 5"
    "    + 365 * (y + 4800 - (14 - m) / 12) + (y + 4800 - (14 - m) / 12) / 4"
    "    - (y + 4800 - (14 - m) / 12) / 100 + (y + 4800 - (14 - m) / 12) / 400"
    "    - 32045) - 0.5 END $$;\n"
    "CREATE OR REPLACE FUNCTION julianday(text) RETURNS float8 LANGUAGE sql"
    "  IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN $1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'"
    "  THEN dz_jd(substr($1, 1, 4)::integer, substr($1, 6, 2)::integer,"
    "  substr($1, 9, 2)::integer) END $$;\n"
    "REINDEX INDEX actions_long;\n"
    /* article_months: each article's publication date by id, kept by a
    ** trigger, so that a look-up by id (the texts of actions) reaches the
    ** one month partition that holds it instead of probing them all */
    "CREATE TABLE article_months(id bigint PRIMARY KEY, published " T ");\n"
    "INSERT INTO article_months SELECT id, published FROM articles;\n"
    "CREATE FUNCTION dz_article_months() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF TG_OP <> 'INSERT' THEN\n"
    "    DELETE FROM article_months WHERE id = OLD.id;\n"
    "  END IF;\n"
    "  IF TG_OP <> 'DELETE' THEN\n"
    "    INSERT INTO article_months VALUES (NEW.id, NEW.published)\n"
    "      ON CONFLICT (id) DO UPDATE SET published = excluded.published;\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END $$;\n"
    "CREATE TRIGGER articles_months AFTER INSERT OR DELETE OR UPDATE OF id,"
    "  published ON articles FOR EACH ROW EXECUTE FUNCTION dz_article_months();\n"
    /* the text of article a from byte i, n bytes (pg_translate's rewrite
    ** of the query modules' cut of an article looked up by id), from the
    ** one partition of its month: planned on each call with the month
    ** known, so the plan holds that partition only (a cached generic plan
    ** would lock and start them all) */
    "CREATE FUNCTION dz_cut(a bigint, i integer, n integer)"
    "  RETURNS text LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$\n"
    "DECLARE m text;\n"
    "BEGIN\n"
    "  SELECT published INTO m FROM article_months WHERE id = a;\n"
    "  IF NOT FOUND THEN RETURN NULL; END IF;\n"
    "  EXECUTE 'SELECT convert_from(substr(convert_to(body, ''UTF8''), $2, $3),"
    "    ''UTF8'') FROM articles WHERE id = $1 AND ' || CASE WHEN m IS NULL"
    "    THEN 'published IS NULL' ELSE 'published = $4' END INTO m USING a, i, n, m;\n"
    "  RETURN m;\n"
    "END $$;\n";

/* Schema version 4: entity_counts holds each entity's number of mentions,
** so that resolving a short person name at ingest ("Blinken": the person
** whose name ends with it and is mentioned most, as in store.c) reads one
** row per candidate instead of counting the candidate's mentions, which
** grew with the corpus. The save path adds a transaction's new mentions
** at commit, in one statement in entity order (pg_commit); the mentions
** trigger keeps it exact on every other write: mentions deleted or moved
** to another entity.
** The foreign keys from mentions and actions to entities go: their checks
** (a row lock on the entity per mention or action written) were a third
** of the cost of writing those rows. A trigger on entities does what they
** did when an entity is deleted: its mentions go, actions keep no actor
** or target naming it. Entities are made before the rows naming them and
** only deleted when merged or unmentioned (dossier.c, entity_query.c). */
static const char pg_schema_v4[] =
    "ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_entity_fkey;\n"
    "ALTER TABLE actions DROP CONSTRAINT IF EXISTS actions_actor_fkey;\n"
    "ALTER TABLE actions DROP CONSTRAINT IF EXISTS actions_target_fkey;\n"
    "CREATE FUNCTION dz_entity_gone() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  DELETE FROM mentions WHERE entity = OLD.id;\n"
    "  UPDATE actions SET actor = NULL WHERE actor = OLD.id;\n"
    "  UPDATE actions SET target = NULL WHERE target = OLD.id;\n"
    "  RETURN OLD;\n"
    "END $$;\n"
    "CREATE TRIGGER entities_gone AFTER DELETE ON entities FOR EACH ROW"
    "  EXECUTE FUNCTION dz_entity_gone();\n"
    "CREATE TABLE entity_counts(entity bigint PRIMARY KEY,"
    "  mentions bigint NOT NULL);\n"
    "INSERT INTO entity_counts SELECT entity, count(*) FROM mentions"
    "  GROUP BY entity;\n"
    "CREATE FUNCTION dz_count_change(ent bigint, d integer) RETURNS void"
    "  LANGUAGE sql AS $$ INSERT INTO entity_counts AS t VALUES (ent, d)"
    "  ON CONFLICT (entity) DO UPDATE SET mentions = t.mentions + d $$;\n"
    "CREATE OR REPLACE FUNCTION dz_mentions_em() RETURNS trigger"
    "  LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    PERFORM dz_em_change(OLD.entity, OLD.article, OLD.id, -1);\n"
    "    PERFORM dz_count_change(OLD.entity, -1); RETURN OLD;\n"
    "  END IF;\n"
    "  IF OLD.entity IS DISTINCT FROM NEW.entity OR"
    "     OLD.article IS DISTINCT FROM NEW.article THEN\n"
    "    PERFORM dz_em_change(OLD.entity, OLD.article, OLD.id, -1);\n"
    "    PERFORM dz_em_change(NEW.entity, NEW.article, NEW.id, 1);\n"
    "  END IF;\n"
    "  IF OLD.entity IS DISTINCT FROM NEW.entity THEN\n"
    "    PERFORM dz_count_change(OLD.entity, -1);\n"
    "    PERFORM dz_count_change(NEW.entity, 1);\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$;\n";

/* Schema version 5: dz_day and dz_date, which the query modules wrap
** around a date parameter compared with a stored date and around a
** stored date read, and dz_code and dz_label, the same for an action's
** labels (SQLite's schema 10 stores dates as day numbers and labels as
** codes, see store.c). Here they stay text, so all four are the identity,
** inlined by the planner: the indexes on the dates serve as before. */
static const char pg_schema_v5[] =
    "CREATE OR REPLACE FUNCTION dz_day(text) RETURNS text LANGUAGE sql"
    "  IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 $$;\n"
    "CREATE OR REPLACE FUNCTION dz_date(text) RETURNS text LANGUAGE sql"
    "  IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 $$;\n"
    "CREATE OR REPLACE FUNCTION dz_code(text, text) RETURNS text LANGUAGE sql"
    "  IMMUTABLE PARALLEL SAFE AS $$ SELECT $2 $$;\n"
    "CREATE OR REPLACE FUNCTION dz_label(text, text) RETURNS text LANGUAGE sql"
    "  IMMUTABLE PARALLEL SAFE AS $$ SELECT $2 $$;\n";

static const char *const pg_migrations[] = { pg_schema_v1, pg_schema_v2,
                                             pg_schema_v3, pg_schema_v4,
                                             pg_schema_v5 };
#define PG_NMIGRATIONS (int)(sizeof pg_migrations / sizeof pg_migrations[0])


/* The COPY streams of a batch, in the order they are sent. */
enum { CP_ARTICLES, CP_SENTENCES, CP_MENTIONS, CP_TIMEXES, CP_ACTIONS, CP_N };
static const char *const copy_sql[CP_N] = {
    "COPY articles(id, page, seq, kind, title, dek, section, region, byline,"
    " published, date_source, url, source, body, captions, meta, partial, hash)"
    " FROM STDIN",
    "COPY sentences(id, article, seq, start, \"end\", paragraph) FROM STDIN",
    "COPY mentions(entity, article, sentence, start, \"end\") FROM STDIN",
    "COPY timexes(article, sentence, start, \"end\", type, value,"
    " date_start, date_end, precision) FROM STDIN",
    "COPY actions(article, sentence, actor, verb, category, target, object,"
    " date_start, date_end, precision, date_source, modality, ev_start,"
    " ev_end, ob_start, ob_end)"
    " FROM STDIN",
};

/* The statements prepared once per connection (by number). */
enum { ST_CLAIM, ST_CLAIMED, ST_MONTHS, ST_ENTITIES, ST_ENTITIES_NEW, ST_SHORT,
       ST_BLOCK, ST_N };
static const char *const stmt_sql[ST_N] = {
    /* the content hashes of a batch ($1, in input order), claimed at once.
    ** A hash already stored takes no number from the sequence (ids stay
    ** dense, as SQLite's); the new ones are numbered in input order and
    ** inserted in hash order, so that two batches claiming some of the
    ** same hashes lock them in one order. The second part names the
    ** articles stored before this statement began. */
    "WITH u AS (SELECT h, min(n) AS n FROM unnest($1::text[]) WITH ORDINALITY"
    "  AS u(h, n) GROUP BY h),"
    " fresh AS (SELECT h, nextval('articles_id_seq') AS id FROM"
    "  (SELECT h FROM u WHERE NOT EXISTS (SELECT 1 FROM article_hashes x"
    "   WHERE x.hash = u.h) ORDER BY n OFFSET 0) v),"
    " ins AS (INSERT INTO article_hashes(hash, id) SELECT h, id FROM fresh"
    "  ORDER BY h ON CONFLICT DO NOTHING RETURNING hash, id)"
    " SELECT hash, id, 1 FROM ins UNION ALL"
    " SELECT x.hash, x.id, 0 FROM article_hashes x JOIN u ON x.hash = u.h",
    /* those another batch claimed while the first statement waited */
    "SELECT hash, id, 0 FROM article_hashes WHERE hash = ANY($1::text[])",
    "SELECT dz_add_months($1::text[])",
    /* the ids of entities by (name, type), $1 and $2 in step; the first
    ** column is the 1-based place in the arrays */
    "SELECT u.n, e.id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY"
    " AS u(name, type, n) JOIN entities e ON e.name = u.name AND e.type = u.type",
    /* on the side connection: new entities (name, type, code, folded name,
    ** a person's surname key; arrays in step), each with its name as an
    ** alias and a person's surname row; made in the order of first mention */
    "WITH u AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[],"
    "  $4::text[], $5::text[]) WITH ORDINALITY AS u(name, type, code, fold, sur, n)),"
    " e AS (INSERT INTO entities(name, type, code) SELECT name, type, code"
    "  FROM u ORDER BY n ON CONFLICT DO NOTHING RETURNING id, name, type),"
    " a AS (INSERT INTO aliases(alias, key, entity) SELECT u.name, u.fold, e.id"
    "  FROM e JOIN u ON u.name = e.name AND u.type = e.type ON CONFLICT DO NOTHING),"
    " s AS (INSERT INTO surnames(key, entity) SELECT u.sur, e.id FROM e JOIN u"
    "  ON u.name = e.name AND u.type = e.type WHERE u.sur IS NOT NULL"
    "  ON CONFLICT DO NOTHING)"
    " SELECT u.n, e.id FROM e JOIN u ON u.name = e.name AND u.type = e.type",
    /* every person the short names ($2, their surname keys $1, in step)
    ** may stand for, with the mentions the server holds of each (those of
    ** the open transaction are added by the program); the first column is
    ** the 1-based place of the short name */
    "SELECT u.n, e.id, e.name, coalesce(c.mentions, 0)"
    " FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(key, name, n)"
    " JOIN surnames s ON s.key = u.key JOIN entities e ON e.id = s.entity"
    " LEFT JOIN entity_counts c ON c.entity = e.id"
    " WHERE e.type = 'person' AND e.name ILIKE '% ' || u.name",
    "SELECT nextval('sentence_blocks')",
};

/* Sentence ids are handed out by the program from blocks of this many
** (one nextval per block), since mentions name their sentence before
** anything reaches the server. */
#define SENTENCE_BLOCK 1024
/* Rows queued beyond this many bytes are sent at once (see pg_save_analysis). */
#define PG_COPY_MAX ((size_t)8 << 20)

/* A small map from a string key to an id and an optional string, for the
** lookups repeated while saving; emptied with each transaction. */
#define PGMAP_SLOTS 16384
typedef struct pg_slot {
    char *key;
    int64_t id;
    char *value;
} pg_slot;

struct dz_pg {
    char *errmsg;                 /* the owner's message buffer */
    size_t errlen;
    PGconn *conn;
    PGconn *side;                 /* autocommit: entities; opened on use */
    PGcancel *cancel;
    char *uri;
    unsigned prepared, side_prepared;   /* bit per ST_ */
    int in_txn;
    dz_buf copy[CP_N];
    int64_t *analysed;            /* articles analysed in this batch */
    int nanalysed, capanalysed;
    struct pg_new {               /* articles inserted by this batch: */
        int64_t id;               /* id, publication month ("" undated), */
        char month[8], kind;      /* kind's first letter */
    } *inserted;
    int ninserted, capinserted;
    struct pg_em {                /* their (month, entity) sums: mentions, */
        int64_t entity, n[6];     /* articles, teaser mentions, teaser */
        int month;                /* articles, link mentions, link articles */
    } *em;                        /* (open addressing; month y * 12 + m) */
    size_t capem, nem;
    char (*months)[8];            /* month partitions known to exist */
    int nmonths, capmonths;
    char (*batch_months)[8];      /* months made by the open transaction */
    int nbatch_months, capbatch_months;
    struct pg_count { int64_t entity, n; } *queued;   /* mentions queued, not */
    size_t capqueued, nqueued;    /* yet sent, per entity (open addressing) */
    int64_t sent_next, sent_end;  /* the sentence id block in hand */
    /* mentions queued, their entity to be resolved at the next flush
    ** (resolve_pending); strings in pend_arena; ent: its place in the
    ** flush's list of entities; group: an action's group, not a mention */
    struct pg_pend {
        const char *name, *type, *code;
        int short_form;
        int ent;
        int group;
    } *pend;
    int npend, cappend;
    struct pg_pend_art {          /* the new dated articles among them: */
        int fresh, first, n;      /* 1 + place in inserted, their mentions */
    } *pend_art;
    int npend_art, cappend_art;
    dz_arena pend_arena;
    dz_buf sending[CP_N];         /* rows the writer thread is sending */
    pthread_t writer;             /* sends them on conn (flush_async); */
    int writer_on, writer_failed; /* conn is its own until writer_wait */
    PGresult *writer_res;         /* its failed result (NULL: connection) */
    pg_slot *ids;                 /* "type\x1fname" -> entity id */
    pg_slot *shorts;              /* short person name -> full name */
};

/* ---- errors and plumbing ------------------------------------------------- */

/* Set the owner's message (printf-style) and return rc. */
static int pg_fail(struct dz_pg *s, int rc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static int pg_fail(struct dz_pg *s, int rc, const char *fmt, ...)
{
    va_list ap;
    if (!s || !s->errmsg)
        return rc;
    va_start(ap, fmt);
    vsnprintf(s->errmsg, s->errlen, fmt, ap);
    va_end(ap);
    return rc;
}

/* Set the store's message from a failed result (or the connection) and
** return the dossier code: interrupted for a cancelled statement, IO for
** a lost connection or a full disk. Clears res. */
static int pq_error(struct dz_pg *s, PGresult *res, const char *what)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorMessage(res) : "";
    char clean[512];
    size_t n;
    int rc = DOSSIER_ERROR;
    if (!msg || !*msg)
        msg = PQerrorMessage(s->conn);
    snprintf(clean, sizeof clean, "%s", msg ? msg : "unknown error");
    n = strlen(clean);
    while (n > 0 && (clean[n - 1] == '\n' || clean[n - 1] == ' '))
        clean[--n] = 0;
    if (!strncmp(clean, "ERROR:  ", 8))
        memmove(clean, clean + 8, strlen(clean + 8) + 1);
    if (state && !strcmp(state, "57014"))
        rc = DOSSIER_INTERRUPTED;
    else if ((state && (!strncmp(state, "53", 2) || !strncmp(state, "08", 2))) ||
             PQstatus(s->conn) != CONNECTION_OK)
        rc = DOSSIER_IO;
    PQclear(res);
    if (rc == DOSSIER_INTERRUPTED)
        return pg_fail(s, rc, "interrupted");
    return pg_fail(s, rc, "%s: %s", what, clean);
}

/* Run sql (no parameters, may be several statements) on conn. */
static int writer_wait(struct dz_pg *s);
static int pq_run(struct dz_pg *s, PGconn *conn, const char *sql, const char *what)
{
    PGresult *res;
    ExecStatusType st;
    int rc;
    if (conn == s->conn && (rc = writer_wait(s)))
        return rc;
    res = PQexec(conn, sql);
    st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return pq_error(s, res, what);
    PQclear(res);
    return DOSSIER_OK;
}

/* Run the prepared statement k on conn (prepared there on first use) with
** n text parameters; its result (tuples or command) or NULL with the
** message set. */
static PGresult *pq_stmt(struct dz_pg *s, PGconn *conn, int k, int n,
                         const char *const *vals, const char *what)
{
    unsigned *done = conn == s->side ? &s->side_prepared : &s->prepared;
    char name[16];
    PGresult *res;
    ExecStatusType st;
    if (conn == s->conn && writer_wait(s))
        return NULL;
    snprintf(name, sizeof name, "dz%d", k);
    if (!(*done & (1u << k))) {
        res = PQprepare(conn, name, stmt_sql[k], 0, NULL);
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            pq_error(s, res, what);
            return NULL;
        }
        PQclear(res);
        *done |= 1u << k;
    }
    res = PQexecPrepared(conn, name, n, vals, NULL, NULL, 0);
    st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        pq_error(s, res, what);
        return NULL;
    }
    return res;
}

/* Run sql with n text parameters on the main connection; the result or
** NULL with the message set. */
static PGresult *pq_params(struct dz_pg *s, const char *sql, int n,
                           const char *const *vals, const char *what)
{
    PGresult *res;
    ExecStatusType st;
    if (writer_wait(s))
        return NULL;
    res = PQexecParams(s->conn, sql, n, NULL, vals, NULL, NULL, 0);
    st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        pq_error(s, res, what);
        return NULL;
    }
    return res;
}

int pg_is_uri(const char *path)
{
    return path && (!strncmp(path, "postgresql://", 13) ||
                    !strncmp(path, "postgres://", 11));
}

/* ---- the name maps ------------------------------------------------------- */

static pg_slot *map_slot(pg_slot *map, const char *key)
{
    uint32_t h = 2166136261u;
    const unsigned char *p;
    for (p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 16777619u;
    return &map[h & (PGMAP_SLOTS - 1)];
}

static void map_clear(pg_slot *map)
{
    int i;
    if (!map)
        return;
    for (i = 0; i < PGMAP_SLOTS; i++) {
        free(map[i].key);
        free(map[i].value);
        map[i].key = map[i].value = NULL;
    }
}

/* Fill the slot of key (evicting what it held); a failed allocation
** leaves it empty, which only costs a lookup later. */
static void map_put(pg_slot *map, const char *key, int64_t id, const char *value)
{
    pg_slot *sl;
    if (!map)
        return;
    sl = map_slot(map, key);
    free(sl->key);
    free(sl->value);
    sl->key = dz_strdup(key);
    sl->value = value ? dz_strdup(value) : NULL;
    sl->id = id;
    if (!sl->key || (value && !sl->value)) {
        free(sl->key);
        free(sl->value);
        sl->key = sl->value = NULL;
    }
}

static pg_slot *map_get(pg_slot *map, const char *key)
{
    pg_slot *sl;
    if (!map)
        return NULL;
    sl = map_slot(map, key);
    return sl->key && !strcmp(sl->key, key) ? sl : NULL;
}

/* ---- open, migrate, close ------------------------------------------------ */

/* Create or migrate the schema under the schema lock. A database holding
** other tables and no dossier meta row is refused. */
static int pg_migrate(struct dz_pg *s)
{
    PGresult *res;
    int version = 0, ntables = 0, has_meta, rc, i;
    char sql[160];
    if ((rc = pq_run(s, s->conn, "BEGIN; SELECT pg_advisory_xact_lock("
                     PG_LOCK_SCHEMA ")", "cannot start migration")))
        return rc;
    res = PQexec(s->conn,
        "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname ="
        " current_schema()), to_regclass('meta') IS NOT NULL");
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        rc = pq_error(s, res, "cannot read the database");
        goto fail;
    }
    ntables = atoi(PQgetvalue(res, 0, 0));
    has_meta = PQgetvalue(res, 0, 1)[0] == 't';
    PQclear(res);
    if (has_meta) {
        res = PQexec(s->conn,
                     "SELECT value FROM meta WHERE key = 'schema_version'");
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            rc = pq_error(s, res, "cannot read the database");
            goto fail;
        }
        if (PQntuples(res) == 1)
            version = atoi(PQgetvalue(res, 0, 0));
        PQclear(res);
    }
    if (ntables > 0 && version == 0) {
        rc = pg_fail(s, DOSSIER_CORRUPT,
                         "not a dossier database (it holds other tables)");
        goto fail;
    }
    if (version > PG_NMIGRATIONS) {
        rc = pg_fail(s, DOSSIER_CORRUPT, "database schema version %d is "
                         "newer than this dossier understands (%d)", version,
                         PG_NMIGRATIONS);
        goto fail;
    }
    for (i = version; i < PG_NMIGRATIONS; i++)
        if ((rc = pq_run(s, s->conn, pg_migrations[i], "migration failed")))
            goto fail;
    snprintf(sql, sizeof sql,
             "INSERT INTO meta VALUES ('schema_version', '%d'),"
             " ('application', 'dossier') ON CONFLICT (key) DO UPDATE"
             " SET value = excluded.value; COMMIT", PG_NMIGRATIONS);
    if ((rc = pq_run(s, s->conn, sql, "migration failed")))
        goto fail;
    return DOSSIER_OK;
fail:
    PQclear(PQexec(s->conn, "ROLLBACK"));
    return rc;
}

/* Quiet notices ("relation already exists, skipping"): the core never
** prints. */
static void no_notices(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

/* A connection to uri, in UTF-8 and quiet. NULL with the message set. */
static PGconn *pq_connect(struct dz_pg *s, const char *uri)
{
    PGconn *c = PQconnectdb(uri);
    if (!c) {
        pg_fail(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    if (PQstatus(c) != CONNECTION_OK) {
        char msg[512];
        size_t n;
        char *nl;
        snprintf(msg, sizeof msg, "%s", PQerrorMessage(c));
        n = strlen(msg);
        while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
            msg[--n] = 0;
        while ((nl = strchr(msg, '\n')))     /* one line */
            *nl = ' ';
        while ((nl = strchr(msg, '\t')))
            *nl = ' ';
        pg_fail(s, DOSSIER_IO, "cannot connect: %s", msg);
        PQfinish(c);
        return NULL;
    }
    PQsetNoticeProcessor(c, no_notices, NULL);
    /* no JIT: the query modules' statements are short, but a look-up in
    ** the month partitions adds one index scan per month to the plan's
    ** cost, which passes jit_above_cost; compiling then took seconds
    ** (2.3 s of a one-month actions.query) for a query that runs in
    ** milliseconds */
    PQclear(PQexec(c, "SET client_encoding = 'UTF8'; SET client_min_messages = warning;"
                      " SET jit = off"));
    return c;
}

int pg_open(struct dz_pg **out, const char *uri, char *errmsg, size_t errlen)
{
    struct dz_pg *p = calloc(1, sizeof *p), *s = p;
    int rc;
    *out = p;
    if (!p) {
        snprintf(errmsg, errlen, "out of memory");
        return DOSSIER_NOMEM;
    }
    p->errmsg = errmsg;
    p->errlen = errlen;
    p->ids = calloc(PGMAP_SLOTS, sizeof *p->ids);
    p->shorts = calloc(PGMAP_SLOTS, sizeof *p->shorts);
    p->uri = dz_strdup(uri);
    if (!p->ids || !p->shorts || !p->uri)
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    if (pq_load() != 0)
        return pg_fail(s, DOSSIER_IO, "%s", pq_load_error);
    if (!(p->conn = pq_connect(s, uri)))
        return DOSSIER_IO;
    p->cancel = PQgetCancel(p->conn);
    if ((rc = pg_migrate(s)) != DOSSIER_OK)
        return rc;
    return DOSSIER_OK;
}

/* ---- mentions queued per entity ------------------------------------------ */

/* The count of entity's mentions saved by the open transaction (counted
** into entity_counts at commit); a negative entity is a new one not yet
** made (resolve_pending). */
static int64_t queued_get(const struct dz_pg *p, int64_t entity)
{
    size_t i;
    if (!p->capqueued)
        return 0;
    for (i = (size_t)entity * 0x9E3779B97F4A7C15ull & (p->capqueued - 1);
         p->queued[i].entity; i = (i + 1) & (p->capqueued - 1))
        if (p->queued[i].entity == entity)
            return p->queued[i].n;
    return 0;
}

/* Add d to the count of entity (not 0); -1 when out of memory. */
static int queued_add(struct dz_pg *p, int64_t entity, int64_t d)
{
    size_t i;
    if ((p->nqueued + 1) * 2 > p->capqueued) {
        size_t cap = p->capqueued ? p->capqueued * 2 : 1024, k;
        struct pg_count *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (k = 0; k < p->capqueued; k++) {
            if (!p->queued[k].entity)
                continue;
            for (i = (size_t)p->queued[k].entity * 0x9E3779B97F4A7C15ull & (cap - 1);
                 t[i].entity; i = (i + 1) & (cap - 1))
                ;
            t[i] = p->queued[k];
        }
        free(p->queued);
        p->queued = t;
        p->capqueued = cap;
    }
    for (i = (size_t)entity * 0x9E3779B97F4A7C15ull & (p->capqueued - 1);
         p->queued[i].entity && p->queued[i].entity != entity;
         i = (i + 1) & (p->capqueued - 1))
        ;
    if (!p->queued[i].entity) {
        p->queued[i].entity = entity;
        p->nqueued++;
    }
    p->queued[i].n += d;
    return 0;
}

static void queued_clear(struct dz_pg *p)
{
    if (p->nqueued)
        memset(p->queued, 0, p->capqueued * sizeof *p->queued);
    p->nqueued = 0;
}

static void writer_join(struct dz_pg *p);
static void batch_reset(struct dz_pg *p)
{
    int i;
    writer_join(p);
    if (p->writer_res)
        PQclear(p->writer_res);
    p->writer_res = NULL;
    p->writer_failed = 0;
    for (i = 0; i < CP_N; i++)
        p->copy[i].len = p->sending[i].len = 0;
    p->nanalysed = p->ninserted = p->nbatch_months = 0;
    if (p->nem)
        memset(p->em, 0, p->capem * sizeof *p->em);
    p->nem = 0;
    queued_clear(p);
    p->npend = p->npend_art = 0;
    dz_arena_free(&p->pend_arena);
    map_clear(p->ids);
    map_clear(p->shorts);
}

void pg_close(struct dz_pg *s)
{
    struct dz_pg *p = s;
    int i;
    if (!p)
        return;
    batch_reset(p);
    if (p->cancel)
        PQfreeCancel(p->cancel);
    if (p->conn)
        PQfinish(p->conn);
    if (p->side)
        PQfinish(p->side);
    for (i = 0; i < CP_N; i++) {
        dz_buf_free(&p->copy[i]);
        dz_buf_free(&p->sending[i]);
    }
    free(p->analysed);
    free(p->inserted);
    free(p->em);
    free(p->months);
    free(p->batch_months);
    free(p->queued);
    free(p->pend);
    free(p->pend_art);
    free(p->ids);
    free(p->shorts);
    free(p->uri);
    free(p);
}

void pg_interrupt(struct dz_pg *s)
{
    char err[8];
    if (s && s->cancel)
        PQcancel(s->cancel, err, sizeof err);
}

int pg_setting(struct dz_pg *s, const char *name, int64_t value)
{
    char sql[128];
    if (!strcmp(name, "default_transaction_read_only"))
        snprintf(sql, sizeof sql, "SET %s = %s", name, value ? "on" : "off");
    else
        snprintf(sql, sizeof sql, "SET %s = %lld", name, (long long)value);
    return pq_run(s, s->conn, sql, name);
}

/* ---- transactions -------------------------------------------------------- */

int pg_begin(struct dz_pg *s)
{
    struct dz_pg *p = s;
    writer_join(p);
    if (PQtransactionStatus(p->conn) != PQTRANS_IDLE)
        PQclear(PQexec(p->conn, "ROLLBACK"));
    batch_reset(p);
    p->in_txn = 0;
    if (pq_run(s, p->conn, "BEGIN", "cannot start a transaction"))
        return DOSSIER_ERROR;
    p->in_txn = 1;
    return DOSSIER_OK;
}

/* Send the rows of bufs (COPY per table) on conn; 0, or -1 with the failed
** result in *failed (NULL when the connection failed). Run by the main
** thread or the writer thread, whichever owns conn then. */
static int copy_send(PGconn *conn, dz_buf *bufs, PGresult **failed)
{
    int i, bad = 0;
    *failed = NULL;
    for (i = 0; i < CP_N; i++) {
        dz_buf *b = &bufs[i];
        PGresult *res;
        if (!b->len)
            continue;
        res = PQexec(conn, copy_sql[i]);
        if (PQresultStatus(res) != PGRES_COPY_IN) {
            *failed = res;
            return -1;
        }
        PQclear(res);
        if (PQputCopyData(conn, b->data, (int)b->len) != 1 ||
            PQputCopyEnd(conn, NULL) != 1)
            return -1;
        while ((res = PQgetResult(conn))) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && !bad) {
                *failed = res;
                bad = 1;
            } else {
                PQclear(res);
            }
        }
        if (bad)
            return -1;
        b->len = 0;
    }
    return 0;
}

static void *writer_main(void *arg)
{
    struct dz_pg *p = arg;
    p->writer_failed = copy_send(p->conn, p->sending, &p->writer_res) != 0;
    return NULL;
}

/* Wait for the writer thread, if it runs (its outcome is kept). */
static void writer_join(struct dz_pg *p)
{
    if (p->writer_on) {
        pthread_join(p->writer, NULL);
        p->writer_on = 0;
    }
}

/* Wait for the writer thread and take conn back: its failure, with the
** message set, or DOSSIER_OK. */
static int writer_wait(struct dz_pg *s)
{
    PGresult *res;
    writer_join(s);
    if (!s->writer_failed)
        return DOSSIER_OK;
    s->writer_failed = 0;
    res = s->writer_res;
    s->writer_res = NULL;
    return pq_error(s, res, "cannot write rows");
}

/* Send the queued rows (COPY per table) inside the open transaction, the
** pending mentions' entities resolved first; back when they are written. */
static int resolve_pending(struct dz_pg *s);
static int flush(struct dz_pg *s)
{
    struct dz_pg *p = s;
    PGresult *res;
    int rc;
    if ((rc = writer_wait(s)))
        return rc;
    if (p->npend && (rc = resolve_pending(s)))
        return rc;
    if (copy_send(p->conn, p->copy, &res) != 0)
        return pq_error(s, res, "cannot write rows");
    return DOSSIER_OK;
}

/* The same, but the rows go out on the writer thread while the caller
** goes on (the analysis of the next batch, the rows after these); the
** next use of conn waits for it (writer_wait). */
static int flush_async(struct dz_pg *s)
{
    struct dz_pg *p = s;
    int i, any = 0;
    int rc;
    if ((rc = writer_wait(s)))
        return rc;
    if (p->npend && (rc = resolve_pending(s)))
        return rc;
    for (i = 0; i < CP_N; i++) {
        dz_buf t = p->sending[i];
        any |= p->copy[i].len > 0;
        p->sending[i] = p->copy[i];
        p->copy[i] = t;
        p->copy[i].len = 0;
    }
    if (!any)
        return DOSSIER_OK;
    p->writer_failed = 0;
    p->writer_res = NULL;
    if (pthread_create(&p->writer, NULL, writer_main, p) != 0) {
        writer_main(p);         /* no thread: send them here */
        return writer_wait(s);
    }
    p->writer_on = 1;
    return DOSSIER_OK;
}

/* ---- entity_months counted by the program -------------------------------- */

static int int64_cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Count the mentions of a new article (month "YYYY-MM", kind) whose
** entity ids are ents[0..n) (0: not a mention) into the batch's
** (month, entity) sums, sent at commit by months_add. Sorts ents. */
static int em_count(struct dz_pg *p, const char *month, char kind,
                    int64_t *ents, int n)
{
    int i, j;
    int mo = atoi(month) * 12 + atoi(month + 5);
    qsort(ents, (size_t)n, sizeof *ents, int64_cmp);
    for (i = 0; i < n; i = j) {
        struct pg_em *e;
        size_t h;
        int64_t cnt;
        for (j = i + 1; j < n && ents[j] == ents[i]; j++)
            ;
        if (!ents[i])
            continue;
        cnt = j - i;
        if ((p->nem + 1) * 2 > p->capem) {
            size_t cap = p->capem ? p->capem * 2 : 4096, k;
            struct pg_em *t = calloc(cap, sizeof *t);
            if (!t)
                return -1;
            for (k = 0; k < p->capem; k++) {
                if (!p->em[k].entity)
                    continue;
                for (h = ((size_t)p->em[k].entity * 31 + (size_t)p->em[k].month) *
                         0x9E3779B97F4A7C15ull & (cap - 1);
                     t[h].entity; h = (h + 1) & (cap - 1))
                    ;
                t[h] = p->em[k];
            }
            free(p->em);
            p->em = t;
            p->capem = cap;
        }
        for (h = ((size_t)ents[i] * 31 + (size_t)mo) * 0x9E3779B97F4A7C15ull &
                 (p->capem - 1);
             p->em[h].entity && !(p->em[h].entity == ents[i] && p->em[h].month == mo);
             h = (h + 1) & (p->capem - 1))
            ;
        e = &p->em[h];
        if (!e->entity) {
            e->entity = ents[i];
            e->month = mo;
            p->nem++;
        }
        e->n[0] += cnt;
        e->n[1] += 1;
        if (kind == 't' || kind == 'l') {
            e->n[kind == 't' ? 2 : 4] += cnt;
            e->n[kind == 't' ? 3 : 5] += 1;
        }
    }
    return 0;
}

/* Add the analysed articles' mentions to entity_months, in (month, entity)
** order so that concurrent batches lock its rows in one order. */
static int months_add(struct dz_pg *s)
{
    struct dz_pg *p = s;
    dz_buf ids = { 0 };
    const char *vals[1];
    PGresult *res;
    int i;
    if (p->nem) {
        /* the sums of the new articles, one array per column */
        dz_buf col[8] = { { 0 } };
        const char *cv[8];
        size_t k;
        int c, first = 1, failed = 0;
        for (c = 0; c < 8; c++)
            failed |= dz_buf_putc(&col[c], '{') != 0;
        for (k = 0; k < p->capem; k++) {
            const struct pg_em *e = &p->em[k];
            if (!e->entity)
                continue;
            failed |= dz_buf_printf(&col[0], "%s%04d-%02d", first ? "" : ",",
                                    (e->month - 1) / 12, (e->month - 1) % 12 + 1) < 0;
            failed |= dz_buf_printf(&col[1], "%s%lld", first ? "" : ",",
                                    (long long)e->entity) < 0;
            for (c = 0; c < 6; c++)
                failed |= dz_buf_printf(&col[c + 2], "%s%lld", first ? "" : ",",
                                        (long long)e->n[c]) < 0;
            first = 0;
        }
        for (c = 0; c < 8; c++) {
            failed |= dz_buf_putc(&col[c], '}') != 0;
            cv[c] = col[c].data;
        }
        res = failed ? NULL : pq_params(s,
            "INSERT INTO entity_months AS t(month, entity, mentions, articles,"
            " teaser_mentions, teaser_articles, link_mentions, link_articles)"
            " SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[],"
            " $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[])"
            " ORDER BY 1, 2"
            " ON CONFLICT (month, entity) DO UPDATE SET"
            " mentions = t.mentions + excluded.mentions,"
            " articles = t.articles + excluded.articles,"
            " teaser_mentions = t.teaser_mentions + excluded.teaser_mentions,"
            " teaser_articles = t.teaser_articles + excluded.teaser_articles,"
            " link_mentions = t.link_mentions + excluded.link_mentions,"
            " link_articles = t.link_articles + excluded.link_articles",
            8, cv, "cannot count mentions");
        for (c = 0; c < 8; c++)
            dz_buf_free(&col[c]);
        if (!res)
            return failed ? pg_fail(s, DOSSIER_NOMEM, "out of memory") : DOSSIER_ERROR;
        PQclear(res);
    }
    if (!p->nanalysed)
        return DOSSIER_OK;
    dz_buf_putc(&ids, '{');
    for (i = 0; i < p->nanalysed; i++)
        dz_buf_printf(&ids, "%s%lld", i ? "," : "", (long long)p->analysed[i]);
    if (dz_buf_putc(&ids, '}') != 0) {
        dz_buf_free(&ids);
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    }
    vals[0] = ids.data;
    res = pq_params(s,
        "INSERT INTO entity_months(month, entity, mentions, articles,"
        " teaser_mentions, teaser_articles, link_mentions, link_articles)"
        " SELECT substr(a.published, 1, 7), m.entity, count(*),"
        " count(DISTINCT a.id),"
        " count(*) FILTER (WHERE a.kind = 'teaser'),"
        " count(DISTINCT a.id) FILTER (WHERE a.kind = 'teaser'),"
        " count(*) FILTER (WHERE a.kind = 'link'),"
        " count(DISTINCT a.id) FILTER (WHERE a.kind = 'link')"
        " FROM articles a JOIN mentions m ON m.article = a.id"
        " WHERE a.id = ANY($1::bigint[]) AND m.article = ANY($1::bigint[])"
        " AND a.published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
        " ON CONFLICT (month, entity) DO UPDATE SET"
        " mentions = entity_months.mentions + excluded.mentions,"
        " articles = entity_months.articles + excluded.articles,"
        " teaser_mentions = entity_months.teaser_mentions + excluded.teaser_mentions,"
        " teaser_articles = entity_months.teaser_articles + excluded.teaser_articles,"
        " link_mentions = entity_months.link_mentions + excluded.link_mentions,"
        " link_articles = entity_months.link_articles + excluded.link_articles",
        1, vals, "cannot count mentions");
    dz_buf_free(&ids);
    if (!res)
        return DOSSIER_ERROR;
    PQclear(res);
    return DOSSIER_OK;
}

/* Add the transaction's new mentions to entity_counts, in entity order
** (concurrent batches lock its rows in one order). */
static int counts_add(struct dz_pg *s)
{
    struct dz_pg *p = s;
    int64_t (*rows)[2] = NULL;
    dz_buf col[2] = { { 0 } };
    const char *cv[2];
    size_t k, n = 0;
    int failed = 0;
    PGresult *res;
    if (!p->nqueued)
        return DOSSIER_OK;
    if (!(rows = malloc(p->nqueued * sizeof *rows)))
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    for (k = 0; k < p->capqueued; k++)
        if (p->queued[k].entity > 0 && p->queued[k].n) {
            rows[n][0] = p->queued[k].entity;
            rows[n++][1] = p->queued[k].n;
        }
    qsort(rows, n, sizeof *rows, int64_cmp);
    for (k = 0; k < 2; k++)
        failed |= dz_buf_putc(&col[k], '{') != 0;
    for (k = 0; k < n; k++) {
        failed |= dz_buf_printf(&col[0], "%s%lld", k ? "," : "", (long long)rows[k][0]) < 0;
        failed |= dz_buf_printf(&col[1], "%s%lld", k ? "," : "", (long long)rows[k][1]) < 0;
    }
    for (k = 0; k < 2; k++) {
        failed |= dz_buf_putc(&col[k], '}') != 0;
        cv[k] = col[k].data;
    }
    free(rows);
    res = failed || !n ? NULL : pq_params(s,
        "INSERT INTO entity_counts AS t(entity, mentions)"
        " SELECT * FROM unnest($1::bigint[], $2::bigint[]) ORDER BY 1"
        " ON CONFLICT (entity) DO UPDATE SET mentions = t.mentions + excluded.mentions",
        2, cv, "cannot count mentions");
    dz_buf_free(&col[0]);
    dz_buf_free(&col[1]);
    if (failed)
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    if (!n)
        return DOSSIER_OK;
    if (!res)
        return DOSSIER_ERROR;
    PQclear(res);
    return DOSSIER_OK;
}

int pg_flush(struct dz_pg *s)
{
    return s->in_txn ? flush_async(s) : DOSSIER_OK;
}

int pg_commit(struct dz_pg *s)
{
    struct dz_pg *p = s;
    int rc;
    if (!p->in_txn)
        return pg_fail(s, DOSSIER_MISUSE, "commit: no transaction");
    if ((rc = flush(s)) || (rc = months_add(s)) || (rc = counts_add(s)))
        return rc;
    if ((rc = pq_run(s, p->conn, "COMMIT", "cannot commit")))
        return rc;
    p->in_txn = 0;
    /* the months this transaction made exist now (not before: a rolled
    ** back batch takes its new partitions with it) */
    for (int i = 0; i < p->nbatch_months; i++) {
        if (DZ_VEC_PUSH(p->months, p->nmonths, p->capmonths) != 0)
            break;              /* only costs a call to dz_add_months */
        memcpy(p->months[p->nmonths++], p->batch_months[i], 8);
    }
    batch_reset(p);
    return DOSSIER_OK;
}

int pg_rollback(struct dz_pg *s)
{
    struct dz_pg *p = s;
    batch_reset(p);             /* waits for the writer */
    p->in_txn = 0;
    if (p->conn && PQtransactionStatus(p->conn) != PQTRANS_IDLE)
        PQclear(PQexec(p->conn, "ROLLBACK"));
    return DOSSIER_OK;
}

/* ---- writes -------------------------------------------------------------- */

/* Append one COPY text field (tab before all but the first): NULL as \N,
** backslash and control characters escaped. */
static _Thread_local int copy_oom;   /* an append of this row failed */

static void copy_field(dz_buf *b, int first, const char *v, size_t n)
{
    size_t i, run = 0;
    if (!first)
        copy_oom |= dz_buf_putc(b, '\t') != 0;
    if (!v) {
        copy_oom |= dz_buf_puts(b, "\\N") != 0;
        return;
    }
    for (i = 0; i < n; i++) {
        char c = v[i], e = 0;
        switch (c) {
        case '\\': e = '\\'; break;
        case '\n': e = 'n'; break;
        case '\r': e = 'r'; break;
        case '\t': e = 't'; break;
        default: continue;
        }
        copy_oom |= dz_buf_append(b, v + run, i - run) != 0;
        copy_oom |= dz_buf_putc(b, '\\') != 0;
        copy_oom |= dz_buf_putc(b, e) != 0;
        run = i + 1;
    }
    copy_oom |= dz_buf_append(b, v + run, n - run) != 0;
}

static void copy_str(dz_buf *b, int first, const char *v)
{
    copy_field(b, first, v, v ? strlen(v) : 0);
}

/* An optional text: empty is NULL, as bind_opt in store.c. */
static void copy_opt(dz_buf *b, const char *v)
{
    copy_field(b, 0, v && *v ? v : NULL, v ? strlen(v) : 0);
}

static void copy_int(dz_buf *b, int first, int64_t v, int null)
{
    char num[24];
    snprintf(num, sizeof num, "%lld", (long long)v);
    copy_field(b, first, null ? NULL : num, strlen(num));
}

/* End a row: out of memory when any of its appends failed (the batch is
** then rolled back by the caller, so a torn row is never sent). */
static int row_end(struct dz_pg *s, dz_buf *b)
{
    int failed = copy_oom | (dz_buf_putc(b, '\n') != 0);
    copy_oom = 0;
    if (failed)
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    return DOSSIER_OK;
}

int pg_page_add(struct dz_pg *s, const char *path, const char *url,
                const char *format, const char *hash, int64_t *id)
{
    const char *vals[4] = { path, url, format, hash };
    PGresult *res = pq_params(s, "INSERT INTO pages(path, url, format, hash)"
                              " VALUES ($1, $2, $3, $4) RETURNING id", 4, vals,
                              "cannot add page");
    if (!res)
        return DOSSIER_ERROR;
    *id = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return DOSSIER_OK;
}

/* Queue the COPY row of the new article nid. */
static int queue_article(struct dz_pg *p, int64_t page, int seq,
                         const dossier_article *a, const char *hash, int64_t nid)
{
    dz_buf *b = &p->copy[CP_ARTICLES];
    copy_int(b, 1, nid, 0);
    copy_int(b, 0, page, page <= 0);
    copy_int(b, 0, seq, 0);
    copy_str(b, 0, a->kind && *a->kind ? a->kind : "article");
    copy_opt(b, a->title);
    copy_opt(b, a->dek);
    copy_opt(b, a->section);
    copy_opt(b, a->region);
    copy_opt(b, a->byline);
    copy_opt(b, a->published);
    copy_str(b, 0, a->date_source && *a->date_source ? a->date_source
                   : (a->published && *a->published ? "meta" : "unknown"));
    copy_opt(b, a->url);
    copy_opt(b, a->source);
    copy_str(b, 0, a->body ? a->body : "");
    copy_opt(b, a->captions);
    copy_opt(b, a->meta);
    copy_int(b, 0, a->partial ? 1 : 0, 0);
    copy_str(b, 0, hash);
    if (row_end(p, b))
        return DOSSIER_NOMEM;
    if (DZ_VEC_PUSH(p->inserted, p->ninserted, p->capinserted) != 0)
        return pg_fail(p, DOSSIER_NOMEM, "out of memory");
    p->inserted[p->ninserted].id = nid;
    snprintf(p->inserted[p->ninserted].month, 8, "%.7s",
             a->published && strlen(a->published) >= 7 ? a->published : "");
    p->inserted[p->ninserted++].kind = a->kind && *a->kind ? a->kind[0] : 'a';
    return DOSSIER_OK;
}

/* Whether month m ("YYYY-MM") is known to have its partition. */
static int month_known(const struct dz_pg *p, const char *m)
{
    int i;
    for (i = 0; i < p->nmonths; i++)
        if (!strncmp(p->months[i], m, 7))
            return 1;
    for (i = 0; i < p->nbatch_months; i++)
        if (!strncmp(p->batch_months[i], m, 7))
            return 1;
    return 0;
}

/* Make the month partitions the dated items need and this connection
** does not know of, in one call (dz_add_months: the server makes the
** missing ones under the schema lock, locally or on a shard). */
static int add_months(struct dz_pg *p, const dossier_article *items, int n,
                      const char *skip)
{
    dz_buf arr = { 0 };
    const char *vals[1];
    PGresult *res;
    int i, k, nnew = 0, start;
    start = p->nbatch_months;
    for (i = 0; i < n; i++) {
        const char *d = items[i].published;
        if (skip[i] || !d || strlen(d) < 7 || month_known(p, d))
            continue;
        if (DZ_VEC_PUSH(p->batch_months, p->nbatch_months, p->capbatch_months)) {
            dz_buf_free(&arr);
            return pg_fail(p, DOSSIER_NOMEM, "out of memory");
        }
        snprintf(p->batch_months[p->nbatch_months++], 8, "%.7s", d);
        dz_buf_printf(&arr, "%s%.7s", nnew++ ? "," : "{", d);
    }
    if (!nnew)
        return DOSSIER_OK;
    if (dz_buf_puts(&arr, "}") != 0) {
        dz_buf_free(&arr);
        p->nbatch_months = start;
        return pg_fail(p, DOSSIER_NOMEM, "out of memory");
    }
    /* a month's text is digits and a dash: nothing to quote */
    for (k = 1; arr.data[k]; k++)
        if (!strchr("0123456789-,}", arr.data[k]))
            arr.data[k] = '0';
    vals[0] = arr.data;
    res = pq_stmt(p, p->conn, ST_MONTHS, 1, vals, "cannot add a month");
    dz_buf_free(&arr);
    if (!res) {
        p->nbatch_months = start;
        return DOSSIER_ERROR;
    }
    PQclear(res);
    return DOSSIER_OK;
}

/* One claimed hash: its article id, new (1) or stored before (0). */
typedef struct { char hash[33]; int64_t id; int fresh, used; } pg_claim;

static int claim_cmp(const void *a, const void *b)
{
    return strcmp(((const pg_claim *)a)->hash, ((const pg_claim *)b)->hash);
}

/* Sort the claims by hash, one per hash (a fresh one before a stored one:
** the second read also sees the rows this batch claimed). */
static void claims_sort(pg_claim *c, int *n)
{
    int i, k = 0;
    if (*n == 0)
        return;
    qsort(c, (size_t)*n, sizeof *c, claim_cmp);
    for (i = 0; i < *n; i++) {
        if (k > 0 && !strcmp(c[k - 1].hash, c[i].hash)) {
            if (c[i].fresh)
                c[k - 1] = c[i];
            continue;
        }
        c[k++] = c[i];
    }
    *n = k;
}

/* Append the rows of res (hash, id, fresh) to *out. */
static int claims_take(PGresult *res, pg_claim **out, int *n, int *cap)
{
    int r;
    for (r = 0; r < PQntuples(res); r++) {
        pg_claim *c;
        if (DZ_VEC_PUSH(*out, *n, *cap) != 0)
            return -1;
        c = &(*out)[(*n)++];
        snprintf(c->hash, sizeof c->hash, "%s", PQgetvalue(res, r, 0));
        c->id = strtoll(PQgetvalue(res, r, 1), NULL, 10);
        c->fresh = PQgetvalue(res, r, 2)[0] == '1';
        c->used = 0;
    }
    return 0;
}

int pg_articles_insert(struct dz_pg *s, int64_t page, int seq,
                       const dossier_article *items, int n, const char *skip,
                       const char (*hashes)[33], int64_t *ids, int *rcs)
{
    struct dz_pg *p = s;
    dz_buf arr = { 0 };
    pg_claim *claims = NULL, key;
    int nclaims = 0, capclaims = 0, i, rc = DOSSIER_OK, pass, any = 0;
    const char *vals[1];
    PGresult *res;

    if (!p->in_txn)
        return pg_fail(s, DOSSIER_MISUSE, "cannot add article: no transaction");
    for (i = 0; i < n; i++) {
        if (skip[i])
            continue;
        dz_buf_printf(&arr, "%s%s", any++ ? "," : "{", hashes[i]);
    }
    if (!any)
        return DOSSIER_OK;
    if (dz_buf_puts(&arr, "}") != 0) {
        rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    if ((rc = add_months(p, items, n, skip)))
        goto done;
    vals[0] = arr.data;
    /* pass 0 claims; pass 1 reads what other batches claimed meanwhile */
    for (pass = 0; pass < 2; pass++) {
        int missing = 0;
        if (!(res = pq_stmt(s, p->conn, pass ? ST_CLAIMED : ST_CLAIM, 1, vals,
                            "cannot add article"))) {
            rc = DOSSIER_ERROR;
            goto done;
        }
        if (claims_take(res, &claims, &nclaims, &capclaims) != 0) {
            PQclear(res);
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        PQclear(res);
        claims_sort(claims, &nclaims);
        for (i = 0; i < n && !missing; i++) {
            memcpy(key.hash, hashes[i], sizeof key.hash);
            missing = !skip[i] && (!nclaims ||
                                   !bsearch(&key, claims, (size_t)nclaims,
                                            sizeof *claims, claim_cmp));
        }
        if (!missing)
            break;
        if (pass == 1) {
            rc = pg_fail(s, DOSSIER_ERROR, "cannot add article: its hash is"
                         " claimed by a transaction that rolled back");
            goto done;
        }
    }
    for (i = 0; i < n && rc == DOSSIER_OK; i++) {
        pg_claim *c;
        if (skip[i])
            continue;
        memcpy(key.hash, hashes[i], sizeof key.hash);
        c = bsearch(&key, claims, (size_t)nclaims, sizeof *claims, claim_cmp);
        ids[i] = c->id;
        if (!c->fresh || c->used) {
            rcs[i] = DOSSIER_DUPLICATE;
            continue;
        }
        c->used = 1;
        rcs[i] = DOSSIER_OK;
        rc = queue_article(p, page, seq + i, &items[i], hashes[i], c->id);
    }
done:
    dz_buf_free(&arr);
    free(claims);
    return rc;
}

int pg_article_insert(struct dz_pg *s, int64_t page, int seq,
                      const dossier_article *a, const char *hash, int64_t *id)
{
    char h[1][33], skip[1] = { 0 };
    int64_t got = 0;
    int st = DOSSIER_OK, rc;
    snprintf(h[0], sizeof h[0], "%s", hash);
    rc = pg_articles_insert(s, page, seq, a, 1, skip, (const char (*)[33])h,
                            &got, &st);
    if (rc != DOSSIER_OK)
        return rc;
    if (id)
        *id = got;
    return st == DOSSIER_DUPLICATE ? pg_fail(s, DOSSIER_DUPLICATE, "already stored")
                                   : DOSSIER_OK;
}

int pg_article_text(struct dz_pg *s, int64_t id, char **body, size_t *len,
                    char published[11])
{
    char num[24];
    const char *vals[1] = { num };
    PGresult *res;
    int rc;
    *body = NULL;
    *len = 0;
    published[0] = 0;
    if (s->in_txn && (rc = flush(s)))
        return rc;
    snprintf(num, sizeof num, "%lld", (long long)id);
    if (!(res = pq_params(s, "SELECT body, published FROM articles WHERE id = $1",
                          1, vals, "cannot read the article")))
        return DOSSIER_ERROR;
    if (PQntuples(res) == 0) {
        PQclear(res);
        return pg_fail(s, DOSSIER_NOTFOUND, "no article %lld", (long long)id);
    }
    *len = (size_t)PQgetlength(res, 0, 0);
    *body = dz_strndup(PQgetvalue(res, 0, 0), *len);
    if (!PQgetisnull(res, 0, 1))
        snprintf(published, 11, "%s", PQgetvalue(res, 0, 1));
    PQclear(res);
    return *body ? DOSSIER_OK : pg_fail(s, DOSSIER_NOMEM, "out of memory");
}

int pg_latest_date(struct dz_pg *s, char out[11])
{
    PGresult *res;
    out[0] = 0;
    if (!(res = pq_params(s, "SELECT max(published) FROM articles", 0, NULL,
                          "latest date")))
        return DOSSIER_ERROR;
    if (PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
        snprintf(out, 11, "%s", PQgetvalue(res, 0, 0));
    PQclear(res);
    return DOSSIER_OK;
}

/* The side connection, opened on first use. Its commits do not wait for
** the disk: the server writes its log in order, so a batch that names
** one of its entities commits after it, and a lost entity is one no
** committed batch names. */
static PGconn *side(struct dz_pg *s)
{
    if (!s->side && (s->side = pq_connect(s, s->uri)))
        PQclear(PQexec(s->side, "SET synchronous_commit = off"));
    return s->side;
}

/* The folded last word of a person's name (the surnames key), malloc'd;
** NULL for a one-word name. */
static char *surname_key(const char *name)
{
    const char *sp = strrchr(name, ' ');
    size_t n;
    return sp && sp[1] ? text_fold(sp + 1, strlen(sp + 1), &n) : NULL;
}

/* The entities of one article to find or make: (name, type, code) each,
** and where the answer goes. */
typedef struct {
    const char *name, *type, *code;
    int64_t id;
} pg_want;

/* Build a text[] literal of field f of the wants whose id is still 0
** (NULL values as NULL); -1 when out of memory. */
static int want_array(dz_buf *b, const pg_want *w, int n, int f, char *const *extra)
{
    int i, k = 0;
    b->len = 0;
    if (dz_buf_putc(b, '{') != 0)
        return -1;
    for (i = 0; i < n; i++) {
        const char *v = f == 0 ? w[i].name : f == 1 ? w[i].type
                      : f == 2 ? w[i].code : extra[i];
        const char *c;
        if (w[i].id)
            continue;
        if (k++)
            dz_buf_putc(b, ',');
        if (!v || (f == 2 && !*v)) {
            dz_buf_puts(b, "NULL");
            continue;
        }
        dz_buf_putc(b, '"');
        for (c = v; *c; c++) {
            if (*c == '"' || *c == '\\')
                dz_buf_putc(b, '\\');
            dz_buf_putc(b, *c);
        }
        dz_buf_putc(b, '"');
    }
    return dz_buf_putc(b, '}') != 0 ? -1 : 0;
}

/* Set w[k].id from res rows (1-based place among the wants still
** without an id when the arrays were made, entity id). */
static void want_fill(pg_want *w, int n, PGresult *res)
{
    int *place = malloc((size_t)(n + 1) * sizeof *place), i, k = 0, r;
    if (!place)
        return;                 /* the caller finds the ids missing */
    for (i = 0; i < n; i++)
        if (!w[i].id)
            place[++k] = i;
    for (r = 0; r < PQntuples(res); r++) {
        long j = strtol(PQgetvalue(res, r, 0), NULL, 10);
        if (j >= 1 && j <= k)
            w[place[j]].id = strtoll(PQgetvalue(res, r, 1), NULL, 10);
    }
    free(place);
}

/* Find or make the entities w[0..n) (distinct (name, type) pairs), in
** at most three statements: look up all on the main connection, make the
** missing ones at once on the side connection (see the head of the file),
** and read again there those another process made meanwhile. */
static int entities_resolve(struct dz_pg *s, pg_want *w, int n)
{
    struct dz_pg *p = s;
    dz_buf arr[5] = { { 0 } };
    char **fold = NULL, **sur = NULL;
    const char *vals[5];
    PGresult *res;
    PGconn *sc;
    int i, rc = DOSSIER_OK, missing = 0, tries;

    if (n == 0)
        return DOSSIER_OK;
    if (want_array(&arr[0], w, n, 0, NULL) || want_array(&arr[1], w, n, 1, NULL)) {
        rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    vals[0] = arr[0].data;
    vals[1] = arr[1].data;
    if (!(res = pq_stmt(s, p->conn, ST_ENTITIES, 2, vals, "cannot add entity"))) {
        rc = DOSSIER_ERROR;
        goto done;
    }
    want_fill(w, n, res);
    PQclear(res);
    for (i = 0; i < n; i++)
        missing += !w[i].id;
    if (!missing)
        goto done;
    if (!(sc = side(s))) {
        rc = DOSSIER_IO;
        goto done;
    }
    fold = calloc((size_t)n, sizeof *fold);
    sur = calloc((size_t)n, sizeof *sur);
    if (!fold || !sur) {
        rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    for (i = 0; i < n; i++) {
        size_t len;
        if (w[i].id)
            continue;
        if (!(fold[i] = text_fold(w[i].name, strlen(w[i].name), &len))) {
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        if (!strcmp(w[i].type, "person"))
            sur[i] = surname_key(w[i].name);
    }
    for (i = 0; i < 5; i++) {
        if (want_array(&arr[i], w, n, i < 3 ? i : 3, i == 3 ? fold : sur)) {
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        vals[i] = arr[i].data;
    }
    /* two ingests making overlapping sets of entities in different orders
    ** may deadlock; the server cancels one, whose statement (autocommit,
    ** nothing else lost) is then run again */
    for (tries = 0;; tries++) {
        const char *state;
        res = PQexecParams(sc, stmt_sql[ST_ENTITIES_NEW], 5, NULL, vals, NULL, NULL, 0);
        if (PQresultStatus(res) == PGRES_TUPLES_OK)
            break;
        state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        if (tries < 5 && state && !strcmp(state, "40P01")) {
            PQclear(res);
            continue;
        }
        rc = pq_error(s, res, "cannot add entity");
        goto done;
    }
    want_fill(w, n, res);
    PQclear(res);
    for (i = 0; i < n; i++) {
        const char *sp;
        if (!w[i].id || !sur[i])
            continue;
        /* a new person may now answer the short names that end its name
        ** ("Blinken", "J. Blinken"): forget their cached answers, as
        ** names_forget_person in store.c */
        for (sp = strchr(w[i].name, ' '); sp; sp = strchr(sp + 1, ' ')) {
            pg_slot *sl = map_get(p->shorts, sp + 1);
            if (sl) {
                free(sl->key);
                free(sl->value);
                sl->key = sl->value = NULL;
            }
        }
    }
    missing = 0;
    for (i = 0; i < n; i++)
        missing += !w[i].id;
    if (missing) {
        /* made by another process after the first look: read them on the
        ** side connection, which sees what is committed now */
        if (want_array(&arr[0], w, n, 0, NULL) || want_array(&arr[1], w, n, 1, NULL)) {
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        vals[0] = arr[0].data;
        vals[1] = arr[1].data;
        if (!(res = pq_stmt(s, sc, ST_ENTITIES, 2, vals, "cannot add entity"))) {
            rc = DOSSIER_ERROR;
            goto done;
        }
        want_fill(w, n, res);
        PQclear(res);
        for (i = 0; i < n && rc == DOSSIER_OK; i++)
            if (!w[i].id)
                rc = pg_fail(s, DOSSIER_ERROR, "cannot add entity %s", w[i].name);
    }
done:
    if (fold)
        for (i = 0; i < n; i++)
            free(fold[i]);
    if (sur)
        for (i = 0; i < n; i++)
            free(sur[i]);
    free(fold);
    free(sur);
    for (i = 0; i < 5; i++)
        dz_buf_free(&arr[i]);
    return rc;
}

/* ---- entities resolved per flush ----------------------------------------- */

/* The mentions a batch saves name their entities by (type, name); a short
** person name ("Blinken") stands for the corpus's person whose name ends
** with it and is mentioned most (lowest id on a tie), as resolve_short in
** store.c. store.c resolves mention by mention, each seeing the entities
** and mentions written before it. Here the pending mentions of a flush are
** resolved at once with the same outcome: what the server holds is read
** in two statements (the entities named, and every person a short name may
** stand for with its count from entity_counts); then the mentions are
** walked in order in memory, with the transaction's own counts (queued)
** and the persons it makes (after every stored one, in order of first
** mention) taking their part as they arise; the new entities are made in
** one more statement (entities_resolve). */

/* One distinct (type, name) of a flush: id known (or 0), or made as the
** newk-th new entity (-1 when not), with a new person's surname key. */
typedef struct {
    const char *name, *type, *code;
    char *sur;
    int64_t id;
    int newk;
} pg_ent;

/* One distinct short name and its candidates on the server (cand[first..
** first + n)). */
typedef struct {
    const char *name;
    char *key;
    int first, n;
} pg_short;

typedef struct {
    int sh;               /* the short name's place */
    int64_t id, count;
    const char *name;
} pg_cand;

/* A flush's working set (resolve_pending); hash tables of places + 1. */
typedef struct {
    pg_ent *ents;
    int nents, capents;
    int *ent_hash;
    pg_short *shorts;
    int nshorts, capshorts;
    int *short_hash;
    size_t nhash;         /* slots of each table, a power of two */
    pg_cand *cands;
    int ncands;
    dz_arena ar;
} pg_resolve;

static uint32_t str_hash(const char *a, const char *b)
{
    uint32_t h = 2166136261u;
    const unsigned char *c;
    for (c = (const unsigned char *)a; *c; c++)
        h = (h ^ *c) * 16777619u;
    h = (h ^ 0x1f) * 16777619u;
    for (c = (const unsigned char *)(b ? b : ""); *c; c++)
        h = (h ^ *c) * 16777619u;
    return h;
}

/* The place of (type, name) in r->ents, added when absent (id from the
** transaction's cache when there); -1 when out of memory. */
static int ent_get(struct dz_pg *p, pg_resolve *r, const char *type,
                   const char *name, const char *code)
{
    size_t h = str_hash(type, name) & (r->nhash - 1);
    char key[400];
    pg_slot *sl;
    pg_ent *e;
    for (; r->ent_hash[h]; h = (h + 1) & (r->nhash - 1)) {
        e = &r->ents[r->ent_hash[h] - 1];
        if (!strcmp(e->name, name) && !strcmp(e->type, type))
            return r->ent_hash[h] - 1;
    }
    if (DZ_VEC_PUSH(r->ents, r->nents, r->capents) != 0)
        return -1;
    e = &r->ents[r->nents];
    memset(e, 0, sizeof *e);
    e->name = name;
    e->type = type;
    e->code = code;
    e->newk = -1;
    if (snprintf(key, sizeof key, "%s\x1f%s", type, name) < (int)sizeof key &&
        (sl = map_get(p->ids, key)))
        e->id = sl->id;
    r->ent_hash[h] = ++r->nents;
    return r->nents - 1;
}

/* The place of short name in r->shorts, added when absent; -1 when out
** of memory. */
static int short_get(pg_resolve *r, const char *name)
{
    size_t h = str_hash(name, NULL) & (r->nhash - 1);
    const char *sp;
    pg_short *sh;
    size_t n;
    for (; r->short_hash[h]; h = (h + 1) & (r->nhash - 1))
        if (!strcmp(r->shorts[r->short_hash[h] - 1].name, name))
            return r->short_hash[h] - 1;
    if (DZ_VEC_PUSH(r->shorts, r->nshorts, r->capshorts) != 0)
        return -1;
    sh = &r->shorts[r->nshorts];
    memset(sh, 0, sizeof *sh);
    sh->name = name;
    /* the key of "de Gaulle" is that of "Gaulle", as for full names */
    sp = strrchr(name, ' ');
    sp = sp ? sp + 1 : name;
    if (*sp && !(sh->key = text_fold(sp, strlen(sp), &n)))
        return -1;
    r->short_hash[h] = ++r->nshorts;
    return r->nshorts - 1;
}

/* The length of the UTF-8 character at s (1 for a stray byte). */
static int utf8_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    int n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1, i;
    for (i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            return 1;
    return n;
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Whether str matches the pattern as the server's ILIKE does on a "C"
** column: % any run, _ one character, \ quotes the next, ASCII letters
** without case. */
static int ilike(const char *str, const char *pat)
{
    while (*pat) {
        if (*pat == '%') {
            while (*pat == '%')
                pat++;
            if (!*pat)
                return 1;
            for (;; str += utf8_len(str)) {
                if (ilike(str, pat))
                    return 1;
                if (!*str)
                    return 0;
            }
        }
        if (!*str)
            return 0;
        if (*pat == '_') {
            pat++;
            str += utf8_len(str);
            continue;
        }
        if (*pat == '\\' && pat[1])
            pat++;
        if (ascii_lower(*pat) != ascii_lower(*str))
            return 0;
        pat++;
        str++;
    }
    return !*str;
}

/* Whether person e (made by this flush) is one that short name sh may
** stand for: its surname key is the short name's, its name ends with
** " " and the short name (ILIKE '% ' || name, as on the server). */
static int new_candidate(const pg_ent *e, const pg_short *sh)
{
    char pat[512];
    if (!e->sur || !sh->key || strcmp(e->sur, sh->key))
        return 0;
    if (snprintf(pat, sizeof pat, "%% %s", sh->name) >= (int)sizeof pat)
        return 0;
    return ilike(e->name, pat);
}

static int cand_cmp(const void *a, const void *b)
{
    const pg_cand *x = a, *y = b;
    return x->sh != y->sh ? (x->sh < y->sh ? -1 : 1)
         : x->id < y->id ? -1 : x->id > y->id;
}

/* Build a text[] literal of the strings v[0..n) (NULL as NULL); -1 when
** out of memory. */
static int text_array(dz_buf *b, const char *const *v, int n)
{
    int i, failed = 0;
    b->len = 0;
    failed |= dz_buf_putc(b, '{') != 0;
    for (i = 0; i < n; i++) {
        const char *c;
        if (i)
            failed |= dz_buf_putc(b, ',') != 0;
        if (!v[i]) {
            failed |= dz_buf_puts(b, "NULL") != 0;
            continue;
        }
        failed |= dz_buf_putc(b, '"') != 0;
        for (c = v[i]; *c; c++) {
            if (*c == '"' || *c == '\\')
                failed |= dz_buf_putc(b, '\\') != 0;
            failed |= dz_buf_putc(b, *c) != 0;
        }
        failed |= dz_buf_putc(b, '"') != 0;
    }
    failed |= dz_buf_putc(b, '}') != 0;
    return failed ? -1 : 0;
}

/* Run prepared statement k with two text arrays, a[0..n) and b[0..n),
** built in arr; its result, or NULL with the error in s (*rc set). */
static PGresult *pq_two_arrays(struct dz_pg *s, int k, dz_buf arr[2],
                               const char **a, const char **b, int n,
                               const char *what, int *rc)
{
    const char *vals[2];
    PGresult *res;
    if (text_array(&arr[0], a, n) || text_array(&arr[1], b, n)) {
        *rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    vals[0] = arr[0].data;
    vals[1] = arr[1].data;
    if (!(res = pq_stmt(s, s->conn, k, 2, vals, what)))
        *rc = DOSSIER_ERROR;
    return res;
}

/* Read what the server holds for r: the ids of the entities not known yet
** (one statement), the candidates of the short names (one more). */
static int resolve_read(struct dz_pg *s, pg_resolve *r)
{
    const char **names = NULL, **types = NULL;
    int *place = NULL, i, n = 0, rc = DOSSIER_OK, row;
    dz_buf arr[2] = { { 0 } };
    PGresult *res;
    int cap = r->nents > r->nshorts ? r->nents : r->nshorts;

    names = malloc((size_t)(cap + 1) * sizeof *names);
    types = malloc((size_t)(cap + 1) * sizeof *types);
    place = malloc((size_t)(cap + 1) * sizeof *place);
    if (!names || !types || !place) {
        rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    for (i = 0; i < r->nents; i++)
        if (!r->ents[i].id) {
            names[n] = r->ents[i].name;
            types[n] = r->ents[i].type;
            place[n++] = i;
        }
    if (n) {
        if (!(res = pq_two_arrays(s, ST_ENTITIES, arr, names, types, n,
                                  "cannot add entity", &rc)))
            goto done;
        for (row = 0; row < PQntuples(res); row++) {
            long j = strtol(PQgetvalue(res, row, 0), NULL, 10);
            if (j >= 1 && j <= n)
                r->ents[place[j - 1]].id = strtoll(PQgetvalue(res, row, 1), NULL, 10);
        }
        PQclear(res);
    }
    n = 0;
    for (i = 0; i < r->nshorts; i++)
        if (r->shorts[i].key) {
            names[n] = r->shorts[i].key;
            types[n] = r->shorts[i].name;
            place[n++] = i;
        }
    if (!n)
        goto done;
    if (!(res = pq_two_arrays(s, ST_SHORT, arr, names, types, n,
                              "cannot resolve a short name", &rc)))
        goto done;
    r->cands = calloc((size_t)PQntuples(res) + 1, sizeof *r->cands);
    if (!r->cands) {
        PQclear(res);
        rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    for (row = 0; row < PQntuples(res); row++) {
        long j = strtol(PQgetvalue(res, row, 0), NULL, 10);
        pg_cand *c = &r->cands[r->ncands];
        if (j < 1 || j > n)
            continue;
        c->sh = place[j - 1];
        c->id = strtoll(PQgetvalue(res, row, 1), NULL, 10);
        c->count = strtoll(PQgetvalue(res, row, 3), NULL, 10);
        if (!(c->name = dz_arena_strdup(&r->ar, PQgetvalue(res, row, 2)))) {
            PQclear(res);
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        r->ncands++;
    }
    PQclear(res);
    qsort(r->cands, (size_t)r->ncands, sizeof *r->cands, cand_cmp);
    for (i = r->ncands - 1; i >= 0; i--) {
        r->shorts[r->cands[i].sh].first = i;
        r->shorts[r->cands[i].sh].n++;
    }
done:
    free(names);
    free(types);
    free(place);
    dz_buf_free(&arr[0]);
    dz_buf_free(&arr[1]);
    return rc;
}

/* The entity that short name sh stands for now: the stored candidate or
** the person made by this flush with the most mentions (stored ones plus
** the transaction's), the lowest id on a tie (the persons made here come
** after every stored one, in the order made); its place in r->ents, or -1
** for none (-2 when out of memory). */
static int short_pick(struct dz_pg *p, pg_resolve *r, const pg_short *sh)
{
    int i, best = -1, best_new = -1;
    int64_t best_n = -1;
    for (i = sh->first; i < sh->first + sh->n; i++) {
        const pg_cand *c = &r->cands[i];
        int64_t n = c->count + queued_get(p, c->id);
        if (n > best_n) {       /* ids ascending: a tie keeps the first */
            best = i;
            best_n = n;
        }
    }
    for (i = 0; i < r->nents; i++) {
        const pg_ent *e = &r->ents[i];
        int64_t n;
        if (e->newk < 0 || !new_candidate(e, sh))
            continue;
        n = queued_get(p, -(int64_t)(e->newk + 1));
        if (n > best_n || (n == best_n && best_new >= 0 &&
                           e->newk < r->ents[best_new].newk)) {
            best_new = i;
            best_n = n;
        }
    }
    if (best_new >= 0)
        return best_new;
    if (best < 0)
        return -1;
    i = ent_get(p, r, "person", r->cands[best].name, NULL);
    if (i >= 0 && !r->ents[i].id && r->ents[i].newk < 0)
        r->ents[i].id = r->cands[best].id;
    return i < 0 ? -2 : i;
}

/* Rewrite the COPY rows of b: the fields numbered in fields[0..nf) that
** hold -(j + 1) (pending mention j) get that mention's entity id. */
static int refs_rewrite(struct dz_pg *p, const pg_resolve *r, dz_buf *b,
                        const int *fields, int nf)
{
    dz_buf out = { 0 };
    size_t i = 0;
    int failed = dz_buf_reserve(&out, b->len + 64) != 0;
    while (i < b->len && !failed) {
        int f = 0;
        while (i < b->len) {
            size_t e = i;
            int k, mine = 0;
            while (e < b->len && b->data[e] != '\t' && b->data[e] != '\n')
                e++;
            for (k = 0; k < nf; k++)
                mine |= fields[k] == f;
            if (mine && b->data[i] == '-') {
                long j = strtol(b->data + i + 1, NULL, 10) - 1;
                int64_t id = j >= 0 && j < p->npend ? r->ents[p->pend[j].ent].id : 0;
                failed |= dz_buf_printf(&out, "%lld", (long long)id) < 0;
            } else {
                failed |= dz_buf_append(&out, b->data + i, e - i) != 0;
            }
            if (e < b->len)
                failed |= dz_buf_putc(&out, b->data[e]) != 0;
            i = e + 1;
            f++;
            if (e >= b->len || b->data[e] == '\n')
                break;
        }
    }
    if (failed) {
        dz_buf_free(&out);
        return -1;
    }
    dz_buf_free(b);
    *b = out;
    return 0;
}

/* Resolve the entities of the pending mentions (see above), make the new
** ones, put the ids in the queued COPY rows, and count the new articles'
** months. */
static int resolve_pending(struct dz_pg *s)
{
    struct dz_pg *p = s;
    pg_resolve r;
    pg_want *want = NULL;
    int64_t *ents = NULL;
    int i, j, nnew = 0, rc = DOSSIER_OK;
    static const int mention_fields[] = { 0 }, action_fields[] = { 2, 5 };

    memset(&r, 0, sizeof r);
    for (r.nhash = 64; r.nhash < (size_t)p->npend * 4; r.nhash *= 2)
        ;
    r.ent_hash = calloc(r.nhash, sizeof *r.ent_hash);
    r.short_hash = calloc(r.nhash, sizeof *r.short_hash);
    if (!r.ent_hash || !r.short_hash)
        goto nomem;
    /* what the mentions name as written */
    for (j = 0; j < p->npend; j++) {
        struct pg_pend *m = &p->pend[j];
        if (ent_get(p, &r, m->type, m->name, m->code) < 0 ||
            (m->short_form && short_get(&r, m->name) < 0))
            goto nomem;
    }
    if ((rc = resolve_read(s, &r)))
        goto done;
    /* the mentions in order */
    for (j = 0; j < p->npend; j++) {
        struct pg_pend *m = &p->pend[j];
        pg_ent *e;
        int k = -1;
        if (m->short_form) {
            pg_slot *sl = map_get(p->shorts, m->name);
            if (sl) {
                const char *v = sl->value ? dz_arena_strdup(&r.ar, sl->value) : m->name;
                if (!v)
                    goto nomem;
                k = ent_get(p, &r, "person", v, m->code);
                if (k >= 0 && !r.ents[k].id && r.ents[k].newk < 0 && sl->value) {
                    /* resolved by an earlier flush: a stored candidate */
                    const pg_short *sh = &r.shorts[short_get(&r, m->name)];
                    for (i = sh->first; i < sh->first + sh->n; i++)
                        if (!strcmp(r.cands[i].name, v))
                            r.ents[k].id = r.cands[i].id;
                }
            } else {
                const pg_short *sh;
                if ((i = short_get(&r, m->name)) < 0)
                    goto nomem;
                sh = &r.shorts[i];
                if ((k = short_pick(p, &r, sh)) == -2)
                    goto nomem;
                if (k < 0)
                    k = ent_get(p, &r, "person", m->name, m->code);
                map_put(p->shorts, m->name, 0,
                        k >= 0 && strcmp(r.ents[k].name, m->name) ? r.ents[k].name : NULL);
            }
        } else {
            k = ent_get(p, &r, m->type, m->name, m->code);
        }
        if (k < 0)
            goto nomem;
        e = &r.ents[k];
        if (!e->id && e->newk < 0) {
            /* made now: a new person may answer the short names that end
            ** its name from here on (as names_forget_person in store.c) */
            const char *sp;
            e->newk = nnew++;
            e->code = m->code;
            if (!strcmp(e->type, "person")) {
                e->sur = surname_key(e->name);
                for (sp = strchr(e->name, ' '); sp; sp = strchr(sp + 1, ' ')) {
                    pg_slot *sl = map_get(p->shorts, sp + 1);
                    if (sl) {
                        free(sl->key);
                        free(sl->value);
                        sl->key = sl->value = NULL;
                    }
                }
            }
        }
        m->ent = k;
        if (!m->group &&
            queued_add(p, e->id ? e->id : -(int64_t)(e->newk + 1), 1) != 0)
            goto nomem;
    }
    /* the new entities, in the order made */
    if (nnew) {
        if (!(want = calloc((size_t)nnew, sizeof *want)))
            goto nomem;
        for (i = 0; i < r.nents; i++)
            if (r.ents[i].newk >= 0) {
                pg_want *w = &want[r.ents[i].newk];
                w->name = r.ents[i].name;
                w->type = r.ents[i].type;
                w->code = r.ents[i].code;
            }
        if ((rc = entities_resolve(s, want, nnew)))
            goto done;
        for (i = 0; i < r.nents; i++) {
            pg_ent *e = &r.ents[i];
            int64_t tmp, n;
            if (e->newk < 0)
                continue;
            e->id = want[e->newk].id;
            tmp = -(int64_t)(e->newk + 1);
            n = queued_get(p, tmp);
            if (queued_add(p, tmp, -n) != 0 || queued_add(p, e->id, n) != 0)
                goto nomem;
        }
    }
    for (i = 0; i < r.nents; i++) {
        char key[400];
        if (r.ents[i].id &&
            snprintf(key, sizeof key, "%s\x1f%s", r.ents[i].type, r.ents[i].name) <
            (int)sizeof key)
            map_put(p->ids, key, r.ents[i].id, NULL);
    }
    if (refs_rewrite(p, &r, &p->copy[CP_MENTIONS], mention_fields, 1) ||
        refs_rewrite(p, &r, &p->copy[CP_ACTIONS], action_fields, 2))
        goto nomem;
    /* the new articles' month sums, sent at commit */
    for (i = 0; i < p->npend_art; i++) {
        const struct pg_pend_art *pa = &p->pend_art[i];
        const struct pg_new *nw = &p->inserted[pa->fresh - 1];
        free(ents);
        if (!(ents = malloc((size_t)pa->n * sizeof *ents)))
            goto nomem;
        for (j = 0; j < pa->n; j++)
            ents[j] = r.ents[p->pend[pa->first + j].ent].id;
        if (em_count(p, nw->month, nw->kind, ents, pa->n))
            goto nomem;
    }
    p->npend = p->npend_art = 0;
    dz_arena_free(&p->pend_arena);
    goto done;
nomem:
    rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
done:
    for (i = 0; i < r.nents; i++)
        free(r.ents[i].sur);
    for (i = 0; i < r.nshorts; i++)
        free(r.shorts[i].key);
    free(r.ents);
    free(r.shorts);
    free(r.ent_hash);
    free(r.short_hash);
    free(r.cands);
    dz_arena_free(&r.ar);
    free(want);
    free(ents);
    return rc;
}

/* A sentence id from the block in hand (a new block when it is used up). */
static int sentence_id(struct dz_pg *s, int64_t *id)
{
    struct dz_pg *p = s;
    if (p->sent_next >= p->sent_end) {
        /* on the side connection: a sequence is not transactional, and
        ** the main one may be busy sending rows (flush_async) */
        PGconn *sc = side(s);
        PGresult *res = sc ? pq_stmt(s, sc, ST_BLOCK, 0, NULL, "cannot save sentence")
                           : NULL;
        int64_t b;
        if (!res)
            return DOSSIER_ERROR;
        b = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
        PQclear(res);
        p->sent_next = b * SENTENCE_BLOCK;
        p->sent_end = p->sent_next + SENTENCE_BLOCK;
    }
    *id = p->sent_next++;
    return DOSSIER_OK;
}

/* Remove the stored analysis of article id (being analysed again); the
** mentions' trigger takes their counts out of entity_months. */
static int clear_analysis(struct dz_pg *s, int64_t id)
{
    static const char *const del[] = {
        "DELETE FROM actions WHERE article = $1",
        "DELETE FROM timexes WHERE article = $1",
        "DELETE FROM mentions WHERE article = $1",
        "DELETE FROM sentences WHERE article = $1",
    };
    char num[24];
    const char *vals[1] = { num };
    PGresult *res;
    int rc, i;
    if ((rc = flush(s)))
        return rc;
    snprintf(num, sizeof num, "%lld", (long long)id);
    for (i = 0; i < (int)(sizeof del / sizeof del[0]); i++) {
        if (!(res = pq_params(s, del[i], 1, vals, "cannot clear analysis")))
            return DOSSIER_ERROR;
        PQclear(res);
    }
    return DOSSIER_OK;
}

/* Queue the group entity name for resolution with the mentions of this
** flush; *ref is the id its action row holds until then, -(j + 1). */
static int pend_group(struct dz_pg *s, const char *name, int64_t *ref)
{
    struct dz_pg *p = s;
    struct pg_pend *pm;
    if (DZ_VEC_PUSH(p->pend, p->npend, p->cappend) != 0)
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    pm = &p->pend[p->npend];
    memset(pm, 0, sizeof *pm);
    pm->type = dz_entity_type_name(DZ_ENT_GROUP);
    pm->ent = -1;
    pm->group = 1;
    if (!(pm->name = dz_arena_strdup(&p->pend_arena, name)))
        return pg_fail(s, DOSSIER_NOMEM, "out of memory");
    *ref = -(int64_t)(++p->npend);
    return DOSSIER_OK;
}

int pg_save_analysis(struct dz_pg *s, int64_t id, const dz_analysis *a)
{
    struct dz_pg *p = s;
    int64_t *sent_ids = NULL, *ent_ids = NULL;
    int rc = DOSSIER_OK, i, fresh = 0, first, nment = 0;
    dz_buf *b;

    if (!p->in_txn)
        return pg_fail(s, DOSSIER_MISUSE, "cannot save analysis: no transaction");
    for (i = p->ninserted - 1; i >= 0 && !fresh; i--)
        if (p->inserted[i].id == id)
            fresh = i + 1;
    if (!fresh && (rc = clear_analysis(s, id)))
        return rc;
    sent_ids = calloc((size_t)a->nsentences + 1, sizeof *sent_ids);
    ent_ids = calloc((size_t)a->nmentions + 1, sizeof *ent_ids);
    if (!sent_ids || !ent_ids) {
        rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    b = &p->copy[CP_SENTENCES];
    for (i = 0; i < a->nsentences && rc == DOSSIER_OK; i++) {
        const dz_sentence *se = &a->sentences[i];
        if ((rc = sentence_id(s, &sent_ids[i])))
            goto done;
        copy_int(b, 1, sent_ids[i], 0);
        copy_int(b, 0, id, 0);
        copy_int(b, 0, i, 0);
        copy_int(b, 0, se->start, 0);
        copy_int(b, 0, se->end, 0);
        copy_int(b, 0, se->paragraph, 0);
        rc = row_end(s, b);
    }
    /* the article's mentions: queued with their entity as written, resolved
    ** with those of the whole flush (resolve_pending); the rows name it
    ** -(j + 1) until then (pending mention j) */
    first = p->npend;
    b = &p->copy[CP_MENTIONS];
    for (i = 0; i < a->nmentions && rc == DOSSIER_OK; i++) {
        const dz_mention *m = &a->mentions[i];
        int has_sent = m->sentence >= 0 && m->sentence < a->nsentences;
        struct pg_pend *pm;
        /* a dateline or a sign-off is not a mention (see store.c) */
        if (m->form == DZ_FORM_DATELINE || m->form == DZ_FORM_SIGNOFF)
            continue;
        if (DZ_VEC_PUSH(p->pend, p->npend, p->cappend) != 0) {
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        pm = &p->pend[p->npend];
        pm->type = dz_entity_type_name(m->type);
        pm->name = dz_arena_strdup(&p->pend_arena, m->name);
        pm->code = m->code && *m->code ? dz_arena_strdup(&p->pend_arena, m->code) : NULL;
        pm->short_form = m->short_form && m->type == DZ_ENT_PERSON;
        pm->ent = -1;
        pm->group = 0;
        if (!pm->name || (m->code && *m->code && !pm->code)) {
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        ent_ids[i] = -(int64_t)(++p->npend);
        copy_int(b, 1, ent_ids[i], 0);
        copy_int(b, 0, id, 0);
        copy_int(b, 0, has_sent ? sent_ids[m->sentence] : 0, !has_sent);
        copy_int(b, 0, m->start, 0);
        copy_int(b, 0, m->end, 0);
        rc = row_end(s, b);
    }
    nment = p->npend - first;
    b = &p->copy[CP_TIMEXES];
    for (i = 0; i < a->ntimexes && rc == DOSSIER_OK; i++) {
        const dz_timex *t = &a->timexes[i];
        int has_sent = t->sentence >= 0 && t->sentence < a->nsentences;
        copy_int(b, 1, id, 0);
        copy_int(b, 0, has_sent ? sent_ids[t->sentence] : 0, !has_sent);
        copy_int(b, 0, t->start, 0);
        copy_int(b, 0, t->end, 0);
        copy_opt(b, t->type);
        copy_opt(b, t->value);
        copy_opt(b, t->begin);
        copy_opt(b, t->end_date);
        copy_opt(b, t->precision ? dz_precision_name(t->precision) : NULL);
        rc = row_end(s, b);
    }
    b = &p->copy[CP_ACTIONS];
    for (i = 0; i < a->nactions && rc == DOSSIER_OK; i++) {
        const dz_action *x = &a->actions[i];
        const char *obj;
        int has_ev;
        int has_sent = x->sentence >= 0 && x->sentence < a->nsentences;
        int64_t actor = x->actor >= 0 && x->actor < a->nmentions ? ent_ids[x->actor] : 0;
        int64_t target = x->target >= 0 && x->target < a->nmentions ? ent_ids[x->target] : 0;
        /* a group acting or acted on: an entity of its own, resolved with
        ** the mentions (see DZ_ENT_GROUP) */
        if (!actor && x->actor < 0 && x->actor_group && *x->actor_group &&
            (rc = pend_group(s, x->actor_group, &actor)))
            goto done;
        if (!target && x->target < 0 && x->target_group && *x->target_group &&
            (rc = pend_group(s, x->target_group, &target)))
            goto done;
        copy_int(b, 1, id, 0);
        copy_int(b, 0, has_sent ? sent_ids[x->sentence] : 0, !has_sent);
        copy_int(b, 0, actor, !actor);
        copy_str(b, 0, x->verb ? x->verb : "");
        copy_int(b, 0, x->category, x->category <= 0);
        copy_int(b, 0, target, !target);
        /* as in the SQLite store: the object as its offsets when it is a
        ** piece of the text, the evidence always as offsets */
        obj = actions_object_in_text(a, x);
        copy_opt(b, obj ? NULL : x->object);
        copy_opt(b, x->begin);
        copy_opt(b, x->end_date);
        copy_opt(b, x->precision ? dz_precision_name(x->precision) : NULL);
        copy_str(b, 0, dz_date_source_name(x->date_source));
        copy_str(b, 0, dz_modality_name(x->modality));
        has_ev = x->ev_end > x->ev_start && x->ev_start >= 0;
        copy_int(b, 0, x->ev_start, !has_ev);
        copy_int(b, 0, x->ev_end, !has_ev);
        copy_int(b, 0, obj ? obj - a->text : 0, !obj);
        copy_int(b, 0, obj ? obj - a->text + (int64_t)strlen(x->object) : 0, !obj);
        rc = row_end(s, b);
    }
    if (rc == DOSSIER_OK && nment > 0 && fresh) {
        /* a new article's month sums are counted once its entities are
        ** known (resolve_pending), sent at commit */
        if (p->inserted[fresh - 1].month[0]) {
            if (DZ_VEC_PUSH(p->pend_art, p->npend_art, p->cappend_art) != 0) {
                rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
            } else {
                p->pend_art[p->npend_art].fresh = fresh;
                p->pend_art[p->npend_art].first = first;
                p->pend_art[p->npend_art++].n = nment;
            }
        }
    } else if (rc == DOSSIER_OK && a->nmentions > 0) {
        /* an article analysed again: the server counts it at commit */
        if (DZ_VEC_PUSH(p->analysed, p->nanalysed, p->capanalysed) != 0)
            rc = pg_fail(s, DOSSIER_NOMEM, "out of memory");
        else
            p->analysed[p->nanalysed++] = id;
    }
    if (rc == DOSSIER_OK) {
        /* a large input's rows go out before the commit, in the same
        ** transaction, so memory stays bounded */
        size_t queued = 0;
        for (i = 0; i < CP_N; i++)
            queued += p->copy[i].len;
        if (queued > PG_COPY_MAX)
            rc = flush_async(s);
    }
done:
    free(sent_ids);
    free(ent_ids);
    return rc;
}

int pg_article_delete(struct dz_pg *s, int64_t id, int *found)
{
    /* the analysis first (clear_analysis), while the article still gives
    ** the mentions' month to the entity_months trigger; then the article,
    ** its hash and its page when no other article came from it */
    static const char *const del[] = {
        "DELETE FROM article_hashes WHERE id = $1",
        "WITH a AS (DELETE FROM articles WHERE id = $1 RETURNING page)"
        " DELETE FROM pages p USING a WHERE p.id = a.page AND NOT EXISTS"
        " (SELECT 1 FROM articles x WHERE x.page = a.page AND x.id <> $1)",
    };
    char num[24];
    const char *vals[1] = { num };
    PGresult *res;
    int i, rc;
    *found = 0;
    if ((rc = clear_analysis(s, id)))
        return rc;
    snprintf(num, sizeof num, "%lld", (long long)id);
    for (i = 0; i < (int)(sizeof del / sizeof del[0]); i++) {
        if (!(res = pq_params(s, del[i], 1, vals, "delete")))
            return DOSSIER_ERROR;
        if (i == 0)                 /* the hash: one row per article */
            *found = atoi(PQcmdTuples(res)) > 0;
        PQclear(res);
    }
    return DOSSIER_OK;
}

int pg_orphans_delete(struct dz_pg *s)
{
    return pq_run(s, s->conn,
        "DELETE FROM entities WHERE user_defined = 0 AND id NOT IN"
        " (SELECT entity FROM mentions) AND id NOT IN (SELECT entity"
        " FROM aliases WHERE user_defined = 1)"
        " AND id NOT IN (SELECT actor FROM actions WHERE actor IS NOT NULL)"
        " AND id NOT IN (SELECT target FROM actions WHERE target IS NOT NULL);"
        "DELETE FROM surnames WHERE entity NOT IN (SELECT id FROM entities)",
        "delete");
}

int pg_surname_add(struct dz_pg *s, int64_t id, const char *key)
{
    char num[24];
    const char *vals[2] = { key, num };
    PGresult *res;
    snprintf(num, sizeof num, "%lld", (long long)id);
    res = pq_params(s, "INSERT INTO surnames(key, entity) VALUES ($1, $2)"
                    " ON CONFLICT DO NOTHING", 2, vals, "cannot index a surname");
    if (!res)
        return DOSSIER_ERROR;
    PQclear(res);
    return DOSSIER_OK;
}

int pg_load_user_lexicon(struct dz_pg *s, dz_lexicon *lx)
{
    static const char *const q[2] = {
        "SELECT name, type, code FROM entities WHERE user_defined = 1 ORDER BY id",
        "SELECT a.alias, e.name, e.type FROM aliases a"
        " JOIN entities e ON e.id = a.entity WHERE a.user_defined = 1"
        " ORDER BY a.made",
    };
    int i, r, rc = 0;
    for (i = 0; i < 2 && rc == 0; i++) {
        PGresult *res = pq_params(s, q[i], 0, NULL, "user lexicon");
        if (!res)
            return -1;
        for (r = 0; r < PQntuples(res) && rc == 0; r++) {
            const char *x = PQgetvalue(res, r, 0), *y = PQgetvalue(res, r, 1);
            const char *z = PQgetisnull(res, r, 2) ? NULL : PQgetvalue(res, r, 2);
            if (i == 0)
                rc = lexicon_define(lx, x, dz_entity_type_parse(y), z);
            else
                rc = lexicon_alias(lx, x, y, dz_entity_type_parse(z ? z : ""));
            if (rc != 0 && ((i == 0 && dz_entity_type_parse(y) == DZ_ENT_NONE) ||
                            dz_entity_type_parse(i == 0 ? y : z ? z : "") ==
                            DZ_ENT_GROUP))
                rc = 0;     /* a row with a bad type, or a group's: skip */
        }
        PQclear(res);
    }
    return rc;
}

/* ---- the dialect --------------------------------------------------------- */

/* Whether the word at p (n bytes) is kw, ignoring case. */
static int word_is(const char *p, size_t n, const char *kw)
{
    return strlen(kw) == n && !strncasecmp(p, kw, n);
}

static const char *skip_space(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    return p;
}

/* The length of the name at p (letters, digits, _ and .), 0 if none. */
static size_t name_len(const char *p)
{
    size_t n = 0;
    while (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '.')
        n++;
    return isdigit((unsigned char)*p) ? 0 : n;
}

/* Whether p (after the word CROSS) is " JOIN table [alias] ON": SQLite's
** way to keep the order of a join, which PostgreSQL writes as JOIN. */
static int cross_join_on(const char *p)
{
    size_t n;
    p = skip_space(p);
    if (!(n = name_len(p)) || !word_is(p, n, "JOIN"))
        return 0;
    p = skip_space(p + n);
    if (!(n = name_len(p)))
        return 0;
    p = skip_space(p + n);
    n = name_len(p);
    if (n && !word_is(p, n, "ON"))
        p = skip_space(p + n);          /* the alias */
    n = name_len(p);
    return n && word_is(p, n, "ON");
}

/* The ORDER BY lists open while translating, by parenthesis depth: SQLite
** puts NULL before every value, PostgreSQL after, so each item gets the
** NULLS clause that keeps SQLite's order. */
#define ORDER_NEST 8
typedef struct order_state {
    int depth;                    /* parentheses open */
    int n;                        /* lists open (innermost last) */
    int at[ORDER_NEST];           /* the depth of each */
    char desc[ORDER_NEST], nulls[ORDER_NEST];   /* the current item's */
} order_state;

/* End the current item of the innermost list (at this depth). */
static int order_item_end(dz_buf *b, order_state *o)
{
    const char *clause;
    int i = o->n - 1, rc = 0;
    if (i < 0 || o->at[i] != o->depth)
        return 0;
    clause = o->desc[i] ? "NULLS LAST" : "NULLS FIRST";
    if (!o->nulls[i])
        rc = (b->len && b->data[b->len - 1] == ' ')
           ? dz_buf_printf(b, "%s ", clause) < 0
           : dz_buf_printf(b, " %s", clause) < 0;
    o->desc[i] = o->nulls[i] = 0;
    return rc;
}

/* End the innermost list when it is open at this depth. */
static int order_end(dz_buf *b, order_state *o)
{
    int rc = 0;
    if (o->n > 0 && o->at[o->n - 1] == o->depth) {
        rc = order_item_end(b, o);
        o->n--;
    }
    return rc;
}

/* The query modules cut an action's evidence and object out of its
** article with "(SELECT CAST(substr(CAST(b.body AS BLOB), I, N) AS TEXT)
** FROM articles b WHERE b.id = X)". On PostgreSQL that look-up by id
** probes every month partition, and planning it took longer than running
** the query: at p, write dz_cut(X, I, N) instead (schema v3) and return
** the length read; 0 when p holds no such cut (I, N and X plain
** expressions, no parentheses or parameters). */
static size_t cut_by_id(const char *p, dz_buf *b, int *failed)
{
    static const char head[] = "(SELECT CAST(substr(CAST(b.body AS BLOB), ";
    static const char mid[] = ") AS TEXT) FROM articles b WHERE b.id = ";
    const char *i, *n, *x, *end;
    if (strncmp(p, head, sizeof head - 1))
        return 0;
    i = p + sizeof head - 1;
    if (!(n = strchr(i, ',')) || !(x = strstr(n, mid)) ||
        !(end = strchr(x + sizeof mid - 1, ')')))
        return 0;
    if (memchr(i, '(', (size_t)(end - i)) || memchr(i, '?', (size_t)(end - i)) ||
        memchr(i, '\'', (size_t)(end - i)) || memchr(i, ')', (size_t)(x - i)))
        return 0;
    *failed |= dz_buf_printf(b, "dz_cut(%.*s, %.*s,%.*s)",
                             (int)(end - x - (sizeof mid - 1)), x + sizeof mid - 1,
                             (int)(n - i), i, (int)(x - n - 1), n + 1) < 0;
    return (size_t)(end + 1 - p);
}

/* SQLite's dialect, as the query modules write it, in PostgreSQL's:
**  - ?N parameters become $N (a bare ? the next number);
**  - LIMIT ?N, where a negative number means none, becomes a LIMIT that
**    is NULL (none) then;
**  - WHERE 1 (the head of a list of AND clauses) becomes WHERE true;
**  - LIKE, which SQLite matches without regard to ASCII case, ILIKE;
**  - CROSS JOIN t ON ... (SQLite: join in the order written) JOIN t ON;
**  - each item of an ORDER BY gets NULLS FIRST (NULLS LAST after DESC),
**    SQLite's place for NULL;
**  - CAST(substr(CAST(x AS BLOB), i, n) AS TEXT), a cut by bytes,
**    convert_from(substr(convert_to(x, 'UTF8'), i, n), 'UTF8'), and the
**    cut of an article's body looked up by id dz_cut (cut_by_id);
** and string literals, quoted names and comments are copied as they are.
** The functions SQLite has and PostgreSQL lacks are in the schema.
** Returns the text (caller frees) and the highest parameter in *nparams;
** NULL when out of memory. */
char *pg_translate(const char *sql, int *nparams)
{
    dz_buf b = { 0 };
    const char *p = sql;
    int autonum = 0, maxp = 0, failed = 0, blobs = 0;
    order_state ord = { 0 };
    while (*p && !failed) {
        size_t cut = cut_by_id(p, &b, &failed);
        if (cut) {
            p += cut;
            continue;
        }
        if (*p == '\'' || *p == '"') {
            const char *q = p + 1;
            char quote = *p;
            while (*q && !(*q == quote && q[1] != quote))
                q += (*q == quote) ? 2 : 1;
            if (*q)
                q++;
            failed |= dz_buf_append(&b, p, (size_t)(q - p));
            p = q;
        } else if (p[0] == '-' && p[1] == '-') {
            const char *q = strchr(p, '\n');
            q = q ? q : p + strlen(p);
            failed |= dz_buf_append(&b, p, (size_t)(q - p));
            p = q;
        } else if (*p == '?') {
            int num;
            p++;
            if (isdigit((unsigned char)*p)) {
                num = (int)strtol(p, (char **)&p, 10);
            } else {
                num = ++autonum;
            }
            if (num > maxp)
                maxp = num;
            failed |= dz_buf_printf(&b, "$%d", num) < 0;
        } else if (isalpha((unsigned char)*p) || *p == '_') {
            const char *q = p;
            size_t n;
            int top;                    /* in the innermost ORDER BY list */
            while (isalnum((unsigned char)*q) || *q == '_' || *q == '$')
                q++;
            n = (size_t)(q - p);
            top = ord.n > 0 && ord.at[ord.n - 1] == ord.depth;
            if (word_is(p, n, "ORDER") && name_len(skip_space(q)) == 2 &&
                word_is(skip_space(q), 2, "BY")) {
                if (ord.n < ORDER_NEST) {
                    ord.at[ord.n] = ord.depth;
                    ord.desc[ord.n] = ord.nulls[ord.n] = 0;
                    ord.n++;
                }
                failed |= dz_buf_append(&b, p, n);
                p = q;
                continue;
            }
            if (top && (word_is(p, n, "DESC") || word_is(p, n, "ASC")))
                ord.desc[ord.n - 1] = word_is(p, n, "DESC");
            else if (top && word_is(p, n, "NULLS"))
                ord.nulls[ord.n - 1] = 1;
            else if (top && (word_is(p, n, "LIMIT") || word_is(p, n, "OFFSET") ||
                             word_is(p, n, "UNION") || word_is(p, n, "EXCEPT") ||
                             word_is(p, n, "INTERSECT") || word_is(p, n, "ROWS") ||
                             word_is(p, n, "RANGE") || word_is(p, n, "GROUPS") ||
                             word_is(p, n, "FOR")))
                failed |= order_end(&b, &ord);
            if (word_is(p, n, "CROSS") && cross_join_on(q)) {
                /* SQLite's "CROSS JOIN t ON": a join in the order written */
                q = skip_space(q);
            } else if (word_is(p, n, "LIKE") && (p == sql || p[-1] == ' ')) {
                failed |= dz_buf_puts(&b, "ILIKE");
            } else if (word_is(p, n, "CAST") && !strncasecmp(q, "(substr(CAST(", 13)) {
                /* text cut by byte offsets: through bytea */
                failed |= dz_buf_puts(&b, "convert_from(substr(convert_to(");
                q += 13;
                blobs++;
            } else if (word_is(p, n, "AS") && !strncasecmp(skip_space(q), "BLOB)", 5)) {
                failed |= dz_buf_puts(&b, ", 'UTF8')");
                q = skip_space(q) + 5;
            } else if (word_is(p, n, "AS") && blobs > 0 &&
                       !strncasecmp(skip_space(q), "TEXT)", 5)) {
                failed |= dz_buf_puts(&b, ", 'UTF8')");
                q = skip_space(q) + 5;
                blobs--;
            } else if (word_is(p, n, "WHERE") && *skip_space(q) == '1' &&
                       !isalnum((unsigned char)skip_space(q)[1]) &&
                       skip_space(q)[1] != '.') {
                failed |= dz_buf_puts(&b, "WHERE true");
                q = skip_space(q) + 1;
            } else if (word_is(p, n, "LIMIT") && *skip_space(q) == '?' &&
                       isdigit((unsigned char)skip_space(q)[1])) {
                const char *r = skip_space(q) + 1;
                int num = (int)strtol(r, (char **)&r, 10);
                if (num > maxp)
                    maxp = num;
                failed |= dz_buf_printf(&b, "LIMIT (CASE WHEN $%d::bigint < 0"
                                        " THEN NULL ELSE $%d::bigint END)",
                                        num, num) < 0;
                q = r;
            } else {
                failed |= dz_buf_append(&b, p, n);
            }
            p = q;
        } else if (isdigit((unsigned char)*p)) {
            const char *q = p;
            while (isalnum((unsigned char)*q) || *q == '.' || *q == '_')
                q++;
            failed |= dz_buf_append(&b, p, (size_t)(q - p));
            p = q;
        } else {
            if (*p == ',')
                failed |= order_item_end(&b, &ord);
            else if (*p == ')' || *p == ';')
                failed |= order_end(&b, &ord);
            if (*p == '(')
                ord.depth++;
            else if (*p == ')' && ord.depth > 0)
                ord.depth--;
            failed |= dz_buf_append(&b, p, 1);
            p++;
        }
    }
    while (ord.n > 0 && !failed) {      /* the lists open at the end */
        ord.depth = ord.at[ord.n - 1];
        failed |= order_end(&b, &ord);
    }
    if (failed || dz_buf_putc(&b, 0) != 0) {
        dz_buf_free(&b);
        return NULL;
    }
    *nparams = maxp;
    return dz_buf_detach(&b);
}

/* ---- cursors ------------------------------------------------------------- */

struct pg_cursor {
    struct dz_pg *s;
    char *sql;
    int nparams;
    char **vals;                  /* malloc'd copies; NULL is SQL NULL */
    char *ints;                   /* 1: bound as an integer */
    PGresult *res;
    int row, nrows, started, readonly;
};

pg_cursor *pg_cursor_new(struct dz_pg *s, const char *sql, int readonly)
{
    pg_cursor *c = calloc(1, sizeof *c);
    if (!c || !(c->sql = pg_translate(sql, &c->nparams)) ||
        (c->nparams > 0 && (!(c->vals = calloc((size_t)c->nparams, sizeof *c->vals)) ||
                            !(c->ints = calloc((size_t)c->nparams, 1))))) {
        if (c) {
            free(c->sql);
            free(c->vals);
        }
        free(c);
        pg_fail(s, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    c->s = s;
    c->readonly = readonly;
    return c;
}

int pg_cursor_nparams(pg_cursor *c) { return c->nparams; }

int pg_cursor_bind(pg_cursor *c, int i, const char *text, int integer)
{
    char *v = NULL;
    if (i < 1 || i > c->nparams)
        return -1;
    if (text && !(v = dz_strdup(text)))
        return -1;
    free(c->vals[i - 1]);
    c->vals[i - 1] = v;
    c->ints[i - 1] = (char)(integer != 0);
    return 0;
}

/* The number of the parameter a "could not determine data type of
** parameter $N" error names, or 0. */
static int indeterminate_param(PGresult *res)
{
    const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
    const char *d;
    if (!state || (strcmp(state, "42P08") && strcmp(state, "42P18")) || !msg || !(d = strrchr(msg, '$')))
        return 0;
    return (int)strtol(d + 1, NULL, 10);
}

/* Whether user SQL starts with a statement that would change the session
** rather than read: transaction control (the read-only transaction it
** runs in is ours), settings (SET statement_timeout would lift a
** sandbox's deadline), locks, notifications, prepared statements, and
** upkeep that writes though the transaction is read-only (ANALYZE). */
static int session_statement(const char *sql)
{
    static const char *const words[] = {
        "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT",
        "RELEASE", "SET", "RESET", "DISCARD", "PREPARE", "EXECUTE",
        "DEALLOCATE", "LISTEN", "UNLISTEN", "NOTIFY", "LOCK", "LOAD",
        "ANALYZE", "ANALYSE", "VACUUM", "CLUSTER", "REINDEX", "CHECKPOINT",
        "REFRESH", NULL
    };
    const char *p = skip_space(sql);
    size_t n = 0, i;
    for (;;) {                          /* comments before it */
        if (p[0] == '-' && p[1] == '-')
            p = strchr(p, '\n') ? skip_space(strchr(p, '\n')) : p + strlen(p);
        else if (p[0] == '/' && p[1] == '*')
            p = strstr(p + 2, "*/") ? skip_space(strstr(p + 2, "*/") + 2) : p + strlen(p);
        else
            break;
    }
    while (isalpha((unsigned char)p[n]))
        n++;
    for (i = 0; words[i]; i++)
        if (word_is(p, n, words[i]))
            return 1;
    return 0;
}

/* Run the statement: the parameters' types are left to the server to
** infer from their use, as SQLite's are loose; a number not named in the
** text is sent as text (it would have no type). User SQL runs in a
** read-only transaction of its own (or the open one, read-only by then). */
static int cursor_run(pg_cursor *c)
{
    struct dz_pg *s = c->s;
    PGconn *conn = s->conn;
    unsigned int *types = NULL;
    ExecStatusType st;
    int i, own = 0, rc, typed_ints = 0;
    if (c->readonly && session_statement(c->sql)) {
        pg_fail(s, DOSSIER_MISUSE, "sql: read-only: SELECT and the like only;"
                " use the articles and entities modules to change the corpus");
        return -1;
    }
    if ((rc = s->in_txn ? flush(s) : writer_wait(s)))
        return -1;
    if (c->nparams > 0) {
        char *seen = calloc((size_t)c->nparams + 1, 1);
        const char *p = c->sql;
        types = calloc((size_t)c->nparams, sizeof *types);
        if (!seen || !types) {
            free(seen);
            free(types);
            pg_fail(s, DOSSIER_NOMEM, "out of memory");
            return -1;
        }
        while ((p = strchr(p, '$'))) {
            int k = (int)strtol(p + 1, NULL, 10);
            if (k >= 1 && k <= c->nparams)
                seen[k] = 1;
            p++;
        }
        for (i = 0; i < c->nparams; i++)
            types[i] = seen[i + 1] ? 0 : OID_TEXT;
        free(seen);
        /* user SQL: a Lua integer is a bigint ("SELECT ? AS v" gives 3
        ** back, not '3'), unless the statement cannot take one (below) */
        for (i = 0; c->readonly && i < c->nparams; i++)
            if (types[i] == 0 && c->ints[i])
                types[i] = OID_INT8, typed_ints = 1;
    }
    if (c->readonly) {
        own = PQtransactionStatus(conn) == PQTRANS_IDLE;
        if (pq_run(s, conn, own ? "BEGIN READ ONLY" : "SET TRANSACTION READ ONLY",
                   "sql") != DOSSIER_OK && !own) {
            /* inside a transaction that has written: refuse */
            free(types);
            pg_fail(s, DOSSIER_MISUSE, "sql: read-only: SELECT only");
            return -1;
        }
    }
    for (;;) {
        int k;
        c->res = PQexecParams(conn, c->sql, c->nparams, types,
                              (const char *const *)c->vals, NULL, NULL, 0);
        st = PQresultStatus(c->res);
        /* a parameter first met where nothing gives it a type ("?1 IS
        ** NULL OR e.type = ?1"): give it its bound type and run again
        ** (the error comes from the parser: nothing ran) */
        if (st == PGRES_FATAL_ERROR && typed_ints && own) {
            /* user SQL whose integers could not be bigints ("name = ?"
            ** given 3): as the server reads them, like the queries' */
            typed_ints = 0;
            for (i = 0; i < c->nparams; i++)
                if (types[i] == OID_INT8)
                    types[i] = 0;
            PQclear(c->res);
            PQclear(PQexec(conn, "ROLLBACK; BEGIN READ ONLY"));
            continue;
        }
        if (st != PGRES_FATAL_ERROR || !types ||
            (k = indeterminate_param(c->res)) < 1 || k > c->nparams ||
            types[k - 1] != 0)
            break;
        types[k - 1] = c->ints[k - 1] ? OID_INT8 : OID_TEXT;
        PQclear(c->res);
        if (own)
            PQclear(PQexec(conn, "ROLLBACK; BEGIN READ ONLY"));
    }
    free(types);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        const char *m = PQresultErrorField(c->res, PG_DIAG_MESSAGE_PRIMARY);
        if (c->readonly && m && strstr(m, "multiple commands")) {
            PQclear(c->res);            /* the message SQLite's path gives */
            pg_fail(s, DOSSIER_MISUSE, "sql: one statement at a time");
        } else if (c->readonly && m && strstr(m, "read-only transaction")) {
            PQclear(c->res);
            pg_fail(s, DOSSIER_MISUSE, "sql: read-only; use the articles and"
                    " entities modules to change the corpus");
        } else {
            pq_error(s, c->res, c->readonly ? "sql" : "query");
        }
        c->res = NULL;
        if (own)
            PQclear(PQexec(conn, "ROLLBACK"));
        return -1;
    }
    if (own)
        PQclear(PQexec(conn, "COMMIT"));
    c->nrows = PQntuples(c->res);
    c->row = -1;
    return 0;
}

int pg_cursor_step(pg_cursor *c)
{
    if (!c->started) {
        c->started = 1;
        if (cursor_run(c) != 0)
            return -1;
    }
    if (!c->res)
        return -1;
    if (c->row + 1 < c->nrows) {
        c->row++;
        return 1;
    }
    c->row = c->nrows;
    return 0;
}

int pg_cursor_ncols(pg_cursor *c)
{
    if (!c->started && pg_cursor_step(c) >= 0) {
        /* the columns are known once the statement ran: rewind */
        c->row = -1;
    }
    return c->res ? PQnfields(c->res) : 0;
}

const char *pg_cursor_name(pg_cursor *c, int i)
{
    return c->res ? PQfname(c->res, i) : NULL;
}

/* The value's type as SQLite names it (lbind.c converts by it). */
int pg_cursor_type(pg_cursor *c, int i)
{
    const char *v;
    if (!c->res || c->row < 0 || c->row >= c->nrows || PQgetisnull(c->res, c->row, i))
        return SQLITE_NULL;
    switch (PQftype(c->res, i)) {
    case OID_BOOL: case OID_INT2: case OID_INT4: case OID_INT8: case OID_OID:
        return SQLITE_INTEGER;
    case OID_FLOAT4: case OID_FLOAT8:
        return SQLITE_FLOAT;
    case OID_NUMERIC:
        v = PQgetvalue(c->res, c->row, i);
        return strpbrk(v, ".eEN") ? SQLITE_FLOAT : SQLITE_INTEGER;
    default:
        return SQLITE_TEXT;
    }
}

int64_t pg_cursor_int(pg_cursor *c, int i)
{
    const char *v;
    if (!c->res || c->row < 0 || c->row >= c->nrows || PQgetisnull(c->res, c->row, i))
        return 0;
    v = PQgetvalue(c->res, c->row, i);
    if (PQftype(c->res, i) == OID_BOOL)
        return v[0] == 't';
    if (strpbrk(v, ".eE"))
        return (int64_t)strtod(v, NULL);
    return strtoll(v, NULL, 10);
}

double pg_cursor_double(pg_cursor *c, int i)
{
    const char *v;
    if (!c->res || c->row < 0 || c->row >= c->nrows || PQgetisnull(c->res, c->row, i))
        return 0;
    v = PQgetvalue(c->res, c->row, i);
    if (PQftype(c->res, i) == OID_BOOL)
        return v[0] == 't';
    return strtod(v, NULL);
}

const char *pg_cursor_text(pg_cursor *c, int i, size_t *len)
{
    if (len)
        *len = 0;
    if (!c->res || c->row < 0 || c->row >= c->nrows || PQgetisnull(c->res, c->row, i))
        return NULL;
    if (len)
        *len = (size_t)PQgetlength(c->res, c->row, i);
    if (PQftype(c->res, i) == OID_BOOL)
        return PQgetvalue(c->res, c->row, i)[0] == 't' ? "1" : "0";
    return PQgetvalue(c->res, c->row, i);
}

void pg_cursor_free(pg_cursor *c)
{
    int i;
    if (!c)
        return;
    for (i = 0; i < c->nparams; i++)
        free(c->vals[i]);
    free(c->vals);
    free(c->ints);
    free(c->sql);
    PQclear(c->res);
    free(c);
}
