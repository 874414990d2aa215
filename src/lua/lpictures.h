/*
** lpictures.h — the Lua functions for pictures and export, registered in
** the module tables of l_entities.c, l_actions.c, l_search.c and
** l_report.c:
**   l_pictures.c  entities.series, entities.network, actions.series,
**                 search.series (counts per bucket, networks);
**   l_chart.c     report.chart, report.graph, report.timeline,
**                 report.html, and file= / format= for report.table,
**                 csv, json and markdown.
*/
#ifndef DOSSIER_LPICTURES_H
#define DOSSIER_LPICTURES_H

#include <lua.h>

int lpict_entities_series(lua_State *L);
int lpict_entities_network(lua_State *L);
int lpict_actions_series(lua_State *L);
int lpict_search_series(lua_State *L);

int lchart_chart(lua_State *L);
int lchart_graph(lua_State *L);
int lchart_timeline(lua_State *L);
int lchart_html(lua_State *L);

/* report.table / csv / json / markdown with opts (index 2) holding file=:
** write the rows (index 1) in the format named by opts.format, else by the
** file's extension, else mode; returns true, or nil and a message when
** the file cannot be written. Returns -1 (nothing pushed) when opts has
** no file= and the caller should render to a string as before. */
int lchart_save_rows(lua_State *L, const char *mode);

#endif
