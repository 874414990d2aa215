/*
** ingest.c — the ingest driver: walk the paths (recursively, safe against
** symlink loops), read each input (gzip by its magic bytes, Latin-1 and
** broken UTF-8 turned into clean UTF-8, binary and oversized inputs
** refused), pick the parser by content, apply metadata in order of trust
** (the input's own values, a NAME.json sidecar, the caller's options, a
** date stated in the text), and store every input in one transaction so
** that an interrupted run leaves only whole articles. Duplicates (same
** content hash) are counted, not stored again.
*/
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <jansson.h>
#include <zlib.h>
#include "core/core.h"
#include "store/store.h"
#include "ingest/ingest.h"
#include "analysis/analyze.h"

/* The largest input (after gunzip) read into memory. Bigger inputs are
** refused with a message rather than risking the machine's memory. */
#define INGEST_MAX_BYTES ((size_t)64 << 20)

/* ---- reading and decoding --------------------------------------------------------*/

/* Windows-1252 code points for bytes 0x80..0x9F (0 where undefined);
** text labelled Latin-1 is nearly always cp1252 in practice. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Gunzip src into out, stopping with an error beyond INGEST_MAX_BYTES.
** Concatenated gzip members are all read. Returns 0 or -1 (message). */
static int gunzip(const unsigned char *src, size_t n, dz_buf *out,
                  char *err, size_t errlen)
{
    z_stream z;
    int zrc = Z_OK;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) {
        snprintf(err, errlen, "cannot start gzip decoder");
        return -1;
    }
    z.next_in = (unsigned char *)src;
    z.avail_in = n > UINT32_MAX ? UINT32_MAX : (uInt)n;
    for (;;) {
        if (dz_buf_reserve(out, 1 << 16) != 0) {
            inflateEnd(&z);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        z.next_out = (unsigned char *)out->data + out->len;
        z.avail_out = (uInt)(out->cap - out->len - 1);
        zrc = inflate(&z, Z_NO_FLUSH);
        out->len = (size_t)((char *)z.next_out - out->data);
        if (out->len > INGEST_MAX_BYTES) {
            inflateEnd(&z);
            snprintf(err, errlen, "too large: more than %zu MB after gunzip "
                     "(split the input)", INGEST_MAX_BYTES >> 20);
            return -1;
        }
        if (zrc == Z_STREAM_END) {
            if (z.avail_in > 0 && z.next_in[0] == 0x1f) {
                inflateReset(&z);            /* another gzip member */
                continue;
            }
            break;
        }
        if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
            inflateEnd(&z);
            snprintf(err, errlen, "corrupt gzip data: %s", z.msg ? z.msg : "error");
            return -1;
        }
        if (zrc == Z_BUF_ERROR && z.avail_in == 0) {
            inflateEnd(&z);
            snprintf(err, errlen, "truncated gzip data");
            return -1;
        }
    }
    inflateEnd(&z);
    out->data[out->len] = 0;
    return 0;
}

int ingest_gunzip(const unsigned char *src, size_t n, dz_buf *out,
                  char *err, size_t errlen)
{
    return gunzip(src, n, out, err, errlen);
}

/* Make in[0..n) clean UTF-8 in out. Text with no valid multi-byte
** sequence but high bytes is read as Latin-1 (cp1252); otherwise each
** invalid byte becomes U+FFFD. Control characters other than TAB, LF, CR
** and FF are dropped. Sets *repaired when anything changed. */
static int to_utf8(const char *in, size_t n, dz_buf *out, int *repaired)
{
    const unsigned char *p = (const unsigned char *)in, *end = p + n;
    size_t multi = 0, bad = 0, ctrl = 0, i;
    int latin1;
    for (i = 0; i < n;) {
        if (p[i] < 0x80) {
            /* eight bytes at a time while all are ASCII from space up: a
            ** byte's top bit is clear, and adding 0x60 to its low seven
            ** bits sets it */
            uint64_t x;
            while (i + 8 <= n && (memcpy(&x, p + i, 8),
                   !((x | ~((x & 0x7f7f7f7f7f7f7f7fULL) + 0x6060606060606060ULL)) &
                     0x8080808080808080ULL)))
                i += 8;
            if (i >= n || p[i] >= 0x80)
                continue;
            ctrl += p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
                    p[i] != '\r' && p[i] != '\f';
            i++;
            continue;
        }
        {
            int k = dz_utf8_seqlen(p + i, n - i);
            if (k > 1) {
                multi++;
                i += (size_t)k;
            } else {
                bad++;
                i++;
            }
        }
    }
    *repaired = bad > 0;
    if (!bad && !ctrl)                  /* clean already (nearly always) */
        return dz_buf_append(out, in, n) != 0 || dz_buf_append(out, "", 0) != 0
               ? -1 : 0;
    latin1 = bad > 0 && multi == 0;
    if (dz_buf_reserve(out, n + bad * 2 + 1) != 0)
        return -1;
    while (p < end) {
        unsigned char c = *p;
        char enc[4];
        if (c < 0x80) {
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f')
                out->data[out->len++] = (char)c;
            else
                *repaired = 1;
            p++;
            continue;
        }
        if (!latin1) {
            int k = dz_utf8_seqlen(p, (size_t)(end - p));
            if (k > 1) {
                if (dz_buf_append(out, (const char *)p, (size_t)k) != 0)
                    return -1;
                p += k;
                continue;
            }
            if (dz_buf_append(out, "\xEF\xBF\xBD", 3) != 0)
                return -1;
            p++;
            continue;
        }
        {
            int32_t cp = c >= 0xA0 ? c : cp1252_high[c - 0x80];
            if (!cp)
                cp = 0xFFFD;
            if (dz_buf_append(out, enc, (size_t)dz_utf8_encode(cp, enc)) != 0)
                return -1;
        }
        p++;
    }
    if (dz_buf_append(out, "", 0) != 0)
        return -1;
    return 0;
}

