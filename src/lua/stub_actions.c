/*
** stub_actions.c — placeholder until l_actions.c lands: an empty `actions` module.
*/
#include "lbind.h"

int lbind_open_actions(lua_State *L)
{
    lua_newtable(L);
    return 1;
}
