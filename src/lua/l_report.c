/*
** l_report.c — the `report` Lua module: render arrays of records as an
** aligned table, CSV, JSON or markdown. The REPL printer uses the same
** renderers.
*/
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "lua/lbind.h"
#include "lua/help.h"
#include "lua/lpictures.h"

/* Columns listed first when a rows array does not say its own order. */
static const char *const preferred[] = {
    "id", "date", "date_end", "published", "kind", "name", "type", "actor",
    "verb", "category", "target", "object", "modality", "title", "mentions",
    "articles", "score", "left", "match", "right", "snippet", "text", NULL
};

int lreport_is_records(lua_State *L, int idx)
{
    lua_Integer i, n;
    if (lua_type(L, idx) != LUA_TTABLE)
        return 0;
    n = (lua_Integer)lua_rawlen(L, idx);
    if (n == 0)
        return luaL_getmetafield(L, idx, "__columns") != LUA_TNIL
               ? (lua_pop(L, 1), 1) : 0;
    for (i = 1; i <= n && i <= 50; i++) {
        int t = lua_rawgeti(L, idx, i);
        lua_pop(L, 1);
        if (t != LUA_TTABLE)
            return 0;
    }
    return 1;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int lreport_is_record(lua_State *L, int idx)
{
    int n = 0, ok = 1;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) != LUA_TTABLE || lua_rawlen(L, idx) != 0)
        return 0;
    if (luaL_getmetafield(L, idx, "__name") != LUA_TNIL) {
        lua_pop(L, 1);
        return 0;                       /* a module or a class */
    }
    lua_pushnil(L);
    while (ok && lua_next(L, idx)) {
        ok = lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) != LUA_TFUNCTION &&
             ++n <= 200;
        if (ok && lua_type(L, -1) == LUA_TTABLE) {
            /* a field may be a list of plain values (aliases), no deeper */
            int v = lua_gettop(L);
            lua_pushnil(L);
            while (ok && lua_next(L, v)) {
                ok = lua_type(L, -1) != LUA_TTABLE && lua_type(L, -1) != LUA_TFUNCTION;
                lua_pop(L, 1);
            }
            if (!ok)
                lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    if (!ok)
        lua_pop(L, 1);
    return ok && n > 0;
}

/* ---- values, readably -------------------------------------------------------*/

#define PRETTY_DEPTH 16
#define PRETTY_ITEMS 200

/* Append a Lua string literal for s. */
static void quote_string(dz_buf *out, const char *s, size_t n)
{
    size_t i;
    dz_buf_putc(out, '"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            dz_buf_printf(out, "\\%c", c);
        else if (c == '\n')
            dz_buf_puts(out, "\\n");
        else if (c == '\t')
            dz_buf_puts(out, "\\t");
        else if (c < 0x20 || c == 0x7f)
            dz_buf_printf(out, "\\%d", c);
        else
            dz_buf_putc(out, (char)c);
    }
    dz_buf_putc(out, '"');
}

static int is_identifier(const char *s)
{
    static const char *const keywords[] = { "and", "break", "do", "else",
        "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true",
        "until", "while", NULL };
    const char *p;
    int i;
    if (!s || !(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
        return 0;
    for (p = s; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9')))
            return 0;
    for (i = 0; keywords[i]; i++)
        if (strcmp(s, keywords[i]) == 0)
            return 0;
    return 1;
}

/* Push an array of the keys of the table at idx that are not in its array
** part 1..len: string keys sorted, then the others in table order. */
static void push_other_keys(lua_State *L, int idx, lua_Integer len)
{
    lua_Integer n = 0, i, nstr = 0;
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 &&
            lua_tointeger(L, -1) <= len)
            continue;
        lua_pushvalue(L, -1);
        lua_rawseti(L, -3, ++n);
    }
    /* insertion sort of the string keys to the front: tables printed in a
    ** shell are small */
    for (i = 1; i <= n; i++) {
        lua_Integer j;
        lua_rawgeti(L, -1, i);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            continue;
        }
        for (j = i; j > nstr + 1; j--) {
            lua_rawgeti(L, -2, j - 1);
            if (lua_type(L, -1) == LUA_TSTRING &&
                strcmp(lua_tostring(L, -1), lua_tostring(L, -2)) <= 0) {
                lua_pop(L, 1);
                break;
            }
            lua_rawseti(L, -3, j);
        }
        lua_rawseti(L, -2, j);
        nstr++;
    }
}

