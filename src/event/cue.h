/* cue.h -- find the phrases of a cue table (dict.h) in a sentence.
 *
 * A cue phrase is a sequence of lemmas whose words follow in order, at most
 * two tokens apart ("lift its tariffs" is "lift tariff"); each word matches
 * a token's folded form or its lemma. */
#ifndef TOCSIN_CUE_H
#define TOCSIN_CUE_H

#include <stdint.h>

#include "dict/dict.h"
#include "doc.h"

/* The longest phrase of 'ct' that starts at token j and ends before 'end',
 * or NULL; its length in tokens goes to '*len'. With 'halting_only', only
 * phrases that begin with a halting word ("stop attack") count. */
const cue_phrase *cue_longest_at(const cue_table *ct, const tc_token *t, uint32_t j, uint32_t end, int halting_only,
                                 uint32_t *len);

/* Words that set aside what follows them: stop, halt, end, cease, not, no,
 * refrain, suspend ("stop supplying missiles" asks for no missiles). */
int cue_halting(const tc_token *t);

#endif
