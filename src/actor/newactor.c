/* newactor.c -- noun phrases no dictionary knows, as actors of their own.
 *
 * PETRARCH's new_actor_length option: when set, a short proper noun phrase
 * that names no known actor ("Gryffindor's head Minerva McGonagall") is
 * coded as its own words in capitals and quotes, so an analyst sees who
 * acted even before the dictionary knows them. Phrases longer than the
 * option's number of words are left alone. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actor/actor.h"

static int np_word(const tc_token *t)
{
    return t->tag == TAG_DT || t->tag == TAG_JJ || t->tag == TAG_NN || t->tag == TAG_NNS || t->tag == TAG_NNP ||
           t->tag == TAG_NNPS || t->tag == TAG_POS || t->tag == TAG_CD;
}

/* The code of tokens [a, b): the words in capitals, without "'s", quoted. */
static const char *quoted_words(tc_doc *doc, uint32_t a, uint32_t b)
{
    char buf[256];
    size_t n = 0;
    buf[n++] = '"';
    for (uint32_t i = a; i < b && n + 2 < sizeof buf; i++) {
        const tc_token *t = &doc->tokens[i];
        if (t->tag == TAG_POS) continue;
        if (n > 1) buf[n++] = ' ';
        for (uint32_t c = t->start; c < t->end && n + 2 < sizeof buf; c++)
            buf[n++] = (char)toupper((unsigned char)doc->text[c]);
    }
    buf[n++] = '"';
    return arena_strndup(&doc->mem, buf, n);
}

static int by_first(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

size_t actor_new_actors(tc_doc *doc, const tc_sentence *s, int max_words, mention **m, size_t nm)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    mention *all = arena_alloc(&doc->mem, (nm + s->count + 1) * sizeof *all);
    memcpy(all, *m, nm * sizeof *all);
    size_t n = nm;
    int group = 0;
    for (size_t k = 0; k < nm; k++)
        if ((*m)[k].group >= group) group = (*m)[k].group + 1;
    for (uint32_t i = s->first; i < end;) {
        if (mention_covering(*m, nm, i) >= 0 || !np_word(&t[i])) {
            i++;
            continue;
        }
        /* a noun phrase, with "of" between proper nouns: "the Ministry of Magic" */
        uint32_t j = i;
        int proper = 0, words = 0;
        while (j < end && mention_covering(*m, nm, j) < 0 &&
               (np_word(&t[j]) || (!strcmp(t[j].norm, "of") && j + 1 < end && t[j + 1].tag == TAG_NNP && j > i))) {
            proper |= t[j].tag == TAG_NNP || t[j].tag == TAG_NNPS;
            words += t[j].tag != TAG_POS;
            j++;
        }
        if (proper && words <= max_words && (t[j - 1].tag == TAG_NNP || t[j - 1].tag == TAG_NNPS)) {
            mention *x = &all[n++];
            memset(x, 0, sizeof *x);
            x->first = i;
            x->end = j;
            x->code = quoted_words(doc, i, j);
            x->name = x->code;
            x->has_country = 1;
            x->group = group++;
        }
        i = j > i ? j : i + 1;
    }
    if (n > nm) {
        qsort(all, n, sizeof *all, by_first);
        *m = all;
    }
    return n;
}
