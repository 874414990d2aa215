/* fuzz_query — the search query language: compile to FTS5 (must never
** produce an expression SQLite refuses as a crash), then run it on a small
** corpus. */
#include <stdio.h>
#include "fuzz.h"
#include "dossier.h"
#include "core/core.h"
#include "query/search.h"

static dossier *d;

static void corpus(void)
{
    static const char *const bodies[] = {
        "Envoys from Qatar and Egypt met in Doha on Friday.",
        "President Marcos hosted Joe Biden in Manila last week.",
        "Russia and Ukraine exchanged prisoners, officials said.",
    };
    dossier_article a;
    size_t i;
    if (dossier_open(":memory:", &d) != DOSSIER_OK)
        abort();
    for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        memset(&a, 0, sizeof a);
        a.title = "Story";
        a.body = bodies[i];
        a.published = "2024-04-23";
        dossier_article_add(d, &a, NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    dz_buf b = { 0 };
    search_error e;
    search_opts o;
    dz_cursor *c;
    if (!d)
        corpus();
    if (search_compile((const char *)data, n, &b, &e) == 0) {
        memset(&o, 0, sizeof o);
        o.f.limit = 5;
        c = search_query(d, (const char *)data, n, &o);
        if (c)
            while (dz_cursor_step(c) == 1)
                ;
        dz_cursor_free(c);
    }
    dz_buf_free(&b);
    return 0;
}
