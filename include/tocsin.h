/* tocsin.h -- code news articles into CAMEO political events.
 *
 * This header is the manual of libtocsin. The flow is:
 *
 *     tocsin_error err;
 *     tocsin_coder *c = tocsin_coder_new(NULL, &err);      // load dictionaries, models
 *     tocsin_doc *d = tocsin_doc_new("a17", "2023-09-29", text, len);
 *     int n = tocsin_coder_code(c, d);                     // n events, or -TOCSIN_E*
 *     for (int i = 0; i < n; i++) use(tocsin_doc_event(d, i));
 *     tocsin_doc_free(d);
 *     tocsin_coder_free(c);
 *
 * A coder is immutable once made: threads may share one and code different
 * documents at the same time. A document owns all memory of one article
 * (its text, tokens, events) and frees it at once. Every _free(NULL) is a
 * no-op. Functions that can fail return a negative TOCSIN_E* code and fill a
 * tocsin_error with the place (file:line) when a file is at fault. */
#ifndef TOCSIN_H
#define TOCSIN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TOCSIN_VERSION_STRING "0.1.0"

/* Error codes (returned negated). */
enum {
    TOCSIN_OK = 0,
    TOCSIN_EIO = 1,       /* a file could not be read */
    TOCSIN_EDICT = 2,     /* a dictionary line is not understood */
    TOCSIN_EMODEL = 3,    /* a model or table file is missing or damaged */
    TOCSIN_EINPUT = 4,    /* an input record is malformed */
    TOCSIN_EARG = 5       /* a bad argument */
};

/* Names an error code (positive or negative); never NULL. */
const char *tocsin_strerror(int code);

typedef struct tocsin_error {
    int code;           /* TOCSIN_E*, 0 when no error */
    char file[512];     /* the file at fault, or "" */
    int line;           /* its 1-based line, or 0 */
    char msg[512];      /* what went wrong, for a person */
} tocsin_error;

/* Where the coder finds its knowledge. Zero it for the defaults. */
typedef struct tocsin_config {
    /* Directories whose dictionaries replace the built-in ones (--dict);
     * NULL-terminated; NULL for the built-in ones. */
    const char *const *dict_dirs;
    /* Directories whose dictionaries are added to the built-in ones (--add-dict). */
    const char *const *add_dict_dirs;
    /* Directory of tocsin's own data (data/); NULL: $TOCSIN_DATA or the
     * source tree's data/ compiled in. */
    const char *data_dir;
    /* Directory of the built tables (lemmas.tbl, tagger.model); NULL:
     * $TOCSIN_BUILD_DATA or the build tree's data/ compiled in. */
    const char *build_data_dir;
    /* Warnings from loaders (duplicate entries...) go here; NULL: stderr. */
    FILE *warnings;
} tocsin_config;

typedef struct tocsin_coder tocsin_coder;

/* Loads dictionaries, the CAMEO table, the lemma table and the tagger.
 * Returns NULL and fills 'err' (file:line when a file is at fault). */
tocsin_coder *tocsin_coder_new(const tocsin_config *config, tocsin_error *err);
void tocsin_coder_free(tocsin_coder *coder);

/* Counts of what a coder loaded, for --version and tests. */
typedef struct tocsin_coder_stats {
    size_t actor_phrases, agent_phrases, verb_patterns, cameo_codes, warnings;
} tocsin_coder_stats;
void tocsin_coder_stats_get(const tocsin_coder *coder, tocsin_coder_stats *out);

/* The state an actor code belongs to: writes its 3-letter code into 'out'
 * and returns 1 when 'code' starts with a state the coder knows ("SRBGOV"
 * -> "SRB"); returns 0 for roles alone ("UAF"), IGOs and groups. */
int tocsin_actor_state(const tocsin_coder *coder, const char *code, char out[4]);

typedef struct tocsin_doc tocsin_doc;

/* Makes a document from raw bytes (any bytes: invalid UTF-8 becomes U+FFFD,
 * NUL becomes a space; see tocsin_doc_invalid_bytes). 'id' and 'date'
 * (YYYY-MM-DD, or NULL/"" when unknown) are copied. Never NULL except when
 * memory runs out. */
tocsin_doc *tocsin_doc_new(const char *id, const char *date, const char *text, size_t len);
void tocsin_doc_free(tocsin_doc *doc);
/* Records where the article was published (copied); events carry it as
 * 'url' and the GDELT export as SOURCEURL. NULL clears it. */
void tocsin_doc_set_url(tocsin_doc *doc, const char *url);
size_t tocsin_doc_invalid_bytes(const tocsin_doc *doc);
size_t tocsin_doc_sentence_count(const tocsin_doc *doc);  /* after coding */

