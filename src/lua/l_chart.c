/*
** l_chart.c — pictures and export for the `report` module:
**   report.chart(series, opts)     bar / line / spark chart of one or more
**                                  series: terminal text, or SVG to a file
**   report.graph(net, opts)        a network as DOT, SVG (Graphviz's dot,
**                                  run when asked), JSON or GraphML
**   report.timeline(events, opts)  dated records on a time axis
**   report.html{title=, sections=} one self-contained HTML page
** and file= / format= for every report function. The output format comes
** from format=, else the file's extension, else the function's default.
**
** Text is built in a dz_buf held by a userdata whose __gc frees it, so that
** an error raised while Lua values are read (a bad row, a metamethod, no
** memory) leaks nothing.
*/
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <sys/socket.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "lua/lbind.h"
#include "lua/lpictures.h"
#include "lua/help.h"
#include "lua/sandbox.h"

extern char **environ;

#define CHART_BUF "dossier.chart.buf"

/* Colours of series (Okabe-Ito, readable by colour-blind people). */
static const char *const palette[] = {
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
    "#F0E442", "#000000"
};
#define NPALETTE 8
/* Edge colours by CAMEO quad class (0: co-occurrence). */
static const char *const quad_colors[] = {
    "#9a9a9a", "#2c7fb8", "#31a354", "#f28e2b", "#d7301f"
};
static const char *const quad_names[] = {
    "co-occurrence", "verbal cooperation", "material cooperation",
    "verbal conflict", "material conflict"
};
#define FONT "DejaVu Sans, Helvetica, Arial, sans-serif"

/* ---- buffers, formats, files --------------------------------------------- */

static int buf_gc(lua_State *L)
{
    dz_buf_free(luaL_checkudata(L, 1, CHART_BUF));
    return 0;
}

