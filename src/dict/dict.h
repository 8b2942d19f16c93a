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
#include <string.h>
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

/* ---- verbs ------------------------------------------------------------
 * A verb form (a lemma such as "ask", or a surface form such as "gave")
 * opens a verb block; the block's patterns say what words around the verb
 * give which code. tocsin's own verbs.txt makes one block per lemma;
 * PETRARCH's "--- NAME [code] ---" blocks share patterns among synonyms. */

enum { PATTERN_MAX_ELEMS = 24 };

typedef enum {
    EL_WORD,      /* a word: the token's folded form, or its lemma */
    EL_SYNSET,    /* any phrase of a synonym set (&NAME) */
    EL_SOURCE,    /* '$': the actor standing here is the source */
    EL_TARGET,    /* '+': the actor standing here is the target */
    EL_COMPOUND,  /* '%': a compound actor whose members act on each other */
    EL_SKIP       /* '^': one noun phrase that is skipped */
} elem_kind;

typedef struct pattern_elem {
    uint8_t kind;       /* elem_kind */
    uint8_t joined;     /* written with '_' before it: nothing may come between */
    uint8_t particle;   /* a preposition of the verb's own: no infinitive may come
                           between ("agree with +" is not "agreed to expand trade
                           with Iraq"); tocsin's own patterns only */
    uint32_t synset;    /* EL_SYNSET: index into dict.synsets */
    const char *word;   /* EL_WORD: folded, NUL-terminated */
} pattern_elem;

typedef struct verb_pattern {
    char code[8];         /* CAMEO code; "---": matches but codes nothing */
    char code2[8];        /* paired code [a:b]: b is coded target -> source; "" if none */
    const char *text;     /* as written in the dictionary, for evidence */
    const char *file;     /* where, for warnings */
    int line;
    uint8_t nupper, nlower;
    pattern_elem *upper;  /* words before the verb, in text order */
    pattern_elem *lower;  /* words after the verb, in text order */
    uint8_t nwords;       /* literal words incl. the verb: specificity */
    uint8_t upper_joined; /* the last upper word touches the verb ("RECENTLY_*") */
    uint8_t exact;        /* words match the written form only, not the lemma
                           * (PETRARCH lists the forms it means: TRUCE_ is not "truces") */
    uint8_t gap;          /* most tokens skipped before an element not joined
                           * by '_'; 0: any number inside the clause */
    uint64_t words[4];    /* filter bits of its plain words (dict_word_bit), set by
                           * dict_add_pattern: the matcher skips a pattern whose
                           * words a clause lacks without trying it */
} verb_pattern;

/* Which of 256 filter bits a word sets: from its first and last letters
 * and its length, so a clause's filter costs one pass over its tokens. */
static inline unsigned dict_word_bit(const char *w)
{
    size_t n = strlen(w);
    return ((unsigned char)w[0] * 31u + (unsigned char)w[n ? n - 1 : 0] * 7u + (unsigned)n) & 255u;
}

typedef struct verb_block {
    const char *name;     /* "ask", or PETRARCH's block description */
    verb_pattern *v;
    size_t n, cap;
} verb_block;

/* One verb form. Several forms may share a key ("tap" and "wire tap"):
 * 'next' chains them (index + 1; 0 ends the chain). */
typedef struct verb_form {
    uint32_t block;
    uint32_t next;
    char code[8];         /* the code of the verb alone; "---" or "" = none */
    char code2[8];
    uint8_t nupper, nlower;  /* multi-word verbs: "wire tap", "cordon off" */
    pattern_elem *upper, *lower;
} verb_form;

/* A synonym set: phrases, each split once into its folded words. */
typedef struct synset_phrase {
    const char **words;
    uint32_t n;
} synset_phrase;

typedef struct synset {
    const char *name;     /* "&CURRENCY" */
    synset_phrase *phrases;
    size_t n, cap;
} synset;

/* ---- cue tables (topics.txt, opinions.txt) --------------------------------
 * Lemma phrases that say what a clause is about, each pointing at an entry
 * with the codes it gives: the topics of appeals, intents, demands and
 * rejections (src/event/topic.c), the opinions of statements
 * (src/event/opinion.c). Phrases are chained by their first word. */
enum { TOPIC_APPEAL, TOPIC_INTENT, TOPIC_DEMAND, TOPIC_REJECT, TOPIC_FAMILIES };

