/* cue.c -- find the phrases of a cue table in a sentence (see cue.h).
 *
 * Phrases are chained by their first word, so each token costs one or two
 * hash lookups (its folded form and its lemma) and most find nothing. */
#include <string.h>

#include "event/cue.h"

enum { PHRASE_GAP = 2 };  /* tokens a phrase may skip between its words */

static int is_word(const tc_token *t, const char *w)
{
    return tok_is(t, w) || (t->lemma && t->lemma[0] == w[0] && !strcmp(t->lemma, w));
}

int cue_halting(const tc_token *t)
{
    static const char *const words[] = {"stop", "halt", "end", "cease", "not", "no", "refrain", "suspend", NULL};
    return word_in(t->norm, words) || (t->lemma && word_in(t->lemma, words));
}

/* The length in tokens of phrase 'p' matched from token j (its first
 * word), or 0. */
static uint32_t phrase_at(const tc_token *t, uint32_t j, uint32_t end, const cue_phrase *p)
{
    uint32_t at = j;
    for (uint8_t w = 1; w < p->n; w++) {
        uint32_t k = at + 1;
        while (k < end && k <= at + 1 + PHRASE_GAP && !is_word(&t[k], p->words[w])) k++;
        if (k >= end || k > at + 1 + PHRASE_GAP) return 0;
        at = k;
    }
    return at - j + 1;
}

const cue_phrase *cue_longest_at(const cue_table *ct, const tc_token *t, uint32_t j, uint32_t end, int halting_only,
                                 uint32_t *len)
{
    const cue_phrase *best = NULL;
    uint32_t best_len = 0;
    const char *keys[2] = {t[j].norm, t[j].lemma};
    for (int x = 0; x < 2; x++) {
        if (!keys[x] || (x == 1 && !strcmp(keys[0], keys[1]))) continue;
        for (const cue_phrase *p = dict_cue_phrases(ct, keys[x]); p; p = cue_next(ct, p)) {
            if (halting_only && !p->halting) continue;
            uint32_t n = phrase_at(t, j, end, p);
            if (n > best_len) best = p, best_len = n;
        }
    }
    *len = best_len;
    return best;
}
