/*
** stub_text.c — placeholder until text.c lands: no tokens, ASCII folding.
*/
#include <ctype.h>
#include <stdlib.h>
#include "text.h"

int text_split(dz_analysis *a)
{
    (void)a;
    return 0;
}

char *text_fold(const char *s, size_t n, size_t *outlen)
{
    char *p = malloc(n + 1);
    size_t i;
    if (!p)
        return NULL;
    for (i = 0; i < n; i++)
        p[i] = (char)tolower((unsigned char)s[i]);
    p[n] = 0;
    *outlen = n;
    return p;
}
