/*
** xml.c — open libxml2 on first use (see xml.h). The handle is kept for
** the life of the process; the function table is written once, under
** pthread_once, and only read afterwards.
*/
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/xml.h"

dz_xml_api dz_xml;

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;
static char xml_error[256];             /* why loading failed, "" if it worked */
static char xml_soname[256];            /* set by dz_xml_set_library, "" default */

int dz_xml_set_library(const char *soname)
{
    if (!soname || strlen(soname) >= sizeof xml_soname)
        return -1;
    memcpy(xml_soname, soname, strlen(soname) + 1);
    return 0;
}

/* Resolve name into *slot; 0, or -1 with the reason noted. */
static int need(void *lib, const char *name, void **slot)
{
    *slot = dlsym(lib, name);
    if (*slot)
        return 0;
    snprintf(xml_error, sizeof xml_error, "libxml2 has no %s", name);
    return -1;
}

static void xml_open(void)
{
    const char *soname = xml_soname;
    void *lib;
    dz_xml_api t;
    if (!soname || !*soname)
        soname = DOSSIER_LIBXML2_SONAME;
    lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char *why = dlerror();
        snprintf(xml_error, sizeof xml_error,
                 "HTML and RSS need libxml2, which cannot be loaded (%.180s)",
                 why ? why : soname);
        return;
    }
    memset(&t, 0, sizeof t);
    if (need(lib, "xmlNodeGetContent", (void **)&t.node_get_content) ||
        need(lib, "xmlGetProp", (void **)&t.get_prop) ||
        need(lib, "xmlReadMemory", (void **)&t.read_memory) ||
        need(lib, "htmlReadMemory", (void **)&t.html_read_memory) ||
        need(lib, "xmlGetLastError", (void **)&t.get_last_error) ||
        need(lib, "xmlResetLastError", (void **)&t.reset_last_error) ||
        need(lib, "xmlDocGetRootElement", (void **)&t.doc_get_root_element) ||
        need(lib, "xmlFreeDoc", (void **)&t.free_doc) ||
        need(lib, "xmlUnlinkNode", (void **)&t.unlink_node) ||
        need(lib, "xmlFreeNode", (void **)&t.free_node) ||
        need(lib, "xmlFree", (void **)&t.free_fn)) {
        dlclose(lib);
        return;
    }
    dz_xml = t;
}

int dz_xml_load(char *err, size_t errlen)
{
    pthread_once(&xml_once, xml_open);
    if (!xml_error[0])
        return 0;
    if (err && errlen)
        snprintf(err, errlen, "%s", xml_error);
    return -1;
}
