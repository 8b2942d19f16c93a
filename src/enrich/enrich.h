/* enrich.h -- what the enrich stage adds to coded events: where, and how
 * many were killed, wounded, arrested or went missing.
 *
 * Both passes run after every sentence of a document has been coded, since
 * they read the whole article: its dateline, the places it keeps naming,
 * and casualty sentences that code no event of their own. */
#ifndef TOCSIN_ENRICH_H
#define TOCSIN_ENRICH_H

#include <stddef.h>
#include <stdint.h>

#include "actor/actor.h"
#include "doc.h"
#include "enrich/gazetteer.h"
#include "event/event.h"
#include "tocsin.h"

/* The actor mentions of every sentence, as the coder found them. */
typedef struct enrich_mentions {
    mention **m;   /* m[si]: mentions of sentence si */
    size_t *n;     /* n[si]: their count */
} enrich_mentions;

/* Sets the location of every event in 'ev' (strings in doc->mem). A NULL
 * gazetteer leaves every location unknown. With 'place_targets', material
 * conflict without a target, at a town named in its clause outside the
 * source's country, is aimed at that country (tocsin's convention; off for
 * PETRARCH/TABARI dictionaries, whose suites expect no target). */
void enrich_locations(const gazetteer *g, tc_doc *doc, const enrich_mentions *ms, event_list *ev, int place_targets);

/* The towns sentence 's' names outside the actor mentions m[0..nm), as
 * mentions of their countries flagged 'town' ("Kharkiv" -> UKR): towns of
 * the gazetteer with at least 15,000 people, or any size after "the
 * village of". Allocated in doc->mem; returns the count (0 with no
 * gazetteer). */
size_t enrich_towns(const gazetteer *g, tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm,
                    mention **out);

/* Sets the casualty counts of the events in 'ev' and writes the article's
 * totals into 'total'. */
void enrich_casualties(tc_doc *doc, const enrich_mentions *ms, event_list *ev, tocsin_casualties *total);

/* Reads a number phrase starting at token i (before 'end'): digits
 * ("12", "1,200"), words ("three", "twenty-one", "two hundred"), "a dozen",
 * "dozens" (12), "scores" (20), "hundreds" (100), "thousands" (1000),
 * "several"/"a few" (3), "a couple of" (2), "no"/"none" (0), with
 * qualifiers that keep the number said ("at least", "more than", "some",
 * "nearly"...). "a"/"an"/"one" read as 1. Returns the value and sets '*next'
 * past the phrase, or returns -1 when no number starts at i. */
int enrich_number(const tc_token *t, uint32_t i, uint32_t end, uint32_t *next);

#endif
