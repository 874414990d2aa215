/*
** xml.h — libxml2, loaded when a page or feed is first parsed.
**
** Linking libxml2 costs every start of the program about 2 ms (the dynamic
** loader maps and relocates it and its ICU and C++ libraries), though most
** runs never parse HTML or XML. So the library is opened with dlopen by
** dz_xml_load, and the few functions the parsers call are reached through
** the macros below, which stand for pointers filled by that call. Include
** this instead of the libxml headers; call dz_xml_load before any of them.
*/
#ifndef DOSSIER_XML_H
#define DOSSIER_XML_H

#include <stddef.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* The shared library loaded (its Debian soname); DOSSIER_LIBXML2 in the
** environment names another. */
#ifndef DOSSIER_LIBXML2_SONAME
#define DOSSIER_LIBXML2_SONAME "libxml2.so.2"
#endif

typedef struct dz_xml_api {
    xmlChar *(*node_get_content)(const xmlNode *cur);
    xmlChar *(*get_prop)(const xmlNode *node, const xmlChar *name);
    xmlDocPtr (*read_memory)(const char *buffer, int size, const char *url,
                            const char *encoding, int options);
    htmlDocPtr (*html_read_memory)(const char *buffer, int size, const char *url,
                                 const char *encoding, int options);
    const xmlError *(*get_last_error)(void);
    void (*reset_last_error)(void);
    xmlNodePtr (*doc_get_root_element)(const xmlDoc *doc);
    void (*free_doc)(xmlDocPtr doc);
    void (*unlink_node)(xmlNodePtr node);
    void (*free_node)(xmlNodePtr node);
    xmlFreeFunc *free_fn;                  /* libxml2's variable xmlFree */
} dz_xml_api;

/* Filled by dz_xml_load; read-only afterwards. */
extern dz_xml_api dz_xml;

/* Load libxml2 once per process (thread-safe). Returns 0, or -1 with the
** reason in err. */
int dz_xml_load(char *err, size_t errlen);

/* Name the libxml2 file to open instead of the default (process-wide;
** only before the first page or feed is parsed). 0, or -1 when too long. */
int dz_xml_set_library(const char *soname);

#undef xmlFree
#define xmlNodeGetContent dz_xml.node_get_content
#define xmlGetProp dz_xml.get_prop
#define xmlReadMemory dz_xml.read_memory
#define htmlReadMemory dz_xml.html_read_memory
#define xmlResetLastError dz_xml.reset_last_error
#define xmlGetLastError dz_xml.get_last_error
#define xmlDocGetRootElement dz_xml.doc_get_root_element
#define xmlFreeDoc dz_xml.free_doc
#define xmlUnlinkNode dz_xml.unlink_node
#define xmlFreeNode dz_xml.free_node
#define xmlFree (*dz_xml.free_fn)

#endif
