/*
** stub_ingest.c — placeholder until ingest.c lands: plain-text files, one
** article each (first line the title), no directory walk beyond one level.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core.h"
#include "store.h"
#include "ingest.h"

int ingest_read_file(const char *path, dz_buf *out, int *repaired,
                     char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    char chunk[65536];
    size_t n;
    *repaired = 0;
    if (!f) {
        snprintf(err, errlen, "cannot open %s", path);
        return -1;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (dz_buf_append(out, chunk, n) != 0) {
            fclose(f);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    fclose(f);
    if (dz_buf_append(out, "", 0) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

int dossier_ingest(dossier *d, const char *path, const dossier_ingest_opts *opts,
                   dossier_ingest_stats *stats)
{
    dz_buf b = { 0 };
    dossier_ingest_stats st = { 0 };
    dossier_article a = { 0 };
    char err[256];
    int repaired, rc;
    int64_t id;
    char *nl;

    st.files = 1;
    if (ingest_read_file(path, &b, &repaired, err, sizeof err) != 0) {
        dz_buf_free(&b);
        st.files_failed = 1;
        if (stats)
            *stats = st;
        return dz_error(d, DOSSIER_IO, "%s", err);
    }
    st.bytes = (int64_t)b.len;
    nl = strchr(b.data, '\n');
    if (nl)
        *nl = 0;
    a.title = b.data;
    a.body = nl ? nl + 1 : "";
    a.published = opts ? opts->date : NULL;
    a.source = opts ? opts->source : NULL;
    a.url = opts ? opts->url : NULL;
    rc = dossier_article_add(d, &a, &id);
    if (rc == DOSSIER_OK)
        st.articles_added = 1;
    else if (rc == DOSSIER_DUPLICATE)
        st.duplicates = 1, rc = DOSSIER_OK;
    else
        st.files_failed = 1;
    dz_buf_free(&b);
    if (stats)
        *stats = st;
    return rc;
}
