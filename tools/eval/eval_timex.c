/*
** eval_timex.c — score timex_find on TimeML files (TempEval-3 task A, time
** expressions).
**
**   eval_timex [-v] DIR...
**   eval_timex -t DATE FILE     (list the timexes of a plain text file)
**   eval_timex -b DATE FILE...  (throughput of timex_find, MB per CPU second)
**
** Each DIR is a folder of .tml files, or a folder of such folders (then
** each sub-folder is scored on its own and all together). For every file
** the plain text of <TEXT> (tags removed, entities decoded) is tagged with
** the document creation time as publication date, and compared with the
** gold TIMEX3 elements:
**   strict match  = same character extent,
**   relaxed match = overlapping extents (one-to-one, in text order),
**   precision = matches / system timexes, recall = matches / gold timexes,
**   type / value F1 = F1 counted over relaxed matches whose attribute is
**   equal, i.e. relaxed F1 x attribute accuracy, as the TempEval-3 scorer
**   reports it.
** The last line is "value F1 X" for everything read. -v lists each miss,
** false alarm and wrong value on stderr.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include "analysis/analysis.h"
#include "analysis/timex.h"

typedef struct gold {
    int start, end;
    char type[16], value[40];
} gold;

typedef struct score {
    long docs, ngold, nsys, strict, relaxed, type_ok, value_ok;
    double bytes, seconds;
} score;

static int verbose;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

/* Copy attribute name="..." of the tag [s, e) into out. */
static void attr(const char *s, const char *e, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    const char *p;
    out[0] = 0;
    for (p = s; p + nl + 2 < e; p++) {
        if ((p == s || p[-1] == ' ') && !strncmp(p, name, nl) && p[nl] == '=' &&
            p[nl + 1] == '"') {
            const char *v = p + nl + 2, *q = memchr(v, '"', (size_t)(e - v));
            size_t n;
            if (!q)
                return;
            n = (size_t)(q - v);
            if (n >= cap)
                n = cap - 1;
            memcpy(out, v, n);
            out[n] = 0;
            return;
        }
    }
}

/* Plain text of <TEXT>...</TEXT> with the gold TIMEX3 spans in it. */
static int parse_tml(const char *doc, char **text_out, gold **g_out, int *ng_out,
                     char dct[11])
{
    const char *p = strstr(doc, "<DCT>"), *t, *end;
    char *text;
    size_t n = 0;
    gold *g = NULL;
    int ng = 0, cap = 0, open = -1;
    dct[0] = 0;
    if (p) {
        const char *tag = strstr(p, "<TIMEX3"), *te = tag ? strchr(tag, '>') : NULL;
        char v[40];
        if (tag && te) {
            attr(tag, te, "value", v, sizeof v);
            if (strlen(v) >= 10) {
                memcpy(dct, v, 10);
                dct[10] = 0;
            }
        }
    }
    t = strstr(doc, "<TEXT>");
    end = strstr(doc, "</TEXT>");
    if (!t || !end)
        return -1;
    t += 6;
    text = malloc((size_t)(end - t) + 1);
    if (!text)
        return -1;
    while (t < end) {
        if (*t == '<') {
            const char *te = strchr(t, '>');
            if (!te)
                break;
            if (!strncmp(t, "<TIMEX3", 7)) {
                if (ng == cap) {
                    cap = cap ? 2 * cap : 32;
                    g = realloc(g, (size_t)cap * sizeof *g);
                    if (!g) { free(text); return -1; }
                }
                memset(&g[ng], 0, sizeof g[ng]);
                g[ng].start = (int)n;
                attr(t, te, "type", g[ng].type, sizeof g[ng].type);
                attr(t, te, "value", g[ng].value, sizeof g[ng].value);
                open = ng++;
            } else if (!strncmp(t, "</TIMEX3", 8) && open >= 0) {
                g[open].end = (int)n;
                open = -1;
            }
            t = te + 1;
            continue;
        }
        if (*t == '&') {
            static const struct { const char *e; char c; } ent[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}
            };
            size_t k;
            for (k = 0; k < sizeof ent / sizeof *ent; k++) {
                size_t el = strlen(ent[k].e);
                if (!strncmp(t, ent[k].e, el)) {
                    text[n++] = ent[k].c;
                    t += el;
                    break;
                }
            }
            if (k < sizeof ent / sizeof *ent)
                continue;
        }
        text[n++] = *t++;
    }
    text[n] = 0;
    *text_out = text;
    *g_out = g;
    *ng_out = ng;
    return 0;
}

