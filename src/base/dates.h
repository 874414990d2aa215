/*
** dates.h — what dates.c offers. Dates are ISO "YYYY-MM-DD" strings in
** char[11] buffers; "" means unknown.
*/
#ifndef DOSSIER_DATES_H
#define DOSSIER_DATES_H

#include <stddef.h>

int  dz_date_parse(const char *s, int *y, int *m, int *d);   /* 0 ok, -1 bad */
void dz_date_format(char out[11], int y, int m, int d);
int  dz_days_in_month(int y, int m);
/* Day number (days since 1970-01-01) and back; weekday 0=Monday. */
long dz_date_to_days(int y, int m, int d);
void dz_days_to_date(long days, int *y, int *m, int *d);
int  dz_date_weekday(int y, int m, int d);
/* Add n months to a date, clamping the day to the month's length. */
void dz_date_add_months(int *y, int *m, int *d, int n);

/* Find the first calendar date in s[0..n) ("2024-04-23",
** "April 23, 2024", "23 Apr 2024", "26-FEB-1987", "Tue, 23 Apr 2024 ...")
** and write it as ISO "YYYY-MM-DD" to out. Returns 0, or -1 when none. */
int dz_date_find(const char *s, size_t n, char out[11]);

#endif
