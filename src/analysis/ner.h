/*
** ner.h — what ner.c offers: a learned sequence tagger for names
** (PER / LOC / ORG / MISC) whose model is a compact versioned file.
**
** The tagger is a first-order linear-chain model (BIO labels, Viterbi
** decoding under BIO constraints) trained as an averaged perceptron by
** tests/tools/train_ner.c (run it with scripts/train-ner). Features are
** hashed into a fixed table: word, lower case, prefixes and suffixes, shape,
** neighbouring words and shapes, position, word clusters learned from
** unlabelled news, and gazetteer matches. The clusters and gazetteers are
** stored in the model file as hashes, so a model tags the same way whatever
** lexicon the program runs with.
**
** Model file (little endian; version NER_FORMAT_VERSION): a header (magic
** "DZNER\r\n\032", version, sizes, weight scale, transition weights, and a
** 64-bit checksum of the whole file), then the int16 weight table
** [1 << hash_bits][NER_NLABELS] (weight = value * scale), and two
** open-addressing tables stored as their key arrays (uint64, clusters then
** gazetteer) followed by their value arrays (uint32, same order): word
** hash -> cluster ids, phrase hash -> gazetteer type bits.
**
** Changing the features or their hashing changes what weights mean: bump
** NER_FEAT_VERSION in ner.c (old models are then refused) and retrain.
*/
#ifndef DOSSIER_NER_H
#define DOSSIER_NER_H

#include <stddef.h>
#include <stdint.h>

typedef struct dz_ner_model dz_ner_model;

/* Labels, BIO style. */
enum {
    NER_O = 0,
    NER_B_PER, NER_I_PER, NER_B_LOC, NER_I_LOC,
    NER_B_ORG, NER_I_ORG, NER_B_MISC, NER_I_MISC,
    NER_NLABELS
};

/* Entity type of a label (0 none, 1 PER, 2 LOC, 3 ORG, 4 MISC), whether it
** begins an entity, and the type names "PER", "LOC", "ORG", "MISC". */
#define NER_LABEL_TYPE(l)   (((l) + 1) / 2)
#define NER_LABEL_IS_B(l)   ((l) > 0 && ((l) & 1))
const char *ner_type_name(int type);     /* "" for 0 or out of range */

#define NER_FORMAT_VERSION 1

/* Load a model file. The file is memory-mapped read-only and checked
** (magic, version, sizes, checksum). NULL on failure with a message in err
** (errlen bytes): missing file, not a model, wrong version, corrupt.
** Free with ner_free. */
dz_ner_model *ner_load(const char *path, char *err, size_t errlen);

/* The same from len bytes in memory (e.g. a model compiled into the
** program). When data is 8-byte aligned it is borrowed and must outlive the
** model; otherwise the model keeps an aligned copy of its own. */
dz_ner_model *ner_load_mem(const void *data, size_t len, char *err,
                           size_t errlen);
void ner_free(dz_ner_model *m);

/* The default model, compiled into the program from src/analysis/lexicon/ner.model
** (CMake embeds every file there, so the build needs that file). NULL with
** a message in err when it does not load. Free with ner_free. */
dz_ner_model *ner_load_builtin(char *err, size_t errlen);

/* Tag one sentence of n tokens (words[i] of lens[i] bytes, any bytes) into
** labels (n entries, NER_* values, always a valid BIO sequence).
** Thread-safe for a shared model; each calling thread keeps a word cache
** of its own (about 400 KiB, made on first use, freed when the thread
** ends). Returns 0, or -1 on no memory. */
int ner_tag(const dz_ner_model *m, const char *const *words, const int *lens,
            int n, uint8_t *labels);

/* ---- for the trainer and tests ------------------------------------------
** A trainer builds an empty model with ner_model_new, fills its clusters and
** gazetteer, extracts features with ner_features, learns float weights of
** its own (decoding with ner_viterbi) and writes them with ner_save. */

#define NER_MAXFEAT 64           /* features per token, at most */

/* Gazetteer type bits (a phrase may carry several). */
enum {
    NER_GAZ_PER = 1 << 0, NER_GAZ_LOC = 1 << 1, NER_GAZ_ORG = 1 << 2,
    NER_GAZ_MISC = 1 << 3, NER_GAZ_TITLE = 1 << 4, NER_GAZ_FIRST = 1 << 5,
    NER_GAZ_ORGWORD = 1 << 6, NER_GAZ_NTYPES = 7
};

/* An empty model with a feature table of 1 << hash_bits rows (10..24), no
** clusters, no gazetteer, zero weights. NULL when out of memory. */
dz_ner_model *ner_model_new(int hash_bits);
int ner_model_hash_bits(const dz_ner_model *m);

/* Give word (len bytes, matched case-insensitively) cluster ids: fine (any)
** and coarse (any); 0 ok, -1 no memory or the model is read-only. */
int ner_model_add_cluster(dz_ner_model *m, const char *word, int len,
                          uint32_t fine, uint32_t coarse);

/* Add a gazetteer phrase (words separated by spaces; matched on tokens,
** case-insensitively, up to 6 words) with NER_GAZ_* bits. 0 ok, -1 no
** memory or read-only model, 1 ignored (empty or too long). */
int ner_model_add_gaz(dz_ner_model *m, const char *phrase, uint32_t types);

/* Extract the hashed features of a sentence: feats[i * NER_MAXFEAT + k]
** for k < nfeat[i] are row indices into the weight table. Returns 0, or
** -1 on no memory. */
int ner_features(const dz_ner_model *m, const char *const *words,
                 const int *lens, int n, uint32_t *feats, uint8_t *nfeat);

/* Best BIO-valid label sequence: emit[i * NER_NLABELS + l] are the token
** scores, trans[(p + 1) * NER_NLABELS + l] the score of l after p (row 0:
** l at the start). back must hold n * NER_NLABELS bytes. */
void ner_viterbi(const float *emit, const float *trans, int n, uint8_t *back,
                 uint8_t *out);

/* The same labels as ner_viterbi from score (n * NER_NLABELS emissions,
** overwritten with the forward scores), without back pointers: the faster
** decoding ner_tag uses. */
void ner_decode(float *score, const float *trans, int n, uint8_t *out);

/* Write m's clusters and gazetteer with weights w ([1 << bits][NLABELS])
** and transitions trans ([NLABELS + 1][NLABELS]) to path. 0 ok, -1 with a
** message in err. */
int ner_save(const dz_ner_model *m, const float *w, const float *trans,
             const char *path, char *err, size_t errlen);

#endif
