/* dict.h -- the dictionaries the coder reads: actors, agents, verbs, CAMEO.
 *
 * Every dictionary format (tocsin's own; TABARI and PETRARCH later) loads into
 * the same immutable tables, so actor/ and event/ never know which format a
 * user wrote. Phrases are keyed by their folded tokens joined with spaces
 * ("u.s. secretary of state"), which is exactly how the matcher builds keys
 * from article tokens. */
#ifndef TOCSIN_DICT_H
#define TOCSIN_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tocsin.h"
#include "util/arena.h"
#include "util/strmap.h"

/* What a phrase names. */
typedef enum {
    PHRASE_COUNTRY,  /* a state's name or short form: "Serbia", "U.S." */
    PHRASE_ADJ,      /* a demonym or adjective: "Serbian", "Serbs" */
    PHRASE_SEAT,     /* a seat of power used as a metonym: "Belgrade", "the Kremlin" */
    PHRASE_ACTOR,    /* a named actor: a person, an IGO, a group */
    PHRASE_AGENT     /* a role noun: "police", "prime minister" */
} phrase_kind;

/* One code of a phrase, valid from 'from' to 'to' (YYYYMMDD, 0 = open). */
typedef struct code_range {
    char code[24];
    int from, to;
} code_range;

typedef struct phrase_entry {
    phrase_kind kind;
    uint8_t caps_only;   /* a short all-caps alias ("US"): matches only ALL-CAPS text */
    uint16_t ncodes;
    code_range *codes;   /* several for date-ranged actors */
    const char *name;    /* readable name: the country's or the entry's first phrase */
    const char *file;    /* where it was defined, for duplicate warnings */
    int line;
} phrase_entry;

/* A verb pattern: the verb lemma, then elements that must follow. */
enum { PATTERN_MAX_ELEMS = 12 };
typedef struct verb_pattern {
    char code[8];
    const char *text;     /* as written in the dictionary, for evidence */
    uint8_t nelems;
    uint8_t nwords;       /* literal words incl. the verb: specificity */
    const char *elems[PATTERN_MAX_ELEMS];  /* lemmas; "+" is the target slot */
} verb_pattern;

typedef struct cameo_code {
    char code[8];
    double goldstein;
    const char *name;
} cameo_code;

typedef struct dict {
    strmap *phrases;          /* key -> index into entries */
    phrase_entry *entries;
    size_t nentries, cap_entries;
    strmap *first_words;      /* first word -> longest phrase length (tokens) */
    strmap *country_names;    /* 3-letter code -> index into entries (for names) */

    strmap *verbs;            /* verb lemma -> index into verb_lists */
    struct verb_list { verb_pattern *v; size_t n, cap; } *verb_lists;
    size_t nverb_lists, cap_verb_lists, npatterns;

    strmap *cameo;            /* code -> index into codes */
    cameo_code *codes;
    size_t ncodes, cap_codes;

    size_t agent_phrases, actor_phrases, warnings;
    FILE *warn;               /* where warnings go */
    arena mem;                /* all strings */
} dict;

dict *dict_new(FILE *warnings);
void dict_free(dict *d);

/* Loaders for tocsin's own formats (docs/DICTIONARIES.md). Each returns 0, or
 * -TOCSIN_EIO / -TOCSIN_EDICT with 'err' naming file:line. */
int dict_load_cameo(dict *d, const char *path, tocsin_error *err);
int dict_load_countries(dict *d, const char *path, tocsin_error *err);
int dict_load_actors(dict *d, const char *path, phrase_kind kind, tocsin_error *err);
int dict_load_agents(dict *d, const char *path, tocsin_error *err);
int dict_load_verbs(dict *d, const char *path, tocsin_error *err);
/* Loads every known file of a directory; 0 when at least one loaded. */
int dict_load_dir(dict *d, const char *dir, tocsin_error *err);

/* Adds one phrase; tokenizes and folds it. Returns 0, or -TOCSIN_EDICT when the
 * same phrase already has another meaning (both places go to 'err'). */
int dict_add_phrase(dict *d, const char *phrase, phrase_kind kind, const char *code,
                    int from, int to, const char *name, const char *file, int line,
                    tocsin_error *err);

/* Lookups used while coding; all read-only. */
const phrase_entry *dict_phrase(const dict *d, const char *key, size_t len);
int dict_max_len(const dict *d, const char *first_word);   /* 0 if none */
const cameo_code *dict_cameo(const dict *d, const char *code);
const char *dict_country_name(const dict *d, const char *code3);
const struct verb_list *dict_verb(const dict *d, const char *lemma);
/* The code of an entry on a date (YYYYMMDD, 0 = today's open-ended one). */
const char *phrase_code(const phrase_entry *e, int ymd);

/* Sets err and returns -code. */
int dict_error(tocsin_error *err, int code, const char *file, int line, const char *fmt, ...);

#endif
