/*
** stored.h — the stored form of dates and labels (schema 10, store.c).
** A date 'YYYY-MM-DD' is stored as its day number (days since
** 1970-01-01, base/dates.h), a label (an action's modality, ...) as its
** place in a fixed list; any other value as it is. Queries read them back
** and compare with them through SQL functions, which a corpus on a server
** has as the identity (pg.c).
*/
#ifndef DZ_STORE_STORED_H
#define DZ_STORE_STORED_H

#ifdef DZ_SQLITE_EXTENSION
#include <sqlite3ext.h>
#else
#include <sqlite3.h>
#endif

/* The label lists, as stored_code and the SQL functions name them
** ('timex_type', 'precision', 'modality', 'date_source'). */
enum stored_list {
    STORED_TIMEX_TYPE, STORED_PRECISION, STORED_MODALITY, STORED_DATE_SOURCE,
    STORED_NLISTS
};

/* The code of name in list, or -1 when it is not in it. */
int stored_code(int list, const char *name);

/* Register on db: dz_day(x) (the day number of a 'YYYY-MM-DD' text; a
** text of that shape that is no date, such as '0000-00-00', the first
** date after it less one half, so that dates compare with it as their
** texts did), dz_date(x) (back to the text), dz_code(list, name) and
** dz_label(list, code); each gives any other value as it is. 0 ok, -1
** error. */
int stored_functions(sqlite3 *db);

#endif