/* Push a userdata holding an empty dz_buf freed by __gc; returns it. */
static dz_buf *new_buf(lua_State *L)
{
    dz_buf *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    if (luaL_newmetatable(L, CHART_BUF)) {
        lua_pushcfunction(L, buf_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return b;
}

/* Raise when a buffer ran out of memory (its appends failed). */
static void check_buf(lua_State *L, dz_buf *b, size_t want)
{
    if (want > 0 && (!b->data || b->len < want))
        luaL_error(L, "not enough memory");
}

/* The format a file name's extension names, or NULL. */
static const char *ext_format(const char *file)
{
    static const char *const map[][2] = {
        { "svg", "svg" }, { "dot", "dot" }, { "gv", "dot" },
        { "json", "json" }, { "graphml", "graphml" }, { "csv", "csv" },
        { "md", "markdown" }, { "markdown", "markdown" }, { "html", "html" },
        { "htm", "html" }, { "txt", "text" }, { NULL, NULL }
    };
    const char *dot = file ? strrchr(file, '.') : NULL;
    int i;
    if (!dot || strchr(dot, '/'))
        return NULL;
    for (i = 0; map[i][0]; i++)
        if (strcasecmp(dot + 1, map[i][0]) == 0)
            return map[i][1];
    return NULL;
}

/* A string field of the table at idx (0 or not a table: NULL). */
static const char *opt_str(lua_State *L, int idx, const char *field)
{
    return idx && lua_istable(L, idx) ? lbind_opt_string(L, idx, field, NULL) : NULL;
}

static lua_Integer opt_int(lua_State *L, int idx, const char *field, lua_Integer def)
{
    return idx && lua_istable(L, idx) ? lbind_opt_int(L, idx, field, def) : def;
}

const char *lchart_format(lua_State *L, int opts, const char *def)
{
    const char *f = opt_str(L, opts, "format");
    const char *e = ext_format(opt_str(L, opts, "file"));
    return f ? f : e ? e : def;
}

int lchart_deliver(lua_State *L, int opts)
{
    const char *file = opt_str(L, opts, "file");
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    FILE *fp;
    if (!file)
        return 1;
    if (lsandbox_restricted(L))
        return luaL_error(L, "file=: a sandboxed script cannot write files");
    fp = fopen(file, "wb");
    if (!fp || fwrite(s, 1, n, fp) != n || fclose(fp) != 0) {
        int e = errno;
        if (fp)
            fclose(fp);
        lua_pushnil(L);
        lua_pushfstring(L, "%s: %s", file, strerror(e));
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* Push the text of b as a string and deliver it (see lchart_deliver). */
static int deliver_buf(lua_State *L, int opts, dz_buf *b)
{
    lua_pushlstring(L, b->data ? b->data : "", b->len);
    return lchart_deliver(L, opts);
}

/* Append s with the XML special characters escaped (and the search match
** marks dropped, control characters as spaces). */
static void xml_text(dz_buf *b, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '&': dz_buf_puts(b, "&amp;"); break;
        case '<': dz_buf_puts(b, "&lt;"); break;
        case '>': dz_buf_puts(b, "&gt;"); break;
        case '"': dz_buf_puts(b, "&quot;"); break;
        case '\'': dz_buf_puts(b, "&#39;"); break;
        case 2: case 3: break;
        default:
            dz_buf_putc(b, c < 0x20 ? ' ' : (char)c);
        }
    }
}

static void xml_puts(dz_buf *b, const char *s)
{
    xml_text(b, s ? s : "", s ? strlen(s) : 0);
}

/* Append s escaped for a double-quoted DOT string. */
static void dot_text(dz_buf *b, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            dz_buf_putc(b, '\\');
        dz_buf_putc(b, (unsigned char)*s < 0x20 ? ' ' : *s);
    }
}

/* A number as a short label: integers plainly, others to 3 digits. */
static void fmt_num(char out[32], double v)
{
    if (v != v)
        snprintf(out, 32, "-");
    else if (fabs(v) < 1e15 && v == floor(v))
        snprintf(out, 32, "%.0f", v);
    else if (fabs(v) >= 100)
        snprintf(out, 32, "%.0f", v);
    else
        snprintf(out, 32, "%.3g", v);
}

/* Display width of UTF-8 text in cells (every code point one cell). */
static int cells(const char *s)
{
    int w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

/* Append s padded (or cut) to exactly w cells; right-aligned if right. */
static void put_cells(dz_buf *b, const char *s, int w, int right)
{
    int n = cells(s), i;
    if (n > w) {
        const char *p = s;
        int k = 0;
        while (*p && k < w) {
            p++;
            while (((unsigned char)*p & 0xC0) == 0x80)
                p++;
            k++;
        }
        dz_buf_append(b, s, (size_t)(p - s));
        return;
    }
    if (right)
        for (i = n; i < w; i++)
            dz_buf_putc(b, ' ');
    dz_buf_puts(b, s);
    if (!right)
        for (i = n; i < w; i++)
            dz_buf_putc(b, ' ');
}

/* ---- reading series ------------------------------------------------------ */

/* A chart's data: ns series over nx shared x labels. Arrays live in
** userdata on the Lua stack; label strings in an anchor table there. */
typedef struct chart {
    int ns, nx;
    const char **x;              /* x labels */
    const char **name;           /* series names */
    double **y;                  /* y[s][i]; NaN when missing */
    double ymax;
    const char *value;           /* the field shown */
    const char *by;              /* "day" / "week" / "month" or NULL */
} chart;

static const char *const x_fields[] = {
    "start", "date", "label", "name", "month", "week", "day", NULL
};
static const char *const y_fields[] = {
    "count", "value", "mentions", "events", "articles", "n", "sentences", NULL
};

/* Is the value at idx a series: a non-empty list of tables, or an empty
** list that says what it is (__columns, or a by field)? */
static int is_series(lua_State *L, int idx)
{
    int t, yes;
    if (!lua_istable(L, idx))
        return 0;
    idx = lua_absindex(L, idx);
    t = lua_rawgeti(L, idx, 1);
    lua_pop(L, 1);
    if (t != LUA_TNIL)
        return t == LUA_TTABLE;
    if (luaL_getmetafield(L, idx, "__columns") != LUA_TNIL) {
        lua_pop(L, 1);
        return 1;
    }
    lua_pushstring(L, "by");
    yes = lua_rawget(L, idx) != LUA_TNIL;
    lua_pop(L, 1);
    return yes;
}

/* Is the value at idx one series, rather than a list or map of them? */
static int is_one_series(lua_State *L, int idx)
{
    int one;
    if (!is_series(L, idx))
        return 0;
    if (lua_rawgeti(L, idx, 1) == LUA_TNIL) {
        lua_pop(L, 1);
        return 1;
    }
    one = !is_series(L, -1);
    lua_pop(L, 1);
    return one;
}

/* The first field of names present in record idx with the wanted type
** (LUA_TNUMBER or LUA_TNONE for any non-nil), or NULL. */
static const char *first_field(lua_State *L, int idx, const char *const *names, int type)
{
    int i;
    for (i = 0; names[i]; i++) {
        int t = lua_getfield(L, idx, names[i]);
        lua_pop(L, 1);
        if (t != LUA_TNIL && (type == LUA_TNONE || t == type))
            return names[i];
    }
    return NULL;
}

/* The text of field f of the record at idx, kept alive in the anchor
** table at anchor; NULL when absent. */
static const char *anchored_field(lua_State *L, int idx, const char *f, int anchor)
{
    const char *s;
    if (lua_getfield(L, idx, f) == LUA_TNIL) {
        lua_pop(L, 1);
        return NULL;
    }
    s = luaL_tolstring(L, -1, NULL);
    lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
    lua_pop(L, 1);
    return s;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Read the series argument at arg into c: one series (a list of records),
** a list of series, or a table of named series. Pushes an anchor table and
** the arrays (userdata) on the stack; raises on bad input. */
static void read_chart(lua_State *L, int arg, int opts, chart *c)
{
    int anchor, list, ns, s, i;
    lua_Integer k;
    const char *xf = opt_str(L, opts, "x"), *yf = opt_str(L, opts, "value");
    int set;

    memset(c, 0, sizeof *c);
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_newtable(L);
    anchor = lua_gettop(L);
    /* the series, as a list at index list with names beside them */
    lua_newtable(L);
    list = lua_gettop(L);
    ns = 0;
    if (is_one_series(L, arg)) {
        lua_pushvalue(L, arg);
        lua_rawseti(L, list, ++ns);
    } else {
        if (lua_rawlen(L, arg) == 0) {
            /* named series {China = s1, Russia = s2}, sorted by name */
            lua_pushnil(L);
            while (lua_next(L, arg)) {
                if (lua_type(L, -2) == LUA_TSTRING && lua_istable(L, -1)) {
                    lua_createtable(L, 0, 2);
                    lua_pushvalue(L, -2);
                    lua_setfield(L, -2, "data");
                    lua_pushvalue(L, -3);
                    lua_setfield(L, -2, "name");
                    lua_rawseti(L, list, ++ns);
                }
                lua_pop(L, 1);
            }
            lua_getglobal(L, "table");
            if (lua_istable(L, -1) && lua_getfield(L, -1, "sort") == LUA_TFUNCTION) {
                lua_pushvalue(L, list);
                luaL_loadstring(L, "local a, b = ... return a.name < b.name");
                lua_call(L, 2, 0);
                lua_pop(L, 1);
            } else {
                lua_pop(L, 2);
            }
            for (i = 1; i <= ns; i++) {
                lua_rawgeti(L, list, i);
                lua_getfield(L, -1, "data");
                lua_getfield(L, -2, "name");
                lua_setfield(L, -2, "label");    /* on the data: becomes its name */
                lua_rawseti(L, list, i);
                lua_pop(L, 1);
            }
        } else {
            for (k = 1; k <= (lua_Integer)lua_rawlen(L, arg); k++) {
                if (lua_rawgeti(L, arg, k) != LUA_TTABLE)
                    luaL_error(L, "series %d is a %s, not a list of records", (int)k,
                               luaL_typename(L, -1));
                lua_rawseti(L, list, ++ns);
            }
        }
    }
    if (ns == 0)
        luaL_error(L, "nothing to chart");
    c->ns = ns;
    c->name = lua_newuserdatauv(L, sizeof *c->name * (size_t)ns, 0);
    c->y = lua_newuserdatauv(L, sizeof *c->y * (size_t)ns, 0);
    /* pass 1: the x labels (a set), the names, the fields */
    lua_newtable(L);
    set = lua_gettop(L);
    for (s = 0; s < ns; s++) {
        lua_Integer n;
        lua_rawgeti(L, list, s + 1);
        c->name[s] = anchored_field(L, -1, "label", anchor);
        if (!c->name[s]) {
            lua_pushfstring(L, "series %d", s + 1);
            c->name[s] = lua_tostring(L, -1);
            lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
        }
        if (!c->by)
            c->by = anchored_field(L, -1, "by", anchor);
        n = (lua_Integer)lua_rawlen(L, -1);
        for (k = 1; k <= n; k++) {
            const char *xv;
            if (lua_rawgeti(L, -1, k) != LUA_TTABLE)
                luaL_error(L, "row %d of series %d is not a record", (int)k, s + 1);
            if (!xf)
                xf = first_field(L, -1, x_fields, LUA_TNONE);
            if (!yf) {
                if (lua_getfield(L, -2, "value") == LUA_TSTRING)
                    yf = anchored_field(L, -3, "value", anchor);
                lua_pop(L, 1);
            }
            if (!yf)
                yf = first_field(L, -1, y_fields, LUA_TNUMBER);
            xv = xf ? anchored_field(L, -1, xf, anchor) : NULL;
            if (!xv) {
                lua_pushinteger(L, k);
                xv = lua_tostring(L, -1);
                lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
            }
            lua_pushstring(L, xv);
            if (lua_rawget(L, set) == LUA_TNIL) {
                lua_pushstring(L, xv);
                lua_pushboolean(L, 1);
                lua_rawset(L, set);
                c->nx++;
            }
            lua_pop(L, 2);
        }
        lua_pop(L, 1);
    }
    if (!yf && c->nx == 0)
        yf = "count";                   /* empty series: an empty chart */
    if (!yf)
        luaL_error(L, "no numbers to chart (say which field with value=)");
    c->value = yf;
    c->x = lua_newuserdatauv(L, sizeof *c->x * (size_t)(c->nx + 1), 0);
    i = 0;
    lua_pushnil(L);
    while (lua_next(L, set)) {
        lua_pop(L, 1);
        /* keys of the set are anchored by the set itself */
        c->x[i++] = lua_tostring(L, -1);
    }
    /* first-appearance order is lost in a set: dates and names sort well */
    qsort(c->x, (size_t)c->nx, sizeof *c->x, cmp_cstr);
    for (i = 0; i < c->nx; i++) {
        lua_pushstring(L, c->x[i]);
        lua_pushinteger(L, i);
        lua_rawset(L, set);
    }
    /* pass 2: the values */
    for (s = 0; s < ns; s++) {
        lua_Integer n;
        c->y[s] = lua_newuserdatauv(L, sizeof(double) * (size_t)(c->nx + 1), 0);
        lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
        for (i = 0; i < c->nx; i++)
            c->y[s][i] = NAN;
        lua_rawgeti(L, list, s + 1);
        n = (lua_Integer)lua_rawlen(L, -1);
        for (k = 1; k <= n; k++) {
            int at;
            lua_rawgeti(L, -1, k);
            if (xf && lua_getfield(L, -1, xf) != LUA_TNIL) {
                luaL_tolstring(L, -1, NULL);
                lua_remove(L, -2);
            } else {
                lua_pop(L, 1);
                lua_pushinteger(L, k);
                luaL_tolstring(L, -1, NULL);
                lua_remove(L, -2);
            }
            lua_rawget(L, set);
            at = (int)lua_tointeger(L, -1);
            lua_pop(L, 1);
            if (lua_getfield(L, -1, yf) == LUA_TNUMBER) {
                double v = lua_tonumber(L, -1);
                c->y[s][at] = isnan(c->y[s][at]) ? v : c->y[s][at] + v;
            }
            lua_pop(L, 2);
        }
        lua_pop(L, 1);
    }
    c->ymax = 0;
    for (s = 0; s < ns; s++)
        for (i = 0; i < c->nx; i++)
            if (!isnan(c->y[s][i]) && c->y[s][i] > c->ymax)
                c->ymax = c->y[s][i];
}

/* An x label as shown: a month bucket's date as YYYY-MM. */
static void x_label(const chart *c, int i, char out[64])
{
    const char *x = c->x[i];
    if (c->by && strcmp(c->by, "month") == 0 && strlen(x) == 10 && x[4] == '-')
        snprintf(out, 64, "%.7s", x);
    else
        snprintf(out, 64, "%s", x);
}

/* The y axis: a round step and top (1, 2 or 5 times a power of ten). */
static void nice_axis(double ymax, int ticks, double *step, double *top)
{
    double raw, mag, norm;
    if (!(ymax > 0))
        ymax = 1;
    raw = ymax / ticks;
    mag = pow(10, floor(log10(raw)));
    norm = raw / mag;
    *step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    *top = ceil(ymax / *step - 1e-9) * *step;
}

/* ---- terminal charts ----------------------------------------------------- */

static const char *const eighths[] = {
    "", "\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d", "\xe2\x96\x8c",
    "\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89", "\xe2\x96\x88"
};
static const char *const sparks[] = {
    "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
    "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"
};
/* whole-cell fills of the second and later series of a bar chart */
static const char *const fills[] = {
    "\xe2\x96\x88", "\xe2\x96\x93", "\xe2\x96\x92", "\xe2\x96\x91", "#", "=", "+", "-"
};
/* point marks of the series of a line chart */
static const char *const marks[] = {
    "\xe2\x97\x8f", "\xe2\x97\x8b", "\xe2\x97\x86", "\xc3\x97", "+", "*", "o", "x"
};

/* Title line and legend shared by the terminal charts. */
static void term_head(dz_buf *b, const chart *c, const char *title, const char *const *glyph)
{
    int s;
    if (title)
        dz_buf_printf(b, "%s\n", title);
    if (c->ns > 1 || glyph == marks) {
        for (s = 0; s < c->ns; s++)
            dz_buf_printf(b, "%s%s %s", s ? "   " : "", glyph[s % 8], c->name[s]);
        dz_buf_putc(b, '\n');
    }
}

/* Horizontal bars, one line per x label and series, fitting width. */
static void term_bar(dz_buf *b, const chart *c, const char *title, int width)
{
    int labw = 0, valw = 1, barw, i, s;
    char lab[64], num[32];
    for (i = 0; i < c->nx; i++) {
        x_label(c, i, lab);
        if (cells(lab) > labw)
            labw = cells(lab);
        for (s = 0; s < c->ns; s++) {
            fmt_num(num, c->y[s][i]);
            if ((int)strlen(num) > valw)
                valw = (int)strlen(num);
        }
    }
    if (labw > 24)
        labw = 24;
    barw = width - labw - valw - 4;
    if (barw < 10)
        barw = 10;
    term_head(b, c, title ? title : c->value, fills);
    for (i = 0; i < c->nx; i++) {
        x_label(c, i, lab);
        for (s = 0; s < c->ns; s++) {
            double v = c->y[s][i];
            double cellsv = c->ymax > 0 && v > 0 ? v / c->ymax * barw : 0;
            int whole = (int)cellsv, part = (int)((cellsv - whole) * 8 + 0.5), k;
            if (part == 8)
                whole++, part = 0;
            put_cells(b, s == 0 ? lab : "", labw, 0);
            dz_buf_puts(b, " \xe2\x94\x82");             /* │ */
            for (k = 0; k < whole; k++)
                dz_buf_puts(b, fills[s % 8]);
            if (s == 0 && part > 0)
                dz_buf_puts(b, eighths[part]);
            else if (s > 0 && part >= 4)
                dz_buf_puts(b, fills[s % 8]);
            fmt_num(num, v);
            dz_buf_printf(b, " %s\n", num);
        }
    }
}

/* Mean of y[from..to) ignoring missing values (NaN when all are). */
static double mean_of(const double *y, int from, int to)
{
    double sum = 0;
    int n = 0, i;
    for (i = from; i < to; i++)
        if (!isnan(y[i]))
            sum += y[i], n++;
    return n ? sum / n : NAN;
}

/* Columns of a plot w cells wide over nx values: value i of column k is
** the mean of the x range [k*nx/w, (k+1)*nx/w) when nx > w; else each
** value gets w/nx columns. Fills v (w entries) for series y. Returns the
** columns used. */
static int columns_of(const double *y, int nx, int w, double *v)
{
    int k;
    if (nx <= 0)
        return 0;
    if (nx <= w) {
        int step = w / nx, used = step * nx;
        for (k = 0; k < used; k++)
            v[k] = (k % step == step / 2) ? y[k / step] : NAN;
        return used;
    }
    for (k = 0; k < w; k++)
        v[k] = mean_of(y, (int)((long)k * nx / w), (int)((long)(k + 1) * nx / w));
    return w;
}

/* A line chart height rows tall: each series' values as marks, joined by
** dots between them, a y axis with three labels and an x axis with dates. */
static void term_line(lua_State *L, dz_buf *b, const chart *c, const char *title,
                      int width, int height)
{
    char top[32], mid[32], num[32], lab[64];
    int yw, w, used = 0, s, r, k;
    int *grid;
    double step, ymax;
    nice_axis(c->ymax, 4, &step, &ymax);
    fmt_num(top, ymax);
    fmt_num(mid, ymax / 2);
    yw = (int)strlen(top);
    w = width - yw - 2;
    if (w < 10)
        w = 10;
    grid = lua_newuserdatauv(L, sizeof *grid * (size_t)(w * height), 0);
    for (k = 0; k < w * height; k++)
        grid[k] = -1;
    {
        double *v = lua_newuserdatauv(L, sizeof *v * (size_t)w, 0);
        for (s = c->ns - 1; s >= 0; s--) {
            int last = -1, lastr = 0;
            used = columns_of(c->y[s], c->nx, w, v);
            for (k = 0; k < used; k++) {
                int row;
                if (isnan(v[k]))
                    continue;
                row = (int)(v[k] / ymax * (height - 1) + 0.5);
                if (row >= height)
                    row = height - 1;
                if (last >= 0) {
                    /* dots along the straight line from the last mark */
                    int j;
                    for (j = last + 1; j < k; j++) {
                        int rr = lastr + (int)((double)(row - lastr) * (j - last) / (k - last)
                                               + (row >= lastr ? 0.5 : -0.5));
                        if (grid[rr * w + j] < 0)
                            grid[rr * w + j] = 100 + s;
                    }
                }
                grid[row * w + k] = s;
                last = k, lastr = row;
            }
        }
        lua_pop(L, 1);
    }
    term_head(b, c, title ? title : c->value, marks);
    for (r = height - 1; r >= 0; r--) {
        const char *axis_lab = r == height - 1 ? top : r == (height - 1) / 2 &&
                               height > 4 ? mid : r == 0 ? "0" : "";
        put_cells(b, axis_lab, yw, 1);
        dz_buf_puts(b, *axis_lab ? " \xe2\x94\xa4" : " \xe2\x94\x82");   /* ┤ │ */
        for (k = 0; k < w; k++) {
            int g = grid[r * w + k];
            dz_buf_puts(b, g < 0 ? " " : g >= 100 ? "\xc2\xb7" : marks[g % 8]);
        }
        /* trim the spaces at the end of the line */
        while (b->len > 0 && b->data[b->len - 1] == ' ')
            b->len--;
        dz_buf_putc(b, '\n');
    }
    put_cells(b, "", yw, 1);
    dz_buf_puts(b, " \xe2\x94\x94");                                   /* └ */
    for (k = 0; k < (used ? used : w); k++)
        dz_buf_puts(b, "\xe2\x94\x80");                                /* ─ */
    dz_buf_putc(b, '\n');
    if (c->nx > 0) {
        /* first, middle and last labels under the axis */
        int span = used ? used : w, pos = 0, idx[3], n = c->nx > 2 ? 3 : c->nx, j;
        idx[0] = 0;
        idx[1] = n == 3 ? c->nx / 2 : c->nx - 1;
        idx[2] = c->nx - 1;
        put_cells(b, "", yw + 2, 0);
        for (j = 0; j < n; j++) {
            int at, lw;
            x_label(c, idx[j], lab);
            lw = cells(lab);
            at = j == 0 ? 0 : j == n - 1 ? span - lw : (int)((long)idx[j] * span / c->nx) - lw / 2;
            if (at < pos + (j ? 1 : 0))
                continue;
            put_cells(b, "", at - pos, 0);
            dz_buf_puts(b, lab);
            pos = at + lw;
        }
        dz_buf_putc(b, '\n');
    }
    (void)num;
}

/* One sparkline per series: name, blocks, and the range of the values. */
static void term_spark(lua_State *L, dz_buf *b, const chart *c, const char *title, int width)
{
    int namew = 0, s, k, w;
    char lo[32], hi[32], lab0[64], lab1[64];
    double *v;
    for (s = 0; s < c->ns; s++)
        if (cells(c->name[s]) > namew)
            namew = cells(c->name[s]);
    if (namew > 20)
        namew = 20;
    w = width - namew - 16;
    if (w < 8)
        w = 8;
    if (w > c->nx)
        w = c->nx;
    v = lua_newuserdatauv(L, sizeof *v * (size_t)(w + 1), 0);
    if (title)
        dz_buf_printf(b, "%s\n", title);
    for (s = 0; s < c->ns; s++) {
        double mn = INFINITY, mx = -INFINITY;
        for (k = 0; k < w; k++) {
            v[k] = mean_of(c->y[s], (int)((long)k * c->nx / w), (int)((long)(k + 1) * c->nx / w));
            if (!isnan(v[k])) {
                if (v[k] < mn) mn = v[k];
                if (v[k] > mx) mx = v[k];
            }
        }
        put_cells(b, c->name[s], namew, 0);
        dz_buf_putc(b, ' ');
        for (k = 0; k < w; k++) {
            int lvl = isnan(v[k]) || !(c->ymax > 0) ? 0 : (int)(v[k] / c->ymax * 7 + 0.5);
            dz_buf_puts(b, isnan(v[k]) ? " " : sparks[lvl < 0 ? 0 : lvl > 7 ? 7 : lvl]);
        }
        fmt_num(lo, mn == INFINITY ? 0 : mn);
        fmt_num(hi, mx == -INFINITY ? 0 : mx);
        dz_buf_printf(b, " %s..%s\n", lo, hi);
    }
    if (c->nx > 0) {
        x_label(c, 0, lab0);
        x_label(c, c->nx - 1, lab1);
        put_cells(b, "", namew + 1, 0);
        dz_buf_puts(b, lab0);
        if (w > cells(lab0) + cells(lab1))
            put_cells(b, "", w - cells(lab0) - cells(lab1), 0);
        else
            dz_buf_putc(b, ' ');
        dz_buf_printf(b, "%s\n", lab1);
    }
}

/* ---- SVG charts ---------------------------------------------------------- */

static void svg_open(dz_buf *b, int w, int h, int prolog)
{
    if (prolog)
        dz_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    dz_buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                  " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"%s\""
                  " font-size=\"12\">\n", w, h, w, h, FONT);
    dz_buf_printf(b, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", w, h);
}

/* A bar or line chart as SVG, w x h pixels: title, y axis with round
** ticks and grid lines, dates on the x axis, a legend for several series.
** Each bar is a rect of class "bar", each line a polyline of class "line"
** with a circle of class "point" per value. */
static void svg_chart(dz_buf *b, const chart *c, const char *kind, const char *title,
                      const char *ylabel, int w, int h, int prolog)
{
    int ml = 64, mr = 20, mt = title ? 48 : 24, mb = 56, i, s, t;
    double pw, ph, step, top, gw;
    int line = strcmp(kind, "line") == 0;
    char num[32], lab[64];
    int nlab;
    if (c->ns > 1)
        mt += 20;
    pw = w - ml - mr;
    ph = h - mt - mb;
    nice_axis(c->ymax, 5, &step, &top);
    svg_open(b, w, h, prolog);
    if (title) {
        dz_buf_printf(b, "<text class=\"title\" x=\"%d\" y=\"28\" font-size=\"16\""
                      " font-weight=\"bold\" fill=\"#222222\">", ml);
        xml_puts(b, title);
        dz_buf_puts(b, "</text>\n");
    }
    if (c->ns > 1) {
        /* legend: a swatch and a name per series */
        int x = ml;
        for (s = 0; s < c->ns; s++) {
            dz_buf_printf(b, "<rect class=\"legend\" x=\"%d\" y=\"%d\" width=\"12\""
                          " height=\"12\" fill=\"%s\"/>", x, mt - 30, palette[s % NPALETTE]);
            dz_buf_printf(b, "<text x=\"%d\" y=\"%d\" fill=\"#333333\">", x + 16, mt - 20);
            xml_puts(b, c->name[s]);
            dz_buf_puts(b, "</text>\n");
            x += 28 + 7 * cells(c->name[s]);
        }
    }
    /* y grid and labels */
    for (t = 0; t * step <= top + 1e-9; t++) {
        double y = mt + ph - (t * step) / top * ph;
        fmt_num(num, t * step);
        dz_buf_printf(b, "<line x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\""
                      " stroke=\"%s\" stroke-width=\"1\"/>\n", ml, ml + pw, y, y,
                      t ? "#e5e5e5" : "#333333");
        dz_buf_printf(b, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555555\">%s</text>\n",
                      ml - 8, y + 4, num);
    }
    if (ylabel) {
        dz_buf_printf(b, "<text x=\"16\" y=\"%.1f\" transform=\"rotate(-90 16 %.1f)\""
                      " text-anchor=\"middle\" fill=\"#555555\">", mt + ph / 2, mt + ph / 2);
        xml_puts(b, ylabel);
        dz_buf_puts(b, "</text>\n");
    }
    dz_buf_printf(b, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%.1f\" stroke=\"#333333\"/>\n",
                  ml, ml, mt, mt + ph);
    gw = c->nx > 0 ? pw / c->nx : pw;
    /* x labels: at most one per 80 pixels, evenly spaced */
    nlab = (int)(pw / 80);
    if (nlab < 1)
        nlab = 1;
    for (i = 0; i < c->nx; i++) {
        int every = (c->nx + nlab - 1) / nlab;
        double x = ml + gw * i + gw / 2;
        if (i % every != 0)
            continue;
        x_label(c, i, lab);
        dz_buf_printf(b, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\"/>\n",
                      x, x, mt + ph, mt + ph + 5);
        dz_buf_printf(b, "<text class=\"xlabel\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                      " fill=\"#555555\">", x, mt + ph + 20);
        xml_puts(b, lab);
        dz_buf_puts(b, "</text>\n");
    }
    if (c->by) {
        dz_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">",
                      ml + pw / 2, h - 10);
        dz_buf_printf(b, "%s", strcmp(c->by, "week") == 0 ? "week starting" : c->by);
        dz_buf_puts(b, "</text>\n");
    }
    for (s = 0; s < c->ns; s++) {
        const char *col = palette[s % NPALETTE];
        if (!line) {
            double bw = gw * 0.8 / c->ns;
            for (i = 0; i < c->nx; i++) {
                double v = isnan(c->y[s][i]) ? 0 : c->y[s][i];
                double bh = top > 0 ? v / top * ph : 0;
                x_label(c, i, lab);
                fmt_num(num, v);
                dz_buf_printf(b, "<rect class=\"bar\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\""
                              " height=\"%.2f\" fill=\"%s\"><title>", ml + gw * i + gw * 0.1 + bw * s,
                              mt + ph - bh, bw > 1.5 ? bw - 0.5 : bw, bh, col);
                xml_puts(b, c->name[s]);
                dz_buf_puts(b, " ");
                xml_puts(b, lab);
                dz_buf_printf(b, ": %s</title></rect>\n", num);
            }
        } else {
            dz_buf_printf(b, "<polyline class=\"line\" fill=\"none\" stroke=\"%s\""
                          " stroke-width=\"2\" points=\"", col);
            for (i = 0; i < c->nx; i++) {
                if (isnan(c->y[s][i]))
                    continue;
                dz_buf_printf(b, "%.1f,%.1f ", ml + gw * i + gw / 2,
                              mt + ph - c->y[s][i] / top * ph);
            }
            dz_buf_puts(b, "\"/>\n");
            for (i = 0; i < c->nx; i++) {
                if (isnan(c->y[s][i]))
                    continue;
                x_label(c, i, lab);
                fmt_num(num, c->y[s][i]);
                dz_buf_printf(b, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"%s\""
                              " fill=\"%s\"><title>", ml + gw * i + gw / 2,
                              mt + ph - c->y[s][i] / top * ph, c->nx > 100 ? "1.5" : "3", col);
                xml_puts(b, c->name[s]);
                dz_buf_puts(b, " ");
                xml_puts(b, lab);
                dz_buf_printf(b, ": %s</title></circle>\n", num);
            }
        }
    }
    dz_buf_puts(b, "</svg>\n");
}

/* Render the chart of series arg with opts in format fmt into b. */
static void render_chart(lua_State *L, int arg, int opts, const char *fmt, dz_buf *b,
                         int prolog)
{
    chart c;
    const char *kind = opt_str(L, opts, "kind");
    /* in a page the section's title is the heading; caption= titles the figure */
    const char *title = opt_str(L, opts, prolog ? "title" : "caption");
    int top = lua_gettop(L);
    if (!kind)
        kind = "bar";
    if (strcmp(kind, "bar") && strcmp(kind, "line") && strcmp(kind, "spark"))
        luaL_error(L, "chart: kind must be \"bar\", \"line\" or \"spark\"");
    read_chart(L, arg, opts, &c);
    if (strcmp(fmt, "svg") == 0) {
        const char *yl = opt_str(L, opts, "ylabel");
        svg_chart(b, &c, kind, title, yl ? yl : c.value,
                  (int)opt_int(L, opts, "width", 760), (int)opt_int(L, opts, "height", 360),
                  prolog);
    } else if (strcmp(fmt, "text") == 0) {
        int width = (int)opt_int(L, opts, "width", 80);
        if (width < 20)
            width = 20;
        if (strcmp(kind, "spark") == 0)
            term_spark(L, b, &c, title, width);
        else if (strcmp(kind, "line") == 0)
            term_line(L, b, &c, title, width, (int)opt_int(L, opts, "height", 10));
        else
            term_bar(b, &c, title, width);
    } else {
        luaL_error(L, "chart: format must be \"text\" or \"svg\" (or a table format"
                   " through report.csv / json / markdown)");
    }
    lua_settop(L, top);
}

/* report.chart(series, {kind="bar"|"line"|"spark", title=, value=, x=,
** width=, height=, file=, format="text"|"svg"|csv|json|markdown}) ->
** text, or true when written to file (nil, message if it cannot be). */
int lchart_chart(lua_State *L)
{
    const char *fmt;
    dz_buf *b;
    /* unknown option keys are refused, from the table behind help() */
    lhelp_check_options(L, lhelp_running(L));
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    fmt = lchart_format(L, 2, "text");
    if (!strcmp(fmt, "csv") || !strcmp(fmt, "json") || !strcmp(fmt, "markdown")) {
        /* the data as a table */
        dz_buf *t = new_buf(L);
        if (lreport_render(L, 1, fmt, -1, 0, 0, t) != 0)
            return lua_error(L);
        return deliver_buf(L, 2, t);
    }
    b = new_buf(L);
    render_chart(L, 1, 2, fmt, b, 1);
    check_buf(L, b, 1);
    return deliver_buf(L, 2, b);
}

/* ---- timelines ----------------------------------------------------------- */

typedef struct tevent {
    long t0, t1;                 /* day numbers */
    const char *date, *label;
    int quad;
} tevent;

/* Day number of an ISO date, NODAY when it is none. */
#define NODAY LONG_MIN
static long day_of(const char *s)
{
    int y, m, d;
    if (!s || dz_date_parse(s, &y, &m, &d) != 0)
        return NODAY;
    return dz_date_to_days(y, m, d);
}

/* Events by start day (qsort). */
static int cmp_event(const void *a, const void *b)
{
    const tevent *x = a, *y = b;
    return x->t0 < y->t0 ? -1 : x->t0 > y->t0 ? 1 : 0;
}

/* The CAMEO quad class of a root code (as network_quad in query/). */
static int quad_of(int category)
{
    return category < 1 ? 0 : category <= 5 ? 1 : category <= 9 ? 2 : category <= 14 ? 3 :
           category <= 20 ? 4 : 0;
}

/* Read the dated records at arg into an array (userdata on the stack)
** sorted by date; labels from opts.label (a field) or actor / verb /
** target / object, else text, title or name. *n gets the count. */
static tevent *read_events(lua_State *L, int arg, int opts, int *n)
{
    lua_Integer k, len;
    const char *df = opt_str(L, opts, "date"), *lf = opt_str(L, opts, "label");
    int anchor, m = 0;
    lua_Integer limit = opt_int(L, opts, "limit", 200);
    tevent *v;
    luaL_checktype(L, arg, LUA_TTABLE);
    len = (lua_Integer)lua_rawlen(L, arg);
    lua_newtable(L);
    anchor = lua_gettop(L);
    v = lua_newuserdatauv(L, sizeof *v * (size_t)(len + 1), 0);
    lua_rawseti(L, anchor, 1);
    for (k = 1; k <= len; k++) {
        tevent *e = &v[m];
        if (lua_rawgeti(L, arg, k) != LUA_TTABLE)
            luaL_error(L, "timeline: row %d is not a record", (int)k);
        e->date = anchored_field(L, -1, df ? df : "date", anchor);
        if (!e->date && !df)
            e->date = anchored_field(L, -1, "published", anchor);
        e->t0 = day_of(e->date);
        if (e->t0 == NODAY) {
            lua_pop(L, 1);
            continue;
        }
        e->t1 = day_of(anchored_field(L, -1, "date_end", anchor));
        if (e->t1 < e->t0)
            e->t1 = e->t0;
        if (lf) {
            e->label = anchored_field(L, -1, lf, anchor);
        } else if (lua_getfield(L, -1, "verb") == LUA_TSTRING) {
            luaL_Buffer lb;
            static const char *const parts[] = { "actor", "verb", "target", "object" };
            int p, first = 1, row = lua_gettop(L) - 1, target = 0;
            lua_pop(L, 1);
            luaL_buffinit(L, &lb);
            for (p = 0; p < 4; p++) {
                /* the object only when there is no target: it repeats it */
                if (p == 3 && target)
                    break;
                if (lua_getfield(L, row, parts[p]) == LUA_TSTRING) {
                    target |= p == 2;
                    size_t sl;
                    const char *sv = lua_tolstring(L, -1, &sl);
                    if (p == 3 && sl > 60)
                        sl = 60;
                    lua_pushlstring(L, sv, sl);
                    lua_remove(L, -2);
                    if (!first)
                        luaL_addchar(&lb, ' ');
                    luaL_addvalue(&lb);
                    first = 0;
                } else {
                    lua_pop(L, 1);
                }
            }
            luaL_pushresult(&lb);
            e->label = lua_tostring(L, -1);
            lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
        } else {
            lua_pop(L, 1);
            e->label = anchored_field(L, -1, "text", anchor);
            if (!e->label)
                e->label = anchored_field(L, -1, "title", anchor);
            if (!e->label)
                e->label = anchored_field(L, -1, "name", anchor);
        }
        if (!e->label)
            e->label = "";
        e->quad = 0;
        if (lua_getfield(L, -1, "code") == LUA_TNUMBER)
            e->quad = quad_of((int)lua_tointeger(L, -1));
        lua_pop(L, 2);
        if (++m >= limit)
            break;
    }
    qsort(v, (size_t)m, sizeof *v, cmp_event);
    *n = m;
    return v;
}

/* Terminal timeline over the days t0..t1: a strip of event density with
** the first and last dates, then one line per event and a key. */
static void term_timeline(dz_buf *b, const tevent *v, int n, const char *title, int width,
                          long t0, long t1)
{
    int w = width - 2, k, i, *count, mx = 0, quads = 0;
    if (title)
        dz_buf_printf(b, "%s\n", title);
    if (n == 0) {
        dz_buf_puts(b, "(no dated events)\n");
        return;
    }
    if (w < 10)
        w = 10;
    count = calloc((size_t)w, sizeof *count);
    if (count) {
        for (i = 0; i < n; i++) {
            long t = v[i].t0 < t0 ? t0 : v[i].t0 > t1 ? t1 : v[i].t0;
            k = t1 > t0 ? (int)((t - t0) * (w - 1) / (t1 - t0)) : 0;
            if (++count[k] > mx)
                mx = count[k];
        }
        dz_buf_puts(b, "\xe2\x94\x9c");                        /* ├ */
        for (k = 0; k < w; k++)
            dz_buf_puts(b, count[k] == 0 ? "\xe2\x94\x80"
                           : sparks[count[k] * 7 / (mx ? mx : 1)]);
        dz_buf_puts(b, "\xe2\x94\xa4\n");                      /* ┤ */
        free(count);
    }
    {
        char a[11], z[11];
        int y, m, d;
        dz_days_to_date(t0, &y, &m, &d);
        dz_date_format(a, y, m, d);
        dz_days_to_date(t1, &y, &m, &d);
        dz_date_format(z, y, m, d);
        dz_buf_puts(b, a);
        put_cells(b, "", w + 2 - 20 > 1 ? w + 2 - 20 : 1, 0);
        dz_buf_printf(b, "%s\n", z);
    }
    for (i = 0; i < n; i++) {
        static const char *const qm[] = {
            "\xe2\x80\xa2", "+", "+", "!", "!"
        };
        char line[1024];
        snprintf(line, sizeof line, "%.10s %s %s", v[i].date, qm[v[i].quad], v[i].label);
        put_cells(b, line, width, 0);
        while (b->len > 0 && b->data[b->len - 1] == ' ')
            b->len--;
        dz_buf_putc(b, '\n');
        quads |= 1 << v[i].quad;
    }
    if (quads & ~1)
        dz_buf_puts(b, "(+ cooperation, ! conflict)\n");
}

/* SVG timeline: a date axis on top, one row per event with a dot (or a
** bar over its span) coloured by CAMEO quad class and its label. Each
** event is a group of class "event". */
static void svg_timeline(dz_buf *b, const tevent *v, int n, const char *title, int w,
                         int prolog, long t0, long t1)
{
    int ml = 20, mr = 20, mt = title ? 70 : 44, row = 22, h, i, k;
    double pw = w - ml - mr;
    long span;
    span = t1 - t0 < 1 ? 1 : t1 - t0;
    h = mt + row * (n ? n : 1) + 40;
    svg_open(b, w, h, prolog);
    if (title) {
        dz_buf_printf(b, "<text class=\"title\" x=\"%d\" y=\"28\" font-size=\"16\""
                      " font-weight=\"bold\" fill=\"#222222\">", ml);
        xml_puts(b, title);
        dz_buf_puts(b, "</text>\n");
    }
    /* axis with up to 7 dated ticks */
    dz_buf_printf(b, "<line x1=\"%d\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#333333\"/>\n",
                  ml, ml + pw, mt - 12, mt - 12);
    for (k = 0; k <= 6; k++) {
        long t = t0 + span * k / 6;
        double x = ml + pw * (double)(t - t0) / span;
        int y, m, d;
        char ds[11];
        dz_days_to_date(t, &y, &m, &d);
        dz_date_format(ds, y, m, d);
        dz_buf_printf(b, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#dddddd\"/>\n",
                      x, x, mt - 12, h - 30);
        dz_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"#555555\">%s</text>\n",
                      x, mt - 18, k == 0 ? "start" : k == 6 ? "end" : "middle", ds);
        if (span < 6)
            break;
    }
    for (i = 0; i < n; i++) {
        /* spans reaching out of the axis are cut at its ends */
        long a = v[i].t0 < t0 ? t0 : v[i].t0, z = v[i].t1 > t1 ? t1 : v[i].t1;
        double x0 = ml + pw * (double)(a - t0) / span;
        double x1 = ml + pw * (double)(z - t0) / span;
        double y = mt + row * i + row / 2.0;
        const char *col = quad_colors[v[i].quad];
        int right = x0 < ml + pw * 0.6;
        if (i % 2 == 0)
            dz_buf_printf(b, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\""
                          " fill=\"#f6f6f6\"/>\n", ml, y - row / 2.0, pw, row);
        dz_buf_puts(b, "<g class=\"event\">");
        if (x1 - x0 >= 3)
            dz_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\" rx=\"4\""
                          " fill=\"%s\" opacity=\"0.6\"/>", x0, y - 4, x1 - x0, col);
        dz_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", x0, y, col);
        dz_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#222222\">",
                      right ? x0 + 10 : x0 - 10, y + 4, right ? "start" : "end");
        xml_text(b, v[i].date, strlen(v[i].date) > 10 ? 10 : strlen(v[i].date));
        dz_buf_puts(b, "  ");
        xml_puts(b, v[i].label);
        dz_buf_puts(b, "</text></g>\n");
    }
    /* legend of the quad classes */
    {
        int x = ml;
        for (k = 0; k <= 4; k++) {
            dz_buf_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/>"
                          "<text x=\"%d\" y=\"%d\" fill=\"#555555\">%s</text>\n",
                          x + 5, h - 14, quad_colors[k], x + 14, h - 10,
                          k ? quad_names[k] : "other");
            x += 30 + 7 * (int)strlen(k ? quad_names[k] : "other");
        }
    }
    dz_buf_puts(b, "</svg>\n");
}