static void pretty_value(lua_State *L, int idx, dz_buf *out, int width,
                         int indent, int depth, int seen);

/* One table, on one line (width <= 0) or one item per line. */
static void pretty_table(lua_State *L, int idx, dz_buf *out, int width,
                         int indent, int depth, int seen)
{
    lua_Integer len = (lua_Integer)lua_rawlen(L, idx), i, nkeys, shown = 0;
    int keys, multi = width > 0;
    if (len == 0 && (lua_pushnil(L), lua_next(L, idx) == 0)) {
        dz_buf_puts(out, "{}");
        return;
    }
    if (len == 0)
        lua_pop(L, 2);
    push_other_keys(L, idx, len);
    keys = lua_gettop(L);
    nkeys = (lua_Integer)lua_rawlen(L, keys);
    dz_buf_putc(out, '{');
    for (i = 1; i <= len + nkeys; i++) {
        if (i > 1)
            dz_buf_putc(out, ',');
        if (multi)
            dz_buf_printf(out, "\n%*s", indent + 2, "");
        else if (i > 1)
            dz_buf_putc(out, ' ');
        if (++shown > PRETTY_ITEMS) {
            dz_buf_printf(out, "... (%lld more)", (long long)(len + nkeys - i + 1));
            break;
        }
        if (i <= len) {
            lua_rawgeti(L, idx, i);
        } else {
            lua_rawgeti(L, keys, i - len);
            if (lua_type(L, -1) == LUA_TSTRING && is_identifier(lua_tostring(L, -1))) {
                dz_buf_puts(out, lua_tostring(L, -1));
            } else {
                dz_buf_putc(out, '[');
                pretty_value(L, lua_gettop(L), out, 0, 0, depth + 1, seen);
                dz_buf_putc(out, ']');
            }
            dz_buf_puts(out, " = ");
            lua_rawget(L, idx);
        }
        pretty_value(L, lua_gettop(L), out, width, indent + 2, depth + 1, seen);
        lua_pop(L, 1);
    }
    if (multi)
        dz_buf_printf(out, "\n%*s", indent, "");
    dz_buf_putc(out, '}');
    lua_pop(L, 1);
}

/* The value at idx: scalars as Lua would write them, tables inline when
** they fit in width - indent columns, else spread over lines. */
static void pretty_value(lua_State *L, int idx, dz_buf *out, int width,
                         int indent, int depth, int seen)
{
    size_t n;
    const char *s;
    switch (lua_type(L, idx)) {
    case LUA_TSTRING:
        s = lua_tolstring(L, idx, &n);
        quote_string(out, s, n);
        return;
    case LUA_TTABLE:
        break;
    default:
        s = luaL_tolstring(L, idx, &n);
        dz_buf_append(out, s, n);
        lua_pop(L, 1);
        return;
    }
    if (luaL_getmetafield(L, idx, "__tostring") != LUA_TNIL) {
        lua_pop(L, 1);
        s = luaL_tolstring(L, idx, &n);
        dz_buf_append(out, s, n);
        lua_pop(L, 1);
        return;
    }
    if (depth >= PRETTY_DEPTH) {
        dz_buf_puts(out, "{...}");
        return;
    }
    luaL_checkstack(L, 8, "table too deep to print");
    lua_pushvalue(L, idx);
    if (lua_rawget(L, seen) != LUA_TNIL) {
        lua_pop(L, 1);
        dz_buf_puts(out, "<cycle>");
        return;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, seen);
    {
        size_t start = out->len;
        pretty_table(L, idx, out, 0, indent, depth, seen);
        if (width > 0 && out->len - start + (size_t)indent > (size_t)width) {
            out->len = start;
            pretty_table(L, idx, out, width, indent, depth, seen);
        }
    }
    lua_pushvalue(L, idx);
    lua_pushnil(L);
    lua_rawset(L, seen);
}

void lreport_pretty(lua_State *L, int idx, dz_buf *out, int width)
{
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    pretty_value(L, idx, out, width, 0, 0, lua_gettop(L));
    lua_pop(L, 1);
}

