/*
** eval_events.c — score actions_find on gold event sets of real news.
**
**   eval_events [-v] [-s] [-a] [-S] [-I] [-T] [-R] [-M] [-G] DIR
**
** DIR holds stories.jsonl (one story a line: id, title, body, published)
** and gold/ID.json (events with actor, actor_aliases, root, target,
** target_aliases, date, modality, evidence; doubtful items), the layout
** of reuters-events-dev. Each body is analysed as the store does (body
** only, the story date as publication date, names from the built-in
** learned tagger and the gazetteers; -G the gazetteers alone). A predicted action is the
** triple (actor, CAMEO root, target); actions negated or hypothetical are
** kept (the gold lists them with their modality). Plain statements ("X
** said", actions_plain_statement) are not events (the gold lists a
** statement only when it carries a position, and the report puts them
** apart); -S scores them too. Neither are acts whose root needs a named
** target and that have none (actions_needs_target: "urged a speedy
** settlement"): incomplete, left out of the report, not scored; -I
** scores them too (their number is printed). Per story the predicted triples are a set:
** repeats of one triple count once, in either direction for roots 04, 05
** and 06.
**
** A predicted side matches a gold side when the mention's surface text or
** canonical name equals (case-insensitively) the gold name or one of its
** aliases; an empty gold target matches an action without target. Roots
** 04, 05 and 06 are scored without direction (actor and target may be
** swapped). Matching is one-to-one, greedy in text order. A predicted
** triple that matches no gold event but whose sentence is the evidence of
** a doubtful item is not counted (the README allows a scorer to ignore
** those); their number is printed.
**
** Printed: precision, recall and F1 over all stories and per gold root;
** on the matches, the share whose date agrees (gold "" agrees with an
** action dated by the publication date by default, or by a whole year,
** which the gold writes "" too; "YYYY-MM-DD" with an
** action on that day; "YYYY-MM" with a range inside that month) and whose
** modality agrees. -v lists each story's misses and false alarms, -a also
** lists the matches, -s prints sentences per second of the analysis; -T
** (target ignored) and -R (root ignored) tell the kinds of error apart;
** -M counts the misses by class (see miss_class).
** The last line is "F1 X".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <jansson.h>
#include "analysis/analysis.h"
#include "analysis/analyze.h"
#include "analysis/actions.h"
#include "analysis/entities.h"
#include "analysis/ner.h"

typedef struct gold_ev {
    json_t *ev;             /* borrowed from the story's gold document */
    int root;
    int used;
} gold_ev;

typedef struct sys_ev {
    const char *actor, *actor_sf;   /* canonical name, surface */
    const char *target, *target_sf; /* NULL when no target */
    int root;
    int action;             /* index of its first action */
    int matched;
} sys_ev;

typedef struct counts {
    long gold, sys, tp, ignored, incomplete;
    long date_ok, mod_ok;
} counts;

static int verbose, show_all, speed, statements, no_target, no_root, incomplete, miss_classes;
static int no_model;     /* -G: gazetteers and rules alone, no tagger */

/* -M: why each gold event was missed (a diagnostic; it does not change the
** scoring). Classes: no action from the evidence sentence; the best action
** there (fewest wrong sides) has a wrong actor, root or target (or several);
** a full match exists but was left out (plain statement, incomplete act) or
** taken by another gold event. */
enum { MC_NOACTOR, MC_NONE, MC_ACTOR, MC_ROOT, MC_TARGET, MC_AR, MC_AT, MC_RT, MC_ART,
       MC_FILTERED, MC_TAKEN, MC_N };
static const char *const mc_name[MC_N] = {
    "(a1) no action; gold actor not among the sentence's mentions",
    "(a2) no action; gold actor is a mention there", "(b) wrong actor only", "(c) wrong root only",
    "(d) wrong/missing target only", "(b+c) actor and root", "(b+d) actor and target",
    "(c+d) root and target", "(b+c+d) all three", "(f) full match left out (statement/incomplete)",
    "(g) full match taken by another gold event" };
static long mc_count[MC_N];
static char mc_best[512];   /* the best action of the last miss_class */

/* Does the string s equal name or one of the aliases (case-insensitively)? */
static int name_in(const char *s, const char *name, json_t *aliases)
{
    size_t i;
    json_t *v;
    if (!s || !*s)
        return 0;
    if (name && !strcasecmp(s, name))
        return 1;
    json_array_foreach(aliases, i, v)
        if (json_is_string(v) && !strcasecmp(s, json_string_value(v)))
            return 1;
    return 0;
}