typedef struct cue {
    char code[TOPIC_FAMILIES][8];  /* topics: a code per family, "" for none;
                                      opinions: code[0] only */
    char protest;                  /* topics: last digit of a protest code ('1'..'4'), or 0 */
} cue;

typedef struct cue_phrase {
    const char **words;  /* folded lemmas */
    uint8_t n;
    uint8_t halting;     /* begins with a halting word: "stop attack" */
    uint16_t cue;        /* index into the table's cues */
    uint32_t next;       /* next phrase with the same first word, index + 1; 0 ends */
} cue_phrase;

typedef struct cue_table {
    cue *cues;
    size_t ncues, cap_cues;
    cue_phrase *phrases;
    size_t nphrases, cap_phrases;
    strmap *first;       /* first word -> index into phrases, + 1 */
} cue_table;

typedef struct cameo_code {
    char code[8];
    double goldstein;
    const char *name;
} cameo_code;

typedef struct dict {
    strmap *phrases;          /* key -> index into entries */
    phrase_entry *entries;
    size_t nentries, cap_entries;
    strmap *first_words;      /* first word -> its phrases' lengths (dict_phrase_lengths) */
    strmap *country_names;    /* 3-letter code -> index into entries (for names) */

    strmap *verb_keys;        /* verb form -> index into forms, + 1 */
    verb_form *forms;
    size_t nforms, cap_forms;
    verb_block *blocks;
    size_t nblocks, cap_blocks, npatterns;
    strmap *synset_names;     /* "&NAME" -> index into synsets */
    synset *synsets;
    size_t nsynsets, cap_synsets;

    strmap *discards;         /* folded phrase -> DISCARD_SENTENCE or DISCARD_STORY */
    strmap *discard_first;    /* first word -> longest discard phrase (tokens) */

    /* PETRARCH/TABARI options that change coding (defaults as PETRARCH's) */
    int require_dyad;         /* an event needs a target: 1 */
    int new_actor_length;     /* code unknown noun phrases up to this length: 0 = off */
    /* PETRARCH's reading of a verb phrase: the first actor anywhere after the
     * verb in its clause is the target (even "in Bree"), and only a '%' slot
     * makes a compound act on itself. Set by the PETRARCH/TABARI loaders;
     * tocsin's own rules keep places and instruments out of targets. */
    int petrarch_rules;
    /* PETRARCH's comma-clause options: clauses of min..max words are set
     * aside at the beginning (b), inside (plain) and at the end (e) of a
     * sentence; a max of 0 turns that kind off. Defaults 2-8, off, 2-8. */
    int comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;

    cue_table topics;         /* topics.txt */
    cue_table opinions;       /* opinions.txt */

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
int dict_load_regions(dict *d, const char *path, tocsin_error *err);  /* regions.txt: same format, no states */
int dict_load_actors(dict *d, const char *path, phrase_kind kind, tocsin_error *err);
int dict_load_agents(dict *d, const char *path, tocsin_error *err);
int dict_load_verbs(dict *d, const char *path, tocsin_error *err);
int dict_load_topics(dict *d, const char *path, tocsin_error *err);
int dict_load_opinions(dict *d, const char *path, tocsin_error *err);
/* PETRARCH / PETRARCH2 formats (src/dict/petrarch.c), TABARI (src/dict/tabari.c). */
int dict_load_petrarch_verbs(dict *d, const char *path, tocsin_error *err);
int dict_load_petrarch_actors(dict *d, const char *path, tocsin_error *err);
int dict_load_petrarch_agents(dict *d, const char *path, tocsin_error *err);
int dict_load_discards(dict *d, const char *path, tocsin_error *err);
/* The same readers for TABARI's dialect (';' comments, one block per verb,
 * 6-digit dates): dialect is PETR_DIALECT_PETRARCH or PETR_DIALECT_TABARI. */
enum { PETR_DIALECT_PETRARCH = 0, PETR_DIALECT_TABARI = 1 };
int dict_load_petrarch_verbs_as(dict *d, const char *path, int dialect, tocsin_error *err);
int dict_load_petrarch_actors_as(dict *d, const char *path, phrase_kind kind, int dialect, tocsin_error *err);
/* 1 when a *.txt file is written in PETRARCH's format rather than tocsin's
 * (its name starts PETR./Phoenix./CAMEO., or its lines look like it). */
int dict_is_petrarch_file(const char *path);
/* TABARI files (src/dict/tabari.c). */
int dict_load_tabari_verbs(dict *d, const char *path, tocsin_error *err);
int dict_load_tabari_actors(dict *d, const char *path, tocsin_error *err);
int dict_load_tabari_agents(dict *d, const char *path, tocsin_error *err);
int dict_load_tabari_options(dict *d, const char *path, tocsin_error *err);
int dict_load_tabari_project(dict *d, const char *path, tocsin_error *err);
/* Loads every known file of a directory; 0 when at least one loaded. */
int dict_load_dir(dict *d, const char *dir, tocsin_error *err);

/* Adds one phrase; tokenizes and folds it. Returns 0, or -TOCSIN_EDICT when the
 * same phrase already has another meaning (both places go to 'err'). */
int dict_add_phrase(dict *d, const char *phrase, phrase_kind kind, const char *code,
                    int from, int to, const char *name, const char *file, int line,
                    tocsin_error *err);

/* Adds a phrase with several code ranges in priority order (PETRARCH date
 * restrictions, which may overlap: the first that holds wins). */
int dict_add_phrase_ranges(dict *d, const char *phrase, phrase_kind kind, const code_range *codes, size_t n,
                           const char *name, const char *file, int line, tocsin_error *err);

/* Lookups used while coding; all read-only. */
const phrase_entry *dict_phrase(const dict *d, const char *key, size_t len);
/* The entry of a phrase as written ("Serbia"), tokenized and folded like
 * article text; NULL if the dictionary has none. */
const phrase_entry *dict_lookup_phrase(const dict *d, const char *phrase);
/* The token counts of the phrases that begin with 'first_word': bit k-1
 * for a phrase of k tokens, bit 31 for any of 32 or more; 0 if none. */
uint32_t dict_phrase_lengths(const dict *d, const char *first_word);
const cameo_code *dict_cameo(const dict *d, const char *code);
/* Whether a CAMEO code uses force: roots 18 (assault), 19 (fight), 20 (mass violence). */
static inline int cameo_force(const char *code)
{
    return !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
}
const char *dict_country_name(const dict *d, const char *code3);
/* The first verb form stored under 'key' (a lemma or a surface form), or
 * NULL; follow ->next for the others. */
const verb_form *dict_verb(const dict *d, const char *key);
const verb_form *dict_verb_next(const dict *d, const verb_form *f);

/* Building verbs (used by every loader). dict_verb_block returns the index
 * of a new block; dict_add_verb_form files a form under its key (its first
 * word, folded); dict_add_pattern copies 'p' into block 'b'. A pattern
 * already in the block with another code is warned about and dropped. */
uint32_t dict_verb_block(dict *d, const char *name);
void dict_add_verb_form(dict *d, const char *key, const verb_form *f);
void dict_add_pattern(dict *d, uint32_t b, const verb_pattern *p);
/* Synonym sets: dict_synset finds or makes "&NAME"; phrases are folded. */
uint32_t dict_synset(dict *d, const char *name);
void dict_synset_add(dict *d, uint32_t s, const char *phrase);
int dict_synset_find(const dict *d, const char *name, uint32_t *out);
/* Adds every phrase of synset 'from' to synset 'to' (a synset inside a synset). */
void dict_synset_copy(dict *d, uint32_t to, uint32_t from);
/* The first phrase of table 'ct' whose first word is 'w' (a lemma or a
 * folded form), or NULL; cue_next gives the others. */
const cue_phrase *dict_cue_phrases(const cue_table *ct, const char *w);
static inline const cue_phrase *cue_next(const cue_table *ct, const cue_phrase *p)
{
    return p->next ? &ct->phrases[p->next - 1] : NULL;
}
/* Building cue tables (native.c): dict_add_cue returns the new cue's index;
 * dict_add_cue_phrase splits 'phrase' (lemmas, lower case) at spaces. */
uint16_t dict_add_cue(cue_table *ct, const cue *c);
void dict_add_cue_phrase(dict *d, cue_table *ct, uint16_t cue, const char *phrase);
/* Discards: sentence (1) or story (2) phrases. */
enum { DISCARD_SENTENCE = 1, DISCARD_STORY = 2 };
void dict_add_discard(dict *d, const char *phrase, int kind);
/* The code of an entry on a date (YYYYMMDD, 0 = today's open-ended one). */
const char *phrase_code(const phrase_entry *e, int ymd);

/* Sets err and returns -code. */
int dict_error(tocsin_error *err, int code, const char *file, int line, const char *fmt, ...);

#endif