/* Read path into raw, refusing what is too large. */
static int read_raw(const char *path, dz_buf *raw, char *err, size_t errlen)
{
    FILE *f;
    struct stat st;
    char chunk[1 << 16];
    size_t k;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "cannot read: %s", strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "is a directory");
        return -1;
    }
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) {
        /* opening a pipe nobody writes to would wait for ever */
        snprintf(err, errlen, "is a pipe or socket, not a file");
        return -1;
    }
    if ((uint64_t)st.st_size > INGEST_MAX_BYTES) {
        snprintf(err, errlen, "too large: %.1f MB, the limit is %zu MB per input "
                 "(split the input)", st.st_size / 1048576.0, INGEST_MAX_BYTES >> 20);
        return -1;
    }
    if (!(f = fopen(path, "rb"))) {
        snprintf(err, errlen, "cannot open: %s", strerror(errno));
        return -1;
    }
    if (dz_buf_reserve(raw, (size_t)st.st_size + 1) != 0)
        goto nomem;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (raw->len + k > INGEST_MAX_BYTES) {
            fclose(f);
            snprintf(err, errlen, "too large: more than %zu MB", INGEST_MAX_BYTES >> 20);
            return -1;
        }
        if (dz_buf_append(raw, chunk, k) != 0)
            goto nomem;
    }
    if (ferror(f)) {
        fclose(f);
        snprintf(err, errlen, "read error: %s", strerror(errno));
        return -1;
    }
    fclose(f);
    if (dz_buf_append(raw, "", 0) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
nomem:
    fclose(f);
    snprintf(err, errlen, "out of memory");
    return -1;
}

int ingest_read_file(const char *path, dz_buf *out, int *repaired,
                     char *err, size_t errlen)
{
    dz_buf raw = { 0 }, plain = { 0 };
    const dz_buf *src = &raw;
    int rc = -1;
    *repaired = 0;
    if (read_raw(path, &raw, err, errlen) != 0)
        goto done;
    if (raw.len >= 2 && (unsigned char)raw.data[0] == 0x1f &&
        (unsigned char)raw.data[1] == 0x8b) {
        if (gunzip((const unsigned char *)raw.data, raw.len, &plain, err, errlen) != 0)
            goto done;
        dz_buf_free(&raw);
        src = &plain;
    }
    if (src->len == 0) {
        snprintf(err, errlen, "empty file");
        goto done;
    }
    if (memchr(src->data, 0, src->len)) {
        snprintf(err, errlen, "binary file (NUL bytes): skipped");
        goto done;
    }
    {
        size_t skip = src->len >= 3 && !memcmp(src->data, "\xEF\xBB\xBF", 3) ? 3 : 0;
        /* a page declaring its charset (windows-1251, shift_jis...) is
        ** converted from that charset rather than guessed at */
        int hd = dz_utf8_valid(src->data + skip, src->len - skip) ? 1 :
                 html_decode_declared(src->data + skip, src->len - skip, out);
        if (hd == 0)
            *repaired = 1;
        if (hd < 0 || (hd == 1 && to_utf8(src->data + skip, src->len - skip, out, repaired) != 0)) {
            snprintf(err, errlen, "out of memory");
            goto done;
        }
    }
    rc = 0;
done:
    dz_buf_free(&raw);
    dz_buf_free(&plain);
    return rc;
}

/* ---- format detection ---------------------------------------------------------------*/

static int ends_with_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

static const char *memfind_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle), i;
    for (i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            return s + i;
    return NULL;
}

/* Does the first line look like a CSV header naming a title or body? */
static int csv_header(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    size_t len = nl ? (size_t)(nl - s) : n;
    static const char *const cols[] = { "title", "body", "text", "headline", "content", NULL };
    int seps = 0, i, named = 0;
    size_t k;
    if (len > 2000)
        return 0;
    for (k = 0; k < len; k++)
        if (s[k] == ',' || s[k] == '\t' || s[k] == ';')
            seps++;
    if (seps == 0)
        return 0;
    for (i = 0; cols[i]; i++) {
        const char *f = memfind_ci(s, len, cols[i]);
        if (f) {
            size_t after = (size_t)(f - s) + strlen(cols[i]);
            int left_ok = f == s || strchr(",;\t\" ", f[-1]);
            int right_ok = after >= len || strchr(",;\t\"\r ", s[after]);
            if (left_ok && right_ok)
                named = 1;
        }
    }
    return named;
}

const char *ingest_detect(const char *data, size_t n, const char *name)
{
    const char *p = data, *end = data + n;
    size_t head;
    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        p += 3;
    while (p < end && isspace((unsigned char)*p))
        p++;
    head = (size_t)(end - p) < 4096 ? (size_t)(end - p) : 4096;
    if (p < end && *p == '<') {
        if (!strncmp(p, "<!DOCTYPE lewis", 15) || memfind_ci(p, head, "<REUTERS "))
            return "reuters-sgml";
        if (memfind_ci(p, head, "<rss") || memfind_ci(p, head, "<feed") ||
            memfind_ci(p, head, "<rdf:RDF"))
            return "rss";
        if (memfind_ci(p, head, "<!doctype html") || memfind_ci(p, head, "<html") ||
            memfind_ci(p, head, "<head") || memfind_ci(p, head, "<body") ||
            memfind_ci(p, head, "<p>") || memfind_ci(p, head, "<div") ||
            memfind_ci(p, head, "<article"))
            return "html";
        if (name && (ends_with_ci(name, ".rss") || ends_with_ci(name, ".atom") ||
                     ends_with_ci(name, ".xml")))
            return "rss";
        return "text";
    }
    if (p < end && *p == '{') {
        /* an object whose first key is a string: {"title": ... on one line
        ** (JSON lines), or spread over several (one JSON document) */
        const char *q = p + 1, *nl = memchr(p, '\n', (size_t)(end - p)), *le;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q < end && (*q == '\n' || *q == '\r'))
            return "json";
        if (q < end && (*q == '"' || *q == '}')) {
            if (!nl)
                return "jsonl";
            for (le = nl; le > p && isspace((unsigned char)le[-1]); le--)
                ;
            return le[-1] == '}' ? "jsonl" : "json";
        }
    }
    if (p < end && *p == '[') {
        const char *q = p + 1;
        while (q < end && isspace((unsigned char)*q))
            q++;
        if (q < end && (*q == '{' || *q == ']'))
            return "json";
    }
    if (p < end && csv_header(p, (size_t)(end - p)))
        return "csv";
    return "text";
}

