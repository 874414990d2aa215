/*
** stub_actions.c — placeholder until actions.c lands.
*/
#include "actions.h"

int actions_find(dz_analysis *a) { (void)a; return 0; }