/* Push an array of column names for the rows at idx: opts.columns, the
** rows' __columns, or the keys of the first records. */
static void push_columns(lua_State *L, int idx, int opts)
{
    if (opts && lua_type(L, opts) == LUA_TTABLE &&
        lua_getfield(L, opts, "columns") == LUA_TTABLE)
        return;
    if (opts && lua_type(L, opts) == LUA_TTABLE)
        lua_pop(L, 1);
    if (luaL_getmetafield(L, idx, "__columns") == LUA_TTABLE)
        return;
    {
        const char *names[256];
        int n = 0, i, k, out = 0;
        lua_Integer r, nrows = (lua_Integer)lua_rawlen(L, idx);
        int seen;
        lua_newtable(L);            /* set of seen names; keeps them alive */
        seen = lua_gettop(L);
        for (r = 1; r <= nrows && r <= 50; r++) {
            if (lua_rawgeti(L, idx, r) != LUA_TTABLE) {
                lua_pop(L, 1);
                continue;
            }
            lua_pushnil(L);
            while (lua_next(L, -2)) {
                lua_pop(L, 1);
                if (lua_type(L, -1) == LUA_TSTRING && n < 256) {
                    lua_pushvalue(L, -1);
                    if (lua_rawget(L, seen) == LUA_TNIL) {
                        names[n++] = lua_tostring(L, -2);
                        lua_pushvalue(L, -2);
                        lua_pushboolean(L, 1);
                        lua_rawset(L, seen);
                    }
                    lua_pop(L, 1);
                }
            }
            lua_pop(L, 1);
        }
        qsort(names, (size_t)n, sizeof names[0], cmp_str);
        lua_createtable(L, n, 0);
        for (k = 0; preferred[k]; k++)
            for (i = 0; i < n; i++)
                if (names[i] && strcmp(names[i], preferred[k]) == 0) {
                    lua_pushstring(L, names[i]);
                    lua_rawseti(L, -2, ++out);
                    names[i] = NULL;
                }
        for (i = 0; i < n; i++)
            if (names[i]) {
                lua_pushstring(L, names[i]);
                lua_rawseti(L, -2, ++out);
            }
        lua_remove(L, -2);
    }
}

/* Text of a cell for table / csv / markdown: numbers as written, tables
** abbreviated, newlines flattened (for table and markdown). */
static void cell_text(lua_State *L, int row, const char *col, dz_buf *b,
                      int flatten)
{
    size_t before = b->len;
    size_t len, i;
    const char *s;
    int t;
    /* records are read raw: no metamethod can raise while the caller
    ** holds its scratch buffers */
    row = lua_absindex(L, row);
    lua_pushstring(L, col);
    t = lua_rawget(L, row);
    switch (t) {
    case LUA_TNIL:
        break;
    case LUA_TBOOLEAN:
        dz_buf_puts(b, lua_toboolean(L, -1) ? "true" : "false");
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, -1))
            dz_buf_printf(b, "%lld", (long long)lua_tointeger(L, -1));
        else
            dz_buf_printf(b, "%.4g", lua_tonumber(L, -1));
        break;
    case LUA_TSTRING:
        s = lua_tolstring(L, -1, &len);
        for (i = 0; i < len; i++) {
            char c = s[i];
            if (flatten && (c == '\n' || c == '\r' || c == '\t'))
                c = ' ';
            dz_buf_putc(b, c);
        }
        break;
    case LUA_TTABLE:
        /* a short table reads whole ({"PRC", "Beijing"}); a long one is cut */
        lreport_pretty(L, -1, b, 0);
        if (b->len - before > 60) {
            b->len = before;
            dz_buf_puts(b, "{...}");
        }
        break;
    default:
        dz_buf_puts(b, luaL_typename(L, -1));
        break;
    }
    lua_pop(L, 1);
}

/* Display width of UTF-8 text (wide characters count 2, marks 0), and the
** byte length of the longest prefix that fits in max columns. */
static int text_width(const char *s, size_t n, int max, size_t *fit)
{
    size_t i = 0;
    int w = 0;
    *fit = n;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        int cw;
        if (k <= 0) {
            k = 1;
            cp = '?';
        }
        if (cp == 2 || cp == 3)       /* match marks from search snippets */
            cw = 0;
        else
            cw = utf8proc_charwidth(cp);
        if (max > 0 && w + cw > max) {
            *fit = i;
            return w;
        }
        w += cw < 0 ? 0 : cw;
        i += (size_t)k;
    }
    return w;
}

/* Write s, mapping the STX/ETX match marks to colour or to nothing. */
static void put_marked(dz_buf *out, const char *s, size_t n, int color)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (s[i] == '\002') {
            if (color)
                dz_buf_puts(out, "\033[1;31m");
        } else if (s[i] == '\003') {
            if (color)
                dz_buf_puts(out, "\033[0m");
        } else {
            dz_buf_putc(out, s[i]);
        }
    }
}

