/* coder.c -- the public API: a coder (knowledge) and documents (articles).
 *
 * The coder holds everything loaded once -- dictionaries, the CAMEO table,
 * the lemma table, the tagger -- and is never written after tocsin_coder_new,
 * so threads share it freely. A document runs the stages in order:
 * text -> lex -> actor -> event -> enrich (location, casualties). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actor/actor.h"
#include "api.h"
#include "enrich/enrich.h"
#include "text/text.h"

const char *tocsin_strerror(int code)
{
    switch (code < 0 ? -code : code) {
    case TOCSIN_OK: return "no error";
    case TOCSIN_EIO: return "cannot read file";
    case TOCSIN_EDICT: return "dictionary error";
    case TOCSIN_EMODEL: return "missing or damaged model";
    case TOCSIN_EINPUT: return "malformed input";
    case TOCSIN_EARG: return "bad argument";
    default: return "unknown error";
    }
}

int tocsin_actor_state(const tocsin_coder *c, const char *code, char out[4])
{
    if (!c || !code || strlen(code) < 3) return 0;
    char c3[4] = {code[0], code[1], code[2], '\0'};
    if (!dict_country_name(c->dict, c3)) return 0;
    memcpy(out, c3, 4);
    return 1;
}

const char *tocsin_mode_name(tocsin_mode mode)
{
    static const char *names[] = {"asserted", "negated", "hypothetical", "future", "historical"};
    return (unsigned)mode < 5 ? names[mode] : "asserted";
}

static const char *pick_dir(const char *given, const char *env, const char *built_in)
{
    if (given) return given;
    const char *e = getenv(env);
    return e && *e ? e : built_in;
}

static int load_dicts(dict *d, const tocsin_config *cfg, const char *data, tocsin_error *err)
{
    int rc;
    if (cfg && cfg->dict_dirs && cfg->dict_dirs[0]) {
        /* a user's dictionaries replace ours, but the CAMEO table stays */
        char path[1024];
        snprintf(path, sizeof path, "%s/cameo.txt", data);
        if ((rc = dict_load_cameo(d, path, err))) return rc;
        for (const char *const *p = cfg->dict_dirs; *p; p++)
            if ((rc = dict_load_dir(d, *p, err))) return rc;
    } else if ((rc = dict_load_dir(d, data, err))) {
        return rc;
    }
    if (cfg && cfg->add_dict_dirs)
        for (const char *const *p = cfg->add_dict_dirs; *p; p++)
            if ((rc = dict_load_dir(d, *p, err))) return rc;
    return 0;
}

tocsin_coder *tocsin_coder_new(const tocsin_config *cfg, tocsin_error *err)
{
    tocsin_error local;
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    const char *data = pick_dir(cfg ? cfg->data_dir : NULL, "TOCSIN_DATA", TOCSIN_DATA_DIR);
    const char *built = pick_dir(cfg ? cfg->build_data_dir : NULL, "TOCSIN_BUILD_DATA", TOCSIN_BUILD_DATA_DIR);
    tocsin_coder *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->dict = dict_new(cfg ? cfg->warnings : NULL);
    if (load_dicts(c->dict, cfg, data, err)) {
        tocsin_coder_free(c);
        return NULL;
    }
    char path[1024], msg[512];
    snprintf(path, sizeof path, "%s/lemmas.tbl", built);
    if (!(c->lemmas = lemmatizer_load(path, msg, sizeof msg))) {
        dict_error(err, TOCSIN_EMODEL, path, 0, "%s", msg);
        tocsin_coder_free(c);
        return NULL;
    }
    snprintf(path, sizeof path, "%s/tagger.model", built);
    if (!(c->tagger = tagger_load(path, msg, sizeof msg))) {
        dict_error(err, TOCSIN_EMODEL, path, 0, "%s", msg);
        tocsin_coder_free(c);
        return NULL;
    }
    /* without a gazetteer events are coded with unknown locations */
    snprintf(path, sizeof path, "%s/gazetteer.bin", built);
    if (access(path, F_OK) != 0) {
        fprintf(cfg && cfg->warnings ? cfg->warnings : stderr,
                "tocsin: %s: missing; event locations stay unknown (build the tocsin_data target)\n", path);
    } else if (!(c->gaz = gaz_load(path, msg, sizeof msg))) {
        dict_error(err, TOCSIN_EMODEL, path, 0, "%s", msg);
        tocsin_coder_free(c);
        return NULL;
    }
    return c;
}

void tocsin_coder_free(tocsin_coder *c)
{
    if (!c) return;
    dict_free(c->dict);
    lemmatizer_free(c->lemmas);
    tagger_free(c->tagger);
    gaz_free(c->gaz);
    free(c);
}

