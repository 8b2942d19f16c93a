/* annotate.c -- the lexical stage over a whole document.
 *
 * Tags each sentence (the tagger looks at neighbours, so it must see
 * sentences, not single tokens), then gives every token its lemma for the
 * tag it got. Tokens outside any sentence cannot exist once text/ has run;
 * a document nobody split into sentences is tagged as one. */
#include <string.h>

#include "lex/lex.h"

/* "Houthi-held", "Russian-backed", "Kurdish-led": a name joined to a past
 * participle describes the noun after it, as "rebel-held" does. The tagger
 * calls a capitalised compound a proper noun when the next word is one
 * ("the Houthi-held port of Hodeidah"), and a proper noun there would be
 * read as the object itself. */
static int name_participle(const char *norm)
{
    static const char *const irregular[] = {"held", "led", "run", "built", "made", "owned", "born", "drawn", NULL};
    const char *part = strrchr(norm, '-');
    if (!part || part == norm) return 0;
    part++;
    size_t n = strlen(part);
    if (n >= 5 && strcmp(part + n - 2, "ed") == 0) return 1;
    return word_in(part, irregular);
}

/* "Israeli/NNP airstrikes/VBZ killed/VBN": a present verb right before a
 * past one, after a name or an adjective, is a plural noun the tagger does
 * not know (Brown has no "airstrikes"); two finite verbs do not follow
 * each other. */
static int unknown_plural(const tc_token *t, size_t i, size_t n)
{
    if (t[i].tag != TAG_VBZ || i == 0 || i + 1 >= n) return 0;
    tc_tag before = (tc_tag)t[i - 1].tag, after = (tc_tag)t[i + 1].tag;
    size_t len = strlen(t[i].norm);
    return (after == TAG_VBD || after == TAG_VBN) && len > 3 && t[i].norm[len - 1] == 's' &&
           (before == TAG_JJ || before == TAG_NNP || before == TAG_NNPS || before == TAG_CD);
}

/* "Azerbaijan's military/JJ shelled/VBN positions": an adjective right
 * after a possessive and before a past form is the possessed noun, and
 * the past form its verb (a participle would need "was" or "by"). */
static int possessed_adjective(const tc_token *t, size_t i, size_t n)
{
    return t[i].tag == TAG_JJ && i > 0 && t[i - 1].tag == TAG_POS && i + 2 < n &&
           (t[i + 1].tag == TAG_VBN || t[i + 1].tag == TAG_VBD) && !tok_is(&t[i + 2], "by");
}

/* "air strikes/VBZ on Yemen": an attack noun after the weapon that names
 * its kind is the compound's plural head, not a verb. */
static int compound_attack(const tc_token *t, size_t i)
{
    static const char *const kinds[] = {"air", "drone", "missile", "rocket", "artillery", "mortar", "terror", "suicide",
                                        "naval", "ground", NULL};
    static const char *const acts[] = {"strikes", "attacks", "raids", "assaults", NULL};
    return t[i].tag == TAG_VBZ && i > 0 && t[i - 1].tag == TAG_NN && word_in(t[i].norm, acts) &&
           word_in(t[i - 1].norm, kinds);
}

/* "200 alleged/VBD Venezuelan gang members": a word that hedges a
 * description, inside a noun phrase (after a number, an article, an
 * adjective or a possessive) and before its noun, is an adjective. */
static int hedge_adjective(const tc_token *t, size_t i, size_t n)
{
    static const char *const words[] = {"alleged", "suspected", "purported", "reputed", "presumed", NULL};
    if ((t[i].tag != TAG_VBD && t[i].tag != TAG_VBN) || i == 0 || i + 1 >= n || !word_in(t[i].norm, words)) return 0;
    tc_tag before = (tc_tag)t[i - 1].tag, after = (tc_tag)t[i + 1].tag;
    /* ... or right after a verb or preposition: "investigating alleged war
     * crimes", "of suspected militants" */
    int inside = before == TAG_CD || before == TAG_DT || before == TAG_JJ || before == TAG_PRPS || before == TAG_POS ||
                 before == TAG_VBG || before == TAG_IN;
    int noun = after == TAG_JJ || after == TAG_NN || after == TAG_NNS || after == TAG_NNP || after == TAG_NNPS;
    return inside && noun;
}

/* "war crimes/VBZ investigation": a present form whose stem WordNet knows
 * as no verb at all is a plural noun. */
static int verbless_plural(const lemmatizer *lm, const tc_token *t)
{
    size_t n = strlen(t->norm);
    if (!lm || t->tag != TAG_VBZ || n < 4 || n >= 64 || t->norm[n - 1] != 's') return 0;
    char stem[64];
    memcpy(stem, t->norm, n - 1);
    stem[n - 1] = '\0';
    if (lemmatizer_knows(lm, stem, TAG_VB)) return 0;
    if (n > 4 && t->norm[n - 2] == 'e') {  /* "launches" -> "launch" */
        stem[n - 2] = '\0';
        if (lemmatizer_knows(lm, stem, TAG_VB)) return 0;
    }
    stem[n - 1] = '\0';
    stem[n - 2] = t->norm[n - 2];
    return lemmatizer_knows(lm, stem, TAG_NN);
}

/* "China's navy held/NN drills": a singular noun that WordNet knows only
 * as a verb's past form is that past, after its subject. */