static void trim(const char *text, int *s, int *e)
{
    while (*s < *e && (text[*s] == ' ' || text[*s] == '\n'))
        (*s)++;
    while (*e > *s && (text[*e - 1] == ' ' || text[*e - 1] == '\n'))
        (*e)--;
}

static void score_doc(const char *path, score *sc)
{
    size_t len;
    char *doc = read_all(path, &len), *text = NULL, dct[11];
    gold *g = NULL;
    int ng = 0, i, j;
    dz_analysis a;
    char *used;
    clock_t t0;
    if (!doc)
        return;
    if (parse_tml(doc, &text, &g, &ng, dct) != 0) {
        free(doc);
        return;
    }
    dz_analysis_init(&a, text, strlen(text), dct);
    t0 = clock();
    timex_find(&a);
    sc->seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
    sc->bytes += (double)strlen(text);
    sc->docs++;
    sc->ngold += ng;
    sc->nsys += a.ntimexes;
    used = calloc((size_t)a.ntimexes + 1, 1);
    for (i = 0; i < ng; i++) {
        int gs = g[i].start, ge = g[i].end, found = -1;
        trim(text, &gs, &ge);
        for (j = 0; j < a.ntimexes; j++) {
            int ss = a.timexes[j].start, se = a.timexes[j].end;
            if (used[j] || se <= gs || ss >= ge)
                continue;
            found = j;
            break;
        }
        if (found < 0) {
            if (verbose)
                fprintf(stderr, "MISS\t%s\t%.*s\t%s\t%s\n", dct, ge - gs, text + gs,
                        g[i].type, g[i].value);
            continue;
        }
        used[found] = 1;
        sc->relaxed++;
        {
            const dz_timex *x = &a.timexes[found];
            int ok = x->value && !strcmp(x->value, g[i].value);
            if (x->start == gs && x->end == ge)
                sc->strict++;
            else if (verbose)
                fprintf(stderr, "SPAN\t%s\t%.*s\t|%.*s|\n", dct, ge - gs, text + gs,
                        x->end - x->start, text + x->start);
            if (x->type && !strcmp(x->type, g[i].type))
                sc->type_ok++;
            if (ok)
                sc->value_ok++;
            else if (verbose)
                fprintf(stderr, "VALUE\t%s\t%.*s\tgold %s %s\tsys %s %s\n", dct,
                        ge - gs, text + gs, g[i].type, g[i].value, x->type,
                        x->value ? x->value : "-");
        }
    }
    if (verbose)
        for (j = 0; j < a.ntimexes; j++)
            if (!used[j]) {
                const dz_timex *x = &a.timexes[j];
                int b = x->start > 40 ? x->start - 40 : 0;
                fprintf(stderr, "FALSE\t%s\t%.*s\t%s\t[...%.*s]\n", dct, x->end - x->start,
                        text + x->start, x->value ? x->value : "-",
                        x->end - b + 20 < (int)strlen(text) - b ? x->end - b + 20 :
                        (int)strlen(text) - b, text + b);
            }
    free(used);
    dz_analysis_free(&a);
    free(g);
    free(text);
    free(doc);
}

static double f1(double m, double nsys, double ngold)
{
    double p = nsys ? m / nsys : 0, r = ngold ? m / ngold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void report(const char *name, const score *s)
{
    printf("%s: %ld documents, %ld gold timexes, %ld found\n", name, s->docs,
           s->ngold, s->nsys);
    printf("  strict  P %.1f  R %.1f  F1 %.1f\n",
           s->nsys ? 100.0 * s->strict / s->nsys : 0,
           s->ngold ? 100.0 * s->strict / s->ngold : 0,
           100 * f1(s->strict, s->nsys, s->ngold));
    printf("  relaxed P %.1f  R %.1f  F1 %.1f\n",
           s->nsys ? 100.0 * s->relaxed / s->nsys : 0,
           s->ngold ? 100.0 * s->relaxed / s->ngold : 0,
           100 * f1(s->relaxed, s->nsys, s->ngold));
    printf("  type F1 %.1f  value F1 %.1f  (value accuracy %.1f)\n",
           100 * f1(s->type_ok, s->nsys, s->ngold),
           100 * f1(s->value_ok, s->nsys, s->ngold),
           s->relaxed ? 100.0 * s->value_ok / s->relaxed : 0);
    if (s->seconds > 0)
        printf("  speed %.1f MB/s\n", s->bytes / s->seconds / 1e6);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Score every .tml in dir (sorted). Returns the number of files. */
static int score_dir(const char *dir, score *sc)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    int n = 0, cap = 0, i;
    if (!d)
        return 0;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".tml")) {
            if (n == cap) {
                cap = cap ? 2 * cap : 64;
                names = realloc(names, (size_t)cap * sizeof *names);
            }
            names[n++] = strdup(e->d_name);
        }
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    for (i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        score_doc(path, sc);
        free(names[i]);
    }
    free(names);
    return n;
}