/* Render the records at arg as a timeline in fmt ("text" or "svg") into
** b; prolog: a standalone SVG file (else inline in a page, titled by
** caption=). Leaves the stack as it found it. */
static void render_timeline(lua_State *L, int arg, int opts, const char *fmt, dz_buf *b,
                            int prolog)
{
    int n, top = lua_gettop(L);
    const char *title = opt_str(L, opts, prolog ? "title" : "caption");
    tevent *v = read_events(L, arg, opts, &n);
    const char *to = opt_str(L, opts, "until");
    long t0 = day_of(opt_str(L, opts, "since")), t1 = day_of(to ? to : opt_str(L, opts, "to"));
    int i;
    /* the axis: since= .. until= when given, else the first and last start */
    for (i = 0; i < n; i++) {
        if (!opt_str(L, opts, "since") && (t0 == NODAY || v[i].t0 < t0))
            t0 = v[i].t0;
        if (!to && !opt_str(L, opts, "to") && (t1 == NODAY || v[i].t0 > t1))
            t1 = v[i].t0;
    }
    if (t0 == NODAY || t1 == NODAY || t1 < t0)
        t1 = t0 = t0 == NODAY ? 0 : t0;
    if (strcmp(fmt, "svg") == 0)
        svg_timeline(b, v, n, title, (int)opt_int(L, opts, "width", 900), prolog, t0, t1);
    else if (strcmp(fmt, "text") == 0) {
        int width = (int)opt_int(L, opts, "width", 80);
        term_timeline(b, v, n, title, width < 30 ? 30 : width, t0, t1);
    } else
        luaL_error(L, "timeline: format must be \"text\" or \"svg\"");
    lua_settop(L, top);
}