static int nounless_past(const lemmatizer *lm, const tc_token *t, size_t i)
{
    const tc_token *w = &t[i];
    size_t n = strlen(w->norm);
    if (!lm || w->tag != TAG_NN || i == 0 || n < 3 || n >= 64 ||
        (w->flags & (TOK_CAP | TOK_NUMBER | TOK_PUNCT)))
        return 0;
    tc_tag before = (tc_tag)t[i - 1].tag;
    if (before != TAG_NN && before != TAG_NNS && before != TAG_NNP && before != TAG_NNPS && before != TAG_PRP) return 0;
    if (lemmatizer_knows(lm, w->norm, TAG_NN)) return 0;
    const char *base = lemmatizer_lemma(lm, w->norm, TAG_VBD);
    return base && strcmp(base, w->norm) != 0 && lemmatizer_knows(lm, base, TAG_VB);
}

/* A plural the lemmatizer does not know keeps its "s"; drop it so that
 * "airstrikes" is looked up as "airstrike" like every other plural. */
static const char *plural_lemma(const lemmatizer *lm, tc_doc *doc, const tc_token *tok, const char *lemma)
{
    size_t n = strlen(tok->norm);
    if (tok->tag != TAG_NNS || strcmp(lemma, tok->norm) != 0 || n < 4 || tok->norm[n - 1] != 's' ||
        tok->norm[n - 2] == 's' || lemmatizer_knows(lm, tok->norm, TAG_NN))  /* "series", "gas" */
        return lemma;
    return arena_strndup(&doc->mem, tok->norm, n - 1);
}

/* The lemma of a hyphenated word's last part read as a verb with 'tag',
 * when it is an inflected form WordNet knows ("-fired" -> "fire"), or
 * NULL; '*dash' gets the hyphen. */
static const char *hyphen_last_lemma(const lemmatizer *lm, const char *norm, tc_tag tag, const char **dash)
{
    *dash = strrchr(norm, '-');
    if (!*dash || *dash == norm || !(*dash)[1]) return NULL;
    const char *base = lemmatizer_lemma(lm, *dash + 1, tag);
    return strcmp(base, *dash + 1) != 0 ? base : NULL;
}

/* "the Emirates air-dropped/JJ food": a hyphenated past form right after
 * its subject and before its object is the verb, not an adjective. */
static int hyphen_past(const lemmatizer *lm, const tc_token *t, size_t i, size_t n)
{
    const tc_token *w = &t[i];
    size_t len = strlen(w->norm);
    if (!lm || w->tag != TAG_JJ || i == 0 || i + 1 >= n || len < 6 || strcmp(w->norm + len - 2, "ed") != 0 ||
        (w->flags & TOK_CAP))
        return 0;
    tc_tag b = (tc_tag)t[i - 1].tag, a = (tc_tag)t[i + 1].tag;
    int subject = b == TAG_NNP || b == TAG_NNPS || b == TAG_NNS || b == TAG_PRP;
    int object = a == TAG_DT || a == TAG_NN || a == TAG_NNS || a == TAG_CD || a == TAG_PRPS;
    if (!subject || !object) return 0;
    const char *dash;
    const char *base = hyphen_last_lemma(lm, w->norm, TAG_VBD, &dash);
    return base && lemmatizer_knows(lm, base, TAG_VB);
}

/* "test-fired" -> "test-fire", "air-dropped" -> "air-drop": a hyphenated
 * verb WordNet does not list keeps its first parts and lemmatizes its last. */
static const char *hyphen_verb_lemma(const lemmatizer *lm, tc_doc *doc, const tc_token *tok, const char *lemma)
{
    tc_tag g = (tc_tag)tok->tag;
    if (!lm || strcmp(lemma, tok->norm) != 0 || !(g == TAG_VB || g == TAG_VBD || g == TAG_VBG || g == TAG_VBN ||
                                                 g == TAG_VBP || g == TAG_VBZ))
        return lemma;
    const char *dash;
    const char *last = hyphen_last_lemma(lm, tok->norm, g, &dash);
    if (!last) return lemma;
    size_t head = (size_t)(dash + 1 - tok->norm), n = strlen(last);
    char *out = arena_alloc(&doc->mem, head + n + 1);
    memcpy(out, tok->norm, head);
    memcpy(out + head, last, n + 1);
    return out;
}

void lex_annotate(const lemmatizer *lm, const tagger *t, tc_doc *doc)
{
    if (!doc || !doc->tokens) return;
    if (t) {
        if (doc->nsents == 0) {
            tagger_tag(t, doc->tokens, doc->ntokens, doc->text);
        } else {
            for (size_t s = 0; s < doc->nsents; s++) {
                const tc_sentence *se = &doc->sents[s];
                if (se->first + (size_t)se->count > doc->ntokens) continue;
                tagger_tag(t, doc->tokens + se->first, se->count, doc->text);
            }
        }
    }
    for (size_t i = 0; i < doc->ntokens; i++) {
        tc_token *tok = &doc->tokens[i];
        if ((tok->tag == TAG_NNP && name_participle(tok->norm)) || hedge_adjective(doc->tokens, i, doc->ntokens))
            tok->tag = TAG_JJ;
        if (unknown_plural(doc->tokens, i, doc->ntokens) || verbless_plural(lm, tok) || compound_attack(doc->tokens, i))
            tok->tag = TAG_NNS;
        if (nounless_past(lm, doc->tokens, i) || hyphen_past(lm, doc->tokens, i, doc->ntokens)) tok->tag = TAG_VBD;
        if (possessed_adjective(doc->tokens, i, doc->ntokens)) {
            tok->tag = TAG_NN;
            doc->tokens[i + 1].tag = TAG_VBD;
        }
        tok->lemma = lm ? hyphen_verb_lemma(lm, doc, tok,
                                            plural_lemma(lm, doc, tok, lemmatizer_lemma(lm, tok->norm, (tc_tag)tok->tag)))
                        : tok->norm;
    }
}