static void add(score *to, const score *s)
{
    to->docs += s->docs; to->ngold += s->ngold; to->nsys += s->nsys;
    to->strict += s->strict; to->relaxed += s->relaxed;
    to->type_ok += s->type_ok; to->value_ok += s->value_ok;
    to->bytes += s->bytes; to->seconds += s->seconds;
}

/* List the timexes of a plain text file resolved against date. */
static int list_file(const char *date, const char *path)
{
    size_t len;
    char *text = read_all(path, &len);
    dz_analysis a;
    int i;
    if (!text) {
        fprintf(stderr, "eval_timex: cannot read %s\n", path);
        return 2;
    }
    dz_analysis_init(&a, text, len, date);
    if (timex_find(&a) != 0) {
        fprintf(stderr, "eval_timex: out of memory\n");
        return 2;
    }
    for (i = 0; i < a.ntimexes; i++) {
        const dz_timex *x = &a.timexes[i];
        printf("%d\t%.*s\t%s\t%s\t%s..%s\t%s%s\n", x->start, x->end - x->start,
               text + x->start, x->type, x->value ? x->value : "-", x->begin,
               x->end_date, dz_precision_name(x->precision),
               x->relative ? " relative" : "");
    }
    dz_analysis_free(&a);
    free(text);
    return 0;
}

/* Time timex_find over whole files; prints bytes, timexes and MB/s. */
static int bench(const char *date, int nfiles, char **files)
{
    double bytes = 0, secs = 0;
    long found = 0;
    int i;
    for (i = 0; i < nfiles; i++) {
        size_t len;
        char *text = read_all(files[i], &len);
        dz_analysis a;
        struct timespec t0, t1;
        if (!text)
            continue;
        dz_analysis_init(&a, text, len, date);
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
        if (timex_find(&a) != 0) {
            free(text);
            return 2;
        }
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
        secs += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        bytes += (double)len;
        found += a.ntimexes;
        dz_analysis_free(&a);
        free(text);
    }
    printf("%.1f MB, %ld timexes, %.3f s, %.1f MB/s\n", bytes / 1e6, found, secs,
           secs > 0 ? bytes / secs / 1e6 : 0);
    return 0;
}

int main(int argc, char **argv)
{
    score all;
    int i, parts = 0;
    memset(&all, 0, sizeof all);
    if (argc >= 4 && !strcmp(argv[1], "-b"))
        return bench(argv[2], argc - 3, argv + 3);
    if (argc == 4 && !strcmp(argv[1], "-t"))
        return list_file(argv[2], argv[3]);
    for (i = 1; i < argc; i++) {
        score sc;
        if (!strcmp(argv[i], "-v")) {
            verbose = 1;
            continue;
        }
        memset(&sc, 0, sizeof sc);
        if (score_dir(argv[i], &sc) > 0) {
            report(argv[i], &sc);
            add(&all, &sc);
            parts++;
        } else {
            /* a folder of folders */
            DIR *d = opendir(argv[i]);
            struct dirent *e;
            char **subs = NULL;
            int ns = 0, k;
            if (!d) {
                fprintf(stderr, "eval_timex: cannot open %s\n", argv[i]);
                return 2;
            }
            while ((e = readdir(d))) {
                char path[4096];
                struct stat st;
                if (e->d_name[0] == '.')
                    continue;
                snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
                if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
                    subs = realloc(subs, (size_t)(ns + 1) * sizeof *subs);
                    subs[ns++] = strdup(path);
                }
            }
            closedir(d);
            qsort(subs, (size_t)ns, sizeof *subs, cmp_str);
            for (k = 0; k < ns; k++) {
                memset(&sc, 0, sizeof sc);
                if (score_dir(subs[k], &sc) > 0) {
                    const char *base = strrchr(subs[k], '/');
                    report(base ? base + 1 : subs[k], &sc);
                    add(&all, &sc);
                    parts++;
                }
                free(subs[k]);
            }
            free(subs);
        }
    }
    if (parts > 1)
        report("all", &all);
    if (!all.docs) {
        fprintf(stderr, "eval_timex: no .tml files\n");
        return 2;
    }
    printf("value F1 %.1f\n", 100 * f1(all.value_ok, all.nsys, all.ngold));
    return 0;
}