/* Replace the column list at cols by the columns that hold a value in at
** least one of the first nrows rows (empty columns waste a narrow screen). */
static void drop_empty_columns(lua_State *L, int idx, int cols, lua_Integer nrows)
{
    lua_Integer c, r, ncols = (lua_Integer)lua_rawlen(L, cols), out = 0;
    lua_createtable(L, (int)ncols, 0);
    for (c = 1; c <= ncols; c++) {
        lua_rawgeti(L, cols, c);
        for (r = 1; r <= nrows; r++) {
            int t;
            lua_rawgeti(L, idx, r);
            lua_pushvalue(L, -2);
            t = lua_rawget(L, -2);
            lua_pop(L, 2);
            if (t != LUA_TNIL)
                break;
        }
        if (r <= nrows || nrows == 0)
            lua_rawseti(L, -2, ++out);
        else
            lua_pop(L, 1);
    }
    lua_replace(L, cols);
}

/* The Lua type of the field col of the record at stack index row (read
** raw); render_table aligns columns of numbers to the right, as psql and
** sqlite3 do, and render_line leaves out absent fields. */
static int cell_type(lua_State *L, int row, const char *col)
{
    int t;
    lua_pushstring(L, col);
    t = lua_rawget(L, row < 0 ? row - 1 : row);
    lua_pop(L, 1);
    return t;
}

/* Append cell text padded to w columns, on the left when right is set. */
static void put_padded(dz_buf *out, const char *text, size_t n, int textw,
                       int w, int right, int last, int color)
{
    if (right && w > textw)
        dz_buf_printf(out, "%*s", w - textw, "");
    put_marked(out, text ? text : "", n, color);
    if (!right && !last && w > textw)
        dz_buf_printf(out, "%*s", w - textw, "");
    if (!last)
        dz_buf_puts(out, "  ");
}

/* An aligned text table: a header row, a rule, one line per record;
** columns of numbers right-aligned, cells wider than width_limit cut with
** an ellipsis. */
static void render_table(lua_State *L, int idx, int cols, lua_Integer nrows,
                         const lreport_style *st, dz_buf *out)
{
    int ncols = (int)lua_rawlen(L, cols), c;
    int *width = calloc((size_t)ncols + 1, sizeof *width);
    char *numeric = calloc((size_t)ncols + 1, 1);
    lua_Integer r;
    dz_buf cell = { 0 };
    int width_limit = st->width_limit, color = st->color;
    if (!width || !numeric) {
        free(width);
        free(numeric);
        return;
    }
    for (c = 0; c < ncols; c++) {
        size_t fit;
        lua_rawgeti(L, cols, c + 1);
        width[c] = st->headers ? text_width(lua_tostring(L, -1), lua_rawlen(L, -1), 0, &fit) : 0;
        lua_pop(L, 1);
        numeric[c] = 2;         /* 2: no value seen yet; 1: numbers only */
    }
    for (r = 1; r <= nrows; r++) {
        lua_rawgeti(L, idx, r);
        for (c = 0; c < ncols; c++) {
            size_t fit;
            int w, t;
            lua_rawgeti(L, cols, c + 1);
            t = cell_type(L, -2, lua_tostring(L, -1));
            if (t != LUA_TNIL)
                numeric[c] = numeric[c] && t == LUA_TNUMBER;
            cell.len = 0;
            cell_text(L, -2, lua_tostring(L, -1), &cell, 1);
            lua_pop(L, 1);
            w = text_width(cell.data ? cell.data : "", cell.len, width_limit, &fit);
            if (w > width[c])
                width[c] = w;
        }
        lua_pop(L, 1);
    }
    for (c = 0; c < ncols; c++)
        numeric[c] = numeric[c] == 1;
    if (st->headers) {
        for (c = 0; c < ncols; c++) {
            size_t fit;
            const char *name;
            lua_rawgeti(L, cols, c + 1);
            name = lua_tostring(L, -1);
            if (numeric[c] && width[c] > text_width(name, strlen(name), 0, &fit))
                dz_buf_printf(out, "%*s", width[c] - text_width(name, strlen(name), 0, &fit), "");
            if (color)
                dz_buf_puts(out, "\033[1m");
            dz_buf_puts(out, name);
            if (color)
                dz_buf_puts(out, "\033[0m");
            if (c + 1 < ncols)
                dz_buf_printf(out, "%*s", (numeric[c] ? 0 : width[c] -
                              text_width(name, strlen(name), 0, &fit)) + 2, "");
            lua_pop(L, 1);
        }
        dz_buf_putc(out, '\n');
        for (c = 0; c < ncols; c++) {
            int k;
            for (k = 0; k < width[c]; k++)
                dz_buf_putc(out, '-');
            if (c + 1 < ncols)
                dz_buf_puts(out, "  ");
        }
        dz_buf_putc(out, '\n');
    }
    for (r = 1; r <= nrows; r++) {
        lua_rawgeti(L, idx, r);
        for (c = 0; c < ncols; c++) {
            size_t fit;
            int w, last = c + 1 == ncols;
            lua_rawgeti(L, cols, c + 1);
            cell.len = 0;
            cell_text(L, -2, lua_tostring(L, -1), &cell, 1);
            lua_pop(L, 1);
            w = text_width(cell.data ? cell.data : "", cell.len, 0, &fit);
            if (width_limit > 0 && w > width_limit) {
                w = text_width(cell.data, cell.len, width_limit - 1, &fit);
                put_marked(out, cell.data, fit, color);
                if (color)
                    dz_buf_puts(out, "\033[0m");
                dz_buf_puts(out, "\xe2\x80\xa6");     /* … */
                w += 1;
                put_padded(out, NULL, 0, w, width[c], 0, last, 0);
            } else {
                put_padded(out, cell.data, cell.len, w, width[c], numeric[c],
                           last, color);
            }
        }
        dz_buf_putc(out, '\n');
        lua_pop(L, 1);
    }
    dz_buf_free(&cell);
    free(width);
    free(numeric);
}

