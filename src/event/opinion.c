/* opinion.c -- what a statement says, when it reports no event.
 *
 * The reported words are read for the phrases of data/opinions.txt. The
 * strongest kind found wins: an accusation over a criticism, a criticism
 * over praise, any judgement of another actor over a comment on how things
 * stand. A judgement needs the actor it is about; a phrase negated by the
 * word before it ("not useful") is not taken, and a comment that is both
 * optimistic and pessimistic is left at 010. */
#include <string.h>

#include "event/cue.h"
#include "event/opinion.h"
#include "event/syntax.h"

/* Kinds, strongest first. */
enum { K_ACCUSE, K_CRITICIZE, K_DEFEND, K_PRAISE, K_DENY, K_PESSIMISM, K_OPTIMISM, K_COUNT };

static int kind_of(const char *code)
{
    if (!strncmp(code, "112", 3)) return K_ACCUSE;
    if (!strcmp(code, "111")) return K_CRITICIZE;
    if (!strcmp(code, "052")) return K_DEFEND;
    if (!strcmp(code, "051")) return K_PRAISE;
    if (!strcmp(code, "016")) return K_DENY;
    if (!strcmp(code, "012")) return K_PESSIMISM;
    if (!strcmp(code, "013")) return K_OPTIMISM;
    return -1;
}

static int negator(const tc_token *t)
{
    return tok_is(t, "not") || tok_is(t, "no") || tok_is(t, "never") || tok_is(t, "n't");
}

/* The first actor of [a, b) that is not on the speaker's side (the same
 * compound, or the same state), or -1. */
static int other_actor(const mention *m, size_t nm, uint32_t a, uint32_t b, int speaker)
{
    const mention *sp = &m[speaker];
    for (size_t k = 0; k < nm; k++) {
        if (m[k].first < a || m[k].end > b || (int)k == speaker || m[k].group == sp->group) continue;
        if (strlen(m[k].code) >= 3 && strlen(sp->code) >= 3 && !strncmp(m[k].code, sp->code, 3)) continue;
        if (m[k].is_role) continue;
        return (int)k;
    }
    return -1;
}

const char *opinion_charge(const dict *d, const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    int attack = 0;
    for (uint32_t j = a; j < b; j++) {
        int k = mention_covering(m, nm, j);
        if (k >= 0 && !m[k].is_role) {
            j = m[k].end - 1;
            continue;
        }
        uint32_t len;
        const cue_phrase *p = d->opinions.ncues ? cue_longest_at(&d->opinions, t, j, b, 0, &len) : NULL;
        int negated = (j > a && negator(&t[j - 1])) || (j > a + 1 && negator(&t[j - 2]));
        if (p && !negated) {
            const char *code = d->opinions.cues[p->cue].code[0];
            if (!strncmp(code, "112", 3) && strlen(code) == 4) return code;
        }
        /* "of sponsoring the attack", "complicity in Israel's strikes":
         * helping another's attack is plain 112 */
        static const char *const helping[] = {"sponsor", "support", "back", "arm", "fund", "finance", "help",
                                              "aid", "complicity", "complicit", "supply", "assist", NULL};
        if ((t[j].lemma && word_in(t[j].lemma, helping)) || tok_is(&t[j], "backing")) return NULL;
        attack |= syn_attack_noun(&t[j]) && !negated;
    }
    /* "blamed Ukrainian shelling for the breach", "were behind the attack":
     * a charge of attacking is one of aggression (CODING-MANUAL 11.2) */
    return attack ? "1123" : NULL;
}

const char *opinion_code(const dict *d, const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm,
                         int speaker, int *target)
{
    *target = -1;
    if (!d->opinions.ncues) return NULL;
    const tc_token *t = doc->tokens;
    const char *found[K_COUNT] = {0};
    for (uint32_t j = a; j < b; j++) {
        if (mention_covering(m, nm, j) >= 0 && !m[mention_covering(m, nm, j)].is_role) continue;
        uint32_t len;
        const cue_phrase *p = cue_longest_at(&d->opinions, t, j, b, 0, &len);
        if (!p) continue;
        int negated = !p->halting && ((j > a && negator(&t[j - 1])) || (j > a + 1 && negator(&t[j - 2])));
        const char *code = d->opinions.cues[p->cue].code[0];
        int k = kind_of(code);
        if (k >= 0 && !negated && !found[k]) found[k] = code;
        j += len - 1;
    }
    int other = other_actor(m, nm, a, b, speaker);
    for (int k = K_ACCUSE; k <= K_PRAISE; k++)
        if (found[k] && other >= 0) {
            *target = other;
            const char *finer = k == K_ACCUSE && !strcmp(found[k], "112") ? opinion_charge(d, doc, a, b, m, nm) : NULL;
            return finer ? finer : found[k];
        }
    /* "said it had no role in the attack": a denial, aimed at no one (3.5) */
    if (found[K_DENY]) return found[K_DENY];
    if (found[K_PESSIMISM] && found[K_OPTIMISM]) return NULL;
    return found[K_PESSIMISM] ? found[K_PESSIMISM] : found[K_OPTIMISM];
}