/* ---- metadata ---------------------------------------------------------------------------*/

/* The sidecar of path: NAME.json beside it (path with .json appended, or
** with its extension replaced by .json). Returns the parsed object or
** NULL; a sidecar that exists but is not a JSON object sets err. */
static json_t *sidecar_load(const char *path, char *err, size_t errlen)
{
    char cand[2][4096];
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    const char *base = path;
    int i;
    size_t stem;
    if (ends_with_ci(path, ".json"))
        return NULL;
    if (ends_with_ci(path, ".gz")) {
        /* name.txt.gz: try name.txt.json, then name.json */
        stem = strlen(path) - 3;
        dot = NULL;
        {
            size_t j;
            for (j = stem; j > 0 && path[j - 1] != '/'; j--)
                if (path[j - 1] == '.') {
                    dot = path + j - 1;
                    break;
                }
        }
        snprintf(cand[0], sizeof cand[0], "%.*s.json", (int)stem, path);
    } else {
        snprintf(cand[0], sizeof cand[0], "%s.json", path);
    }
    if (slash)
        base = slash + 1;
    if (dot && dot > base)
        snprintf(cand[1], sizeof cand[1], "%.*s.json", (int)(dot - path), path);
    else
        cand[1][0] = 0;
    for (i = 0; i < 2; i++) {
        json_error_t je;
        json_t *o;
        struct stat st;
        if (!cand[i][0] || stat(cand[i], &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (st.st_size > (1 << 20)) {
            const char *b = strrchr(cand[i], '/');
            snprintf(err, errlen, "sidecar %.200s: larger than 1 MB", b ? b + 1 : cand[i]);
            return NULL;
        }
        o = json_load_file(cand[i], 0, &je);
        if (o && !json_is_object(o)) {
            json_decref(o);                 /* data of its own, not metadata */
            continue;
        }
        if (!o) {
            const char *b = strrchr(cand[i], '/');
            snprintf(err, errlen, "sidecar %.200s: %.200s", b ? b + 1 : cand[i], je.text);
            return NULL;
        }
        return o;
    }
    return NULL;
}

/* Does the file hold one small JSON object (metadata) rather than data
** (an array, JSON lines, anything large)? */
static int sidecar_shaped(const char *path)
{
    struct stat st;
    json_error_t je;
    json_t *o;
    int yes;
    /* a FIFO named x.json would block the open for ever */
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (1 << 20))
        return 0;
    o = json_load_file(path, 0, &je);
    yes = o && json_is_object(o);
    json_decref(o);
    return yes || !o;       /* a broken one is reported as a broken sidecar */
}

/* Is names[i] (a sorted folder listing of full paths) the sidecar of
** another entry: x.txt.json beside x.txt, or x.json beside x.<anything>? */
static int is_sidecar(char **names, int n, int i)
{
    const char *nm = names[i];
    size_t len = strlen(nm), stem = len - 5;
    int lo = 0, hi = n;
    if (!ends_with_ci(nm, ".json"))
        return 0;
    /* the first entry that starts with nm[0..stem) */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (strncmp(names[mid], nm, stem) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < n && !strncmp(names[lo], nm, stem); lo++) {
        const char *rest = names[lo] + stem;
        if (lo != i && (*rest == 0 || (*rest == '.' && !ends_with_ci(rest, ".json"))))
            return sidecar_shaped(nm);
    }
    return 0;
}

/* A string value of obj[key] (strings, numbers), in the arena. */
static const char *side_str(dz_arena *ar, json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    if (json_is_string(v))
        return json_string_length(v) ? dz_arena_strdup(ar, json_string_value(v)) : NULL;
    if (json_is_number(v)) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%g", json_number_value(v));
        return dz_arena_strdup(ar, tmp);
    }
    return NULL;
}

/* A date stated at the top of the text: "Published April 23, 2024", a
** dateline "LONDON, April 23, 2024 (Reuters) - ...", or a first line that
** is a date. Writes an ISO date to out; -1 when none. */
static int text_date(const char *body, char out[11])
{
    const char *nl, *dash;
    size_t n;
    if (!body)
        return -1;
    while (*body == ' ' || *body == '\n')
        body++;
    nl = strchr(body, '\n');
    n = nl ? (size_t)(nl - body) : strlen(body);
    if (n > 240)
        n = 240;
    if (!strncasecmp(body, "published", 9) || !strncasecmp(body, "updated", 7) ||
        !strncasecmp(body, "posted", 6) || n <= 40)
        return dz_date_find(body, n, out);
    /* a dateline ends with a dash before the story */
    dash = NULL;
    {
        size_t i;
        for (i = 0; i + 3 <= n && !dash; i++)
            if (!memcmp(body + i, " - ", 3) || !memcmp(body + i, " \xE2\x80\x94", 4) ||
                !memcmp(body + i, " \xE2\x80\x93", 4) || !memcmp(body + i, " -- ", 4))
                dash = body + i;
    }
    if (dash && dash - body <= 80)
        return dz_date_find(body, (size_t)(dash - body), out);
    return -1;
}

/* Normalise an option or sidecar date to ISO; -1 when unreadable. */
static int any_date(const char *s, char out[11])
{
    return s ? dz_date_find(s, strlen(s) < 64 ? strlen(s) : 64, out) : -1;
}