/* report.timeline(records, {title=, label=, date=, since=, until=, limit=,
** width=, file=, format="text"|"svg"}) -> text, or true when written to
** file. The axis runs from since to until (ISO dates), by default from
** the first to the last start date. */
int lchart_timeline(lua_State *L)
{
    dz_buf *b;
    const char *fmt;
    /* unknown option keys are refused, from the table behind help() */
    lhelp_check_options(L, lhelp_running(L));
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    fmt = lchart_format(L, 2, "text");
    b = new_buf(L);
    render_timeline(L, 1, 2, fmt, b, 1);
    check_buf(L, b, 1);
    return deliver_buf(L, 2, b);
}

/* ---- graphs -------------------------------------------------------------- */

typedef struct gnode {
    const char *name, *type, *color;
    double weight;
    int center;
} gnode;

typedef struct gedge {
    int a, b, quad, action;
    double weight;
    const char *verb, *kind;
} gedge;

typedef struct graph {
    gnode *v;
    gedge *e;
    int nv, ne;
    const char *center;
} graph;

/* Read net.nodes and net.edges (edges name their ends by from / to node
** positions, or by source / target names) into g; arrays on the stack. */
static void read_graph(lua_State *L, int arg, graph *g)
{
    int anchor, byname, i;
    lua_Integer k, n;
    memset(g, 0, sizeof *g);
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_newtable(L);
    anchor = lua_gettop(L);
    lua_newtable(L);
    byname = lua_gettop(L);
    g->center = anchored_field(L, arg, "center", anchor);
    if (lua_getfield(L, arg, "nodes") != LUA_TTABLE)
        luaL_error(L, "graph: the network needs a list of nodes");
    n = (lua_Integer)lua_rawlen(L, -1);
    g->v = lua_newuserdatauv(L, sizeof *g->v * (size_t)(n + 1), 0);
    lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
    for (k = 1; k <= n; k++) {
        gnode *x = &g->v[g->nv];
        if (lua_rawgeti(L, -1, k) != LUA_TTABLE)
            luaL_error(L, "graph: node %d is not a record", (int)k);
        x->name = anchored_field(L, -1, "name", anchor);
        if (!x->name)
            luaL_error(L, "graph: node %d has no name", (int)k);
        x->type = anchored_field(L, -1, "type", anchor);
        x->color = anchored_field(L, -1, "color", anchor);
        lua_getfield(L, -1, "weight");
        x->weight = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 1;
        lua_getfield(L, -2, "center");
        x->center = lua_toboolean(L, -1) ||
                    (g->center && strcmp(g->center, x->name) == 0);
        lua_pop(L, 3);
        lua_pushstring(L, x->name);
        lua_pushinteger(L, g->nv);
        lua_rawset(L, byname);
        g->nv++;
    }
    lua_pop(L, 1);
    if (lua_getfield(L, arg, "edges") != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
    }
    n = (lua_Integer)lua_rawlen(L, -1);
    g->e = lua_newuserdatauv(L, sizeof *g->e * (size_t)(n + 1), 0);
    lua_rawseti(L, anchor, (lua_Integer)lua_rawlen(L, anchor) + 1);
    for (k = 1; k <= n; k++) {
        gedge *x = &g->e[g->ne];
        int ends[2];
        static const char *const pos[2] = { "from", "to" }, *const nm[2] = { "source", "target" };
        if (lua_rawgeti(L, -1, k) != LUA_TTABLE)
            luaL_error(L, "graph: edge %d is not a record", (int)k);
        for (i = 0; i < 2; i++) {
            ends[i] = -1;
            if (lua_getfield(L, -1, pos[i]) == LUA_TNUMBER) {
                lua_Integer p = lua_tointeger(L, -1);
                if (p >= 1 && p <= g->nv)
                    ends[i] = (int)p - 1;
            }
            lua_pop(L, 1);
            if (ends[i] < 0) {
                lua_getfield(L, -1, nm[i]);
                if (lua_type(L, -1) == LUA_TSTRING && lua_rawget(L, byname) == LUA_TNUMBER)
                    ends[i] = (int)lua_tointeger(L, -1);
                lua_pop(L, 1);
            }
            if (ends[i] < 0)
                luaL_error(L, "graph: edge %d names no node at its %s", (int)k, nm[i]);
        }
        x->a = ends[0];
        x->b = ends[1];
        lua_getfield(L, -1, "weight");
        x->weight = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 1;
        lua_getfield(L, -2, "quad");
        x->quad = (int)lua_tointeger(L, -1);
        if (x->quad < 0 || x->quad > 4)
            x->quad = 0;
        lua_pop(L, 2);
        x->kind = anchored_field(L, -1, "kind", anchor);
        x->action = x->kind && strcmp(x->kind, "action") == 0;
        x->verb = anchored_field(L, -1, "verb", anchor);
        lua_pop(L, 1);
        g->ne++;
    }
    lua_pop(L, 1);
}