/* Append text wrapped at width columns (0: as is), every line after the
** first indented by indent columns; the text's own line breaks are kept. */
static void put_wrapped(dz_buf *out, const char *s, size_t n, int indent,
                        int width, int color)
{
    size_t i = 0;
    int avail = width > indent + 20 ? width - indent : 0;
    while (i < n) {
        size_t end = i, fit, brk;
        while (end < n && s[end] != '\n')
            end++;
        /* one source line, cut into pieces of at most avail columns */
        for (;;) {
            int w = text_width(s + i, end - i, avail, &fit);
            (void)w;
            brk = i + fit;
            if (avail && brk < end) {
                size_t k = brk;
                while (k > i && s[k] != ' ')
                    k--;
                if (k > i)
                    brk = k;
            } else {
                brk = end;
            }
            put_marked(out, s + i, brk - i, color);
            i = brk;
            while (i < end && s[i] == ' ')
                i++;
            if (i >= end)
                break;
            dz_buf_printf(out, "\n%*s", indent, "");
        }
        if (end < n) {
            dz_buf_printf(out, "\n%*s", indent, "");
            if (end + 1 < n && s[end + 1] == '\n')
                out->len -= (size_t)indent;     /* a blank line stays blank */
        }
        i = end + 1;
    }
}

/* Records one per block, one "name = value" line per field, as sqlite3's
** .mode line: names right-aligned, long values wrapped under themselves,
** absent fields left out, a blank line between records. */
static void render_line(lua_State *L, int idx, int cols, lua_Integer nrows,
                        const lreport_style *st, dz_buf *out)
{
    int ncols = (int)lua_rawlen(L, cols), c, namew = 0;
    lua_Integer r;
    dz_buf cell = { 0 };
    for (c = 0; c < ncols; c++) {
        size_t fit;
        int w;
        lua_rawgeti(L, cols, c + 1);
        w = text_width(lua_tostring(L, -1), lua_rawlen(L, -1), 0, &fit);
        if (w > namew)
            namew = w;
        lua_pop(L, 1);
    }
    for (r = 1; r <= nrows; r++) {
        if (r > 1)
            dz_buf_putc(out, '\n');
        lua_rawgeti(L, idx, r);
        for (c = 0; c < ncols; c++) {
            size_t fit;
            const char *name;
            lua_rawgeti(L, cols, c + 1);
            name = lua_tostring(L, -1);
            if (cell_type(L, -2, name) == LUA_TNIL) {
                lua_pop(L, 1);
                continue;
            }
            cell.len = 0;
            cell_text(L, -2, name, &cell, 0);
            dz_buf_printf(out, "%*s", namew - text_width(name, strlen(name), 0, &fit), "");
            if (st->color)
                dz_buf_puts(out, "\033[1m");
            dz_buf_puts(out, name);
            if (st->color)
                dz_buf_puts(out, "\033[0m");
            dz_buf_puts(out, " = ");
            put_wrapped(out, cell.data ? cell.data : "", cell.len, namew + 3,
                        st->term_width, st->color);
            dz_buf_putc(out, '\n');
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    dz_buf_free(&cell);
}

static void render_csv(lua_State *L, int idx, int cols, lua_Integer nrows,
                       int headers, dz_buf *out)
{
    int ncols = (int)lua_rawlen(L, cols), c;
    lua_Integer r;
    dz_buf cell = { 0 };
    for (r = headers ? 0 : 1; r <= nrows; r++) {
        if (r > 0)
            lua_rawgeti(L, idx, r);
        for (c = 0; c < ncols; c++) {
            size_t i;
            int quote = 0;
            lua_rawgeti(L, cols, c + 1);
            cell.len = 0;
            if (r == 0)
                dz_buf_puts(&cell, lua_tostring(L, -1));
            else
                cell_text(L, -2, lua_tostring(L, -1), &cell, 0);
            lua_pop(L, 1);
            for (i = 0; i < cell.len; i++)
                if (strchr(",\"\r\n", cell.data[i]))
                    quote = 1;
            if (c)
                dz_buf_putc(out, ',');
            if (quote)
                dz_buf_putc(out, '"');
            for (i = 0; i < cell.len; i++) {
                if (cell.data[i] == '"')
                    dz_buf_putc(out, '"');
                if (cell.data[i] != '\002' && cell.data[i] != '\003')
                    dz_buf_putc(out, cell.data[i]);
            }
            if (quote)
                dz_buf_putc(out, '"');
        }
        dz_buf_puts(out, "\r\n");
        if (r > 0)
            lua_pop(L, 1);
    }
    dz_buf_free(&cell);
}

static void render_markdown(lua_State *L, int idx, int cols, lua_Integer nrows,
                            dz_buf *out)
{
    int ncols = (int)lua_rawlen(L, cols), c;
    lua_Integer r;
    dz_buf cell = { 0 };
    for (r = 0; r <= nrows; r++) {
        if (r > 0)
            lua_rawgeti(L, idx, r);
        dz_buf_putc(out, '|');
        for (c = 0; c < ncols; c++) {
            size_t i;
            lua_rawgeti(L, cols, c + 1);
            cell.len = 0;
            if (r == 0)
                dz_buf_puts(&cell, lua_tostring(L, -1));
            else
                cell_text(L, -2, lua_tostring(L, -1), &cell, 1);
            lua_pop(L, 1);
            dz_buf_putc(out, ' ');
            for (i = 0; i < cell.len; i++) {
                char ch = cell.data[i];
                if (ch == '|')
                    dz_buf_putc(out, '\\');
                if (ch == '\002' || ch == '\003')
                    dz_buf_puts(out, "**");
                else
                    dz_buf_putc(out, ch);
            }
            dz_buf_puts(out, " |");
        }
        dz_buf_putc(out, '\n');
        if (r == 0) {
            dz_buf_putc(out, '|');
            for (c = 0; c < ncols; c++)
                dz_buf_puts(out, " --- |");
            dz_buf_putc(out, '\n');
        } else {
            lua_pop(L, 1);
        }
    }
    dz_buf_free(&cell);
}

static void json_string(dz_buf *out, const char *s, size_t n)
{
    size_t i;
    dz_buf_putc(out, '"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': dz_buf_puts(out, "\\\""); break;
        case '\\': dz_buf_puts(out, "\\\\"); break;
        case '\n': dz_buf_puts(out, "\\n"); break;
        case '\r': dz_buf_puts(out, "\\r"); break;
        case '\t': dz_buf_puts(out, "\\t"); break;
        default:
            if (c < 0x20)
                dz_buf_printf(out, "\\u%04x", c);
            else
                dz_buf_putc(out, (char)c);
        }
    }
    dz_buf_putc(out, '"');
}

/* Encode the value at idx as JSON. Returns -1 on a cycle / depth limit. */
static int json_value(lua_State *L, int idx, dz_buf *out, int depth)
{
    size_t n;
    const char *s;
    idx = lua_absindex(L, idx);
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        dz_buf_puts(out, "null");
        return 0;
    case LUA_TBOOLEAN:
        dz_buf_puts(out, lua_toboolean(L, idx) ? "true" : "false");
        return 0;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx))
            dz_buf_printf(out, "%lld", (long long)lua_tointeger(L, idx));
        else {
            double v = lua_tonumber(L, idx);
            if (v != v || v > 1e308 || v < -1e308)
                dz_buf_puts(out, "null");
            else
                dz_buf_printf(out, "%.17g", v);
        }
        return 0;
    case LUA_TSTRING:
        s = lua_tolstring(L, idx, &n);
        json_string(out, s, n);
        return 0;
    case LUA_TTABLE:
        break;
    default:
        s = luaL_typename(L, idx);
        json_string(out, s, strlen(s));
        return 0;
    }
    if (depth > 64)
        return -1;
    luaL_checkstack(L, 4, "value too deep for JSON");
    n = lua_rawlen(L, idx);
    if (n > 0 || lreport_is_records(L, idx)) {
        size_t i;
        dz_buf_putc(out, '[');
        for (i = 1; i <= n; i++) {
            if (i > 1)
                dz_buf_putc(out, ',');
            lua_rawgeti(L, idx, (lua_Integer)i);
            if (json_value(L, -1, out, depth + 1) != 0)
                return -1;
            lua_pop(L, 1);
        }
        dz_buf_putc(out, ']');
        return 0;
    }
    {
        int first = 1;
        dz_buf_putc(out, '{');
        lua_pushnil(L);
        while (lua_next(L, idx)) {
            if (!first)
                dz_buf_putc(out, ',');
            first = 0;
            if (lua_type(L, -2) == LUA_TSTRING) {
                s = lua_tolstring(L, -2, &n);
                json_string(out, s, n);
            } else {
                lua_pushvalue(L, -2);
                s = luaL_tolstring(L, -1, &n);
                json_string(out, s, n);
                lua_pop(L, 2);
            }
            dz_buf_putc(out, ':');
            if (json_value(L, -1, out, depth + 1) != 0)
                return -1;
            lua_pop(L, 1);
        }
        dz_buf_putc(out, '}');
    }
    return 0;
}