/* Apply metadata to the parsed articles, in order of trust: the input's
** own values stay; then the sidecar, the options, a date in the text.
** Page-level values (url, title, dek, ...) go to the main article only
** (or to the only record of a structured input; whole is 0 when l is one
** batch of a longer input); teasers and links of a page keep an unknown
** date rather than borrowing the page's. Returns 0, -1 on no memory. */
static int apply_meta(dz_doclist *l, json_t *side, const dossier_ingest_opts *o,
                      int is_page, int whole)
{
    char sdate[11] = "", odate[11] = "";
    const char *s_url = NULL, *s_source = NULL, *s_title = NULL, *s_dek = NULL;
    const char *s_section = NULL, *s_region = NULL, *s_byline = NULL;
    const char *s_meta = NULL;
    int i, main_done = 0, narticles = whole ? 0 : 2;

    if (side) {
        json_t *rest = json_object(), *v;
        const char *key;
        const char *d = side_str(&l->arena, side, "published");
        if (!d)
            d = side_str(&l->arena, side, "date");
        if (d)
            any_date(d, sdate);
        s_url = side_str(&l->arena, side, "url");
        s_source = side_str(&l->arena, side, "source");
        if (!s_source)
            s_source = side_str(&l->arena, side, "site");
        s_title = side_str(&l->arena, side, "title");
        s_dek = side_str(&l->arena, side, "dek");
        s_section = side_str(&l->arena, side, "section");
        s_region = side_str(&l->arena, side, "region");
        s_byline = side_str(&l->arena, side, "author");
        if (!s_byline)
            s_byline = side_str(&l->arena, side, "byline");
        if (!rest)
            return -1;
        json_object_foreach(side, key, v) {
            static const char *const known[] = { "published", "date", "url", "source",
                "site", "title", "dek", "section", "region", "author", "byline", NULL };
            int k, skip = 0;
            for (k = 0; known[k]; k++)
                if (!strcmp(key, known[k]))
                    skip = 1;
            if (!skip)
                json_object_set(rest, key, v);
        }
        if (json_object_size(rest)) {
            char *t = json_dumps(rest, JSON_COMPACT | JSON_PRESERVE_ORDER);
            if (t)
                s_meta = dz_arena_strdup(&l->arena, t);
            free(t);
        }
        json_decref(rest);
    }
    if (o && o->date)
        any_date(o->date, odate);

    for (i = 0; i < l->n && whole; i++)
        if (!l->items[i].kind || !strcmp(l->items[i].kind, "article"))
            narticles++;
    for (i = 0; i < l->n; i++) {
        dossier_article *a = &l->items[i];
        int is_article = !a->kind || !strcmp(a->kind, "article");
        /* page-level values describe one article: the page's main one, or
        ** the only record of a structured input */
        int is_main = is_article && !main_done && (is_page || narticles == 1);
        char tdate[11];
        if (!a->source)
            a->source = s_source ? s_source : (o ? o->source : NULL);
        if (is_main) {
            main_done = 1;
            if (!a->url)
                a->url = s_url ? s_url : (o ? o->url : NULL);
            if (s_title && !a->title) a->title = s_title;
            if (s_dek && !a->dek) a->dek = s_dek;
            if (s_section && !a->section) a->section = s_section;
            if (s_region && !a->region) a->region = s_region;
            if (s_byline && !a->byline) a->byline = s_byline;
            if (s_meta && !a->meta) a->meta = s_meta;
        }
        if (!is_article)
            continue;
        if (a->published && a->date_source && !strcmp(a->date_source, "meta"))
            continue;
        if (sdate[0] && (is_main || !is_page)) {
            if (!(a->published = dz_arena_strdup(&l->arena, sdate)))
                return -1;
            a->date_source = "sidecar";
        } else if (odate[0] && (is_main || !is_page)) {
            if (!(a->published = dz_arena_strdup(&l->arena, odate)))
                return -1;
            a->date_source = "option";
        } else if (a->published && a->date_source && !strcmp(a->date_source, "inferred")) {
            continue;
        } else if (text_date(a->body, tdate) == 0) {
            if (!(a->published = dz_arena_strdup(&l->arena, tdate)))
                return -1;
            a->date_source = "inferred";
        } else {
            a->published = NULL;
            a->date_source = "unknown";
        }
    }
    return 0;
}

/* ---- storing one input -------------------------------------------------------------------*/

/* Hash of an input's bytes on disk, for the page record. */
static void hash_file(const char *path, char out[33])
{
    uint64_t h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL;
    unsigned char buf[1 << 16];
    size_t n, i;
    FILE *f = fopen(path, "rb");
    while (f && (n = fread(buf, 1, sizeof buf, f)) > 0)
        for (i = 0; i < n; i++) {
            h1 = (h1 ^ buf[i]) * 0x100000001b3ULL;
            h2 = (h2 ^ buf[i]) * 0x100000001b3ULL + (h1 >> 29);
        }
    if (f)
        fclose(f);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h1, (unsigned long long)h2);
}

/* The input formats and their parsers: one table for validating
** --format, dispatching and listing the formats in messages. */
typedef int (*parse_fn)(const char *data, size_t n, dz_doclist *out,
                        char *err, size_t errlen);
static const struct ingest_format {
    const char *name;
    parse_fn parse;
} formats[] = {
    { "text", page_parse_text },    /* text copied from a rendered page */
    { "html", html_parse },
    { "rss", feed_parse },          /* RSS, Atom or RDF */
    { "atom", feed_parse },
    { "jsonl", jsonl_parse },
    { "json", json_parse },         /* one article or an array of them */
    { "csv", csv_parse },           /* with a header row */
};
#define NFORMATS (int)(sizeof formats / sizeof formats[0])

/* The format named name, or NULL. */
static const struct ingest_format *format_named(const char *name)
{
    int i;
    for (i = 0; i < NFORMATS; i++)
        if (!strcmp(formats[i].name, name))
            return &formats[i];
    return NULL;
}

const char *ingest_format_list(char *out, size_t n)
{
    size_t used;
    int i;
    used = (size_t)snprintf(out, n, "auto");
    for (i = 0; i < NFORMATS && used < n; i++)
        used += (size_t)snprintf(out + used, n - used, ", %s", formats[i].name);
    return out;
}