/* The network g as Graphviz DOT for neato: nodes filled by entity type,
** the centre bold; co-occurrence edges grey and undirected, actions as
** arrows coloured by quad class and labelled with their verb; widths grow
** with the square root of the weight. */
static void render_dot(dz_buf *b, const graph *g, const char *title)
{
    int i;
    double maxw = 1;
    for (i = 0; i < g->ne; i++)
        if (g->e[i].weight > maxw)
            maxw = g->e[i].weight;
    dz_buf_puts(b, "digraph network {\n  graph [layout=neato, overlap=false, splines=true,"
                   " outputorder=edgesfirst, bgcolor=\"white\", fontname=\"DejaVu Sans\","
                   " fontsize=12, pad=0.3");
    if (title) {
        dz_buf_puts(b, ", labelloc=t, fontsize=16, label=\"");
        dot_text(b, title);
        dz_buf_putc(b, '"');
    }
    dz_buf_puts(b, "];\n  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\","
                   " fontsize=11, color=\"#666666\", margin=\"0.12,0.05\"];\n"
                   "  edge [fontname=\"DejaVu Sans\", fontsize=9, arrowsize=0.7];\n");
    for (i = 0; i < g->nv; i++) {
        const gnode *x = &g->v[i];
        dz_buf_printf(b, "  n%d [label=\"", i + 1);
        dot_text(b, x->name);
        dz_buf_printf(b, "\", fillcolor=\"%s\"", x->color ? x->color : "#eeeeee");
        if (x->center)
            dz_buf_puts(b, ", penwidth=2.5, fontsize=14, color=\"#222222\"");
        dz_buf_puts(b, ", tooltip=\"");
        dot_text(b, x->type ? x->type : "");
        dz_buf_printf(b, " %.0f\"];\n", x->weight);
    }
    for (i = 0; i < g->ne; i++) {
        const gedge *e = &g->e[i];
        double pw = 0.8 + 3.2 * sqrt(e->weight / maxw);
        dz_buf_printf(b, "  n%d -> n%d [color=\"%s\", penwidth=%.2f", e->a + 1, e->b + 1,
                      quad_colors[e->action ? e->quad : 0], pw);
        if (!e->action)
            dz_buf_puts(b, ", dir=none");
        else if (e->verb) {
            dz_buf_printf(b, ", fontcolor=\"%s\", label=\"", quad_colors[e->quad]);
            dot_text(b, e->verb);
            dz_buf_printf(b, " %.0f\"", e->weight);
        }
        dz_buf_printf(b, ", tooltip=\"%s %.0f\"];\n",
                      quad_names[e->action ? e->quad : 0], e->weight);
    }
    dz_buf_puts(b, "}\n");
}

