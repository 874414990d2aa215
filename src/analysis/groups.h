/*
** groups.h — common nouns that name a group able to act ("creditor
** banks", "the strikers", "Brazilian seamen", "police"), from the Phoenix
** agents dictionary of PETRARCH (lexicon/phoenix_agents.txt, its MIT
** notice kept there) and a few nouns of economic news it lacks
** (lexicon/groups_extra.txt). The action coder (actions.c) finds group
** noun phrases with it; the entity tagger does not use it.
*/
#ifndef DOSSIER_GROUPS_H
#define DOSSIER_GROUPS_H

#include <stddef.h>

/* Agent noun flags of a looked-up phrase. */
enum {
    GROUP_PLURAL = 1,       /* a plural form: "seamen", "creditor banks" */
    GROUP_SINGULAR = 2,     /* a singular form: "seaman", "police" */
    GROUP_TAIL = 4          /* the last word of a longer plural phrase
                               ("rebels" of "communist rebels"): a quick
                               test per word */
};

/* Look up the agent phrase key: folded words (ASCII lower case) joined by
** single spaces ("seamen", "communist rebels"). Returns the GROUP_* flags
** (0 when the phrase is no agent) and the agent's code ("LAB", "MIL",
** "GOVBUS" ...) in *code (static) when code is not NULL. The dictionary is
** built once, on first use, and read-only after, so threads may call this
** at once; when it cannot be built (no memory) nothing is an agent. */
int groups_lookup(const char *key, const char **code);

#endif
