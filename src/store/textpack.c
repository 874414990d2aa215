/*
** textpack.c — article text packed in the database (see textpack.h).
** A packed value is one tag byte (TEXTPACK_TAG), then the text as one
** zstd frame that records its length. Level 1: on the bench corpus it
** packs to 58.0% of the text (zlib: 57.4% at level 1) for less than half
** of zlib's instructions, and unpacks in half of inflate's; both run in
** the one writer thread of an ingest, so their cost is ingest time.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>
#include "store/textpack.h"
/* Built a second time as a SQLite loadable extension (see the end): then
** every sqlite3_* call goes through the host's routines. */
#ifdef DZ_SQLITE_EXTENSION
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include "store/stored.h"
#endif

#define TEXTPACK_TAG 1
/* texts shorter than this are stored as they are */
#define TEXTPACK_MIN 64
#define TEXTPACK_LEVEL 1

struct dz_textpack {
    ZSTD_CCtx *cctx;            /* made on the first text packed */
    ZSTD_DCtx *dctx;            /* made on the first value unpacked */
    unsigned char *buf;         /* the last packed value */
    size_t cap, len;
    const char *text;           /* remembered: its text (the caller's) */
    size_t ntext;
    unsigned char *lastz;       /* the last value unpacked, and its text: */
    char *lastt;                /* a query reads the rows of one article */
    size_t nlastz, nlastt, caplastz, caplastt;   /* one after another */
};

dz_textpack *textpack_new(void)
{
    return calloc(1, sizeof(dz_textpack));
}

void textpack_remember(dz_textpack *p, const char *text, size_t n)
{
    if (p) {
        p->text = text;
        p->ntext = n;
    }
}

void textpack_forget(dz_textpack *p)
{
    if (p) {
        p->text = NULL;
        p->ntext = 0;
    }
}

void textpack_free(dz_textpack *p)
{
    if (!p)
        return;
    ZSTD_freeCCtx(p->cctx);
    ZSTD_freeDCtx(p->dctx);
    free(p->buf);
    free(p->lastz);
    free(p->lastt);
    free(p);
}

int textpack_pack(dz_textpack **pp, const char *text, size_t n,
                  const unsigned char **out, size_t *outlen)
{
    dz_textpack *p = *pp;
    size_t bound, z;
    if (n < TEXTPACK_MIN || n > 0xffffffffu)
        return 0;
    if (!p && !(p = *pp = textpack_new()))
        return -1;
    textpack_forget(p);
    p->len = 0;
    if (!p->cctx) {
        if (!(p->cctx = ZSTD_createCCtx()) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(p->cctx,
                             ZSTD_c_compressionLevel, TEXTPACK_LEVEL)) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(p->cctx,
                             ZSTD_c_checksumFlag, 0)))
            return -1;
    }
    bound = 1 + ZSTD_compressBound(n);
    if (bound > p->cap) {
        unsigned char *b = realloc(p->buf, bound);
        if (!b)
            return -1;
        p->buf = b;
        p->cap = bound;
    }
    p->buf[0] = TEXTPACK_TAG;
    z = ZSTD_compress2(p->cctx, p->buf + 1, p->cap - 1, text, n);
    if (ZSTD_isError(z))
        return -1;
    *outlen = 1 + z;
    if (*outlen >= n)
        return 0;
    p->len = *outlen;
    *out = p->buf;
    return 1;
}

/* Keep a copy of the value z[0..nz) and its text t[0..nt) as p's last
** unpacked; out of memory, keep nothing (it is only a shortcut). */
static void keep_last(dz_textpack *p, const unsigned char *z, size_t nz,
                      const char *t, size_t nt)
{
    p->nlastz = p->nlastt = 0;
    if (nz > p->caplastz) {
        unsigned char *b = realloc(p->lastz, nz);
        if (!b)
            return;
        p->lastz = b;
        p->caplastz = nz;
    }
    if (nt > p->caplastt) {
        char *b = realloc(p->lastt, nt);
        if (!b)
            return;
        p->lastt = b;
        p->caplastt = nt;
    }
    memcpy(p->lastz, z, nz);
    memcpy(p->lastt, t, nt);
    p->nlastz = nz;
    p->nlastt = nt;
}

