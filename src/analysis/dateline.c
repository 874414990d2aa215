/*
** dateline.c — the wire dateline that opens a story: "LONDON, March 2 - ",
** "SAO PAULO, Brazil, March 5 - ", "TOKYO - ", "WASHINGTON (Reuters) - ".
** Pure byte scanning, no allocation.
*/
#include <string.h>
#include <ctype.h>
#include "analysis/dateline.h"

static const char *const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec"
};

/* Is [s, s+n) a date part: a month name (or its abbreviation) and a day? */
static int date_part(const char *s, size_t n)
{
    size_t i = 0, k, w;
    while (i < n && s[i] == ' ')
        i++;
    for (w = i; w < n && isalpha((unsigned char)s[w]); w++)
        ;
    if (w - i < 3)
        return 0;
    for (k = 0; k < 12; k++)
        if (strncasecmp(s + i, months[k], 3) == 0)
            break;
    if (k == 12)
        return 0;
    if (w < n && s[w] == '.')
        w++;
    while (w < n && s[w] == ' ')
        w++;
    if (w >= n || !isdigit((unsigned char)s[w]))
        return 0;
    while (w < n && isdigit((unsigned char)s[w]))
        w++;
    while (w < n && s[w] == ' ')
        w++;
    return w == n;
}

/* Is [s, s+n) a place in capitals ("SAO PAULO", "ST. JOHN'S")? */
static int caps_place(const char *s, size_t n)
{
    size_t i, letters = 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isupper(ch))
            letters++;
        else if (islower(ch))
            return 0;
        else if (!(ch == ' ' || ch == '.' || ch == '\'' || ch == '-' || ch >= 0x80))
            return 0;
    }
    return letters >= 3;
}

/* Is [s, s+n) a short capitalised name part ("Brazil", "New York",
** "(Reuters)")? */
static int name_part(const char *s, size_t n)
{
    size_t i = 0, words = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i < n && s[i] == '(') {
        const char *e = memchr(s + i, ')', n - i);
        return e != NULL;
    }
    while (i < n) {
        if (!isupper((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
            return 0;
        while (i < n && s[i] != ' ')
            i++;
        while (i < n && s[i] == ' ')
            i++;
        words++;
    }
    return words >= 1 && words <= 3;
}

size_t dateline_length(const char *s, size_t n, size_t *place_len)
{
    size_t i = 0, lim = n < 80 ? n : 80, dash = 0, dash_end = 0;
    size_t parts[5], np = 0, start;
    int has_date = 0;
    if (place_len)
        *place_len = 0;
    while (i < lim && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
        i++;
    start = i;
    /* quick rejection: a dateline opens with a capital, and its first word
    ** is in capitals or followed by a comma soon ("Washington, March 3") */
    if (start + 2 >= lim || !isupper((unsigned char)s[start]) ||
        (!isupper((unsigned char)s[start + 1]) &&
         !memchr(s + start, ',', (lim - start) < 24 ? lim - start : 24)))
        return 0;
    /* the dash: " - ", " -- ", or an en / em dash */
    for (; i + 1 < lim; i++) {
        if (s[i] == '\n' && i > start && s[i - 1] == '\n')
            return 0;               /* a blank line first: no dateline */
        if (s[i] == ' ' && s[i + 1] == '-') {
            size_t k = i + 1;
            while (k < lim && s[k] == '-')
                k++;
            if (k < lim && s[k] == ' ') {
                dash = i;
                dash_end = k + 1;
                break;
            }
        }
        if (s[i] == ' ' && i + 4 < lim && (unsigned char)s[i + 1] == 0xE2 &&
            (unsigned char)s[i + 2] == 0x80 &&
            ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94) &&
            s[i + 4] == ' ') {
            dash = i;
            dash_end = i + 5;
            break;
        }
    }
    if (!dash || dash == start)
        return 0;
    /* the parts between commas */
    parts[np++] = start;
    for (i = start; i < dash && np < 5; i++)
        if (s[i] == ',')
            parts[np++] = i + 1;
    if (np > 4)
        return 0;
    {
        size_t k, first_end = np > 1 ? parts[1] - 1 : dash;
        /* "(Reuters)" or "(AP)" right after the place */
        const char *paren = memchr(s + start, '(', first_end - start);
        size_t pe = paren ? (size_t)(paren - s) : first_end;
        while (pe > start && s[pe - 1] == ' ')
            pe--;
        for (k = 1; k < np; k++) {
            size_t b = parts[k], e = k + 1 < np ? parts[k + 1] - 1 : dash;
            if (e - b > 30)
                return 0;
            if (date_part(s + b, e - b))
                has_date = 1;
            else if (!name_part(s + b, e - b))
                return 0;
        }
        if (pe - start > 30)
            return 0;
        if (!caps_place(s + start, pe - start) &&
            !(has_date && name_part(s + start, pe - start)))
            return 0;
        if (place_len)
            *place_len = pe - start;
    }
    return dash_end;
}
