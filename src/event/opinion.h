/* opinion.h -- what a statement says, when it reports no event.
 *
 * CAMEO codes a statement by its most specific category and keeps 010 for
 * what is left (docs/CODING-MANUAL.md 3.1-3.3): an accusation (112x), a
 * judgement of another actor (111 criticism, 051 praise, 052 defence), or
 * a comment on how things stand (012 pessimistic, 013 optimistic). The
 * phrases are data/opinions.txt. */
#ifndef TOCSIN_OPINION_H
#define TOCSIN_OPINION_H

#include <stddef.h>
#include <stdint.h>

#include "actor/actor.h"
#include "dict/dict.h"
#include "doc.h"

/* The code of the statement whose reported words are tokens [a, b), said
 * by mention 'speaker'; NULL when it fits no code finer than 010. A code
 * about another actor needs one in [a, b) that is not the speaker's side:
 * its index goes to '*target' (else -1). */
const char *opinion_code(const dict *d, const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm,
                         int speaker, int *target);

/* The charge of an accusation whose words are tokens [a, b): the code of
 * the first 112x phrase of data/opinions.txt there ("of corruption"
 * 1121), else 1123 when they name an attack ("blamed Ukrainian shelling
 * for the breach"), else NULL (plain 112). */
const char *opinion_charge(const dict *d, const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm);

#endif
