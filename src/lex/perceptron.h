/* perceptron.h -- the tagger's features and model file, shared by the
 * tagger (lex/tagger.c) and its trainer (tools/train_tagger.c).
 *
 * Internal to lex/. Training and tagging must compute the very same feature
 * keys, so both call lexf_token_init() and lexf_features() from here. */
#ifndef TOCSIN_LEX_PERCEPTRON_H
#define TOCSIN_LEX_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

#define LEXF_MAX 24  /* features per token, at most */

enum { LEXF_CAP = 1, LEXF_ALLCAPS = 2, LEXF_DIGIT = 4, LEXF_HYPHEN = 8, LEXF_FIRST = 16 };

/* What the features need to know about one token, hashed once. */
typedef struct lexf_token {
    uint64_t word, suf1, suf2, suf3, pre1;
    uint8_t shape;  /* LEXF_* bits */
} lexf_token;

/* Fills 'out' for toks[i] of a sentence of 'n' tokens. Quote marks become
 * `` or '' by their spacing, dash runs become "-", and a capital on the
 * first word (after an opening quote or bracket) is marked LEXF_FIRST, so
 * that sentence-initial capitals do not look like names. */
void lexf_token_init(lexf_token *out, const tc_token *toks, size_t n, size_t i, const char *text);

/* Padding tokens before the first and after the last token. */
extern const lexf_token lexf_start[2], lexf_end[2];

/* Writes the feature keys of the token w[2] (w[0..4] are tokens i-2 .. i+2)
 * given the two previous tags; returns how many. Keys are never 0. */
size_t lexf_features(const lexf_token *const w[5], unsigned prev, unsigned prev2, uint64_t *out);

/* The key under which the model stores a fixed tag for a frequent,
 * unambiguous word (the tag dictionary). */
uint64_t lexf_tagdict_key(const lexf_token *t);

/* ---- model file ------------------------------------------------------------
 * Native-endian binary, built next to the binary that reads it:
 *   lexf_header, then 'cap' lexf_slot (an open-addressing table, linear
 *   probing, key 0 = empty, index = key & (cap-1)), then 'nentries' uint32.
 * A slot with n == 0 is a tag-dictionary entry and 'off' is the tag. Else
 * entries[off .. off+n) are the feature's weights: each a float whose low 8
 * mantissa bits are replaced by the tag (16 bits of precision are plenty). */
#define LEXF_MAGIC "tctagr02"

typedef struct lexf_header {
    char magic[8];
    uint32_t ntags, reserved;
    uint64_t cap, nentries;
} lexf_header;

typedef struct lexf_slot {
    uint64_t key;
    uint32_t off, n;
} lexf_slot;

static inline uint32_t lexf_entry(float w, unsigned tag)
{
    union { float f; uint32_t u; } v = {w};
    return (v.u & ~0xFFu) | (tag & 0xFFu);
}

static inline float lexf_entry_weight(uint32_t e)
{
    union { uint32_t u; float f; } v = {e & ~0xFFu};
    return v.f;
}

#endif
