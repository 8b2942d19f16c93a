/* dict.c -- the in-memory dictionary: phrases, verb patterns, CAMEO codes.
 *
 * A phrase is stored under the key an article would produce: its tokens'
 * folded forms joined by single spaces. The matcher only needs to know, for
 * a first word, the longest phrase that starts with it, and then to try
 * keys from that length down. */
#include "dict/dict.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("tocsin: out of memory\n", stderr);
        abort();
    }
    return q;
}

dict *dict_new(FILE *warnings)
{
    dict *d = xrealloc(NULL, sizeof *d);
    memset(d, 0, sizeof *d);
    d->phrases = strmap_new(4096);
    d->first_words = strmap_new(4096);
    d->country_names = strmap_new(512);
    d->verbs = strmap_new(1024);
    d->cameo = strmap_new(512);
    d->warn = warnings ? warnings : stderr;
    return d;
}

void dict_free(dict *d)
{
    if (!d) return;
    strmap_free(d->phrases);
    strmap_free(d->first_words);
    strmap_free(d->country_names);
    strmap_free(d->verbs);
    strmap_free(d->cameo);
    free(d->entries);
    for (size_t i = 0; i < d->nverb_lists; i++) free(d->verb_lists[i].v);
    free(d->verb_lists);
    free(d->codes);
    arena_free(&d->mem);
    free(d);
}

int dict_error(tocsin_error *err, int code, const char *file, int line, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        snprintf(err->file, sizeof err->file, "%s", file ? file : "");
        err->line = line;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return -code;
}

/* Builds the lookup key of a phrase into 'key' (capacity 'cap'); returns
 * its length in tokens, 0 when the phrase has none. 'all_caps' tells whether
 * every token is written in capitals. */
static int phrase_key(const char *phrase, char *key, size_t cap, int *all_caps)
{
    tc_doc doc = {0};
    text_clean(&doc, phrase, strlen(phrase));
    text_tokenize(&doc);
    size_t len = 0;
    int n = 0;
    *all_caps = doc.ntokens > 0;
    for (size_t i = 0; i < doc.ntokens && len + 2 < cap; i++) {
        const tc_token *t = &doc.tokens[i];
        size_t w = strlen(t->norm);
        if (len + w + 2 >= cap) break;
        if (n) key[len++] = ' ';
        memcpy(key + len, t->norm, w);
        len += w;
        n++;
        if (!(t->flags & TOK_ALLCAPS)) *all_caps = 0;
    }
    key[len] = '\0';
    arena_free(&doc.mem);
    return n;
}

static int ranges_overlap(int af, int at, int bf, int bt)
{
    int a_to = at ? at : 99999999, b_to = bt ? bt : 99999999;
    return af <= b_to && bf <= a_to;
}

static phrase_entry *new_entry(dict *d)
{
    if (d->nentries == d->cap_entries) {
        d->cap_entries = d->cap_entries ? d->cap_entries * 2 : 1024;
        d->entries = xrealloc(d->entries, d->cap_entries * sizeof *d->entries);
    }
    phrase_entry *e = &d->entries[d->nentries++];
    memset(e, 0, sizeof *e);
    return e;
}

static void add_range(dict *d, phrase_entry *e, const char *code, int from, int to)
{
    code_range *r = arena_alloc(&d->mem, (e->ncodes + 1) * sizeof *r);
    if (e->ncodes) memcpy(r, e->codes, e->ncodes * sizeof *r);
    snprintf(r[e->ncodes].code, sizeof r[e->ncodes].code, "%s", code);
    r[e->ncodes].from = from;
    r[e->ncodes].to = to;
    e->codes = r;
    e->ncodes++;
}

int dict_add_phrase(dict *d, const char *phrase, phrase_kind kind, const char *code,
                    int from, int to, const char *name, const char *file, int line,
                    tocsin_error *err)
{
    char key[512];
    int caps;
    int ntok = phrase_key(phrase, key, sizeof key, &caps);
    if (ntok == 0) return dict_error(err, TOCSIN_EDICT, file, line, "empty phrase");
    size_t klen = strlen(key);
    int short_caps = caps && strlen(phrase) <= 3;
    uint32_t idx;
    if (strmap_get(d->phrases, key, klen, &idx)) {
        phrase_entry *e = &d->entries[idx];
        /* a short all-caps alias and the same word in lower case are different words */
        for (uint16_t i = 0; i < e->ncodes; i++) {
            code_range *r = &e->codes[i];
            if (strcmp(r->code, code) == 0 && r->from == from && r->to == to) return 0;
            if (ranges_overlap(r->from, r->to, from, to)) {
                if (e->kind == kind && strcmp(r->code, code) == 0) return 0;
                d->warnings++;
                fprintf(d->warn, "%s:%d: warning: \"%s\" is already %s (%s:%d); keeping the first\n",
                        file, line, phrase, r->code, e->file, e->line);
                return 0;
            }
        }
        add_range(d, e, code, from, to);
        return 0;
    }
    phrase_entry *e = new_entry(d);
    e->kind = kind;
    e->caps_only = (uint8_t)short_caps;
    e->name = arena_strndup(&d->mem, name ? name : phrase, strlen(name ? name : phrase));
    e->file = file;
    e->line = line;
    add_range(d, e, code, from, to);
    strmap_put(d->phrases, key, klen, (uint32_t)(d->nentries - 1), NULL);
    if (kind == PHRASE_AGENT) d->agent_phrases++;
    else d->actor_phrases++;

    const char *sp = strchr(key, ' ');
    size_t flen = sp ? (size_t)(sp - key) : klen;
    uint32_t max = 0;
    strmap_get(d->first_words, key, flen, &max);
    if ((uint32_t)ntok > max) strmap_put(d->first_words, key, flen, (uint32_t)ntok, NULL);
    return 0;
}

const phrase_entry *dict_phrase(const dict *d, const char *key, size_t len)
{
    uint32_t idx;
    return strmap_get(d->phrases, key, len, &idx) ? &d->entries[idx] : NULL;
}

int dict_max_len(const dict *d, const char *first_word)
{
    uint32_t n = 0;
    strmap_get(d->first_words, first_word, strlen(first_word), &n);
    return (int)n;
}

const cameo_code *dict_cameo(const dict *d, const char *code)
{
    uint32_t idx;
    return strmap_get(d->cameo, code, strlen(code), &idx) ? &d->codes[idx] : NULL;
}

const char *dict_country_name(const dict *d, const char *code3)
{
    uint32_t idx;
    if (!strmap_get(d->country_names, code3, 3, &idx)) return NULL;
    return d->entries[idx].name;
}

const struct verb_list *dict_verb(const dict *d, const char *lemma)
{
    uint32_t idx;
    return strmap_get(d->verbs, lemma, strlen(lemma), &idx) ? &d->verb_lists[idx] : NULL;
}

const char *phrase_code(const phrase_entry *e, int ymd)
{
    const code_range *best = NULL;
    for (uint16_t i = 0; i < e->ncodes; i++) {
        const code_range *r = &e->codes[i];
        if (ymd) {
            if ((r->from == 0 || r->from <= ymd) && (r->to == 0 || ymd <= r->to)) return r->code;
        } else if (!best || r->to == 0 || (best->to != 0 && r->to > best->to)) {
            best = r;
        }
    }
    return best ? best->code : NULL;
}
