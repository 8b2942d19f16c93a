/* actor.h -- actor mentions in a sentence.
 *
 * A mention is a token range that names one actor, with its CAMEO code
 * resolved for the article date: a country ("Serbia"), a seat of power
 * ("Belgrade" -> SRBGOV), a named actor ("NATO", "Antony Blinken"), or a role
 * with the country its words give ("Serbian police" -> SRBCOP, "the prime
 * minister of Kosovo" -> KSVGOV, "gunmen" -> UAF). Mentions joined by "and"
 * share a group, so a compound subject yields one event per member. */
#ifndef TOCSIN_ACTOR_H
#define TOCSIN_ACTOR_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"
#include "doc.h"

typedef struct mention {
    uint32_t first, end;  /* token range [first, end) in the document */
    const char *code;     /* CAMEO actor code, in the document arena */
    const char *name;     /* readable name */
    uint8_t has_country;  /* the code starts with a state or IGO, not a bare role */
    uint8_t is_role;      /* a bare role noun with no name ("the minister") */
    uint8_t has_role;     /* headed by a role noun ("the prime minister of Kosovo") */
    uint8_t person;       /* names one person: "Serbian President Aleksandar Vucic" */
    uint8_t seat;         /* a seat of power alone ("Beijing", "the Kremlin") */
    uint8_t town;         /* a town standing for its country, only as what is
                             attacked ("Russia shelled Kharkiv"; enrich_towns) */
    int group;            /* compound group: equal for "Serbia and Russia" */
} mention;

/* Finds the mentions of sentence 's' of 'doc', in text order. The array is
 * allocated in doc->mem; returns the count. */
size_t actor_find(const dict *d, tc_doc *doc, const tc_sentence *s, mention **out);

/* The mention whose tokens include token j, or -1. */
int mention_covering(const mention *m, size_t nm, uint32_t j);

/* Joins a base actor code and a role: ("SRB", "COP") -> "SRBCOP"; a base that
 * already ends with the role is kept ("USAGOV" + "GOV"). Writes into 'out'. */
void actor_compose(const char *base, const char *role, char *out, size_t cap);

/* Does the code begin with a state's three letters ("SRBGOV", "UKR"), not
 * an international group (IGO, NGO, IMG)? */
int actor_state_based(const char *code);

/* PETRARCH's new_actor_length (newactor.c): proper noun phrases of at most
 * 'max_words' words that no dictionary names become actors coded by their
 * own words, in capitals and quotes ("\"THE MINISTRY OF MAGIC\""). */
size_t actor_new_actors(tc_doc *doc, const tc_sentence *s, int max_words, mention **m, size_t nm);

/* ---- within the article (coref.c) --------------------------------------
 * Later mentions of a person: "he", "she", "the minister", or a surname
 * alone ("Murkomen") after "Kenyan Interior Minister Kipchumba Murkomen". */
enum { DISCOURSE_NAMES = 32 };
typedef struct discourse {
    const mention *last_person;    /* the last person named (copied) */
    mention person;
    int has_person;
    struct { char surname[48]; const char *code, *name; } names[DISCOURSE_NAMES];
    int nnames;
    char country[4];               /* the last state the article named */
    char island[4];                /* the last island state it named ("the island") */
    mention org;                   /* the last organisation or armed group named */
    int has_org;
    mention pair[2];               /* the last sentence's two actors, for "the two leaders" */
    int has_pair;
} discourse;

/* Adds to the mentions of sentence 's' those that refer back (pronouns,
 * surnames) and gives bare titles ("the minister") the person they stand
 * for; then remembers the people the sentence names. Returns the new count;
 * '*m' may be replaced by a larger array in doc->mem. */
size_t coref_resolve(discourse *dc, tc_doc *doc, const tc_sentence *s, mention **m, size_t nm);

#endif
