/*
** network.h — what network.c offers: the entities around one entity over
** a period, as nodes and weighted edges. Two kinds of edge:
**   - co-occurrence (undirected): named in the same sentence. The centre is
**     joined to its strongest neighbours; two neighbours are joined when
**     they share sentences in the articles that name the centre;
**   - action (directed, actor -> target): stored actions of the period
**     with the centre as actor or target, one edge per pair and CAMEO quad
**     class (1 verbal cooperation, 2 material cooperation, 3 verbal
**     conflict, 4 material conflict).
*/
#ifndef DOSSIER_NETWORK_H
#define DOSSIER_NETWORK_H

#include "core/core.h"

typedef struct dz_net_node {
    int64_t id;
    const char *name, *type;     /* owned by the network's arena */
    int64_t weight;              /* sentences shared with the centre (the
                                    centre: its own sentences) */
    int center;
} dz_net_node;

enum { DZ_EDGE_COOCCUR = 0, DZ_EDGE_ACTION = 1 };

typedef struct dz_net_edge {
    int a, b;                    /* node indexes; action: a is the actor */
    int kind;                    /* DZ_EDGE_COOCCUR or DZ_EDGE_ACTION */
    int quad;                    /* action: 1..4; co-occurrence: 0 */
    int64_t weight;              /* sentences, or actions */
    const char *verb;            /* action: the most frequent verb */
} dz_net_edge;

typedef struct dz_network {
    dz_net_node *nodes;
    int nnodes, capnodes;
    dz_net_edge *edges;
    int nedges, capedges;
    dz_arena arena;
} dz_network;

typedef struct dz_network_opts {
    char since[11], until[11];   /* article / action dates; "" open */
    int64_t min;                 /* least weight of an edge (>= 1) */
    int limit;                   /* most co-occurring neighbours (> 0) */
    const char *type;            /* neighbours of this entity type only */
    int actions;                 /* add the action edges */
} dz_network_opts;

/* The CAMEO quad class of a root code 1..20 (01-05 verbal cooperation,
** 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
** conflict), 0 for anything else; and its name. */
int network_quad(int category);
const char *network_quad_name(int quad);

/* Build the network around entity id into out (zero-initialised by the
** caller; free with network_free whatever the result). Node 0 is the
** centre. Returns a DOSSIER_ code, the message in d. */
int network_around(dossier *d, int64_t id, const dz_network_opts *o,
                   dz_network *out);
void network_free(dz_network *n);

#endif