/* The network g as GraphML: name, type, weight and centre on nodes; kind,
** class, weight and verb on edges (actions directed). */
static void render_graphml(dz_buf *b, const graph *g)
{
    int i;
    dz_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
        "  <key id=\"nweight\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "  <key id=\"center\" for=\"node\" attr.name=\"center\" attr.type=\"boolean\"/>\n"
        "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        "  <key id=\"class\" for=\"edge\" attr.name=\"class\" attr.type=\"string\"/>\n"
        "  <key id=\"eweight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "  <key id=\"verb\" for=\"edge\" attr.name=\"verb\" attr.type=\"string\"/>\n"
        "  <graph id=\"network\" edgedefault=\"undirected\">\n");
    for (i = 0; i < g->nv; i++) {
        dz_buf_printf(b, "    <node id=\"n%d\"><data key=\"name\">", i + 1);
        xml_puts(b, g->v[i].name);
        dz_buf_puts(b, "</data><data key=\"type\">");
        xml_puts(b, g->v[i].type);
        dz_buf_printf(b, "</data><data key=\"nweight\">%g</data><data key=\"center\">%s"
                      "</data></node>\n", g->v[i].weight, g->v[i].center ? "true" : "false");
    }
    for (i = 0; i < g->ne; i++) {
        const gedge *e = &g->e[i];
        dz_buf_printf(b, "    <edge source=\"n%d\" target=\"n%d\" directed=\"%s\">"
                      "<data key=\"kind\">%s</data><data key=\"class\">%s</data>"
                      "<data key=\"eweight\">%g</data>", e->a + 1, e->b + 1,
                      e->action ? "true" : "false", e->action ? "action" : "cooccur",
                      quad_names[e->action ? e->quad : 0], e->weight);
        if (e->verb) {
            dz_buf_puts(b, "<data key=\"verb\">");
            xml_puts(b, e->verb);
            dz_buf_puts(b, "</data>");
        }
        dz_buf_puts(b, "</edge>\n");
    }
    dz_buf_puts(b, "  </graph>\n</graphml>\n");
}