/* An event mode (PLOVER's auxiliary modes). */
typedef enum {
    TOCSIN_ASSERTED, TOCSIN_NEGATED, TOCSIN_HYPOTHETICAL, TOCSIN_FUTURE, TOCSIN_HISTORICAL
} tocsin_mode;
const char *tocsin_mode_name(tocsin_mode mode);

/* Where an event happened. 'precision' says how it was found:
 *   "place"    a populated place named in the event's own clause
 *              ("near the village of Banjska", "in Belgrade"), or the
 *              article's dateline ("PRISTINA, Kosovo (AP) -") naming one;
 *   "adm1"     a first-level subdivision ("in Texas");
 *   "country"  a country ("in northern Kosovo", "on the border with Kosovo");
 *   "inferred" nothing in the clause: the place the article keeps naming,
 *              else the country of the source actor, else of the target;
 *   ""         unknown (every string "", lat and lon NAN).
 * A capital used as an actor ("Belgrade said") is not a location, and a
 * place in another clause of the sentence is not the event's place.
 * 'name' is spelled as the article spells a place it names ("Kyiv",
 * "Mitrovica"), else the gazetteer's name (countries, inferred places).
 * 'country' is ISO 3166-1 alpha-3 (KSV for Kosovo); 'adm1' is the
 * subdivision's name when known, else ""; lat/lon are degrees (WGS84), for
 * a country or subdivision the population-weighted centre of its places,
 * NAN when unknown. Places come from GeoNames (CC BY) and iso-codes. */
typedef struct tocsin_location {
    const char *name, *country, *adm1;
    double lat, lon;
    const char *precision;
} tocsin_location;

/* People killed, wounded, arrested (detained, taken into custody) and
 * missing (missing, abducted, kidnapped), read from numerals and number
 * words: "three", "at least 12" and "more than 20" (12, 20: the number
 * said), "a dozen" 12, ACLED's conservative readings "dozens" 12, "scores"
 * 20, "hundreds" 100, "thousands" 1000, "several" and "a few" 3; "a police
 * officer" and "he" count 1. Negated and hypothetical mentions ("no one
 * was hurt", "could kill") count nothing. */
typedef struct tocsin_casualties {
    int killed, wounded, arrested, missing;
} tocsin_casualties;

/* One coded event. Every pointer stays valid until tocsin_doc_free(). */
typedef struct tocsin_event {
    const char *article;      /* article id */
    int sentence;             /* 1-based sentence number in the article */
    const char *date;         /* YYYY-MM-DD or "" */
    const char *source, *source_name;  /* CAMEO actor code and a readable name */
    const char *target, *target_name;  /* "" when the sentence names no target */
    const char *code;         /* CAMEO event code, leading zeros kept: "0256" */
    const char *code_name;    /* its CAMEO name: "Appeal for de-escalation ..." */
    char root[3];             /* its two-digit root: "02" */
    int quad;                 /* QuadClass 1..4 */
    double goldstein;         /* Goldstein scale value of the code */
    tocsin_mode mode;
    const char *text;         /* the sentence that proves the event */
    size_t text_len;
    const char *verb;         /* the verb as written */
    const char *pattern;      /* the dictionary pattern that matched */
    uint32_t span_start, span_end;  /* byte span of the evidence in the article text */
    tocsin_location location; /* where it happened (see tocsin_location) */
    /* Casualties of a material-conflict event (QuadClass 4), read from its
     * own sentence, else from the next or previous sentence when that one
     * reports casualties and codes no such event itself ("three attackers
     * were killed" has no agent and so no event); 0 otherwise. */
    int killed, wounded, arrested, missing;
    /* Whose those casualties are, when the text names one side: the actor
     * code of the victims ("three attackers were killed" -> "UAF", "a Kosovo
     * police officer was killed" -> "KSVCOP"); "" when unnamed or mixed. */
    const char *victims;
    const char *url;          /* the article's url (tocsin_doc_set_url), or "" */
} tocsin_event;

/* Codes one article: splits, tags, finds actors and verb patterns. Events
 * replace any earlier ones of this document. Returns the number of events,
 * or a negative TOCSIN_E* code. 'coder' is only read. */
int tocsin_coder_code(const tocsin_coder *coder, tocsin_doc *doc);
const tocsin_event *tocsin_doc_event(const tocsin_doc *doc, size_t i);

/* The article's casualty totals, after tocsin_coder_code(): every casualty
 * sentence counts, with or without a coded event, and deaths reported
 * again in later sentences are not added twice: a category's total is the
 * largest of (a) any one sentence's count, (b) a reported death toll, and
 * (c) the sum over kinds of victim (security forces, armed men, civilians,
 * others) of the largest count of that kind, so "a police officer and
 * three gunmen were killed" followed by "three attackers were killed" is 4.
 * Two incidents with the same kind of victim may so be undercounted. */
