/* brown.h -- the Brown corpus as tocsin tokens with Penn-style gold tags.
 *
 * Internal to lex/ and its tools: tools/train_tagger.c trains on it and
 * tests/unit/test_tagger.c measures accuracy on it, through this one reader,
 * so both see the same tokens and the same tag mapping. */
#ifndef TOCSIN_LEX_BROWN_H
#define TOCSIN_LEX_BROWN_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

typedef struct brown_corpus {
    char *text;          /* every word, space separated; token offsets index it */
    size_t len, cap;
    tc_token *toks;      /* norm points into 'norms' once brown_read_dir returns */
    uint8_t *gold;       /* tc_tag per token */
    size_t ntoks, tcap;
    uint32_t *norm_off;  /* offset of each token's norm in 'norms' */
    char *norms;
    size_t nlen, ncap;
    size_t *sent_first;  /* sentence i is toks[sent_first[i] .. sent_first[i+1]) */
    size_t nsents, scap;
} brown_corpus;

/* Reads every corpus file (ca01 .. cr09) under 'dir'. Files whose number is
 * divisible by 10 (ca10, cb20, ...) go to 'heldout', the rest to 'train';
 * either may be NULL to skip those files. Returns 0, or -1 with a reason in
 * 'err'. The corpora must be zeroed before and brown_free()d after. */
int brown_read_dir(const char *dir, brown_corpus *train, brown_corpus *heldout,
                   char *err, size_t errcap);
void brown_free(brown_corpus *c);

/* The Penn-style tag for one (already split) Brown token; 'word' decides a
 * few cases (capitalised title words, foreign words). */
tc_tag brown_map_tag(const char *tag, size_t len, const char *word);

#endif