/* Parse data as fmt (detected or chosen) into l; main_after is the text
** pages' marker (dossier_ingest_opts). 0, or -1 with err set. */
static int parse_as(const char *fmt, const char *data, size_t n,
                    const char *main_after, dz_doclist *l, char *err,
                    size_t errlen)
{
    const struct ingest_format *f = format_named(fmt);
    if (f && f->parse == page_parse_text)
        return page_parse_text_after(data, n, main_after, l, err, errlen);
    if (f)
        return f->parse(data, n, l, err, errlen);
    if (!strcmp(fmt, "reuters-sgml")) {
        /* an SGML collection, not a page: the Lua importer reads it */
        snprintf(err, errlen, "this is Reuters-21578 SGML; load it with "
                 "examples/import_reuters.lua");
        return -1;
    }
    {
        char list[128];
        snprintf(err, errlen, "unknown format '%s' (%s)", fmt,
                 ingest_format_list(list, sizeof list));
    }
    return -1;
}

/* What one input is being stored as: its page record (made on first use,
** inside the input's transaction) and what was added. */
typedef struct input {
    dossier *d;
    const char *path, *fmt;
    char hash[33];
    int64_t page, added, dups;
    int64_t size;           /* bytes on disk, for progress */
    int seq;
    size_t max_article;     /* bodies larger than this are refused */
    int64_t refused, rules_only;
    char refused_msg[300];  /* why the first refused article was */
} input;

/* Refuse article a (number seq in its input) when its body is over the
** input's limit: counted, the first one described. Returns 1 if refused. */
static int article_too_big(input *in, const dossier_article *a, int seq)
{
    size_t n = a->body ? strlen(a->body) : 0;
    if (n <= in->max_article)
        return 0;
    if (in->refused++ == 0)
        snprintf(in->refused_msg, sizeof in->refused_msg,
                 "article %d (%.60s): body of %.1f MB is over the %.1f MB "
                 "limit for one article: not stored (split it, or raise the "
                 "limit with --max-article)", seq + 1,
                 a->title && *a->title ? a->title : "untitled",
                 n / 1048576.0, in->max_article / 1048576.0);
    return 1;
}

/* Start storing a batch of parsed articles inside the input's open
** transaction (core/pipeline.c): the articles are inserted and the new
** ones queued for analysis; *out is the batch to end with batch_end (NULL
** when nothing is to be saved). The input's page record is made before its
** first article. Returns a DOSSIER_ code (message in d). */
static int batch_begin(input *in, dz_doclist *l, dz_batch **out)
{
    dossier *d = in->d;
    int i, rc, seq = in->seq;

    *out = NULL;
    for (i = 0; i < l->n; i++)        /* over the size limit: not stored */
        if (article_too_big(in, &l->items[i], in->seq + i))
            l->items[i].title = l->items[i].body = NULL;
    for (i = 0; i < l->n; i++)        /* the first article that will be kept */
        if ((l->items[i].title && *l->items[i].title) ||
            (l->items[i].body && *l->items[i].body))
            break;
    in->seq += l->n;
    if (i == l->n)
        return DOSSIER_OK;
    if (!in->page) {
        const dossier_article *a = &l->items[i];
        if (d->interrupted)
            return dz_error(d, DOSSIER_INTERRUPTED, "interrupted");
        rc = store_page_add(&d->store, in->path,
                            a->url && !strcmp(in->fmt, "text") ? a->url : NULL,
                            in->fmt, in->hash, &in->page);
        if (rc != DOSSIER_OK)
            return rc;
    }
    return pipeline_begin(d, in->page, seq, l->items, l->n, &in->dups, out);
}

/* Save the analyses of batch b (from batch_begin; NULL: nothing) in order,
** and free it. Returns a DOSSIER_ code (message in d). */
static int batch_end(input *in, dz_batch *b)
{
    dossier *d = in->d;
    int64_t before = in->added;
    int rc = pipeline_end(d, b, &in->added);
    /* the name tagger did not load: these names come from rules alone */
    if (rc == DOSSIER_OK && d->model_state == -1 &&
        !(d->ner_model && !strcmp(d->ner_model, "none")))
        in->rules_only += in->added - before;
    return rc;
}

/* Store a batch of parsed articles inside the input's open transaction,
** analysing each new one. Returns a DOSSIER_ code (message in d). */
static int store_batch(input *in, dz_doclist *l)
{
    dz_batch *b;
    int rc = batch_begin(in, l, &b);
    if (rc != DOSSIER_OK)
        return rc;
    return batch_end(in, b);
}

/* The first bytes of an input (gunzipped), to detect its format. Returns
** the byte count (0 for an empty input) or -1 with a message. */
static int peek(const char *path, char *buf, int cap, char *err, size_t errlen)
{
    gzFile g = gzopen(path, "rb");
    int n, e;
    if (!g) {
        snprintf(err, errlen, "cannot open: %s", strerror(errno));
        return -1;
    }
    n = gzread(g, buf, (unsigned)cap);
    if (n < 0) {
        const char *m = gzerror(g, &e);
        snprintf(err, errlen, "corrupt gzip data: %s", m ? m : "error");
    }
    gzclose(g);
    return n;
}

/* The longest JSON line read; longer ones fail the input. */
#define INGEST_MAX_LINE ((size_t)16 << 20)
/* Records parsed before they are stored, when streaming. */
#define INGEST_BATCH 256

/* Save the full batch *pending (NULL: none) of a JSON lines input, free it
** and its articles (*held), and show the progress. Returns a DOSSIER_ code
** (message in the handle). */
static int end_pending(input *in, dz_batch **pending, dz_doclist *held,
                       const dossier_ingest_opts *o, gzFile g)
{
    int rc;
    if (!*pending && !held->n)
        return DOSSIER_OK;
    rc = batch_end(in, *pending);
    *pending = NULL;
    doclist_free(held);
    if (rc == DOSSIER_OK && o && o->on_batch)
        o->on_batch(o->ctx, in->path, in->added, (int64_t)gzoffset(g), in->size);
    return rc;
}