/* Does predicted side (canonical name, surface) match the gold side
** (field name, field_aliases)? An empty gold side matches no prediction. */
static int side_match(const char *canon, const char *sf, json_t *ev,
                      const char *field, const char *afield)
{
    const char *g = json_string_value(json_object_get(ev, field));
    json_t *al = json_object_get(ev, afield);
    if (!g || !*g)
        return !canon;
    if (!canon)
        return 0;
    return name_in(canon, g, al) || name_in(sf, g, al);
}

static int triple_match(const sys_ev *s, const gold_ev *g)
{
    if (s->root != g->root && !no_root)
        return 0;
    if (side_match(s->actor, s->actor_sf, g->ev, "actor", "actor_aliases") &&
        (no_target ||
         side_match(s->target, s->target_sf, g->ev, "target", "target_aliases")))
        return 1;
    if ((g->root == 4 || g->root == 5 || g->root == 6) && s->target)
        return side_match(s->target, s->target_sf, g->ev, "actor", "actor_aliases") &&
               side_match(s->actor, s->actor_sf, g->ev, "target", "target_aliases");
    return 0;
}

/* Collapse whitespace of [s, s+n) into out (NUL-terminated). */
static void squeeze(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    int sp = 0;
    for (i = 0; i < n && o + 1 < cap; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            sp = o > 0;
            continue;
        }
        if (sp && o + 2 < cap)
            out[o++] = ' ';
        sp = 0;
        out[o++] = ch;
    }
    out[o] = 0;
}

/* Is the sentence of action x the evidence of a doubtful item? Compared
** with whitespace collapsed, by containment either way (sentence
** splitters differ at "U.S." ends). */
static int in_doubtful(const dz_analysis *a, const dz_action *x, json_t *doubtful)
{
    const dz_sentence *s = &a->sentences[x->sentence];
    char sent[4096], ev[4096];
    size_t i;
    json_t *d;
    squeeze(a->text + s->start, (size_t)(s->end - s->start), sent, sizeof sent);
    json_array_foreach(doubtful, i, d) {
        const char *e = json_string_value(json_object_get(d, "evidence"));
        if (!e)
            continue;
        squeeze(e, strlen(e), ev, sizeof ev);
        if (strstr(ev, sent) || strstr(sent, ev))
            return 1;
    }
    return 0;
}

/* Does the date of action x agree with the gold date g (see the header)? */
static int date_agrees(const dz_action *x, const char *g)
{
    size_t n = strlen(g);
    if (n == 0)         /* "" is also the gold's year-only time */
        return x->date_source == DZ_DATE_ARTICLE || !x->begin[0] ||
               x->precision == DZ_PREC_YEAR;
    if (n == 10)
        return !strcmp(x->begin, g);
    if (n == 7)
        return !strncmp(x->begin, g, 7) && !strncmp(x->end_date, g, 7);
    return 0;
}

static const char *mention_surface(const dz_analysis *a, int m, char *buf, size_t cap)
{
    const dz_mention *mt;
    size_t n;
    if (m < 0)
        return NULL;
    mt = &a->mentions[m];
    n = (size_t)(mt->end - mt->start);
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, a->text + mt->start, n);
    buf[n] = 0;
    return buf;
}

static void print_sentence(const dz_analysis *a, int si)
{
    char buf[4096];
    const dz_sentence *s = &a->sentences[si];
    squeeze(a->text + s->start, (size_t)(s->end - s->start), buf, sizeof buf);
    fprintf(stderr, "      | %s\n", buf);
}

static int side_match(const char *canon, const char *sf, json_t *ev,
                      const char *field, const char *afield);

/* Is the sentence of action x within the gold evidence ev (or the other
** way round), whitespace collapsed? */
static int in_evidence(const dz_analysis *a, const dz_action *x, const char *ev)
{
    const dz_sentence *s = &a->sentences[x->sentence];
    char sent[4096], e[4096];
    squeeze(a->text + s->start, (size_t)(s->end - s->start), sent, sizeof sent);
    squeeze(ev, strlen(ev), e, sizeof e);
    return sent[0] && (strstr(e, sent) || strstr(sent, e));
}

