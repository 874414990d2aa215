/*
** stub_entities.c — placeholder until l_entities.c lands: an empty `entities` module.
*/
#include "lbind.h"

int lbind_open_entities(lua_State *L)
{
    lua_newtable(L);
    return 1;
}
