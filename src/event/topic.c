/* topic.c -- what an appeal, a promise, a demand or a refusal is about.
 *
 * CAMEO gives four roots one list of topics (data/topics.txt): "urged X to
 * lift its tariffs" is 0254, "agreed to expand trade" 0311, "demanded that
 * Iran halt enrichment" 1042, "turned down the request for missiles" 1222.
 * The verb pattern names the family; the first topic phrase after the verb,
 * inside its clause, names the topic. Earlier beats later ("urged them to
 * hold talks to end the fighting" asks for talks), and at one place the
 * longer phrase beats the shorter ("ceasefire proposal" over "ceasefire"). */
#include <string.h>

#include "event/cue.h"
#include "event/topic.h"

enum { WINDOW = 24 };  /* tokens read after the verb */

/* Where a verb's clause stops for this purpose: punctuation, and words
 * that open a clause of its own ("after Israel's strikes", "which ..."). */
static int window_end(const tc_token *t)
{
    static const char *const openers[] = {"after", "because", "as", "while", "despite", "which", "who", "when",
                                          "before", "since", "following", "amid", "but", "saying", "during", NULL};
    return t->tag == TAG_STOP || tok_is(t, ",") || tok_is(t, ";") || tok_is(t, ":") || word_in(t->norm, openers);
}

/* The first topic after the verb at v; its first token goes to '*at'. */
static const cue *topic_after(const dict *d, const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m,
                                size_t nm, uint32_t *at)
{
    if (!d->topics.ncues) return NULL;
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    uint32_t stop = v + 1;
    while (stop < end && stop <= v + WINDOW && !window_end(&t[stop])) stop++;
    int halted = 0;
    for (uint32_t j = v + 1; j < stop; j++) {
        int k = mention_covering(m, nm, j);
        /* a name is no topic ("Free Syrian Army"); a role may be ("air
         * defence", "its peacekeeping mission") */
        /* nor is whom the verb addresses: "urged the armed forces to respect" */
        int addressee = k >= 0 && (m[k].first == v + 1 || (m[k].first == v + 2 && t[v + 1].tag == TAG_DT));
        if (k >= 0 && ((!m[k].is_role && !m[k].has_role) || addressee)) {
            j = m[k].end - 1;
            continue;
        }
        uint32_t len;
        const cue_phrase *best = cue_longest_at(&d->topics, t, j, stop, halted, &len);
        if (best) {
            *at = j;
            return &d->topics.cues[best->cue];
        }
        halted |= cue_halting(&t[j]);
    }
    return NULL;
}

/* The family of a code (TOPIC_APPEAL ...), or -1. */
static int family_of(const char *code)
{
    static const char *const roots[TOPIC_FAMILIES] = {"02", "03", "10", "12"};
    for (int f = 0; f < TOPIC_FAMILIES; f++)
        if (!strncmp(code, roots[f], 2)) return f;
    return -1;
}

static int protest(const char *code)
{
    return strlen(code) == 3 && code[0] == '1' && code[1] == '4' && code[2] >= '0' && code[2] <= '5';
}

static const char *refine(const dict *d, const cue *tp, const char *code)
{
    if (!tp) return NULL;
    size_t n = strlen(code);
    if (protest(code) && tp->protest) {
        /* a protest for a stated demand: 141 -> 1412; a protest of no
         * stated form that makes a demand is a demonstration (140 -> 1412) */
        char c[8] = {code[0], code[1], code[2] == '0' ? '1' : code[2], tp->protest, '\0'};
        const cameo_code *cc = dict_cameo(d, c);
        return cc ? cc->code : NULL;
    }
    int f = family_of(code);
    if (f < 0 || n != 3 || !tp->code[f][0]) return NULL;
    /* the family's own code takes any topic; a three-digit one only its own
     * finer codes (023 -> 0232, not 0256) */
    int base = code[2] == '0';
    if (!base && strncmp(tp->code[f], code, 3) != 0) return NULL;
    if (!strcmp(tp->code[f], code)) return NULL;
    const cameo_code *cc = dict_cameo(d, tp->code[f]);
    return cc ? cc->code : NULL;
}

/* The participle phrase right after the protesters: "demonstrators
 * DEMANDING the president's resignation rioted", "protesters OPPOSED TO
 * tax increases stormed". Returns the token before its object (where
 * topic_after starts reading), or 0. */
static uint32_t protesters_phrase(const tc_doc *doc, const tc_sentence *s, const mention *src, uint32_t v)
{
    if (!src || src->end >= v || src->end + 1 >= s->first + s->count) return 0;
    const tc_token *p = &doc->tokens[src->end];
    if (p->tag == TAG_VBG) return src->end;
    return p->lemma && !strcmp(p->lemma, "oppose") && tok_is(p + 1, "to") ? src->end + 1 : 0;
}

const char *topic_code(const dict *d, const tc_doc *doc, const tc_sentence *s, uint32_t v, uint32_t last,
                       const mention *m, size_t nm, const char *code, const mention *src)
{
    int f = family_of(code);
    if (f < 0 && !protest(code)) return NULL;
    uint32_t at = 0;
    if (strlen(code) == 3) {
        const cue *tp = topic_after(d, doc, s, v, m, nm, &at);
        uint32_t phrase = protest(code) && (!tp || !tp->protest) ? protesters_phrase(doc, s, src, v) : 0;
        if (phrase) tp = topic_after(d, doc, s, phrase, m, nm, &at);
        return refine(d, tp, code);
    }
    if (f < 0) return NULL;
    /* a finer code from a pattern that reached past an earlier topic:
     * "urged them to hold talks to end the fighting" asks for talks */
    const cue *tp = topic_after(d, doc, s, v, m, nm, &at);
    if (!tp || at >= last || !tp->code[f][0] || !strcmp(tp->code[f], code)) return NULL;
    const cameo_code *cc = dict_cameo(d, tp->code[f]);
    return cc ? cc->code : NULL;
}
