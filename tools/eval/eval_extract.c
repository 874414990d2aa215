/*
** eval_extract.c — score article-body extraction on the ScrapingHub
** benchmark layout: DIR/ground-truth.json (id -> {"articleBody": ...}) and
** DIR/html/<id>.html.gz. Each page goes through html_parse (the code path
** of `dossier ingest --format html`); with --reference FILE the bodies come
** from FILE's "output" object instead (a published system's output).
**
** Scoring follows the benchmark's evaluate.py as described in the data
** README: tokens are runs of Unicode letters, numbers and '_' (case kept);
** shingles of 4 tokens as a multiset; per-page tp/fp/fn; precision is
** averaged over pages with a non-empty prediction, recall over all pages;
** F1 is the harmonic mean of the two averages; accuracy is the share of
** pages whose token sequence equals the gold one.
**
** With --text TDIR each page is instead the scraped text TDIR/<id>.txt (the
** page rendered to text by some renderer) and goes through page_parse_text
** (the code path of `dossier ingest --format text`); the body scored is
** that of the item of kind "article".
**
** usage: eval_extract [-v] [-m] [-q] [--pages] [-w N] [--half 0|1] [-o OUTDIR]
**                     [--reference FILE | --text TDIR] DIR
** -v: per-page precision and recall; -m: per-page metadata; -w N: list the
** N worst pages by F1; --half H: score only the pages at even (0) or odd (1)
** positions of the sorted ids; --pages: one line per page "page ID SITE P R"
** (P -1 for an empty prediction) for the cross-validation by site.
** Speed of the parser (MB/s of input, one core) is printed for the parse
** paths (median of 3 runs per page; -q: one run). The last line printed
** is "F1 X".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include <utf8proc.h>
#include <zlib.h>
#include "ingest/ingest.h"

/* The ingest driver (ingest.c) defines these in the library; these weak
** copies let scripts/eval-extract build this tool from html.c and util.c
** alone. */
__attribute__((weak)) dossier_article *doclist_add(dz_doclist *l)
{
    dossier_article *a;
    if (DZ_VEC_PUSH(l->items, l->n, l->cap) != 0)
        return NULL;
    a = &l->items[l->n++];
    memset(a, 0, sizeof *a);
    return a;
}

__attribute__((weak)) void doclist_free(dz_doclist *l)
{
    free(l->items);
    dz_arena_free(&l->arena);
    memset(l, 0, sizeof *l);
}

typedef struct toks {
    char **t;
    int n, cap;
} toks;

static void toks_free(toks *k)
{
    int i;
    for (i = 0; i < k->n; i++)
        free(k->t[i]);
    free(k->t);
    memset(k, 0, sizeof *k);
}

