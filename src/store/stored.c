/*
** stored.c — the stored form of dates and labels (see stored.h): the SQL
** functions dz_day, dz_date, dz_code and dz_label, and the label lists.
** Built a second time into dossier_sqlite (textpack.c's extension).
*/
#include <stdlib.h>
#include <string.h>
#include "store/stored.h"
#include "base/dates.h"
#ifdef DZ_SQLITE_EXTENSION
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#endif

/* The labels stored as codes: the place of the name in its list, in the
** order of enum stored_list. The lists only grow at their end. */
static const char *const timex_types[] = { "DATE", "TIME", "DURATION", "SET" };
static const char *const precisions[] = {
    "day", "week", "month", "season", "year", "vague"
};
static const char *const modalities[] = {
    "asserted", "planned", "reported", "negated", "hypothetical"
};
static const char *const date_sources[] = { "article", "explicit", "relative" };
#define LABELS(a) a, (int)(sizeof a / sizeof a[0])
static const struct label_list {
    const char *name;                   /* as dz_label and dz_code name it */
    const char *const *names;
    int n;
} label_lists[STORED_NLISTS] = {
    { "timex_type", LABELS(timex_types) }, { "precision", LABELS(precisions) },
    { "modality", LABELS(modalities) }, { "date_source", LABELS(date_sources) },
};

int stored_code(int list, const char *name)
{
    int k;
    if (list < 0 || list >= STORED_NLISTS || !name)
        return -1;
    for (k = 0; k < label_lists[list].n; k++)
        if (!strcmp(name, label_lists[list].names[k]))
            return k;
    return -1;
}

/* The list named by SQL value v; NULL when there is none. */
static const struct label_list *label_list_of(sqlite3_value *v)
{
    const char *name = (const char *)sqlite3_value_text(v);
    size_t i;
    for (i = 0; name && i < sizeof label_lists / sizeof label_lists[0]; i++)
        if (!strcmp(name, label_lists[i].name))
            return &label_lists[i];
    return NULL;
}

/* dz_label(list, x): the name of code x in the named list (schema_v10);
** any other value as it is. */
static void fn_dz_label(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const struct label_list *l = label_list_of(argv[0]);
    (void)argc;
    if (l && sqlite3_value_type(argv[1]) == SQLITE_INTEGER) {
        sqlite3_int64 k = sqlite3_value_int64(argv[1]);
        if (k >= 0 && k < l->n) {
            sqlite3_result_text(ctx, l->names[k], -1, SQLITE_STATIC);
            return;
        }
    }
    sqlite3_result_value(ctx, argv[1]);
}

/* dz_code(list, x): the code of name x in the named list, the stored
** form of a label (schema_v10); any other value as it is. */
static void fn_dz_code(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const struct label_list *l = label_list_of(argv[0]);
    const char *t = (const char *)sqlite3_value_text(argv[1]);
    int k;
    (void)argc;
    if (l && t && sqlite3_value_type(argv[1]) == SQLITE_TEXT)
        for (k = 0; k < l->n; k++)
            if (!strcmp(t, l->names[k])) {
                sqlite3_result_int(ctx, k);
                return;
            }
    sqlite3_result_value(ctx, argv[1]);
}

/* dz_day(x): the day number (dz_date_to_days) of a 'YYYY-MM-DD' text,
** the stored form of a date (schema_v10). A text of that shape that is no
** date (a bound such as "0000-00-00", "9999-99-99") gives the day number
** of the first date after it less one half, so that a stored date
** compares with it as its text did. Any other value as it is. */
static void fn_dz_day(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *t = (const char *)sqlite3_value_text(argv[0]);
    int y, m, d, i;
    (void)argc;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT || !t ||
        sqlite3_value_bytes(argv[0]) != 10 || t[4] != '-' || t[7] != '-') {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (t[i] < '0' || t[i] > '9')) {
            sqlite3_result_value(ctx, argv[0]);
            return;
        }
    if (dz_date_parse(t, &y, &m, &d) == 0) {
        sqlite3_result_int64(ctx, dz_date_to_days(y, m, d));
        return;
    }
    y = atoi(t);
    m = (t[5] - '0') * 10 + (t[6] - '0');
    d = (t[8] - '0') * 10 + (t[9] - '0');
    if (m < 1)
        m = d = 1;
    else if (m > 12)
        y++, m = d = 1;
    else if (d < 1)
        d = 1;
    else if (m == 12)                   /* past the month's last day */
        y++, m = d = 1;
    else
        m++, d = 1;
    sqlite3_result_double(ctx, (double)dz_date_to_days(y, m, d) - 0.5);
}

/* dz_date(x): the 'YYYY-MM-DD' text of a stored day number; any other
** value (NULL, a text kept as it was) as it is. */
static void fn_dz_date(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_INTEGER) {
        char out[11];
        sqlite3_int64 n = sqlite3_value_int64(argv[0]);
        int y, m, d;
        if (n < dz_date_to_days(0, 1, 1) || n > dz_date_to_days(9999, 12, 31)) {
            sqlite3_result_value(ctx, argv[0]);
            return;
        }
        dz_days_to_date((long)n, &y, &m, &d);
        dz_date_format(out, y, m, d);
        sqlite3_result_text(ctx, out, 10, SQLITE_TRANSIENT);
    } else {
        sqlite3_result_value(ctx, argv[0]);
    }
}

int stored_functions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function(db, "dz_day", 1, flags, NULL, fn_dz_day,
                                NULL, NULL) != SQLITE_OK ||
        sqlite3_create_function(db, "dz_date", 1, flags, NULL, fn_dz_date,
                                NULL, NULL) != SQLITE_OK ||
        sqlite3_create_function(db, "dz_label", 2, flags, NULL, fn_dz_label,
                                NULL, NULL) != SQLITE_OK ||
        sqlite3_create_function(db, "dz_code", 2, flags, NULL, fn_dz_code,
                                NULL, NULL) != SQLITE_OK)
        return -1;
    return 0;
}