/* Stream a JSON lines input (plain or gzip) line by line into the open
** transaction, in batches, so memory stays bounded however large the file
** is. Returns a DOSSIER_ code with the message in msg. */
static int stream_jsonl(input *in, json_t *side, const dossier_ingest_opts *o,
                        int *repaired, char *msg, size_t msglen)
{
    gzFile g = gzopen(in->path, "rb");
    char *chunk = NULL;
    dz_buf line = { 0 }, utf = { 0 };
    dz_doclist l, held;         /* being parsed; being analysed (pending) */
    dz_batch *pending = NULL;
    int64_t lineno = 0;
    int records = 0, batches = 0, rc = DOSSIER_OK, eof = 0;
    memset(&l, 0, sizeof l);
    memset(&held, 0, sizeof held);
    if (!g) {
        snprintf(msg, msglen, "cannot open: %s", strerror(errno));
        return DOSSIER_IO;
    }
    gzbuffer(g, 1 << 17);
    if (!(chunk = malloc(1 << 16))) {
        rc = DOSSIER_NOMEM;
        goto nomem;
    }
    while (!eof) {
        int n = gzread(g, chunk, 1 << 16), e, k = 0;
        if (n < 0) {
            const char *m = gzerror(g, &e);
            snprintf(msg, msglen, "corrupt gzip data: %s", m ? m : "error");
            rc = DOSSIER_IO;
            goto done;
        }
        if (n == 0) {
            /* zlib ends a stream cut short (at a flush point, say) like a
            ** whole one, with Z_BUF_ERROR left in gzerror: that is a loss */
            const char *m = gzerror(g, &e);
            if (e != Z_OK) {
                snprintf(msg, msglen, "truncated or corrupt gzip data: %s",
                         m && *m ? m : "unexpected end of file");
                rc = DOSSIER_IO;
                goto done;
            }
            eof = 1;
        }
        while (k < n || (eof && line.len > 0)) {
            char *nl = k < n ? memchr(chunk + k, '\n', (size_t)(n - k)) : NULL;
            size_t take = nl ? (size_t)(nl - (chunk + k)) : (size_t)(n - k);
            int rep = 0, r;
            if (take && dz_buf_append(&line, chunk + k, take) != 0)
                goto nomem;
            k += (int)take;
            if (line.len > INGEST_MAX_LINE) {
                snprintf(msg, msglen, "line %lld is longer than %zu MB: refused",
                         (long long)lineno + 1, INGEST_MAX_LINE >> 20);
                rc = DOSSIER_ERROR;
                goto done;
            }
            if (!nl && !eof)
                break;                      /* the line goes on in the next chunk */
            if (nl)
                k++;
            lineno++;
            if (line.len && memchr(line.data, 0, line.len)) {
                snprintf(msg, msglen, "binary data (NUL bytes) on line %lld",
                         (long long)lineno);
                rc = DOSSIER_ERROR;
                goto done;
            }
            utf.len = 0;
            if (to_utf8(line.data ? line.data : "", line.len, &utf, &rep) != 0)
                goto nomem;
            *repaired |= rep;
            line.len = 0;
            r = jsonl_parse_line(utf.data, utf.len, lineno, &l, msg, msglen);
            if (r < 0) {
                char tmp[256];
                snprintf(tmp, sizeof tmp, "%s", msg);
                snprintf(msg, msglen, "jsonl: %s", tmp);
                rc = DOSSIER_ERROR;
                goto done;
            }
            records += r == 0;
            if (l.n >= INGEST_BATCH) {
                /* the batch before was analysed while this one was parsed:
                ** save it, then start this one, whose analysis runs while
                ** the next is parsed (the writes keep their order) */
                if (apply_meta(&l, side, o, 0, 0) != 0)
                    goto nomem;
                if ((rc = end_pending(in, &pending, &held, o, g)) != DOSSIER_OK)
                    goto db;
                if ((rc = batch_begin(in, &l, &pending)) != DOSSIER_OK)
                    goto db;
                held = l;
                memset(&l, 0, sizeof l);
                batches++;
            }
        }
    }
    if ((rc = end_pending(in, &pending, &held, o, g)) != DOSSIER_OK)
        goto db;
    if (records == 0) {
        snprintf(msg, msglen, "jsonl: no JSON records");
        rc = DOSSIER_ERROR;
        goto done;
    }
    if (l.n > 0) {
        if (apply_meta(&l, side, o, 0, batches == 0) != 0)
            goto nomem;
        if ((rc = store_batch(in, &l)) != DOSSIER_OK)
            goto db;
    }
    goto done;
db:
    snprintf(msg, msglen, "%s", dossier_errmsg(in->d));
    goto done;
nomem:
    snprintf(msg, msglen, "out of memory");
    rc = DOSSIER_NOMEM;
done:
    pipeline_cancel(pending);           /* before the texts it reads */
    gzclose(g);
    free(chunk);
    dz_buf_free(&line);
    dz_buf_free(&utf);
    doclist_free(&l);
    doclist_free(&held);
    return rc;
}