/* What a render needs besides the rows and options on the stack. */
typedef struct render_args {
    lreport_style st;
    dz_buf *out;
} render_args;

/* Check that the first nrows entries of the rows at idx are tables and
** that the column list at cols holds only names; raises otherwise. */
static void check_shape(lua_State *L, int idx, int cols, lua_Integer nrows)
{
    lua_Integer i, n = (lua_Integer)lua_rawlen(L, cols);
    for (i = 1; i <= nrows; i++) {
        int t = lua_rawgeti(L, idx, i);
        lua_pop(L, 1);
        if (t != LUA_TTABLE)
            luaL_error(L, "row %I is a %s, not a record (a table)", i,
                       lua_typename(L, t));
    }
    for (i = 1; i <= n; i++) {
        int t = lua_rawgeti(L, cols, i);
        lua_pop(L, 1);
        if (t != LUA_TSTRING)
            luaL_error(L, "column %I is a %s, not a name (a string)", i,
                       lua_typename(L, t));
    }
}

/* Protected body of every render: rows at 1, options table or nil at 2,
** a render_args at 3 (light userdata). Appends to args->out; raises on
** bad rows, bad columns, cycles and errors from metamethods, so that the
** caller, which owns args->out, can free it. */
static int render_body(lua_State *L)
{
    render_args *a = lua_touserdata(L, 3);
    lua_Integer nrows;
    int cols, given = 0;
    if (strcmp(a->st.mode, "json") == 0) {
        if (json_value(L, 1, a->out, 0) != 0)
            return luaL_error(L, "value too deep (or cyclic) for JSON");
        dz_buf_putc(a->out, '\n');
        return 0;
    }
    nrows = (lua_Integer)lua_rawlen(L, 1);
    if (a->st.max_rows >= 0 && nrows > a->st.max_rows)
        nrows = a->st.max_rows;
    if (lua_istable(L, 2)) {
        given = lua_getfield(L, 2, "columns") != LUA_TNIL;
        lua_pop(L, 1);
    }
    push_columns(L, 1, lua_istable(L, 2) ? 2 : 0);
    cols = lua_gettop(L);
    check_shape(L, 1, cols, nrows);
    if (strcmp(a->st.mode, "csv") == 0)
        render_csv(L, 1, cols, nrows, a->st.headers, a->out);
    else if (strcmp(a->st.mode, "line") == 0)
        render_line(L, 1, cols, nrows, &a->st, a->out);
    else {
        if (!given)
            drop_empty_columns(L, 1, cols, nrows);
        if (strcmp(a->st.mode, "markdown") == 0)
            render_markdown(L, 1, cols, nrows, a->out);
        else
            render_table(L, 1, cols, nrows, &a->st, a->out);
    }
    return 0;
}

