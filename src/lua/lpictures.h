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

/* The output format of a report function with options at index opts (0
** for none): opts.format, else the extension of opts.file (svg, dot / gv,
** json, graphml, csv, md, html, txt -> "text"), else def. */
const char *lchart_format(lua_State *L, int opts, const char *def);
/* Deliver the string on top of the stack: with opts.file, write it there
** and return true (nil and a message when the file cannot be written);
** else return the string itself. Returns the number of results. */
int lchart_deliver(lua_State *L, int opts);
/* report.table & co. with format "html": rows at 1, opts at 2 -> a page. */
int lchart_html_rows(lua_State *L);

#endif