/* Ingest one file in one transaction. Adds to st; returns a DOSSIER_ code
** with the message in d (and in msg for the callback). */
static int ingest_one(dossier *d, const char *path, const dossier_ingest_opts *o,
                      dossier_ingest_stats *st, char *msg, size_t msglen)
{
    dz_buf text = { 0 };
    dz_doclist l;
    json_t *side = NULL;
    const char *fmt;
    char head[4096];
    int repaired = 0, rc = DOSSIER_OK, in_tx = 0, nhead;
    struct stat sb;
    input in;

    memset(&l, 0, sizeof l);
    memset(&in, 0, sizeof in);
    msg[0] = 0;
    if (stat(path, &sb) == 0) {
        st->bytes += (int64_t)sb.st_size;
        in.size = (int64_t)sb.st_size;
    }
    /* the format, from the first bytes */
    nhead = peek(path, head, (int)sizeof head - 1, msg, msglen);
    if (nhead < 0) {
        rc = DOSSIER_IO;
        goto done;
    }
    if (nhead == 0) {
        snprintf(msg, msglen, "empty file");
        rc = DOSSIER_IO;
        goto done;
    }
    if (memchr(head, 0, (size_t)nhead)) {
        snprintf(msg, msglen, "binary file (NUL bytes): skipped");
        rc = DOSSIER_IO;
        goto done;
    }
    head[nhead] = 0;
    fmt = o && o->format && *o->format && strcmp(o->format, "auto")
        ? o->format : ingest_detect(head, (size_t)nhead, path);
    side = sidecar_load(path, msg, msglen);
    if (!side && msg[0]) {
        rc = DOSSIER_ERROR;
        goto done;
    }
    in.d = d;
    in.path = path;
    in.fmt = fmt;
    in.max_article = o && o->max_article_bytes ? o->max_article_bytes
                                               : DOSSIER_MAX_ARTICLE_BYTES;
    hash_file(path, in.hash);
    if (!strcmp(fmt, "jsonl")) {
        /* JSON lines stream in bounded memory, whatever their size */
        if ((rc = store_begin(&d->store)) != DOSSIER_OK)
            goto fail_db;
        in_tx = 1;
        rc = stream_jsonl(&in, side, o, &repaired, msg, msglen);
        if (repaired)
            st->repaired_utf8++;
        if (rc != DOSSIER_OK)
            goto fail;
    } else {
        if (ingest_read_file(path, &text, &repaired, msg, msglen) != 0) {
            rc = DOSSIER_IO;
            goto done;
        }
        if (repaired)
            st->repaired_utf8++;
        if (parse_as(fmt, text.data, text.len, o ? o->main_after : NULL, &l, msg, msglen) != 0) {
            char tmp[256];
            snprintf(tmp, sizeof tmp, "%s", msg);
            snprintf(msg, msglen, "%s: %s", fmt, tmp);
            rc = DOSSIER_ERROR;
            goto done;
        }
        if (apply_meta(&l, side, o, !strcmp(fmt, "text") || !strcmp(fmt, "html"), 1) != 0) {
            snprintf(msg, msglen, "out of memory");
            rc = DOSSIER_NOMEM;
            goto done;
        }
        if ((rc = store_begin(&d->store)) != DOSSIER_OK)
            goto fail_db;
        in_tx = 1;
        if ((rc = store_batch(&in, &l)) != DOSSIER_OK)
            goto fail_db;
    }
    /* nothing new: keep no page record either, so a re-run leaves the
    ** database as it was */
    rc = in.added == 0 ? store_rollback(&d->store) : store_commit(&d->store);
    in_tx = 0;
    if (rc != DOSSIER_OK)
        goto fail_db;
    st->articles_added += in.added;
    st->duplicates += in.dups;
    if (l.note)                     /* how the page was split, for --verbose */
        snprintf(msg, msglen, "%s", l.note);
    st->articles_refused += in.refused;
    st->rules_only += in.rules_only;
    if (in.refused) {
        /* the rest of the input went in; the refused ones are a loss the
        ** caller must hear of */
        if (in.refused == 1)
            snprintf(msg, msglen, "%s", in.refused_msg);
        else
            snprintf(msg, msglen, "%lld articles too large, the first: %s",
                     (long long)in.refused, in.refused_msg);
        rc = DOSSIER_TOOBIG;
    }
    goto done;
fail_db:
    snprintf(msg, msglen, "%s", dossier_errmsg(d));
fail:
    if (in_tx)
        store_rollback(&d->store);      /* keeps the message */
done:
    if (rc != DOSSIER_OK && rc != DOSSIER_INTERRUPTED)
        dz_error(d, rc, "%s: %s", path, msg);
    json_decref(side);
    doclist_free(&l);
    dz_buf_free(&text);
    return rc;
}

/* ---- walking paths ------------------------------------------------------------------------*/

typedef struct walk {
    char **files;
    int n, cap;
    struct { dev_t dev; ino_t ino; } *dirs;   /* folders entered (loop guard) */
    int ndirs, capdirs;
    int64_t bytes;
    char **skipped;         /* "path\tmessage": named or found, not read */
    int nskipped, capskipped;
} walk;

/* Remember that path was found but cannot be read (msg says why), to be
** reported as a failed input rather than dropped in silence. */
static int walk_skip(walk *w, const char *path, const char *msg)
{
    size_t len = strlen(path) + strlen(msg) + 2;
    char *e;
    if (DZ_VEC_PUSH(w->skipped, w->nskipped, w->capskipped) != 0 || !(e = malloc(len)))
        return -1;
    snprintf(e, len, "%s\t%s", path, msg);
    w->skipped[w->nskipped++] = e;
    return 0;
}