/* Run render_body on rows (absolute index idx) and opts (0: none). On
** error the message is left on the stack and the status returned. */
static int render_protected(lua_State *L, int idx, int opts, render_args *a)
{
    lua_pushcfunction(L, render_body);
    lua_pushvalue(L, idx);
    if (opts)
        lua_pushvalue(L, opts);
    else
        lua_pushnil(L);
    lua_pushlightuserdata(L, a);
    return lua_pcall(L, 3, 0, 0);
}

int lreport_render_style(lua_State *L, int idx, const lreport_style *st,
                         dz_buf *out)
{
    render_args a;
    int top = lua_gettop(L), rc;
    a.st = *st;
    a.out = out;
    rc = render_protected(L, lua_absindex(L, idx), 0, &a);
    if (rc != LUA_OK)
        return -1;                      /* the message is on top */
    lua_settop(L, top);
    return 0;
}

int lreport_render(lua_State *L, int idx, const char *mode, int max_rows,
                   int width_limit, int color, dz_buf *out)
{
    lreport_style st;
    st.mode = mode;
    st.max_rows = max_rows;
    st.width_limit = width_limit;
    st.term_width = 0;
    st.color = color;
    st.headers = 1;
    return lreport_render_style(L, idx, &st, out);
}

/* An integer option clamped to the int range (negative: -1). */
static int opt_count(lua_State *L, const char *field, int def)
{
    lua_Integer v = lbind_opt_int(L, 2, field, def);
    return v < 0 ? -1 : v > INT_MAX ? INT_MAX : (int)v;
}

