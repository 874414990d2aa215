/*
** ingest.h — what ingest.c, page.c, html.c and formats.c offer: turning
** input bytes into clean articles. The parsers are pure functions from
** bytes to a list of articles; ingest.c walks paths, decodes (gzip,
** Latin-1, broken UTF-8), picks the parser, applies metadata (input,
** sidecar, options, text) and stores each input in one transaction.
*/
#ifndef DOSSIER_INGEST_H
#define DOSSIER_INGEST_H

#include "dossier.h"
#include "base/util.h"

/* The articles parsed from one input. Strings in the items live in arena. */
typedef struct dz_doclist {
    dz_arena arena;
    dossier_article *items;
    int n, cap;
    const char *note;     /* how the page was split (text and HTML pages):
                          ** which block is the main article and why; in
                          ** arena, or NULL */
} dz_doclist;

/* Append a zeroed article to the list; NULL when out of memory. */
dossier_article *doclist_add(dz_doclist *l);
void doclist_free(dz_doclist *l);

/* page.c: split a plain-text page (text copied from a rendered site) into
** its main article, teasers and links, dropping site furniture. text is
** valid UTF-8. Returns 0, or -1 with a message in err. */
int page_parse_text(const char *text, size_t n, dz_doclist *out,
                    char *err, size_t errlen);
/* The same, looking for the main article only after the first line that
** contains main_after (when some line does; NULL: anywhere). */
int page_parse_text_after(const char *text, size_t n, const char *main_after,
                          dz_doclist *out, char *err, size_t errlen);

/* html.c: the main article of an HTML page, with title / date / author /
** section from meta tags and JSON-LD. Returns 0, or -1 with a message. */
int html_parse(const char *html, size_t n, dz_doclist *out,
               char *err, size_t errlen);

/* html.c: convert the bytes of a page that is not valid UTF-8 from the
** charset its <meta> (or XML prolog) declares to UTF-8, appending to out
** (NUL-terminated). Returns 0 when converted, 1 when no usable charset is
** declared (out untouched), -1 when out of memory. */
int html_decode_declared(const char *in, size_t n, dz_buf *out);

/* formats.c: RSS / Atom feeds, JSON lines and CSV with a header. */
int feed_parse(const char *xml, size_t n, dz_doclist *out, char *err, size_t errlen);
int jsonl_parse(const char *s, size_t n, dz_doclist *out, char *err, size_t errlen);
int csv_parse(const char *s, size_t n, dz_doclist *out, char *err, size_t errlen);
/* One JSON document: an object (one article) or an array of objects. */
int json_parse(const char *s, size_t n, dz_doclist *out, char *err, size_t errlen);
/* One line of JSON lines (line is its number, for messages): appends one
** article and returns 0, returns 1 for a blank line, -1 with a message. */
int jsonl_parse_line(const char *s, size_t n, int64_t line, dz_doclist *out,
                     char *err, size_t errlen);

/* Read a whole file into out (NUL-terminated), gunzipping gzip input (by
** its magic bytes) and converting Latin-1 (or repairing broken UTF-8) to
** UTF-8; *repaired is set to 1 when bytes had to be converted. Empty and
** binary (NUL bytes) files and inputs over 64 MB are refused. Returns 0,
** or -1 with a message in err. out is the caller's to free. */
int ingest_read_file(const char *path, dz_buf *out, int *repaired,
                     char *err, size_t errlen);

/* The formats --format takes, for messages and help ("auto, text, ...")
** written into out (n bytes); returns out. */
const char *ingest_format_list(char *out, size_t n);

/* Decide the format of an input by its content (and name as a hint):
** "text", "html", "rss", "jsonl", "json" (one document over several
** lines, or an array) or "csv" ("reuters-sgml" for the
** Reuters-21578 files, which ingest refuses with a pointer to the Lua
** importer). Static string. */
const char *ingest_detect(const char *data, size_t n, const char *name);

#endif
