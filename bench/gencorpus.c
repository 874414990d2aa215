/*
** gencorpus.c — make a synthetic news corpus for the benchmarks by
** recombining real sentences from the Reuters-21578 stories (and any plain
** text files given) into articles dated over ten years. Deterministic for a
** seed. Writes JSON lines files of at most 10,000 articles each.
**
** usage: gencorpus -n COUNT -o DIR [-s SEED] REUTERS_DIR [TEXT_FILE...]
*/
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

typedef struct strvec {
    char **v;
    size_t n, cap;
} strvec;

static void push(strvec *s, const char *p, size_t n)
{
    char *c;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4096;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v) {
            perror("gencorpus");
            exit(1);
        }
    }
    c = malloc(n + 1);
    if (!c) {
        perror("gencorpus");
        exit(1);
    }
    memcpy(c, p, n);
    c[n] = 0;
    s->v[s->n++] = c;
}

/* xorshift64*: small, fast, deterministic */
static uint64_t rng_state;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}

/* Read a whole (possibly gzipped) file; caller frees. */
static char *slurp(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    int k;
    if (!f || !buf) {
        free(buf);
        if (f)
            gzclose(f);
        return NULL;
    }
    while ((k = gzread(f, buf + n, (unsigned)(cap - n - 1))) > 0) {
        n += (size_t)k;
        if (cap - n < 65536) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf) {
                gzclose(f);
                return NULL;
            }
        }
    }
    gzclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Append the Latin-1 text s[0..n) as UTF-8 with SGML references decoded
** and whitespace collapsed. */
static size_t clean(const char *s, size_t n, char *out)
{
    size_t i, o = 0;
    int space = 0;
    for (i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c == '&') {
            const char *semi = memchr(s + i, ';', n - i < 8 ? n - i : 8);
            if (semi) {
                size_t k = (size_t)(semi - (s + i));
                if (k == 3 && !strncmp(s + i, "&lt", 3)) c = '<';
                else if (k == 3 && !strncmp(s + i, "&gt", 3)) c = '>';
                else if (k == 4 && !strncmp(s + i, "&amp", 4)) c = '&';
                else if (s[i + 1] == '#') c = (unsigned)atoi(s + i + 2);
                else c = ' ';
                if (c < 32)
                    c = ' ';
                i += k;
            }
        }
        if (c == '\n' || c == '\r' || c == '\t' || c < 32)
            c = ' ';
        if (c == ' ') {
            if (space || o == 0)
                continue;
            space = 1;
            out[o++] = ' ';
            continue;
        }
        space = 0;
        if (c < 0x80) {
            out[o++] = (char)c;
        } else {
            if (c > 0xff)
                c = '?';
            out[o++] = (char)(0xc0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3f));
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = 0;
    return o;
}

/* Split text into sentences of a sensible length and keep them. */
static void split_sentences(const char *t, strvec *sent)
{
    const char *start = t, *p;
    for (p = t; *p; p++) {
        if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ' &&
            p[2] >= 'A' && p[2] <= 'Z' && !(p - start < 4)) {
            size_t n = (size_t)(p + 1 - start);
            /* "U.S. officials": a one- or two-letter word before the dot is
            ** probably an abbreviation */
            const char *w = p;
            while (w > start && w[-1] != ' ')
                w--;
            if ((p - w <= 2 && p[-1] != ')') || memchr(w, '.', (size_t)(p - w)))
                continue;
            if (n >= 40 && n <= 400)
                push(sent, start, n);
            start = p + 2;
        }
    }
    if (strlen(start) >= 40 && strlen(start) <= 400 && strchr(".?!\"", start[strlen(start) - 1]))
        push(sent, start, strlen(start));
}

static void load_reuters(const char *dir, strvec *sent, strvec *titles)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096];
    if (!d) {
        fprintf(stderr, "gencorpus: %s: %s\n", dir, strerror(errno));
        exit(1);
    }
    while ((e = readdir(d))) {
        size_t len;
        char *buf, *p;
        if (!strstr(e->d_name, ".sgm"))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        buf = slurp(path, &len);
        if (!buf)
            continue;
        for (p = buf; (p = strstr(p, "<TITLE>")); ) {
            char *end = strstr(p, "</TITLE>"), tmp[1024];
            if (!end)
                break;
            if (end - p - 7 < 400) {
                size_t n = clean(p + 7, (size_t)(end - p - 7), tmp);
                if (n > 10)
                    push(titles, tmp, n);
            }
            p = end;
        }
        for (p = buf; (p = strstr(p, "<BODY>")); ) {
            char *end = strstr(p, "</BODY>"), *tmp;
            if (!end)
                break;
            tmp = malloc((size_t)(end - p) * 2 + 1);
            if (tmp) {
                clean(p + 6, (size_t)(end - p - 6), tmp);
                /* drop the trailing " Reuter" signature */
                {
                    size_t n = strlen(tmp);
                    if (n > 7 && !strcmp(tmp + n - 7, " Reuter"))
                        tmp[n - 7] = 0;
                }
                split_sentences(tmp, sent);
                free(tmp);
            }
            p = end;
        }
        free(buf);
    }
    closedir(d);
}