static int is_word(utf8proc_int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return cp == '_' || c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
           c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_ND ||
           c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

/* Split s into \w+ tokens. Returns 0 or -1 (no memory). */
static int tokenize(const char *s, toks *out)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t n = strlen(s), i = 0, start = 0;
    int in = 0;
    while (i <= n) {
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t k = 1;
        if (i < n) {
            k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
            if (k <= 0)
                k = 1, cp = -1;
        }
        if (i < n && cp >= 0 && is_word(cp)) {
            if (!in)
                start = i, in = 1;
        } else if (in) {
            if (DZ_VEC_PUSH(out->t, out->n, out->cap) != 0)
                return -1;
            if (!(out->t[out->n] = dz_strndup(s + start, i - start)))
                return -1;
            out->n++;
            in = 0;
        }
        i += (size_t)k;
    }
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Shingles of 4 tokens (or one of all tokens when fewer), sorted. */
static char **shingles(const toks *k, int *count)
{
    int n = k->n < 4 ? (k->n > 0) : k->n - 3, i, j;
    char **s = calloc(n > 0 ? (size_t)n : 1, sizeof *s);
    *count = 0;
    if (!s)
        return NULL;
    for (i = 0; i < n; i++) {
        dz_buf b = { 0 };
        int w = k->n < 4 ? k->n : 4;
        for (j = 0; j < w; j++) {
            if (j)
                dz_buf_putc(&b, '\x01');
            dz_buf_puts(&b, k->t[i + j]);
        }
        s[i] = b.data ? b.data : dz_strdup("");
    }
    qsort(s, (size_t)n, sizeof *s, cmp_str);
    *count = n;
    return s;
}

/* One page's score, kept for the list of worst pages. */
typedef struct pscore {
    const char *id;
    double p, r, f;
} pscore;

typedef struct totals {
    double psum, rsum;
    int pn, rn, exact, pages;
    pscore *ps;           /* one per page scored */
} totals;

/* --pages: a machine-readable line per page, "page ID SITE P R" (P is -1
** when the prediction is empty), for the cross-validation by site in
** scripts/eval-extract; SITE is the host of the page's URL without "www.". */
static int pages_out;
static char cur_site[256];

static void site_of(const char *url)
{
    const char *h = url ? strstr(url, "://") : NULL;
    size_t k = 0;
    h = h ? h + 3 : "unknown";
    if (!strncmp(h, "www.", 4))
        h += 4;
    while (h[k] && h[k] != '/' && h[k] != ':' && k + 1 < sizeof cur_site)
        k++;
    memcpy(cur_site, h, k);
    cur_site[k] = 0;
}

/* Score one page; adds to t. Prints a line when verbose. */
static void score(const char *id, const char *gold, const char *pred, totals *t,
                  int verbose)
{
    toks g = { 0 }, p = { 0 };
    char **gs, **ps;
    int gn, pn, i = 0, j = 0, same;
    double tp = 0, fp = 0, fn = 0, prec = -1, rec = 0;
    if (tokenize(gold, &g) != 0 || tokenize(pred ? pred : "", &p) != 0) {
        fprintf(stderr, "eval-extract: out of memory\n");
        exit(1);
    }
    same = g.n == p.n;
    for (i = 0; same && i < g.n; i++)
        same = !strcmp(g.t[i], p.t[i]);
    gs = shingles(&g, &gn);
    ps = shingles(&p, &pn);
    i = 0;
    while (i < gn || j < pn) {
        int c = i >= gn ? 1 : j >= pn ? -1 : strcmp(gs[i], ps[j]);
        if (c == 0)
            tp++, i++, j++;
        else if (c < 0)
            fn++, i++;
        else
            fp++, j++;
    }
    if (pn > 0) {
        prec = (fp == 0 && fn == 0) ? 1 : tp / (tp + fp);
        t->psum += prec;
        t->pn++;
    }
    if (gn > 0) {
        rec = pn == 0 ? 0 : (fp == 0 && fn == 0) ? 1 : tp / (tp + fn);
        t->rsum += rec;
        t->rn++;
    }
    t->exact += same;
    t->ps[t->pages].id = id;
    t->ps[t->pages].p = prec < 0 ? 0 : prec;
    t->ps[t->pages].r = rec;
    t->ps[t->pages].f = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
    t->pages++;
    if (verbose)
        printf("%s  P %.3f  R %.3f%s\n", id, prec < 0 ? 0 : prec, rec, same ? "  exact" : "");
    if (pages_out)
        printf("page %s %s %.6f %.6f\n", id, cur_site, prec, rec);
    for (i = 0; i < gn; i++)
        free(gs[i]);
    for (i = 0; i < pn; i++)
        free(ps[i]);
    free(gs);
    free(ps);
    toks_free(&g);
    toks_free(&p);
}

/* Read and gunzip path into b. */
static int read_gz(const char *path, dz_buf *b)
{
    gzFile f = gzopen(path, "rb");
    char chunk[65536];
    int k;
    if (!f)
        return -1;
    while ((k = gzread(f, chunk, sizeof chunk)) > 0)
        if (dz_buf_append(b, chunk, (size_t)k) != 0) {
            gzclose(f);
            return -1;
        }
    gzclose(f);
    return k < 0 ? -1 : 0;
}

/* Read a whole file into b. */
static int read_file(const char *path, dz_buf *b)
{
    FILE *f = fopen(path, "rb");
    char chunk[65536];
    size_t k;
    if (!f)
        return -1;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (dz_buf_append(b, chunk, k) != 0) {
            fclose(f);
            return -1;
        }
    fclose(f);
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_id(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_f(const void *a, const void *b)
{
    double x = ((const pscore *)a)->f, y = ((const pscore *)b)->f;
    return x < y ? -1 : x > y;
}

/* Parse one page (HTML, or scraped text when text is set) into l, with
** the parser timed several times (the median goes to *secs). */
static int reps = 3;       /* timed runs per page; 1 with -q */

static int parse_page(const char *data, size_t n, int text, dz_doclist *l,
                      char *err, size_t errlen, double *secs)
{
    double t[3] = { 0, 0, 0 };
    int k, rc = 0;
    for (k = 0; k < reps; k++) {
        double t0;
        doclist_free(l);
        t0 = now();
        rc = text ? page_parse_text(data, n, l, err, errlen)
                  : html_parse(data, n, l, err, errlen);
        t[k] = now() - t0;
        if (rc != 0)
            break;
    }
    if (rc == 0 && reps == 1) {
        *secs = t[0];
    } else if (rc == 0) {
        double a = t[0], b = t[1], c = t[2];
        *secs = a > b ? (b > c ? b : a > c ? c : a) : (a > c ? a : b > c ? c : b);
    }
    return rc;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *ref = NULL, *outdir = NULL, *tdir = NULL;
    const char **ids = NULL;
    int nids = 0, capids = 0, k, worst = 0, half = -1;
    double secs = 0, bytes = 0;
    json_t *gold, *refj = NULL, *refout = NULL, *v;
    json_error_t je;
    const char *id;
    char path[4096];
    totals t = { 0 };
    int i, verbose = 0, failed = 0, meta = 0, nmeta[7] = { 0 };
    double P, R;

    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "-m"))
            meta = 1;
        else if (!strcmp(argv[i], "-q"))
            reps = 1;
        else if (!strcmp(argv[i], "--pages"))
            pages_out = 1, reps = 1;
        else if (!strcmp(argv[i], "-o") && i + 1 < argc)
            outdir = argv[++i];
        else if (!strcmp(argv[i], "--reference") && i + 1 < argc)
            ref = argv[++i];
        else if (!strcmp(argv[i], "--text") && i + 1 < argc)
            tdir = argv[++i];
        else if (!strcmp(argv[i], "-w") && i + 1 < argc)
            worst = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--half") && i + 1 < argc)
            half = atoi(argv[++i]);
        else if (!dir)
            dir = argv[i];
        else {
            fprintf(stderr, "usage: eval_extract [-v] [-m] [-q] [--pages] [-w N] [--half 0|1] [-o OUTDIR] "
                            "[--reference FILE | --text TDIR] DIR\n");
            return 2;
        }
    }
    if (!dir) {
        fprintf(stderr, "usage: eval_extract [-v] [-m] [-q] [--pages] [-w N] [--half 0|1] [-o OUTDIR] "
                            "[--reference FILE | --text TDIR] DIR\n");
        return 2;
    }
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    if (!(gold = json_load_file(path, 0, &je))) {
        fprintf(stderr, "eval-extract: %s: %s\n", path, je.text);
        return 1;
    }
    if (ref) {
        if (!(refj = json_load_file(ref, 0, &je))) {
            fprintf(stderr, "eval-extract: %s: %s\n", ref, je.text);
            return 1;
        }
        refout = json_object_get(refj, "output");
        if (!refout)
            refout = refj;
    }
    json_object_foreach(gold, id, v) {
        if (DZ_VEC_PUSH(ids, nids, capids) != 0) {
            fprintf(stderr, "eval-extract: out of memory\n");
            return 1;
        }
        ids[nids++] = id;
    }
    qsort(ids, (size_t)nids, sizeof *ids, cmp_id);
    if (!(t.ps = calloc((size_t)nids + 1, sizeof *t.ps))) {
        fprintf(stderr, "eval-extract: out of memory\n");
        return 1;
    }
    for (k = 0; k < nids; k++) {
        const char *g, *pred = NULL;
        dz_doclist l;
        dz_buf html = { 0 };
        char err[256];
        double s1 = 0;
        id = ids[k];
        v = json_object_get(gold, id);
        g = json_string_value(json_object_get(v, "articleBody"));
        memset(&l, 0, sizeof l);
        if (!g || (half >= 0 && k % 2 != half))
            continue;
        site_of(json_string_value(json_object_get(v, "url")));
        if (refout) {
            pred = json_string_value(json_object_get(json_object_get(refout, id),
                                                     "articleBody"));
        } else {
            if (tdir)
                snprintf(path, sizeof path, "%s/%s.txt", tdir, id);
            else
                snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, id);
            if ((tdir ? read_file(path, &html) : read_gz(path, &html)) != 0) {
                fprintf(stderr, "eval-extract: cannot read %s\n", path);
                failed++;
            } else if (html.len == 0) {
                /* a renderer that gave nothing: scored as an empty output */
            } else if (parse_page(html.data, html.len, tdir != NULL, &l, err, sizeof err,
                                  &s1) != 0) {
                fprintf(stderr, "eval-extract: %s: %s\n", id, err);
                failed++;
            } else if (l.n > 0) {
                const dossier_article *a = &l.items[0];
                int j;
                for (j = 0; j < l.n; j++)
                    if (!strcmp(l.items[j].kind ? l.items[j].kind : "article", "article")) {
                        a = &l.items[j];
                        break;
                    }
                secs += s1;
                bytes += (double)html.len;
                pred = a->body;
                nmeta[0] += a->title != NULL;
                nmeta[1] += a->published != NULL;
                nmeta[2] += a->byline != NULL;
                nmeta[3] += a->section != NULL;
                nmeta[4] += a->url != NULL;
                nmeta[5] += a->source != NULL;
                nmeta[6] += a->captions != NULL;
                if (meta)
                    printf("%.12s title=%s | date=%s | by=%s | section=%s | source=%s | url=%s\n",
                           id, a->title ? a->title : "-", a->published ? a->published : "-",
                           a->byline ? a->byline : "-", a->section ? a->section : "-",
                           a->source ? a->source : "-", a->url ? a->url : "-");
            }
        }
        if (outdir) {
            FILE *f;
            snprintf(path, sizeof path, "%s/%s.txt", outdir, id);
            if ((f = fopen(path, "w"))) {
                fputs(pred ? pred : "", f);
                fclose(f);
            }
        }
        score(id, g, pred, &t, verbose);
        dz_buf_free(&html);
        doclist_free(&l);
    }
    P = t.pn ? t.psum / t.pn : 0;
    R = t.rn ? t.rsum / t.rn : 0;
    if (worst > 0 && t.pages > 0) {
        qsort(t.ps, (size_t)t.pages, sizeof *t.ps, cmp_f);
        printf("worst pages:\n");
        for (k = 0; k < worst && k < t.pages; k++)
            printf("  %.12s  F1 %.3f  P %.3f  R %.3f\n", t.ps[k].id, t.ps[k].f, t.ps[k].p,
                   t.ps[k].r);
    }
    printf("pages %d%s\n", t.pages, failed ? " (some failed)" : "");
    if (!refout && secs > 0)
        printf("speed %.1f MB/s (%.1f MB, median of 3 runs per page, one core)\n",
               bytes / secs / 1e6, bytes / 1e6);
    if (!refout)
        printf("metadata found: title %d, date %d, byline %d, section %d, url %d, "
               "source %d, captions %d\n", nmeta[0], nmeta[1], nmeta[2], nmeta[3], nmeta[4],
               nmeta[5], nmeta[6]);
    printf("precision %.3f\n", P);
    printf("recall %.3f\n", R);
    printf("accuracy %.3f\n", t.pages ? (double)t.exact / t.pages : 0);
    printf("F1 %.3f\n", P + R > 0 ? 2 * P * R / (P + R) : 0);
    json_decref(gold);
    json_decref(refj);
    free(ids);
    free(t.ps);
    return 0;
}
