/*
** textpack.h — article text kept packed (zstd) in the database (schema v8).
** The articles table stores its text in the column text_z: a BLOB packed
** by textpack_pack, or plain TEXT when packing would not save anything.
** Its column body is generated from it by the SQL function dz_text, so
** `SELECT body FROM articles` reads the text as before.
*/
#ifndef DZ_STORE_TEXTPACK_H
#define DZ_STORE_TEXTPACK_H

#include <stddef.h>
#include <sqlite3.h>

/* A packer: its zstd contexts, kept between texts (setting one up costs
** more than packing an article), and its output buffer. */
typedef struct dz_textpack dz_textpack;

/* Pack text[0..n) into *out, *outlen (owned by p, valid until the next
** call). Returns 1 when packed, 0 when the text is better stored as it is
** (short or incompressible; *out unset), -1 when out of memory. Creates
** *p on first use; textpack_free releases it. */
int textpack_pack(dz_textpack **p, const char *text, size_t n,
                  const unsigned char **out, size_t *outlen);
void textpack_free(dz_textpack *p);

/* Remember text[0..n) as the text of the value last packed by p, until
** textpack_forget: dz_text registered with p (textpack_functions) then
** returns it for that value without unpacking it again. SQLite computes
** articles.body when the row is inserted; the text is then at hand. The
** caller keeps text alive until it calls textpack_forget. */
void textpack_remember(dz_textpack *p, const char *text, size_t n);
void textpack_forget(dz_textpack *p);

/* Register on db the SQL functions dz_text(x) (the text of a text_z
** value: TEXT and NULL as they are, a packed BLOB unpacked) and dz_pack(x)
** (text packed as textpack_pack would, or the text itself). p, when not
** NULL, is the packer whose remembered text dz_text may return (it must
** outlive db's use of the functions). 0 ok, -1 error. */
int textpack_functions(sqlite3 *db, dz_textpack *p);
/* A packer made before its first text (for textpack_functions); NULL when
** out of memory. */
dz_textpack *textpack_new(void);

#endif