/* Is the gold side (field, afield) of event g a mention inside its
** evidence sentence? An empty side counts as present. */
static int side_tagged(const dz_analysis *a, const gold_ev *g, const char *field,
                       const char *afield)
{
    const char *ev = json_string_value(json_object_get(g->ev, "evidence"));
    const char *name = json_string_value(json_object_get(g->ev, field));
    char e[4096], buf[4096], sf[128];
    int m, si;
    if (!name || !*name)
        return 1;
    if (!ev)
        return 0;
    squeeze(ev, strlen(ev), e, sizeof e);
    for (m = 0; m < a->nmentions; m++) {
        const dz_mention *mt = &a->mentions[m];
        if (!side_match(mt->name, mention_surface(a, m, sf, sizeof sf), g->ev, field, afield))
            continue;
        for (si = 0; si < a->nsentences; si++) {
            const dz_sentence *s = &a->sentences[si];
            if (mt->start < s->start || mt->start >= s->end)
                continue;
            squeeze(a->text + s->start, (size_t)(s->end - s->start), buf, sizeof buf);
            if (buf[0] && (strstr(e, buf) || strstr(buf, e)))
                return 1;
        }
    }
    return 0;
}

static long mc_untagged[MC_N];  /* misses whose actor or target is no mention there */

/* Action x's actor (target when tgt): the canonical name, NULL when it has
** none, with its surface written into buf. A group named by a common noun
** ("creditor banks") is its own name and surface. */
static const char *side_of(const dz_analysis *a, const dz_action *x, int tgt,
                           char *buf, size_t cap, const char **sf)
{
    int m = tgt ? x->target : x->actor;
    const char *g = tgt ? x->target_group : x->actor_group;
    if (m >= 0) {
        *sf = mention_surface(a, m, buf, cap);
        return a->mentions[m].name;
    }
    *sf = g;
    return g;
}

/* The type of action x's actor: a group acts as an organisation. */
static dz_entity_type actor_type(const dz_analysis *a, const dz_action *x)
{
    return x->actor >= 0 ? a->mentions[x->actor].type : DZ_ENT_ORGANIZATION;
}

/* The miss class of gold event g (see mc_name), printing the best action
** of its sentence when verbose. */
static int miss_class(const dz_analysis *a, const gold_ev *g, long id)
{
    const char *ev = json_string_value(json_object_get(g->ev, "evidence"));
    int ai, best = -1, bestw = 9, bestmask = 0, any = 0;
    char asf[128], tsf[128];
    for (ai = 0; ai < a->nactions && ev; ai++) {
        const dz_action *x = &a->actions[ai];
        const char *an, *tn, *as, *ts;
        int ok_a, ok_r, ok_t, w, mask;
        if ((x->actor < 0 && !x->actor_group) || !in_evidence(a, x, ev))
            continue;
        any = 1;
        an = side_of(a, x, 0, asf, sizeof asf, &as);
        tn = side_of(a, x, 1, tsf, sizeof tsf, &ts);
        ok_a = side_match(an, as, g->ev, "actor", "actor_aliases");
        ok_t = side_match(tn, ts, g->ev, "target", "target_aliases");
        if ((g->root == 4 || g->root == 5 || g->root == 6) && tn && !(ok_a && ok_t) &&
            side_match(tn, ts, g->ev, "actor", "actor_aliases") &&
            side_match(an, as, g->ev, "target", "target_aliases"))
            ok_a = ok_t = 1;
        ok_r = x->category == g->root;
        mask = (!ok_a) | (!ok_r) << 1 | (!ok_t) << 2;
        w = !ok_a + !ok_r + !ok_t;
        if (w < bestw || (w == bestw && mask < bestmask)) {
            best = ai;
            bestw = w;
            bestmask = mask;
        }
    }
    mc_best[0] = 0;
    if (!any) {
        int m;
        for (m = 0; m < a->nmentions && ev; m++) {
            const dz_mention *mt = &a->mentions[m];
            char buf[4096], e[4096];
            const char *sf = mention_surface(a, m, asf, sizeof asf);
            if (!side_match(mt->name, sf, g->ev, "actor", "actor_aliases"))
                continue;
            /* the mention's own sentence must be the evidence */
            {
                int si;
                for (si = 0; si < a->nsentences; si++) {
                    const dz_sentence *s = &a->sentences[si];
                    if (mt->start < s->start || mt->start >= s->end)
                        continue;
                    squeeze(a->text + s->start, (size_t)(s->end - s->start), buf, sizeof buf);
                    squeeze(ev, strlen(ev), e, sizeof e);
                    if (buf[0] && (strstr(e, buf) || strstr(buf, e)))
                        return MC_NONE;
                }
            }
        }
        return MC_NOACTOR;
    }
    {
        const dz_action *x = &a->actions[best];
        const char *as, *ts;
        side_of(a, x, 0, asf, sizeof asf, &as);
        side_of(a, x, 1, tsf, sizeof tsf, &ts);
        snprintf(mc_best, sizeof mc_best, "      best: %s -%02d %s-> %s\n",
                as, x->category, x->verb ? x->verb : "", ts ? ts : "-");
    }
    switch (bestmask) {
    case 0: {
        const dz_action *x = &a->actions[best];
        int has_t = x->target >= 0 || x->target_group;
        if (actions_plain_statement(x->verb, x->category, has_t) ||
            (!has_t && actions_needs_target(x->category, actor_type(a, x))))
            return MC_FILTERED;
        return MC_TAKEN;
    }
    case 1: return MC_ACTOR;
    case 2: return MC_ROOT;
    case 4: return MC_TARGET;
    case 3: return MC_AR;
    case 5: return MC_AT;
    case 6: return MC_RT;
    default: return MC_ART;
    }
    (void)id;
}