void tocsin_doc_casualties(const tocsin_doc *doc, tocsin_casualties *out);

/* Shows what a stage made of a document, one item a line: "tokens" (one
 * sentence a line), "tags" (token/TAG/lemma), "sentences" (number, byte
 * span, text) or "actors" (sentence, code, name, group, words). Returns 0,
 * or -TOCSIN_EARG for an unknown 'what'. */
int tocsin_doc_dump(const tocsin_coder *coder, tocsin_doc *doc, const char *what, FILE *out);

/* Writers. JSON Lines: one object per event with the fields of DESIGN.md
 * section 2, text escaped per RFC 8259. TSV: the same fields, tab-separated,
 * tabs and newlines in text replaced by spaces; tocsin_write_tsv_header()
 * writes the header line. Return 0, or -TOCSIN_EIO when the stream fails. */
int tocsin_write_jsonl(FILE *out, const tocsin_event *ev);
int tocsin_write_tsv_header(FILE *out);
int tocsin_write_tsv(FILE *out, const tocsin_event *ev);

/* The tables the GDELT and PLOVER writers need: CAMEO country codes and
 * names (countries.txt), ISO alpha-3 -> FIPS 10-4 (fips.txt) and CAMEO ->
 * PLOVER (plover.txt), all read from 'data_dir' (NULL: $TOCSIN_DATA or the
 * source tree's data/). Load them once per run and pass them to every
 * write; they are only read, so threads may share them. The GDELT
 * DATEADDED stamp is fixed at load time: UTC now, or SOURCE_DATE_EPOCH
 * (seconds since 1970) when that variable is set, for reproducible output.
 * Returns NULL and fills 'err' (file:line of a bad line) on failure. */
typedef struct tocsin_formats tocsin_formats;
tocsin_formats *tocsin_formats_load(const char *data_dir, tocsin_error *err);
void tocsin_formats_free(tocsin_formats *formats);

/* GDELT 2.0 event export: one line of 61 tab-separated columns per event,
 * no header, as GDELT publishes them; 'id' is the GLOBALEVENTID (the caller
 * numbers events, e.g. 1, 2, ... per run). What tocsin fills, and why:
 *   - dates from the event's date (empty when unknown); FractionDate is
 *     year + day-of-year/365, 4 decimals;
 *   - actor codes are cut in three-letter pieces: a leading state (or CAMEO
 *     region) code is the CountryCode; role codes (GOV MIL COP REB ... IGO
 *     NGO IMG) fill Type1-3; religion codes (MUS CHR SHI ...) Religion1-2;
 *     the last other piece, the organisation itself (UNO in IGOUNO, NAT in
 *     IGOWSTNAT, ISI in IMGMUSISI), is the KnownGroupCode. Ethnic codes are
 *     not recognised (EthnicCode stays empty). Names are upper-cased;
 *   - IsRootEvent is 1 when the event comes from the article's first
 *     sentence (GDELT: the lead paragraph), else 0;
 *   - NumMentions/NumSources/NumArticles are 1 (one coded article; the
 *     store aggregates duplicates); AvgTone is 0 (tone is not computed);
 *   - Actor1Geo and Actor2Geo are empty (type 0): tocsin locates events,
 *     not actors. ActionGeo_Type is 1 country, 4 world city (precision
 *     "place"), 5 world state ("adm1"), 2/3 for US states/cities, 0 when
 *     unknown; an "inferred" location counts at the level of what it names.
 *     CountryCode is FIPS 10-4; ADM1Code is the FIPS country code, plus the
 *     state's postal code in the US (GDELT's "USTX"); other countries' FIPS
 *     subdivision codes are not known, so they get the country code alone.
 *     ADM2Code and FeatureID are empty;
 *   - SOURCEURL is the article id (events do not carry the article's url).
 * Returns 0, or -TOCSIN_EIO when the stream fails. */
int tocsin_write_gdelt(FILE *out, const tocsin_formats *formats, const tocsin_event *ev, uint64_t id);

/* PLOVER: one JSON object per line. "event_type" is the PLOVER type
 * (AGREE ... ASSAULT) of the CAMEO code by data/plover.txt, or null for
 * codes PLOVER does not code (public statements, root 01); "mode" and
 * "context" (an array) come from the same table; "modality" is tocsin's
 * mode (asserted, negated, hypothetical, future, historical). Then "id"
 * (article:sentence), "date", "actor1"/"actor2" ({"code","name",
 * "country"}; actor2 is null without a target), "location", "casualties",
 * "cameo" ({"code","root","quad","goldstein"}), "source" ({"article",
 * "sentence"}) and "text", the sentence. Returns 0, or -TOCSIN_EIO. */
int tocsin_write_plover(FILE *out, const tocsin_formats *formats, const tocsin_event *ev);

#ifdef __cplusplus
}
#endif
#endif