/* Lay out the DOT text src with Graphviz's dot program (prog: a path or a
** name looked up on PATH) into svg: dot runs with a socket on its standard
** input and pipes on its output and error, served together by poll so
** that neither side waits on a full pipe. No Lua calls in here, and every resource is
** released before returning. 0, or -1 with err filled. */
static int run_dot(const char *prog, const char *src, size_t n, dz_buf *svg, char *err,
                   size_t errlen)
{
    int in[2] = { -1, -1 }, out[2] = { -1, -1 }, er[2] = { -1, -1 };
    int rc = -1, status = 0, se;
    posix_spawn_file_actions_t fa;
    pid_t pid = -1;
    char *argv[3];
    char msg[300];
    size_t sent = 0, nmsg = 0;
    msg[0] = 0;
    /* dot's input is a socket, so that writing after dot has gone fails
    ** with EPIPE instead of raising SIGPIPE (MSG_NOSIGNAL) */
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0 ||
        pipe2(out, O_CLOEXEC) != 0 || pipe2(er, O_CLOEXEC) != 0) {
        snprintf(err, errlen, "cannot make a pipe: %s", strerror(errno));
        goto done;
    }
    argv[0] = (char *)prog;
    argv[1] = (char *)"-Tsvg";
    argv[2] = NULL;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, er[1], 2);
    se = posix_spawnp(&pid, prog, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]), close(out[1]), close(er[1]);
    in[0] = out[1] = er[1] = -1;
    if (se != 0) {
        pid = -1;
        snprintf(err, errlen, "SVG needs Graphviz's dot program, which cannot be run"
                 " (%s: %s); install Graphviz (Debian: apt-get install graphviz) or"
                 " write format=\"dot\" and lay it out elsewhere", prog, strerror(se));
        goto done;
    }
    fcntl(in[1], F_SETFL, O_NONBLOCK);
    if (n == 0)
        close(in[1]), in[1] = -1;
    while (out[0] >= 0 || er[0] >= 0) {
        struct pollfd p[3];
        int np = 0, k;
        if (in[1] >= 0)
            p[np].fd = in[1], p[np].events = POLLOUT, np++;
        if (out[0] >= 0)
            p[np].fd = out[0], p[np].events = POLLIN, np++;
        if (er[0] >= 0)
            p[np].fd = er[0], p[np].events = POLLIN, np++;
        if (poll(p, (nfds_t)np, -1) < 0) {
            if (errno == EINTR)
                continue;
            snprintf(err, errlen, "poll: %s", strerror(errno));
            goto done;
        }
        for (k = 0; k < np; k++) {
            if (!p[k].revents)
                continue;
            if (p[k].fd == in[1]) {
                ssize_t w = send(in[1], src + sent, n - sent, MSG_NOSIGNAL);
                if (w > 0)
                    sent += (size_t)w;
                if ((w < 0 && errno != EAGAIN && errno != EINTR) || sent == n)
                    close(in[1]), in[1] = -1;       /* done, or dot stopped reading */
            } else {
                char chunk[16384];
                ssize_t r = read(p[k].fd, chunk, sizeof chunk);
                if (r < 0 && (errno == EAGAIN || errno == EINTR))
                    continue;
                if (r <= 0) {
                    close(p[k].fd);
                    if (p[k].fd == out[0])
                        out[0] = -1;
                    else
                        er[0] = -1;
                } else if (p[k].fd == out[0]) {
                    if (dz_buf_append(svg, chunk, (size_t)r) != 0) {
                        snprintf(err, errlen, "out of memory");
                        goto done;
                    }
                } else if (nmsg + 1 < sizeof msg) {
                    size_t take = (size_t)r < sizeof msg - 1 - nmsg ? (size_t)r : sizeof msg - 1 - nmsg;
                    memcpy(msg + nmsg, chunk, take);
                    msg[nmsg += take] = 0;
                }
            }
        }
    }
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    pid = -1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        msg[strcspn(msg, "\n")] = 0;
        snprintf(err, errlen, "%s failed%s%s%s", prog,
                 WIFEXITED(status) && WEXITSTATUS(status) == 127
                 ? " (not found: install Graphviz, Debian package graphviz)" : "",
                 *msg ? ": " : "", msg);
        goto done;
    }
    rc = 0;
done:
    if (in[0] >= 0) close(in[0]);
    if (in[1] >= 0) close(in[1]);
    if (out[0] >= 0) close(out[0]);
    if (out[1] >= 0) close(out[1]);
    if (er[0] >= 0) close(er[0]);
    if (er[1] >= 0) close(er[1]);
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    return rc;
}

/* Render the network at arg in fmt into b. For svg, the SVG comes from
** dot; when that fails, returns -1 with the message pushed. */
static int render_graph(lua_State *L, int arg, int opts, const char *fmt, dz_buf *b,
                        int inline_svg)
{
    graph g;
    int top = lua_gettop(L);
    const char *title = opt_str(L, opts, inline_svg ? "caption" : "title");
    read_graph(L, arg, &g);
    if (strcmp(fmt, "dot") == 0) {
        render_dot(b, &g, title);
    } else if (strcmp(fmt, "graphml") == 0) {
        render_graphml(b, &g);
    } else if (strcmp(fmt, "svg") == 0) {
        dz_buf *src = new_buf(L);
        char err[512];
        size_t start = b->len;
        const char *prog;
        render_dot(src, &g, title);
        check_buf(L, src, 1);
        prog = opt_str(L, opts, "dot");
        if (lsandbox_restricted(L)) {
            lua_settop(L, top);
            lua_pushliteral(L, "graph: a sandboxed script cannot run Graphviz (use format=\"dot\")");
            return -1;
        }
        if (run_dot(prog ? prog : "dot", src->data, src->len, b, err, sizeof err) != 0 ||
            (b->len == start && snprintf(err, sizeof err, "%s wrote nothing",
                                         prog ? prog : "dot") > 0)) {
            lua_settop(L, top);
            lua_pushfstring(L, "graph: %s", err);
            return -1;
        }
        if (inline_svg && b->data) {
            /* drop the XML prolog and DOCTYPE: the page is HTML */
            char *svg = strstr(b->data + start, "<svg");
            if (svg) {
                size_t cut = (size_t)(svg - (b->data + start));
                memmove(b->data + start, svg, b->len - start - cut + 1);
                b->len -= cut;
            }
        }
    } else {
        luaL_error(L, "graph: format must be \"dot\", \"svg\", \"json\" or \"graphml\"");
    }
    lua_settop(L, top);
    return 0;
}

/* report.graph(net, {format="dot"|"svg"|"json"|"graphml", title=, file=,
** dot= (Graphviz's program, default "dot" on PATH)})
** -> text, or true when written to file; nil, message when SVG cannot be
** made (no Graphviz) or the file cannot be written. */
int lchart_graph(lua_State *L)
{
    const char *fmt;
    dz_buf *b;
    /* unknown option keys are refused, from the table behind help() */
    lhelp_check_options(L, lhelp_running(L));
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    fmt = lchart_format(L, 2, "dot");
    b = new_buf(L);
    if (strcmp(fmt, "json") == 0) {
        if (lreport_render(L, 1, "json", -1, 0, 0, b) != 0)
            return lua_error(L);
    } else if (render_graph(L, 1, 2, fmt, b, 0) != 0) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    check_buf(L, b, 1);
    return deliver_buf(L, 2, b);
}

/* ---- HTML ---------------------------------------------------------------- */

static const char html_head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<link rel=\"icon\" href=\"data:,\">\n<title>";
static const char html_style[] =
    "</title>\n<style>\n"
    "body { font-family: " FONT "; color: #222; max-width: 1000px;"
    " margin: 2em auto; padding: 0 1em; line-height: 1.45; }\n"
    "h1 { font-size: 1.7em; margin-bottom: 0.2em; }\n"
    "h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }\n"
    ".meta { color: #666; font-size: 0.9em; }\n"
    "table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; }\n"
    "th, td { text-align: left; padding: 0.25em 0.7em; border-bottom: 1px solid #e5e5e5;"
    " vertical-align: top; }\n"
    "th { background: #f3f3f3; }\n"
    "td.num { text-align: right; font-variant-numeric: tabular-nums; }\n"
    "figure { margin: 1em 0; overflow-x: auto; }\n"
    "svg { max-width: 100%; height: auto; }\n"
    "mark { background: #fff3a0; }\n"
    "</style>\n</head>\n<body>\n";