/* dz_text(x): the text of a text_z value. The user data, when set, is the
** store's packer: its remembered text, and its context for unpacking. */
static void sql_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    dz_textpack *p = sqlite3_user_data(ctx);
    const unsigned char *in;
    unsigned long long n;
    ZSTD_DCtx *d;
    char *txt;
    size_t got;
    int len;
    (void)argc;
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    in = sqlite3_value_blob(argv[0]);
    len = sqlite3_value_bytes(argv[0]);
    /* the value just packed, its text still at hand */
    if (p && p->text && p->len && (size_t)len == p->len &&
        (in == p->buf || !memcmp(in, p->buf, p->len))) {
        sqlite3_result_text64(ctx, p->text, p->ntext, SQLITE_TRANSIENT,
                              SQLITE_UTF8);
        return;
    }
    /* the value last unpacked (the next row of the same article) */
    if (p && p->lastz && (size_t)len == p->nlastz &&
        !memcmp(in, p->lastz, p->nlastz)) {
        sqlite3_result_text64(ctx, p->lastt, p->nlastt, SQLITE_TRANSIENT,
                              SQLITE_UTF8);
        return;
    }
    if (len < 2 || in[0] != TEXTPACK_TAG ||
        (n = ZSTD_getFrameContentSize(in + 1, (size_t)len - 1)) ==
            ZSTD_CONTENTSIZE_UNKNOWN || n == ZSTD_CONTENTSIZE_ERROR ||
        n > 0xffffffffu) {
        sqlite3_result_error(ctx, "dz_text: not a packed text", -1);
        return;
    }
    if (!(txt = sqlite3_malloc64(n + 1))) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    d = p ? p->dctx : NULL;
    if (!d && !(d = ZSTD_createDCtx())) {
        sqlite3_free(txt);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (p)
        p->dctx = d;
    got = ZSTD_decompressDCtx(d, txt, (size_t)n, in + 1, (size_t)len - 1);
    if (!p)
        ZSTD_freeDCtx(d);
    if (ZSTD_isError(got) || got != n) {
        sqlite3_free(txt);
        sqlite3_result_error(ctx, "dz_text: damaged packed text", -1);
        return;
    }
    txt[n] = 0;
    if (p)
        keep_last(p, in, (size_t)len, txt, (size_t)n);
    sqlite3_result_text64(ctx, txt, n, sqlite3_free, SQLITE_UTF8);
}

/* dz_pack(x): x packed, or x itself (not text, short, incompressible). */
static void sql_pack(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    dz_textpack *p = sqlite3_user_data(ctx), *own = NULL;
    const unsigned char *out = NULL;
    size_t outlen = 0;
    const char *t;
    int rc;
    (void)argc;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    t = (const char *)sqlite3_value_text(argv[0]);
    rc = textpack_pack(p ? &p : &own, t, (size_t)sqlite3_value_bytes(argv[0]),
                       &out, &outlen);
    if (rc < 0)
        sqlite3_result_error_nomem(ctx);
    else if (rc == 0)
        sqlite3_result_value(ctx, argv[0]);
    else
        sqlite3_result_blob64(ctx, out, outlen, SQLITE_TRANSIENT);
    textpack_free(own);
}

int textpack_functions(sqlite3 *db, dz_textpack *p)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function(db, "dz_text", 1, flags, p, sql_text,
                                NULL, NULL) != SQLITE_OK ||
        sqlite3_create_function(db, "dz_pack", 1, flags, p, sql_pack,
                                NULL, NULL) != SQLITE_OK)
        return -1;
    return 0;
}

#ifdef DZ_SQLITE_EXTENSION
/* The entry point of dossier_sqlite.so, a SQLite loadable extension that
** gives other programs the functions a corpus needs to be read with plain
** SQL: dz_text (articles.body) and dz_pack, and those of dates and labels
** (store/stored.h: dz_day, dz_date, dz_code, dz_label). In the sqlite3
** shell:
**   .load /usr/local/lib/dossier/dossier_sqlite
** Each call of dz_text unpacks on its own (no packer is shared). */
#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_dossiersqlite_init(sqlite3 *db, char **err,
                               const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    if (textpack_functions(db, NULL) != 0 || stored_functions(db) != 0) {
        if (err)
            *err = sqlite3_mprintf("dossier: cannot register dz_text");
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}
#endif
