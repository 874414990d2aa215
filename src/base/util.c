/*
** util.c — growable buffers, arenas, arrays, UTF-8 and date helpers.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/util.h"

int dz_buf_reserve(dz_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1, cap;
    char *p;
    if (need <= b->cap)
        return 0;
    if (need < b->len)                      /* overflow */
        return -1;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap * 2 > cap ? cap * 2 : need;
    p = realloc(b->data, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int dz_buf_append(dz_buf *b, const char *s, size_t n)
{
    if (dz_buf_reserve(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
    return 0;
}

int dz_buf_puts(dz_buf *b, const char *s)
{
    return dz_buf_append(b, s, strlen(s));
}

int dz_buf_putc(dz_buf *b, char c)
{
    return dz_buf_append(b, &c, 1);
}

int dz_buf_printf(dz_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || dz_buf_reserve(b, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

char *dz_buf_detach(dz_buf *b)
{
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void dz_buf_free(dz_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

struct dz_arena_block {
    dz_arena_block *next;
    size_t used, size;
    /* the block's bytes follow, 8-byte aligned */
};

#define ARENA_BLOCK 16384
#define ALIGN8(n) (((n) + 7) & ~(size_t)7)
#define HDR ALIGN8(sizeof(dz_arena_block))

void *dz_arena_alloc(dz_arena *a, size_t n)
{
    dz_arena_block *b = a->head;
    n = ALIGN8(n ? n : 1);
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK / 2 ? n : ARENA_BLOCK;
        b = malloc(HDR + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        if (n > ARENA_BLOCK / 2 && a->head) {
            /* a big piece gets its own block behind the current one, so the
            ** current block keeps serving small requests */
            b->next = a->head->next;
            a->head->next = b;
            b->used = n;
            return (char *)b + HDR;
        }
        b->next = a->head;
        a->head = b;
    }
    b->used += n;
    return (char *)b + HDR + b->used - n;
}

char *dz_arena_strndup(dz_arena *a, const char *s, size_t n)
{
    char *p = dz_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *dz_arena_strdup(dz_arena *a, const char *s)
{
    return s ? dz_arena_strndup(a, s, strlen(s)) : NULL;
}

void dz_arena_free(dz_arena *a)
{
    dz_arena_block *b = a->head, *next;
    for (; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
}

int dz_grow(void **ptr, int *cap, int need, size_t elem)
{
    int c = *cap ? *cap : 8;
    void *p;
    while (c < need) {
        if (c > (1 << 29))
            return -1;
        c *= 2;
    }
    p = realloc(*ptr, (size_t)c * elem);
    if (!p)
        return -1;
    *ptr = p;
    *cap = c;
    return 0;
}

char *dz_strdup(const char *s)
{
    return s ? dz_strndup(s, strlen(s)) : NULL;
}

char *dz_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

int dz_utf8_seqlen(const unsigned char *s, size_t avail)
{
    unsigned c = s[0];
    int n, i;
    uint32_t cp;
    if (c < 0x80)
        return avail ? 1 : 0;
    if (c < 0xc2 || c > 0xf4)
        return 0;
    n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if ((size_t)n > avail)
        return 0;
    for (i = 1; i < n; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    cp = n == 2 ? (c & 0x1f) : n == 3 ? (c & 0x0f) : (c & 0x07);
    for (i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3f);
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

int32_t dz_utf8_decode(const unsigned char *s, size_t avail, int *len)
{
    int n = avail ? dz_utf8_seqlen(s, avail) : 0;
    int32_t cp;
    int i;
    if (n == 0) {
        *len = 1;
        return 0xfffd;
    }
    *len = n;
    if (n == 1)
        return s[0];
    cp = n == 2 ? (s[0] & 0x1f) : n == 3 ? (s[0] & 0x0f) : (s[0] & 0x07);
    for (i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3f);
    return cp;
}

int dz_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        cp = 0xfffd;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

int dz_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        int k;
        if (*p == 0)
            return 0;
        if (*p < 0x80) {
            p++;
            continue;
        }
        k = dz_utf8_seqlen(p, (size_t)(end - p));
        if (!k)
            return 0;
        p += k;
    }
    return 1;
}

int dz_word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if ((*list)[0] == w[0] && strcmp(*list, w) == 0)
            return 1;
    return 0;
}
