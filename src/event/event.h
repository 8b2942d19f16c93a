/* event.h -- verb patterns to CAMEO events.
 *
 * For each verb of a sentence, the most specific dictionary pattern that
 * matches decides the code; syntax decides who did it to whom: the subject
 * (the nearest actor before the verb in its clause) is the source, the
 * pattern's '+' slot or the first actor after the verb is the target, and a
 * passive verb ("was attacked by") swaps them. Negation and modal verbs set
 * the event's mode. */
#ifndef TOCSIN_EVENT_H
#define TOCSIN_EVENT_H

#include <stddef.h>

#include "actor/actor.h"
#include "dict/dict.h"
#include "doc.h"
#include "tocsin.h"

typedef struct event_list {
    tocsin_event *v;
    size_t n, cap;
} event_list;

/* Codes sentence number 'si' (0-based) of 'doc', whose mentions are m[0..nm),
 * appending events to 'out' (allocated in doc->mem). 'towns' (ntowns, may
 * be 0) are the towns the sentence names that no actor covers: a verb of
 * force that finds no actor to aim at may aim at one of them ("Russia
 * attacked Lviv" -> UKR). */
void event_code_sentence(const dict *d, tc_doc *doc, size_t si, const mention *m, size_t nm,
                         const mention *towns, size_t ntowns, event_list *out);

/* CAMEO's "meet at a third location" (044): a meeting (040) whose place,
 * named in its sentence or dateline, is in neither party's country
 * ("Saudi and Iranian ministers met in Beijing"); and back to 040 when a
 * 044 pattern ("on the sidelines of a summit") names a place in one
 * party's country. Runs after the locations are known (enrich_locations). */
void event_third_location(const dict *d, event_list *ev);

/* DISCARD_SENTENCE or DISCARD_STORY when sentence 's' holds a discard
 * phrase of the dictionary, else 0. */
int event_discard(const dict *d, const tc_doc *doc, const tc_sentence *s);

#endif