/* What a path that is not a folder nor a regular file is, for messages. */
static const char *special_kind(mode_t m)
{
    return S_ISFIFO(m) ? "a pipe (FIFO)" : S_ISSOCK(m) ? "a socket" :
           S_ISCHR(m) ? "a character device" : S_ISBLK(m) ? "a block device" :
           "not a regular file";
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect the input files under path (sorted, hidden files and sidecars
** left out). Returns 0, -1 on no memory; unreadable folders, folders too
** deep, pipes, sockets and devices are listed in w->skipped. */
static int walk_add(walk *w, const char *path, int depth)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return depth == 0 ? walk_skip(w, path, strerror(errno)) : 0;
    if (S_ISDIR(st.st_mode)) {
        DIR *dir;
        struct dirent *e;
        char **names = NULL;
        int n = 0, cap = 0, i, rc = 0;
        for (i = 0; i < w->ndirs; i++)
            if (w->dirs[i].dev == st.st_dev && w->dirs[i].ino == st.st_ino)
                return 0;                   /* been here: a symlink loop */
        if (depth > 64)
            return walk_skip(w, path, "folders nested more than 64 deep: not read");
        if (DZ_VEC_PUSH(w->dirs, w->ndirs, w->capdirs) != 0)
            return -1;
        w->dirs[w->ndirs].dev = st.st_dev;
        w->dirs[w->ndirs].ino = st.st_ino;
        w->ndirs++;
        if (!(dir = opendir(path))) {
            char m[300];
            snprintf(m, sizeof m, "cannot read the folder: %s", strerror(errno));
            return walk_skip(w, path, m);
        }
        while ((e = readdir(dir))) {
            size_t len;
            char *full;
            if (e->d_name[0] == '.')
                continue;
            len = strlen(path) + strlen(e->d_name) + 2;
            if (!(full = malloc(len)) || DZ_VEC_PUSH(names, n, cap) != 0) {
                free(full);
                rc = -1;
                break;
            }
            snprintf(full, len, "%s%s%s", path,
                     path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
            names[n++] = full;
        }
        closedir(dir);
        qsort(names, (size_t)n, sizeof *names, cmp_str);
        for (i = 0; i < n && rc == 0; i++)
            if (!is_sidecar(names, n, i))
                rc = walk_add(w, names[i], depth + 1);
        for (i = 0; i < n; i++)
            free(names[i]);
        free(names);
        return rc;
    }
    if (!S_ISREG(st.st_mode)) {
        /* opening a pipe nobody writes to would wait for ever */
        char m[100];
        snprintf(m, sizeof m, "%s, not a file: not read", special_kind(st.st_mode));
        return walk_skip(w, path, m);
    }
    if (DZ_VEC_PUSH(w->files, w->n, w->cap) != 0)
        return -1;
    if (!(w->files[w->n] = dz_strdup(path)))
        return -1;
    w->n++;
    w->bytes += (int64_t)st.st_size;
    return 0;
}

static void walk_free(walk *w)
{
    int i;
    for (i = 0; i < w->n; i++)
        free(w->files[i]);
    free(w->files);
    free(w->dirs);
    for (i = 0; i < w->nskipped; i++)
        free(w->skipped[i]);
    free(w->skipped);
}

int dossier_ingest(dossier *d, const char *path, const dossier_ingest_opts *opts,
                   dossier_ingest_stats *stats)
{
    dossier_ingest_stats st;
    walk w;
    struct stat sb;
    char msg[512], first_fail[600] = "";
    char odate[11];
    int i, rc = DOSSIER_OK;

    memset(&st, 0, sizeof st);
    memset(&w, 0, sizeof w);
    if (stats)
        memset(stats, 0, sizeof *stats);
    if (!d)
        return DOSSIER_MISUSE;
    if (!path || !*path)
        return dz_error(d, DOSSIER_MISUSE, "ingest: no path given");
    if (opts && opts->date && any_date(opts->date, odate) != 0)
        return dz_error(d, DOSSIER_MISUSE, "ingest: --date '%s' is not a date", opts->date);
    if (opts && opts->format && *opts->format && strcmp(opts->format, "auto") &&
        !format_named(opts->format)) {
        char list[128];
        return dz_error(d, DOSSIER_MISUSE, "ingest: unknown format '%s' (%s)",
                        opts->format, ingest_format_list(list, sizeof list));
    }
    if (stat(path, &sb) != 0) {
        snprintf(msg, sizeof msg, "%s", strerror(errno));
        st.files = 1;
        st.files_failed = 1;
        if (opts && opts->on_file)
            opts->on_file(opts->ctx, path, DOSSIER_IO, msg, &st);
        if (stats)
            *stats = st;
        return dz_error(d, DOSSIER_IO, "%s: %s", path, msg);
    }
    d->interrupted = 0;
    if (walk_add(&w, path, 0) != 0) {
        walk_free(&w);
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    }
    st.bytes_total = w.bytes;
    /* what was found but cannot be read fails like an unreadable file */
    for (i = 0; i < w.nskipped; i++) {
        char *tab = strchr(w.skipped[i], '\t');
        *tab = 0;
        st.files++;
        st.files_failed++;
        snprintf(msg, sizeof msg, "%s", tab + 1);
        if (!first_fail[0])
            snprintf(first_fail, sizeof first_fail, "%s: %s", w.skipped[i], msg);
        if (opts && opts->on_file)
            opts->on_file(opts->ctx, w.skipped[i], DOSSIER_IO, msg, &st);
    }
    for (i = 0; i < w.n; i++) {
        int frc;
        if (d->interrupted) {
            rc = dz_error(d, DOSSIER_INTERRUPTED, "interrupted");
            break;
        }
        st.files++;
        frc = ingest_one(d, w.files[i], opts, &st, msg, sizeof msg);
        if (frc == DOSSIER_INTERRUPTED) {
            st.files--;
            rc = frc;
            break;
        }
        if (frc != DOSSIER_OK) {
            st.files_failed++;
            if (!first_fail[0])
                snprintf(first_fail, sizeof first_fail, "%s: %s", w.files[i], msg);
        }
        if (opts && opts->on_file)
            opts->on_file(opts->ctx, w.files[i], frc, frc == DOSSIER_OK && !msg[0] ? NULL : msg,
                          &st);
    }
    walk_free(&w);
    if (stats)
        *stats = st;
    if (rc == DOSSIER_INTERRUPTED)
        return dz_error(d, rc, "interrupted");
    if (st.files_failed > 0) {
        if (st.files_failed == 1)
            return dz_error(d, DOSSIER_ERROR, "%s", first_fail);
        return dz_error(d, DOSSIER_ERROR, "%lld of %lld files failed (first: %s)",
                        (long long)st.files_failed, (long long)st.files, first_fail);
    }
    if (w.n == 0)
        return dz_error(d, DOSSIER_OK, "no input files under %s", path);
    return DOSSIER_OK;
}
