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
        dz_buf_puts(b, "{...}");
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

static void render_table(lua_State *L, int idx, int cols, lua_Integer nrows,
                         int width_limit, int color, dz_buf *out)
{
    int ncols = (int)lua_rawlen(L, cols), c;
    int *width = calloc((size_t)ncols + 1, sizeof *width);
    lua_Integer r;
    dz_buf cell = { 0 };
    if (!width)
        return;
    for (c = 0; c < ncols; c++) {
        size_t fit;
        lua_rawgeti(L, cols, c + 1);
        width[c] = text_width(lua_tostring(L, -1), lua_rawlen(L, -1), 0, &fit);
        lua_pop(L, 1);
    }
    for (r = 1; r <= nrows; r++) {
        lua_rawgeti(L, idx, r);
        for (c = 0; c < ncols; c++) {
            size_t fit;
            int w;
            lua_rawgeti(L, cols, c + 1);
            cell.len = 0;
            cell_text(L, -2, lua_tostring(L, -1), &cell, 1);
            lua_pop(L, 1);
            w = text_width(cell.data ? cell.data : "", cell.len, width_limit, &fit);
            if (w > width[c])
                width[c] = w;
        }
        lua_pop(L, 1);
    }
    /* header and rule */
    for (c = 0; c < ncols; c++) {
        size_t fit;
        const char *name;
        lua_rawgeti(L, cols, c + 1);
        name = lua_tostring(L, -1);
        if (color)
            dz_buf_puts(out, "\033[1m");
        dz_buf_puts(out, name);
        if (color)
            dz_buf_puts(out, "\033[0m");
        if (c + 1 < ncols)
            dz_buf_printf(out, "%*s", width[c] - text_width(name, strlen(name), 0, &fit) + 2, "");
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
    for (r = 1; r <= nrows; r++) {
        lua_rawgeti(L, idx, r);
        for (c = 0; c < ncols; c++) {
            size_t fit;
            int w;
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
            } else {
                put_marked(out, cell.data ? cell.data : "", cell.len, color);
            }
            if (c + 1 < ncols)
                dz_buf_printf(out, "%*s", width[c] - w + 2, "");
        }
        dz_buf_putc(out, '\n');
        lua_pop(L, 1);
    }
    dz_buf_free(&cell);
    free(width);
}

static void render_csv(lua_State *L, int idx, int cols, lua_Integer nrows,
                       dz_buf *out)
{
    int ncols = (int)lua_rawlen(L, cols), c;
    lua_Integer r;
    dz_buf cell = { 0 };
    for (r = 0; r <= nrows; r++) {
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
    const char *mode;
    int max_rows, width_limit, color;
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
    if (strcmp(a->mode, "json") == 0) {
        if (json_value(L, 1, a->out, 0) != 0)
            return luaL_error(L, "value too deep (or cyclic) for JSON");
        dz_buf_putc(a->out, '\n');
        return 0;
    }
    nrows = (lua_Integer)lua_rawlen(L, 1);
    if (a->max_rows >= 0 && nrows > a->max_rows)
        nrows = a->max_rows;
    if (lua_istable(L, 2)) {
        given = lua_getfield(L, 2, "columns") != LUA_TNIL;
        lua_pop(L, 1);
    }
    push_columns(L, 1, lua_istable(L, 2) ? 2 : 0);
    cols = lua_gettop(L);
    check_shape(L, 1, cols, nrows);
    if (strcmp(a->mode, "csv") == 0)
        render_csv(L, 1, cols, nrows, a->out);
    else {
        if (!given)
            drop_empty_columns(L, 1, cols, nrows);
        if (strcmp(a->mode, "markdown") == 0)
            render_markdown(L, 1, cols, nrows, a->out);
        else
            render_table(L, 1, cols, nrows, a->width_limit, a->color, a->out);
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

int lreport_render(lua_State *L, int idx, const char *mode, int max_rows,
                   int width_limit, int color, dz_buf *out)
{
    render_args a;
    int top = lua_gettop(L), rc;
    a.mode = mode;
    a.max_rows = max_rows;
    a.width_limit = width_limit;
    a.color = color;
    a.out = out;
    rc = render_protected(L, lua_absindex(L, idx), 0, &a);
    if (rc != LUA_OK)
        return -1;                      /* the message is on top */
    lua_settop(L, top);
    return 0;
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
        strcmp(mode, "markdown"))
        return luaL_argerror(L, 2, lua_pushfstring(L, "cannot write records as %s", mode));
    a.mode = mode;
    a.max_rows = opt_count(L, "limit", -1);
    a.width_limit = opt_count(L, "width", 60);
    a.color = 0;
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

static const luaL_Reg report_funcs[] = {
    { "table", l_report_table },
    { "csv", l_report_csv },
    { "json", l_report_json },
    { "markdown", l_report_markdown },
    { "chart", lchart_chart },
    { "graph", lchart_graph },
    { "timeline", lchart_timeline },
    { "html", lchart_html },
    { NULL, NULL }
};

int luaopen_dossier_report(lua_State *L)
{
    luaL_newlib(L, report_funcs);
    return 1;
}
