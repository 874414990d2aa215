/*
** util.h — small utilities every core module uses: a growable byte buffer,
** an arena for many small strings that die together, growable arrays, and
** UTF-8 helpers; it includes base/dates.h for calendar dates. Nothing here
** prints, exits or aborts; allocation failure is reported as a -1 / NULL
** return and the caller decides.
*/
#ifndef DOSSIER_UTIL_H
#define DOSSIER_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include "base/dates.h"

/* ---- growable byte buffer ------------------------------------------------
** A dz_buf owns its bytes; data is always NUL-terminated when len > 0 or
** after any successful append. Zero-initialise, append, then dz_buf_free. */
typedef struct dz_buf {
    char *data;
    size_t len, cap;
} dz_buf;

int  dz_buf_reserve(dz_buf *b, size_t extra);         /* 0 ok, -1 no memory */
int  dz_buf_append(dz_buf *b, const char *s, size_t n);
int  dz_buf_puts(dz_buf *b, const char *s);
int  dz_buf_putc(dz_buf *b, char c);
int  dz_buf_printf(dz_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
char *dz_buf_detach(dz_buf *b);                       /* caller frees */
void dz_buf_free(dz_buf *b);

/* ---- arena ----------------------------------------------------------------
** Many small allocations freed at once by dz_arena_free. Zero-initialise. */
typedef struct dz_arena_block dz_arena_block;
typedef struct dz_arena {
    dz_arena_block *head;
} dz_arena;

void *dz_arena_alloc(dz_arena *a, size_t n);          /* 8-byte aligned */
char *dz_arena_strndup(dz_arena *a, const char *s, size_t n);
char *dz_arena_strdup(dz_arena *a, const char *s);
void  dz_arena_free(dz_arena *a);

/* ---- growable arrays ------------------------------------------------------
** DZ_VEC_PUSH(ptr, n, cap) makes room for one more element in the array
** `ptr` holding `n` of `cap`; evaluates to 0 on success, -1 on no memory.
** The caller then writes ptr[n++]. */
int dz_grow(void **ptr, int *cap, int need, size_t elem);
#define DZ_VEC_PUSH(ptr, n, cap) \
    ((n) < (cap) ? 0 : dz_grow((void **)&(ptr), &(cap), (n) + 1, sizeof *(ptr)))

/* ---- strings and UTF-8 ----------------------------------------------------*/
/* Is w one of the words of list, a NULL-terminated array? */
int dz_word_in(const char *w, const char *const *list);

char *dz_strdup(const char *s);                       /* caller frees; NULL ok */
char *dz_strndup(const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid. */
int dz_utf8_seqlen(const unsigned char *s, size_t avail);
/* Decode one code point at s; sets *len to bytes used (1 for an invalid
** byte, which decodes as U+FFFD). */
int32_t dz_utf8_decode(const unsigned char *s, size_t avail, int *len);
/* Write code point cp as UTF-8 into out (4 bytes room); returns bytes. */
int dz_utf8_encode(int32_t cp, char *out);
/* Is the whole string valid UTF-8 with no NUL bytes? */
int dz_utf8_valid(const char *s, size_t n);

#endif