static void json_put(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

int main(int argc, char **argv)
{
    strvec sent = { 0 }, titles = { 0 };
    long count = 10000, i;
    const char *outdir = NULL;
    int a;
    FILE *f = NULL;
    rng_state = 0x9e3779b97f4a7c15ULL;

    for (a = 1; a < argc && argv[a][0] == '-'; a++) {
        if (!strcmp(argv[a], "-n") && a + 1 < argc)
            count = atol(argv[++a]);
        else if (!strcmp(argv[a], "-o") && a + 1 < argc)
            outdir = argv[++a];
        else if (!strcmp(argv[a], "-s") && a + 1 < argc)
            rng_state ^= (uint64_t)atoll(argv[++a]) * 0x2545F4914F6CDD1DULL;
        else {
            fprintf(stderr, "usage: gencorpus -n COUNT -o DIR [-s SEED] REUTERS_DIR [TEXT...]\n");
            return 2;
        }
    }
    if (a >= argc || !outdir) {
        fprintf(stderr, "usage: gencorpus -n COUNT -o DIR [-s SEED] REUTERS_DIR [TEXT...]\n");
        return 2;
    }
    load_reuters(argv[a++], &sent, &titles);
    for (; a < argc; a++) {
        size_t len;
        char *buf = slurp(argv[a], &len), *tmp;
        if (!buf)
            continue;
        tmp = malloc(len * 2 + 1);
        if (tmp) {
            /* seeds are UTF-8 already: only collapse lines into text */
            char *p;
            for (p = buf; *p; p++)
                if (*p == '\n')
                    *p = ' ';
            split_sentences(buf, &sent);
            free(tmp);
        }
        free(buf);
    }
    if (sent.n < 100 || titles.n < 10) {
        fprintf(stderr, "gencorpus: too little text to recombine (%zu sentences)\n", sent.n);
        return 1;
    }
    mkdir(outdir, 0755);
    for (i = 0; i < count; i++) {
        int k, nsent = 4 + (int)(rnd() % 12);
        long day = (long)(rnd() % 3653);      /* ten years from 2015-01-01 */
        int y = 2015, m = 1, d;
        static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (i % 10000 == 0) {
            char path[4096];
            if (f && fclose(f) != 0) {
                perror("gencorpus");
                return 1;
            }
            snprintf(path, sizeof path, "%s/part-%05ld.jsonl", outdir, i / 10000);
            f = fopen(path, "w");
            if (!f) {
                perror(path);
                return 1;
            }
        }
        for (;;) {
            int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            int ylen = leap ? 366 : 365;
            if (day < ylen)
                break;
            day -= ylen;
            y++;
        }
        for (m = 1; m <= 12; m++) {
            int ml = mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
            if (day < ml)
                break;
            day -= ml;
        }
        d = (int)day + 1;
        fputs("{\"title\":", f);
        json_put(f, titles.v[rnd() % titles.n]);
        fprintf(f, ",\"published\":\"%04d-%02d-%02d\",\"source\":\"synthetic\","
                   "\"url\":\"synthetic:%ld\",\"body\":\"", y, m, d, i);
        for (k = 0; k < nsent; k++) {
            const char *s = sent.v[rnd() % sent.n];
            if (k)
                fputs(k % 4 == 0 ? "\\n\\n" : " ", f);
            for (; *s; s++) {
                if (*s == '"' || *s == '\\')
                    fputc('\\', f);
                fputc(*s, f);
            }
        }
        fputs("\"}\n", f);
    }
    if (f && fclose(f) != 0) {
        perror("gencorpus");
        return 1;
    }
    fprintf(stderr, "gencorpus: %ld articles from %zu sentences into %s\n",
            count, sent.n, outdir);
    return 0;
}
