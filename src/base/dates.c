/*
** dates.c — calendar dates: ISO strings, day numbers, month arithmetic, and
** finding a written date in running text. The one place dates are read.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "base/dates.h"

/* ---- the calendar --------------------------------------------------------- */

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int dz_days_in_month(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int dz_date_parse(const char *s, int *y, int *m, int *d)
{
    int i;
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    *y = atoi(s);
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    if (*m < 1 || *m > 12 || *d < 1 || *d > dz_days_in_month(*y, *m))
        return -1;
    return 0;
}

void dz_date_format(char out[11], int y, int m, int d)
{
    if (y < 0) y = 0;
    if (y > 9999) y = 9999;
    if (m < 0 || m > 99) m = 0;
    if (d < 0 || d > 99) d = 0;
    /* what "%04d-%02d-%02d" prints for these ranges, without printf (the
    ** analysis formats a date for every time expression) */
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = 0;
}

/* Days from civil date (proleptic Gregorian), after H. Hinnant's public
** domain algorithm description. */
long dz_date_to_days(int y, int m, int d)
{
    long era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dz_days_to_date(long z, int *y, int *m, int *d)
{
    long era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int dz_date_weekday(int y, int m, int d)
{
    long days = dz_date_to_days(y, m, d);   /* 1970-01-01 was a Thursday */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

void dz_date_add_months(int *y, int *m, int *d, int n)
{
    long total = (long)*y * 12 + (*m - 1) + n;
    int dim;
    *y = (int)(total / 12);
    *m = (int)(total % 12) + 1;
    dim = dz_days_in_month(*y, *m);
    if (*d > dim)
        *d = dim;
}

/* ---- dates in running text ------------------------------------------------ */

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"
};

/* Month (1-12) named at s, full name, three-letter abbreviation or "Sept",
** optionally followed by a dot; *len gets the bytes used. 0 when none. */
static int month_at(const char *s, size_t n, size_t *len)
{
    int m;
    for (m = 0; m < 12; m++) {
        size_t full = strlen(month_names[m]), k = 0;
        if (n >= full && strncasecmp(s, month_names[m], full) == 0)
            k = full;
        else if (n >= 4 && m == 8 && strncasecmp(s, "sept", 4) == 0)
            k = 4;
        else if (n >= 3 && strncasecmp(s, month_names[m], 3) == 0)
            k = 3;
        if (!k)
            continue;
        if (k < n && isalpha((unsigned char)s[k]))
            continue;                       /* "Marching", "Mayor" */
        if (k < n && s[k] == '.')
            k++;
        *len = k;
        return m + 1;
    }
    return 0;
}

/* Read 1..maxd digits at s; returns the count, value in *v. */
static int digits_at(const char *s, size_t n, int maxd, int *v)
{
    int k = 0;
    *v = 0;
    while ((size_t)k < n && k < maxd && isdigit((unsigned char)s[k]))
        *v = *v * 10 + (s[k++] - '0');
    if ((size_t)k < n && isdigit((unsigned char)s[k]))
        return 0;                           /* too many digits */
    return k;
}

static int valid_ymd(int y, int m, int d)
{
    return y >= 1800 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 &&
           d <= dz_days_in_month(y, m);
}

/* Skip spaces, commas and the given extra separators. */
static size_t skip_sep(const char *s, size_t n, size_t i, const char *extra)
{
    while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' ||
                     (extra && s[i] && strchr(extra, s[i]))))
        i++;
    return i;
}

/* Ordinal suffix after a day number: "23rd". */
static size_t skip_ordinal(const char *s, size_t n, size_t i)
{
    if (i + 1 < n && (!strncasecmp(s + i, "st", 2) || !strncasecmp(s + i, "nd", 2) ||
                      !strncasecmp(s + i, "rd", 2) || !strncasecmp(s + i, "th", 2)) &&
        (i + 2 >= n || !isalpha((unsigned char)s[i + 2])))
        return i + 2;
    return i;
}

/* Try the date forms at position i of s. */
static int date_at(const char *s, size_t n, size_t i, char out[11])
{
    int y, m, d, k;
    size_t j, ml;
    /* 2024-04-23, 2024/04/23, 2024.04.23 (and a time after it) */
    if ((k = digits_at(s + i, n - i, 4, &y)) == 4 && i + 4 < n &&
        (s[i + 4] == '-' || s[i + 4] == '/' || s[i + 4] == '.')) {
        char sep = s[i + 4];
        j = i + 5;
        if ((k = digits_at(s + j, n - j, 2, &m)) > 0 && j + (size_t)k < n &&
            s[j + k] == sep) {
            j += (size_t)k + 1;
            if ((k = digits_at(s + j, n - j, 2, &d)) > 0 && valid_ymd(y, m, d)) {
                dz_date_format(out, y, m, d);
                return 0;
            }
        }
        return -1;
    }
    /* April 23, 2024 / Apr. 23 2024 */
    if ((m = month_at(s + i, n - i, &ml)) > 0) {
        j = skip_sep(s, n, i + ml, NULL);
        if ((k = digits_at(s + j, n - j, 2, &d)) > 0) {
            j = skip_ordinal(s, n, j + (size_t)k);
            j = skip_sep(s, n, j, NULL);
            if (digits_at(s + j, n - j, 4, &y) == 4 && valid_ymd(y, m, d)) {
                dz_date_format(out, y, m, d);
                return 0;
            }
        }
        return -1;
    }
    /* 23 April 2024 / 26-FEB-1987 / Tue, 23 Apr 2024 */
    if ((k = digits_at(s + i, n - i, 2, &d)) > 0) {
        j = skip_ordinal(s, n, i + (size_t)k);
        j = skip_sep(s, n, j, "-");
        if (j < n && (j + 2 < n && !strncasecmp(s + j, "of ", 3)))
            j += 3;
        if ((m = month_at(s + j, n - j, &ml)) > 0) {
            j = skip_sep(s, n, j + ml, "-");
            if (digits_at(s + j, n - j, 4, &y) == 4 && valid_ymd(y, m, d)) {
                dz_date_format(out, y, m, d);
                return 0;
            }
        }
    }
    return -1;
}

int dz_date_find(const char *s, size_t n, char out[11])
{
    size_t i;
    out[0] = 0;
    for (i = 0; i < n; i++) {
        /* only at the start of a word */
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue;
        if (!isalnum((unsigned char)s[i]))
            continue;
        if (date_at(s, n, i, out) == 0)
            return 0;
    }
    out[0] = 0;
    return -1;
}
