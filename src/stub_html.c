/*
** stub_html.c — placeholder until html.c lands: a weak html_parse that
** refuses HTML input, so ingest links. The real html.c overrides it (weak
** symbol), so both may coexist until this file is removed.
*/
#include <stdio.h>
#include "ingest.h"

__attribute__((weak))
int html_parse(const char *html, size_t n, dz_doclist *out, char *err, size_t errlen)
{
    (void)html; (void)n; (void)out;
    snprintf(err, errlen, "HTML input is not supported in this build");
    return -1;
}
