/*
** stub_timex.c — placeholder until timex.c lands.
*/
#include "timex.h"

int timex_find(dz_analysis *a) { (void)a; return 0; }
int timex_resolve(const char *expr, const char *base, char begin[11], char end[11])
{
    (void)expr; (void)base; begin[0] = end[0] = 0;
    return -1;
}
