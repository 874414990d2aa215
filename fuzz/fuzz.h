/*
** fuzz.h — helpers shared by the libFuzzer harnesses in fuzz/: each
** harness defines LLVMFuzzerTestOneInput over one parser and is built by
** scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined).
*/
#ifndef DOSSIER_FUZZ_H
#define DOSSIER_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "base/util.h"

/* data[0..n) as a NUL-terminated copy, as the ingest hands its parsers
** (the caller frees). */
static inline char *fuzz_cstr(const uint8_t *data, size_t n)
{
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, data, n);
        s[n] = 0;
    }
    return s;
}

/* data[0..n) made into what the ingest's reader hands on: valid UTF-8
** (an invalid byte becomes '?') without control characters other than
** TAB, LF, CR and FF. *len receives the length. The caller frees. */
static inline char *fuzz_clean_utf8(const uint8_t *data, size_t n, size_t *len)
{
    char *s = malloc(n + 1);
    size_t i = 0, k = 0;
    if (!s)
        return NULL;
    while (i < n) {
        unsigned char c = data[i];
        if (c < 0x80) {
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f')
                s[k++] = (char)c;
            i++;
            continue;
        }
        {
            int q = dz_utf8_seqlen(data + i, n - i);
            if (q > 1) {
                memcpy(s + k, data + i, (size_t)q);
                k += (size_t)q;
                i += (size_t)q;
            } else {
                s[k++] = '?';
                i++;
            }
        }
    }
    s[k] = 0;
    *len = k;
    return s;
}

#endif