/* Append s as HTML text, the search marks STX / ETX as <mark>. */
static void html_text(dz_buf *b, const char *s, size_t n)
{
    size_t i, from = 0;
    for (i = 0; i <= n; i++) {
        if (i == n || s[i] == 2 || s[i] == 3) {
            xml_text(b, s + from, i - from);
            if (i < n)
                dz_buf_puts(b, s[i] == 2 ? "<mark>" : "</mark>");
            from = i + 1;
        }
    }
}

/* Push the column names of the records at idx: opts.columns, the rows'
** __columns, else the first record's keys in sorted order. */
static void html_columns(lua_State *L, int idx, int opts)
{
    if (opts && lua_istable(L, opts) && lua_getfield(L, opts, "columns") == LUA_TTABLE)
        return;
    if (opts && lua_istable(L, opts))
        lua_pop(L, 1);
    if (luaL_getmetafield(L, idx, "__columns") == LUA_TTABLE)
        return;
    lua_getglobal(L, "table");
    lua_newtable(L);
    if (lua_rawgeti(L, idx, 1) == LUA_TTABLE) {
        lua_Integer n = 0;
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) == LUA_TSTRING) {
                lua_pushvalue(L, -1);
                lua_rawseti(L, -4, ++n);
            }
        }
    }
    lua_pop(L, 1);
    if (lua_istable(L, -2) && lua_getfield(L, -2, "sort") == LUA_TFUNCTION) {
        lua_pushvalue(L, -2);
        lua_call(L, 1, 0);
    } else {
        lua_pop(L, 1);
    }
    lua_remove(L, -2);
}

/* An HTML table of the records at idx (at most limit rows). */
static void html_table(lua_State *L, dz_buf *b, int idx, int opts, lua_Integer limit)
{
    lua_Integer r, n = (lua_Integer)lua_rawlen(L, idx), c, nc;
    int cols;
    html_columns(L, idx, opts);
    cols = lua_gettop(L);
    nc = (lua_Integer)lua_rawlen(L, cols);
    dz_buf_puts(b, "<table>\n<thead><tr>");
    for (c = 1; c <= nc; c++) {
        size_t len;
        const char *s;
        lua_rawgeti(L, cols, c);
        s = lua_tolstring(L, -1, &len);
        dz_buf_puts(b, "<th>");
        if (s)
            xml_text(b, s, len);
        dz_buf_puts(b, "</th>");
        lua_pop(L, 1);
    }
    dz_buf_puts(b, "</tr></thead>\n<tbody>\n");
    if (limit >= 0 && n > limit)
        n = limit;
    for (r = 1; r <= n; r++) {
        if (lua_rawgeti(L, idx, r) != LUA_TTABLE)
            luaL_error(L, "row %d is not a record", (int)r);
        dz_buf_puts(b, "<tr>");
        for (c = 1; c <= nc; c++) {
            int t;
            lua_rawgeti(L, cols, c);
            t = lua_rawget(L, -2);
            if (t == LUA_TNUMBER) {
                char num[32];
                if (lua_isinteger(L, -1))
                    snprintf(num, sizeof num, "%lld", (long long)lua_tointeger(L, -1));
                else
                    snprintf(num, sizeof num, "%.4g", lua_tonumber(L, -1));
                dz_buf_printf(b, "<td class=\"num\">%s</td>", num);
            } else if (t == LUA_TSTRING || t == LUA_TBOOLEAN) {
                size_t len;
                const char *s = t == LUA_TBOOLEAN ? (lua_toboolean(L, -1) ? "true" : "false")
                                                  : lua_tolstring(L, -1, &len);
                if (t == LUA_TBOOLEAN)
                    len = strlen(s);
                dz_buf_puts(b, "<td>");
                html_text(b, s, len);
                dz_buf_puts(b, "</td>");
            } else {
                dz_buf_puts(b, "<td></td>");
            }
            lua_pop(L, 1);
        }
        dz_buf_puts(b, "</tr>\n");
        lua_pop(L, 1);
    }
    dz_buf_puts(b, "</tbody>\n</table>\n");
    if ((lua_Integer)lua_rawlen(L, idx) > n)
        dz_buf_printf(b, "<p class=\"meta\">%lld of %lld rows shown.</p>\n", (long long)n,
                      (long long)lua_rawlen(L, idx));
    lua_pop(L, 1);
}

/* Start a page titled title (escaped). */
static void html_start(dz_buf *b, const char *title, const char *subtitle)
{
    dz_buf_puts(b, html_head);
    xml_puts(b, title);
    dz_buf_puts(b, html_style);
    dz_buf_puts(b, "<h1>");
    xml_puts(b, title);
    dz_buf_puts(b, "</h1>\n");
    if (subtitle) {
        dz_buf_puts(b, "<p class=\"meta\">");
        xml_puts(b, subtitle);
        dz_buf_puts(b, "</p>\n");
    }
}

int lchart_html_rows(lua_State *L)
{
    dz_buf *b;
    const char *title;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    title = opt_str(L, 2, "title");
    b = new_buf(L);
    html_start(b, title ? title : "dossier report", NULL);
    html_table(L, b, 1, 2, opt_int(L, 2, "limit", -1));
    dz_buf_puts(b, "</body>\n</html>\n");
    check_buf(L, b, 1);
    return deliver_buf(L, 2, b);
}

/* One section of report.html: the table at sec (absolute). */
static void html_section(lua_State *L, dz_buf *b, int sec)
{
    const char *title = opt_str(L, sec, "title"), *text = opt_str(L, sec, "text");
    int t;
    if (title) {
        dz_buf_puts(b, "<h2>");
        xml_puts(b, title);
        dz_buf_puts(b, "</h2>\n");
    }
    if (text) {
        /* paragraphs at blank lines */
        const char *p = text;
        while (*p) {
            const char *e = strstr(p, "\n\n");
            size_t n = e ? (size_t)(e - p) : strlen(p);
            dz_buf_puts(b, "<p>");
            html_text(b, p, n);
            dz_buf_puts(b, "</p>\n");
            p += n;
            while (*p == '\n')
                p++;
        }
    }
    if ((t = lua_getfield(L, sec, "chart")) == LUA_TTABLE) {
        dz_buf_puts(b, "<figure class=\"chart\">\n");
        render_chart(L, lua_gettop(L), sec, "svg", b, 0);
        dz_buf_puts(b, "</figure>\n");
    }
    lua_pop(L, 1);
    if ((t = lua_getfield(L, sec, "timeline")) == LUA_TTABLE) {
        dz_buf_puts(b, "<figure class=\"timeline\">\n");
        render_timeline(L, lua_gettop(L), sec, "svg", b, 0);
        dz_buf_puts(b, "</figure>\n");
    }
    lua_pop(L, 1);
    if ((t = lua_getfield(L, sec, "graph")) == LUA_TTABLE) {
        int g = lua_gettop(L);
        dz_buf_puts(b, "<figure class=\"graph\">\n");
        if (render_graph(L, g, sec, "svg", b, 1) != 0) {
            /* no Graphviz: say so, and list the edges instead */
            dz_buf_puts(b, "<p class=\"meta\">");
            xml_puts(b, lua_tostring(L, -1));
            dz_buf_puts(b, "</p>\n");
            lua_pop(L, 1);
            if (lua_getfield(L, g, "edges") == LUA_TTABLE)
                html_table(L, b, lua_gettop(L), 0, 200);
            lua_pop(L, 1);
        }
        dz_buf_puts(b, "</figure>\n");
    }
    lua_pop(L, 1);
    if ((t = lua_getfield(L, sec, "table")) == LUA_TTABLE)
        html_table(L, b, lua_gettop(L), sec, opt_int(L, sec, "limit", 500));
    lua_pop(L, 1);
}

/* report.html{title=, subtitle=, sections={{title=, text=, table=,
** columns=, limit=, chart=, kind=, timeline=, graph=}...}, file=} ->
** the page, or true when written to file. One self-contained file: CSS
** inline, pictures as inline SVG, no scripts. */
int lchart_html(lua_State *L)
{
    dz_buf *b;
    const char *title, *subtitle;
    lua_Integer k, n;
    /* unknown option keys are refused, from the table behind help() */
    lhelp_check_options(L, lhelp_running(L));
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    title = opt_str(L, 1, "title");
    subtitle = opt_str(L, 1, "subtitle");
    b = new_buf(L);
    html_start(b, title ? title : "dossier report", subtitle);
    if (lua_getfield(L, 1, "sections") != LUA_TTABLE && !lua_isnil(L, -1))
        return luaL_argerror(L, 1, "field 'sections' must be a list of tables");
    n = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
    for (k = 1; k <= n; k++) {
        if (lua_rawgeti(L, -1, k) != LUA_TTABLE)
            return luaL_argerror(L, 1, "each section must be a table");
        dz_buf_puts(b, "<section>\n");
        html_section(L, b, lua_gettop(L));
        dz_buf_puts(b, "</section>\n");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    dz_buf_puts(b, "<p class=\"meta\">Made with dossier.</p>\n</body>\n</html>\n");
    check_buf(L, b, 1);
    return deliver_buf(L, 1, b);
}
