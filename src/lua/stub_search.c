/*
** stub_search.c — placeholder until l_search.c lands: an empty `search` module.
*/
#include "lbind.h"

int lbind_open_search(lua_State *L)
{
    lua_newtable(L);
    return 1;
}