/* Score one story: its analysis a against gold document gd. */
static void score_story(const dz_analysis *a, json_t *gd, long id, counts *all,
                        counts per_root[21], long gold_per_root[21], long sys_per_root[21])
{
    json_t *events = json_object_get(gd, "events");
    json_t *doubtful = json_object_get(gd, "doubtful");
    size_t ng = json_array_size(events), i, k;
    gold_ev *g = calloc(ng ? ng : 1, sizeof *g);
    sys_ev *s = calloc((size_t)a->nactions + 1, sizeof *s);
    char (*asf)[128] = calloc((size_t)a->nactions + 1, sizeof *asf);
    char (*tsf)[128] = calloc((size_t)a->nactions + 1, sizeof *tsf);
    int ns = 0, ai;
    if (!g || !s || !asf || !tsf) {
        fprintf(stderr, "eval_events: out of memory\n");
        exit(1);
    }
    for (i = 0; i < ng; i++) {
        json_t *ev = json_array_get(events, i);
        g[i].ev = ev;
        g[i].root = atoi(json_string_value(json_object_get(ev, "root")) ?
                         json_string_value(json_object_get(ev, "root")) : "0");
        gold_per_root[g[i].root > 0 && g[i].root <= 20 ? g[i].root : 0]++;
    }
    /* the predicted triples, as a set */
    for (ai = 0; ai < a->nactions; ai++) {
        const dz_action *x = &a->actions[ai];
        sys_ev t;
        int dup = 0, q;
        int has_t = x->target >= 0 || x->target_group;
        if ((x->actor < 0 && !x->actor_group) || x->category < 1 || x->category > 20)
            continue;
        if (!statements && actions_plain_statement(x->verb, x->category, has_t))
            continue;
        if (!has_t && actions_needs_target(x->category, actor_type(a, x))) {
            all->incomplete++;
            if (!incomplete)
                continue;
        }
        memset(&t, 0, sizeof t);
        t.actor = side_of(a, x, 0, asf[ns], sizeof asf[ns], &t.actor_sf);
        t.target = side_of(a, x, 1, tsf[ns], sizeof tsf[ns], &t.target_sf);
        t.root = x->category;
        t.action = ai;
        for (q = 0; q < ns && !dup; q++)
            dup = s[q].root == t.root &&
                  ((!strcmp(s[q].actor, t.actor) &&
                    ((!s[q].target && !t.target) ||
                     (s[q].target && t.target && !strcmp(s[q].target, t.target)))) ||
                   ((t.root == 4 || t.root == 5 || t.root == 6) && s[q].target &&
                    t.target && !strcmp(s[q].target, t.actor) &&
                    !strcmp(s[q].actor, t.target)));
        if (!dup)
            s[ns++] = t;
    }
    /* one-to-one, greedy in text order; a gold event whose evidence holds
    ** the action's sentence is preferred */
    for (k = 0; k < (size_t)ns; k++) {
        int best = -1;
        for (i = 0; i < ng; i++)
            if (!g[i].used && triple_match(&s[k], &g[i])) {
                best = (int)i;
                break;
            }
        if (best >= 0) {
            const dz_action *x = &a->actions[s[k].action];
            const char *gdate = json_string_value(json_object_get(g[best].ev, "date"));
            const char *gmod = json_string_value(json_object_get(g[best].ev, "modality"));
            int dok = date_agrees(x, gdate ? gdate : "");
            int mok = gmod && !strcmp(gmod, dz_modality_name(x->modality));
            g[best].used = 1;
            s[k].matched = 1;
            all->tp++;
            all->date_ok += dok;
            all->mod_ok += mok;
            per_root[g[best].root].tp++;
            if (show_all || (verbose && (!dok || !mok))) {
                fprintf(stderr, "%ld match %s -%02d %s-> %s (gold %02d)  date %s%s (gold %s) modality %s%s (gold %s)\n",
                        id, s[k].actor, s[k].root, x->verb ? x->verb : "",
                        s[k].target ? s[k].target : "-", g[best].root,
                        x->begin, dok ? "" : " WRONG", gdate ? gdate : "",
                        dz_modality_name(x->modality), mok ? "" : " WRONG",
                        gmod ? gmod : "");
                print_sentence(a, x->sentence);
            }
        }
    }
    for (k = 0; k < (size_t)ns; k++) {
        const dz_action *x = &a->actions[s[k].action];
        if (s[k].matched) {
            all->sys++;
            sys_per_root[s[k].root]++;
            continue;
        }
        if (in_doubtful(a, x, doubtful)) {
            all->ignored++;
            continue;
        }
        all->sys++;
        sys_per_root[s[k].root]++;
        if (verbose) {
            fprintf(stderr, "%ld false %s -%02d %s-> %s  [%s] %s\n", id, s[k].actor,
                    s[k].root, x->verb ? x->verb : "", s[k].target ? s[k].target : "-",
                    dz_modality_name(x->modality), x->begin);
            print_sentence(a, x->sentence);
        }
    }
    all->gold += (long)ng;
    for (i = 0; i < ng; i++)
        if (!g[i].used && (verbose || miss_classes)) {
            const char *ev = json_string_value(json_object_get(g[i].ev, "evidence"));
            char buf[4096];
            int mc = miss_classes ? miss_class(a, &g[i], id) : -1;
            squeeze(ev ? ev : "", ev ? strlen(ev) : 0, buf, sizeof buf);
            int untagged = 0;
            if (mc >= 0) {
                mc_count[mc]++;
                untagged = !side_tagged(a, &g[i], "actor", "actor_aliases") ||
                           !side_tagged(a, &g[i], "target", "target_aliases");
                mc_untagged[mc] += untagged;
            }
            if (verbose)
            fprintf(stderr, "%ld miss%s%s %s -%02d %s-> %s  [%s] %s\n      | %s\n", id,
                    mc >= 0 ? (untagged ? " [untagged] " : " ") : "", mc >= 0 ? mc_name[mc] : "",
                    json_string_value(json_object_get(g[i].ev, "actor")), g[i].root,
                    json_string_value(json_object_get(g[i].ev, "verb")),
                    json_string_value(json_object_get(g[i].ev, "target")),
                    json_string_value(json_object_get(g[i].ev, "modality")),
                    json_string_value(json_object_get(g[i].ev, "date")), buf);
            if (verbose && mc >= 0)
                fputs(mc_best, stderr);
        }
    free(g);
    free(s);
    free(asf);
    free(tsf);
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    char path[4096], line_path[4096];
    FILE *f;
    char *line = NULL;
    size_t cap = 0;
    counts all = { 0 }, per_root[21];
    long gold_per_root[21] = { 0 }, sys_per_root[21] = { 0 };
    long sentences = 0, stories = 0;
    double seconds = 0;
    dz_lexicon *lx;
    int i;

    memset(per_root, 0, sizeof per_root);
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "-a"))
            verbose = show_all = 1;
        else if (!strcmp(argv[i], "-s"))
            speed = 1;
        else if (!strcmp(argv[i], "-S"))
            statements = 1;
        else if (!strcmp(argv[i], "-I"))
            incomplete = 1;
        else if (!strcmp(argv[i], "-T"))
            no_target = 1;
        else if (!strcmp(argv[i], "-R"))
            no_root = 1;
        else if (!strcmp(argv[i], "-M"))
            miss_classes = 1;
        else if (!strcmp(argv[i], "-G"))
            no_model = 1;
        else
            dir = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: eval_events [-v] [-a] [-s] [-S] [-I] [-T] [-R] [-M] [-G] DIR\n");
        return 2;
    }
    snprintf(line_path, sizeof line_path, "%s/stories.jsonl", dir);
    if (!(f = fopen(line_path, "r"))) {
        fprintf(stderr, "eval_events: cannot open %s\n", line_path);
        return 2;
    }
    if (!(lx = lexicon_new())) {
        fprintf(stderr, "eval_events: out of memory\n");
        return 1;
    }
    if (!no_model) {
        /* the product's analysis: names from the learned tagger as well
        ** as the gazetteers (as dossier loads it) */
        char err[256];
        dz_ner_model *m = ner_load_builtin(err, sizeof err);
        if (!m) {
            fprintf(stderr, "eval_events: %s\n", err);
            return 1;
        }
        lexicon_set_model(lx, m);
    }
    while (getline(&line, &cap, f) > 0) {
        json_error_t err;
        json_t *st = json_loads(line, 0, &err), *gd;
        const char *body, *pub;
        long id;
        dz_analysis a;
        clock_t t0;
        if (!st)
            continue;
        id = (long)json_integer_value(json_object_get(st, "id"));
        body = json_string_value(json_object_get(st, "body"));
        pub = json_string_value(json_object_get(st, "published"));
        snprintf(path, sizeof path, "%s/gold/%ld.json", dir, id);
        if (!body || !(gd = json_load_file(path, 0, &err))) {
            json_decref(st);
            continue;
        }
        t0 = clock();
        dz_analysis_init(&a, body, strlen(body), pub);
        if (analyze_text(lx, &a) != 0) {
            fprintf(stderr, "eval_events: out of memory\n");
            return 1;
        }
        seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
        sentences += a.nsentences;
        score_story(&a, gd, id, &all, per_root, gold_per_root, sys_per_root);
        stories++;
        dz_analysis_free(&a);
        json_decref(gd);
        json_decref(st);
    }
    free(line);
    fclose(f);
    lexicon_free(lx);
    {
        double p = all.sys ? (double)all.tp / (double)all.sys : 0;
        double r = all.gold ? (double)all.tp / (double)all.gold : 0;
        int rt;
        printf("stories %ld  gold %ld  predicted %ld  matched %ld  "
               "(ignored: %ld on doubtful sentences; %ld acts without the "
               "target they need%s)\n",
               stories, all.gold, all.sys, all.tp, all.ignored, all.incomplete,
               incomplete ? ", scored" : ", not scored");
        printf("root  gold  pred  match     P      R     F1\n");
        for (rt = 1; rt <= 20; rt++) {
            double pp, rr;
            if (!gold_per_root[rt] && !sys_per_root[rt])
                continue;
            pp = sys_per_root[rt] ? (double)per_root[rt].tp / (double)sys_per_root[rt] : 0;
            rr = gold_per_root[rt] ? (double)per_root[rt].tp / (double)gold_per_root[rt] : 0;
            printf("%02d   %5ld %5ld %6ld  %5.3f  %5.3f  %5.3f  %s\n", rt, gold_per_root[rt],
                   sys_per_root[rt], per_root[rt].tp, pp, rr, f1(pp, rr), dz_cameo_name(rt));
        }
        printf("precision %.3f  recall %.3f\n", p, r);
        if (all.tp)
            printf("on matches: date agrees %.3f  modality agrees %.3f\n",
                   (double)all.date_ok / (double)all.tp, (double)all.mod_ok / (double)all.tp);
        if (speed && seconds > 0)
            printf("analysis speed: %.0f sentences/s (%ld sentences, %.3f s)\n",
                   (double)sentences / seconds, sentences, seconds);
        if (miss_classes) {
            int c;
            printf("misses by class:\n");
            for (c = 0; c < MC_N; c++)
                printf("  %4ld  %s (actor or target no mention there: %ld)\n",
                       mc_count[c], mc_name[c], mc_untagged[c]);
        }
        printf("F1 %.3f\n", f1(p, r));
    }
    return 0;
}
