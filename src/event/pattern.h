/* pattern.h -- match a verb's dictionary patterns against a sentence.
 *
 * A pattern has words before the verb ("upper") and after it ("lower").
 * Each element must be found in order, moving away from the verb; one not
 * joined by '_' may be preceded by up to 'gap' other tokens (any number
 * inside the clause when gap is 0). Slots ('+', '$', '%') must land on an
 * actor mention. The most specific matching pattern wins. */
#ifndef TOCSIN_PATTERN_H
#define TOCSIN_PATTERN_H

#include <stddef.h>
#include <stdint.h>

#include "actor/actor.h"
#include "dict/dict.h"
#include "doc.h"

enum { PATTERN_HITS = 64 };

typedef struct pattern_match {
    const verb_pattern *p;  /* NULL when the verb alone gave the code */
    const char *code;       /* "---": matched, codes nothing */
    const char *code2;      /* paired code or "" */
    const char *text;       /* the pattern as written, for evidence */
    int target, source;     /* mentions the slots took, or -1 */
    int compound;           /* the '%' mention, or -1 */
    uint32_t first, last;   /* token span of verb and matched words */
    int specificity;
    uint32_t hit[PATTERN_HITS];  /* the tokens its words and slots took (not gaps) */
    int nhit;
} pattern_match;

/* Reads once what tocsin's own matching rules ask of each token of s
 * (measures, adjunct openers, records) into 'marks' (s->count bytes,
 * indexed from s->first), for pattern_best. */
void pattern_marks(const tc_doc *doc, const tc_sentence *s, uint8_t *marks);

/* Finds the best match for the verb at token v of sentence s, ignoring
 * tokens marked in 'used' (indexed from s->first). 'marks' are
 * pattern_marks' (NULL under PETRARCH's rules, which skip freely). With
 * 'passive', '+' slots are left to the passive subject. Returns 1 and
 * fills 'out', or 0. */
int pattern_best(const dict *d, const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                 const uint8_t *used, const uint8_t *marks, int passive, pattern_match *out);

#endif
