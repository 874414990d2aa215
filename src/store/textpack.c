/*
** textpack.c — article text deflated in the database (see textpack.h).
** A packed value is one tag byte (TEXTPACK_TAG), the text's length in 4
** bytes (little-endian), then the text as a raw deflate stream (no zlib
** header or checksum: SQLite's pages carry their own). Level 1 with a
** small hash table (memLevel 5): on the bench corpus it packs to 57.4%,
** within 2% of the default level (56.2%) for two thirds of its cost, and
** resetting the table for each article costs a sixteenth of the default's.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "store/textpack.h"

#define TEXTPACK_TAG 1
#define TEXTPACK_HEAD 5
/* texts shorter than this are stored as they are */
#define TEXTPACK_MIN 64
#define TEXTPACK_LEVEL 1
#define TEXTPACK_MEMLEVEL 5

struct dz_textpack {
    z_stream z;
    int ready;                  /* z initialised */
    unsigned char *buf;         /* the last packed value */
    size_t cap, len;
    const char *text;           /* remembered: its text (the caller's) */
    size_t ntext;
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
    if (p->ready)
        deflateEnd(&p->z);
    free(p->buf);
    free(p);
}

int textpack_pack(dz_textpack **pp, const char *text, size_t n,
                  const unsigned char **out, size_t *outlen)
{
    dz_textpack *p = *pp;
    size_t bound;
    if (n < TEXTPACK_MIN || n > 0xffffffffu)
        return 0;
    if (!p && !(p = *pp = textpack_new()))
        return -1;
    textpack_forget(p);
    p->len = 0;
    if (!p->ready) {
        if (deflateInit2(&p->z, TEXTPACK_LEVEL, Z_DEFLATED, -15,
                         TEXTPACK_MEMLEVEL, Z_DEFAULT_STRATEGY) != Z_OK)
            return -1;
        p->ready = 1;
    } else if (deflateReset(&p->z) != Z_OK) {
        return -1;
    }
    bound = TEXTPACK_HEAD + deflateBound(&p->z, (uLong)n);
    if (bound > p->cap) {
        unsigned char *b = realloc(p->buf, bound);
        if (!b)
            return -1;
        p->buf = b;
        p->cap = bound;
    }
    p->buf[0] = TEXTPACK_TAG;
    p->buf[1] = (unsigned char)(n & 0xff);
    p->buf[2] = (unsigned char)((n >> 8) & 0xff);
    p->buf[3] = (unsigned char)((n >> 16) & 0xff);
    p->buf[4] = (unsigned char)((n >> 24) & 0xff);
    p->z.next_in = (Bytef *)(uintptr_t)text;
    p->z.avail_in = (uInt)n;
    p->z.next_out = p->buf + TEXTPACK_HEAD;
    p->z.avail_out = (uInt)(p->cap - TEXTPACK_HEAD);
    if (deflate(&p->z, Z_FINISH) != Z_STREAM_END)
        return -1;
    *outlen = TEXTPACK_HEAD + p->z.total_out;
    if (*outlen >= n)
        return 0;
    p->len = *outlen;
    *out = p->buf;
    return 1;
}

/* dz_text(x): the text of a text_z value. */
static void sql_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const unsigned char *in;
    unsigned char *txt;
    size_t n;
    int len;
    z_stream z;
    (void)argc;
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    in = sqlite3_value_blob(argv[0]);
    len = sqlite3_value_bytes(argv[0]);
    {
        /* the value just packed, its text still at hand */
        const dz_textpack *p = sqlite3_user_data(ctx);
        if (p && p->text && p->len && (size_t)len == p->len &&
            (in == p->buf || !memcmp(in, p->buf, p->len))) {
            sqlite3_result_text64(ctx, p->text, p->ntext, SQLITE_TRANSIENT,
                                  SQLITE_UTF8);
            return;
        }
    }
    if (len < TEXTPACK_HEAD || in[0] != TEXTPACK_TAG) {
        sqlite3_result_error(ctx, "dz_text: not a packed text", -1);
        return;
    }
    n = (size_t)in[1] | (size_t)in[2] << 8 | (size_t)in[3] << 16 |
        (size_t)in[4] << 24;
    if (!(txt = sqlite3_malloc64(n + 1))) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -15) != Z_OK) {
        sqlite3_free(txt);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    z.next_in = (Bytef *)(uintptr_t)(in + TEXTPACK_HEAD);
    z.avail_in = (uInt)(len - TEXTPACK_HEAD);
    z.next_out = txt;
    z.avail_out = (uInt)n + 1;
    if (inflate(&z, Z_FINISH) != Z_STREAM_END || z.total_out != n) {
        inflateEnd(&z);
        sqlite3_free(txt);
        sqlite3_result_error(ctx, "dz_text: damaged packed text", -1);
        return;
    }
    inflateEnd(&z);
    txt[n] = 0;
    sqlite3_result_text64(ctx, (const char *)txt, n, sqlite3_free, SQLITE_UTF8);
}

/* dz_pack(x): x packed, or x itself (not text, short, incompressible). */
static void sql_pack(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    dz_textpack *p = NULL;
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
    rc = textpack_pack(&p, t, (size_t)sqlite3_value_bytes(argv[0]), &out, &outlen);
    if (rc < 0)
        sqlite3_result_error_nomem(ctx);
    else if (rc == 0)
        sqlite3_result_value(ctx, argv[0]);
    else
        sqlite3_result_blob64(ctx, out, outlen, SQLITE_TRANSIENT);
    textpack_free(p);
}

int textpack_functions(sqlite3 *db, dz_textpack *p)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function(db, "dz_text", 1, flags, p, sql_text,
                                NULL, NULL) != SQLITE_OK ||
        sqlite3_create_function(db, "dz_pack", 1, flags, NULL, sql_pack,
                                NULL, NULL) != SQLITE_OK)
        return -1;
    return 0;
}