void tocsin_coder_stats_get(const tocsin_coder *c, tocsin_coder_stats *out)
{
    memset(out, 0, sizeof *out);
    out->actor_phrases = c->dict->actor_phrases;
    out->agent_phrases = c->dict->agent_phrases;
    out->verb_patterns = c->dict->npatterns;
    out->cameo_codes = c->dict->ncodes;
    out->warnings = c->dict->warnings;
}

/* YYYY-MM-DD or YYYYMMDD -> YYYYMMDD; 0 when not a date. */
static int parse_ymd(const char *s)
{
    if (!s) return 0;
    int y, m, d;
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 ||
        (strlen(s) == 8 && sscanf(s, "%4d%2d%2d", &y, &m, &d) == 3)) {
        if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return y * 10000 + m * 100 + d;
    }
    return 0;
}

tocsin_doc *tocsin_doc_new(const char *id, const char *date, const char *text, size_t len)
{
    tocsin_doc *doc = calloc(1, sizeof *doc);
    if (!doc) return NULL;
    tc_doc *d = &doc->d;
    d->id = arena_strndup(&d->mem, id ? id : "", id ? strlen(id) : 0);
    d->ymd = parse_ymd(date);
    char buf[16] = "";
    if (d->ymd) snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->ymd / 10000, d->ymd / 100 % 100, d->ymd % 100);
    d->date = arena_strndup(&d->mem, buf, strlen(buf));
    text_clean(d, text ? text : "", text ? len : 0);
    return doc;
}

void tocsin_doc_set_url(tocsin_doc *doc, const char *url)
{
    doc->d.url = arena_strndup(&doc->d.mem, url ? url : "", url ? strlen(url) : 0);
}

void tocsin_doc_free(tocsin_doc *doc)
{
    if (!doc) return;
    arena_free(&doc->d.mem);
    free(doc);
}

size_t tocsin_doc_invalid_bytes(const tocsin_doc *doc) { return doc->d.invalid_bytes; }
size_t tocsin_doc_sentence_count(const tocsin_doc *doc) { return doc->d.nsents; }

void api_prepare(const tocsin_coder *c, tocsin_doc *doc)
{
    if (doc->prepared) return;
    text_tokenize(&doc->d);
    text_split_sentences(&doc->d);
    lex_annotate(c->lemmas, c->tagger, &doc->d);
    doc->prepared = 1;
}

int tocsin_coder_code(const tocsin_coder *c, tocsin_doc *doc)
{
    if (!c || !doc) return -TOCSIN_EARG;
    tc_doc *d = &doc->d;
    api_prepare(c, doc);
    doc->events.n = 0;
    /* every sentence's mentions, kept for the enrich stage (zeroed: a
     * discarded sentence has none) */
    enrich_mentions ms = {arena_alloc(&d->mem, (d->nsents + 1) * sizeof *ms.m),
                          arena_alloc(&d->mem, (d->nsents + 1) * sizeof *ms.n)};
    discourse people;
    memset(&people, 0, sizeof people);
    for (size_t i = 0; i < d->nsents; i++) {
        int discard = event_discard(c->dict, d, &d->sents[i]);
        if (discard == DISCARD_STORY) {
            doc->events.n = 0;
            break;
        }
        if (discard == DISCARD_SENTENCE) continue;
        mention *m;
        size_t nm = actor_find(c->dict, d, &d->sents[i], &m);
        nm = coref_resolve(&people, d, &d->sents[i], &m, nm);
        if (c->dict->new_actor_length > 0)
            nm = actor_new_actors(d, &d->sents[i], c->dict->new_actor_length, &m, nm);
        ms.m[i] = m;
        ms.n[i] = nm;
        mention *towns = NULL;
        size_t ntowns = nm && !c->dict->petrarch_rules ? enrich_towns(c->gaz, d, &d->sents[i], m, nm, &towns) : 0;
        event_code_sentence(c->dict, d, i, m, nm, towns, ntowns, &doc->events);
    }
    enrich_locations(c->gaz, d, &ms, &doc->events, !c->dict->petrarch_rules);
    if (!c->dict->petrarch_rules) event_third_location(c->dict, &doc->events);
    enrich_casualties(d, &ms, &doc->events, &doc->casualties);
    return (int)doc->events.n;
}

void tocsin_doc_casualties(const tocsin_doc *doc, tocsin_casualties *out)
{
    *out = doc->casualties;
}

const tocsin_event *tocsin_doc_event(const tocsin_doc *doc, size_t i)
{
    return i < doc->events.n ? &doc->events.v[i] : NULL;
}