/* Shared body of report.table/csv/markdown/json: (rows [, opts]) -> text.
** opts: columns = {...}, limit = N, width = N (table cell width; 0 = no
** limit). The text is built in a buffer this function owns, so the
** rendering itself runs protected and the buffer is freed on any error. */
static int render_to_string(lua_State *L, const char *mode)
{
    dz_buf out = { 0 };
    render_args a;
    lhelp_check_options(L, lhelp_running(L));
    if (strcmp(mode, "json") != 0)
        luaL_checktype(L, 1, LUA_TTABLE);
    else
        luaL_checkany(L, 1);
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TTABLE);
    /* file= / format= may ask for another format (lpictures.h) */
    mode = lchart_format(L, lua_istable(L, 2) ? 2 : 0, mode);
    if (strcmp(mode, "html") == 0)
        return lchart_html_rows(L);
    if (strcmp(mode, "text") == 0)
        mode = "table";
    if (strcmp(mode, "table") && strcmp(mode, "csv") && strcmp(mode, "json") &&
        strcmp(mode, "markdown") && strcmp(mode, "line"))
        return luaL_argerror(L, 2, lua_pushfstring(L, "cannot write records as %s", mode));
    a.st.mode = mode;
    a.st.max_rows = opt_count(L, "limit", -1);
    a.st.width_limit = opt_count(L, "width", 60);
    a.st.term_width = 0;
    a.st.color = 0;
    a.st.headers = lbind_opt_bool(L, 2, "headers", 1);
    a.out = &out;
    lua_settop(L, 2);
    if (render_protected(L, 1, 2, &a) != LUA_OK) {
        dz_buf_free(&out);
        return lua_error(L);
    }
    lbind_push_owned(L, out.data, out.len);
    return lchart_deliver(L, lua_istable(L, 2) ? 2 : 0);
}

static int l_report_table(lua_State *L) { return render_to_string(L, "table"); }
static int l_report_csv(lua_State *L) { return render_to_string(L, "csv"); }
static int l_report_json(lua_State *L) { return render_to_string(L, "json"); }
static int l_report_markdown(lua_State *L) { return render_to_string(L, "markdown"); }
static int l_report_line(lua_State *L) { return render_to_string(L, "line"); }

static const luaL_Reg report_funcs[] = {
    { "table", l_report_table },
    { "csv", l_report_csv },
    { "json", l_report_json },
    { "markdown", l_report_markdown },
    { "line", l_report_line },
    { "chart", lchart_chart },
    { "graph", lchart_graph },
    { "timeline", lchart_timeline },
    { "html", lchart_html },
    { NULL, NULL }
};

int luaopen_dossier_report(lua_State *L)
{
    luaL_newlib(L, report_funcs);
    lhelp_register_module(L, -1, "report", 1);
    return 1;
}
