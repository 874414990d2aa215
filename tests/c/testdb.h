/*
** testdb.h — what the C tests share about their database files: removing
** one with the side files SQLite may leave beside it. Header only; each
** test includes it.
*/
#ifndef DOSSIER_TESTDB_H
#define DOSSIER_TESTDB_H

#include <stdio.h>
#include <unistd.h>

/* Remove a test database and its WAL, shared-memory and journal files
** (those that are not there are passed over). */
static inline void remove_db(const char *path)
{
    static const char *const sides[] = { "-wal", "-shm", "-journal" };
    char side[512];
    size_t i;
    unlink(path);
    for (i = 0; i < sizeof sides / sizeof sides[0]; i++) {
        snprintf(side, sizeof side, "%s%s", path, sides[i]);
        unlink(side);
    }
}

#endif
