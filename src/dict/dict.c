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
    d->verb_keys = strmap_new(2048);
    d->synset_names = strmap_new(64);
    d->discards = strmap_new(64);
    d->discard_first = strmap_new(64);
    d->topics.first = strmap_new(256);
    d->opinions.first = strmap_new(256);
    d->cameo = strmap_new(512);
    d->require_dyad = 0;  /* tocsin codes one-sided events; PETRARCH sets 1 */
    d->comma_min = 2, d->comma_max = 8;
    d->comma_bmin = 0, d->comma_bmax = 0;
    d->comma_emin = 2, d->comma_emax = 8;
    d->warn = warnings ? warnings : stderr;
    return d;
}

void dict_free(dict *d)
{
    if (!d) return;
    strmap_free(d->phrases);
    strmap_free(d->first_words);
    strmap_free(d->country_names);
    strmap_free(d->verb_keys);
    strmap_free(d->synset_names);
    strmap_free(d->discards);
    strmap_free(d->discard_first);
    strmap_free(d->topics.first);
    strmap_free(d->opinions.first);
    strmap_free(d->cameo);
    free(d->entries);
    for (size_t i = 0; i < d->nblocks; i++) free(d->blocks[i].v);
    free(d->blocks);
    free(d->forms);
    for (size_t i = 0; i < d->nsynsets; i++) free(d->synsets[i].phrases);
    free(d->synsets);
    free(d->codes);
    free(d->topics.cues);
    free(d->topics.phrases);
    free(d->opinions.cues);
    free(d->opinions.phrases);
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

/* Makes the entry of a new phrase key of 'ntok' tokens and files it under
 * its key and its first word. */
static phrase_entry *file_entry(dict *d, const char *key, int ntok, phrase_kind kind, int caps_only,
                                const char *name, const char *file, int line)
{
    size_t klen = strlen(key);
    phrase_entry *e = new_entry(d);
    e->kind = kind;
    e->caps_only = (uint8_t)caps_only;
    e->name = arena_strndup(&d->mem, name, strlen(name));
    e->file = file;
    e->line = line;
    strmap_put(d->phrases, key, klen, (uint32_t)(d->nentries - 1), NULL);
    if (kind == PHRASE_AGENT) d->agent_phrases++;
    else d->actor_phrases++;
    const char *sp = strchr(key, ' ');
    size_t flen = sp ? (size_t)(sp - key) : klen;
    uint32_t lengths = 0;
    strmap_get(d->first_words, key, flen, &lengths);
    lengths |= 1u << (ntok < 32 ? ntok - 1 : 31);
    strmap_put(d->first_words, key, flen, lengths, NULL);
    return e;
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
    phrase_entry *e = file_entry(d, key, ntok, kind, short_caps, name ? name : phrase, file, line);
    add_range(d, e, code, from, to);
    return 0;
}

/* PETRARCH/TABARI actors: one phrase with all its codes at once, in the
 * dictionary's order (date-restricted ranges first, the default last), since
 * their ranges may overlap on purpose: the first that holds wins. A phrase
 * already defined with other codes is warned about (both places) and kept. */
int dict_add_phrase_ranges(dict *d, const char *phrase, phrase_kind kind, const code_range *codes, size_t n,
                           const char *name, const char *file, int line, tocsin_error *err)
{
    char key[512];
    int caps;
    int ntok = phrase_key(phrase, key, sizeof key, &caps);
    if (ntok == 0 || n == 0) return dict_error(err, TOCSIN_EDICT, file, line, "empty phrase or no code");
    size_t klen = strlen(key);
    uint32_t idx;
    if (strmap_get(d->phrases, key, klen, &idx)) {
        phrase_entry *e = &d->entries[idx];
        int same = e->ncodes == n;
        for (size_t i = 0; same && i < n; i++)
            same = strcmp(e->codes[i].code, codes[i].code) == 0 && e->codes[i].from == codes[i].from &&
                   e->codes[i].to == codes[i].to;
        if (!same) {
            d->warnings++;
            fprintf(d->warn, "%s:%d: warning: duplicate entry \"%s\" (%s) is already %s (%s:%d); keeping the first\n",
                    file, line, phrase, codes[0].code, e->codes[0].code, e->file, e->line);
        }
        return 0;
    }
    phrase_entry *e = file_entry(d, key, ntok, kind, caps && strlen(phrase) <= 3, name ? name : phrase, file, line);
    for (size_t i = 0; i < n; i++) add_range(d, e, codes[i].code, codes[i].from, codes[i].to);
    return 0;
}

const phrase_entry *dict_phrase(const dict *d, const char *key, size_t len)
{
    uint32_t idx;
    return strmap_get(d->phrases, key, len, &idx) ? &d->entries[idx] : NULL;
}

const phrase_entry *dict_lookup_phrase(const dict *d, const char *phrase)
{
    char key[512];
    int caps;
    if (!phrase_key(phrase, key, sizeof key, &caps)) return NULL;
    return dict_phrase(d, key, strlen(key));
}

uint32_t dict_phrase_lengths(const dict *d, const char *first_word)
{
    uint32_t lengths = 0;
    strmap_get(d->first_words, first_word, strlen(first_word), &lengths);
    return lengths;
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

const verb_form *dict_verb(const dict *d, const char *key)
{
    uint32_t idx;
    return strmap_get(d->verb_keys, key, strlen(key), &idx) ? &d->forms[idx - 1] : NULL;
}

const verb_form *dict_verb_next(const dict *d, const verb_form *f)
{
    return f->next ? &d->forms[f->next - 1] : NULL;
}

uint32_t dict_verb_block(dict *d, const char *name)
{
    if (d->nblocks == d->cap_blocks) {
        d->cap_blocks = d->cap_blocks ? d->cap_blocks * 2 : 512;
        d->blocks = xrealloc(d->blocks, d->cap_blocks * sizeof *d->blocks);
    }
    verb_block *b = &d->blocks[d->nblocks];
    memset(b, 0, sizeof *b);
    b->name = arena_strndup(&d->mem, name, strlen(name));
    return (uint32_t)d->nblocks++;
}

void dict_add_verb_form(dict *d, const char *key, const verb_form *f)
{
    if (d->nforms == d->cap_forms) {
        d->cap_forms = d->cap_forms ? d->cap_forms * 2 : 1024;
        d->forms = xrealloc(d->forms, d->cap_forms * sizeof *d->forms);
    }
    uint32_t idx = (uint32_t)d->nforms++;
    d->forms[idx] = *f;
    d->forms[idx].next = 0;
    uint32_t old;
    if (!strmap_put(d->verb_keys, key, strlen(key), idx + 1, &old)) {
        /* keep the chain: the new form goes first */
        d->forms[idx].next = old;
    }
}

static int same_elems(const pattern_elem *a, uint8_t na, const pattern_elem *b, uint8_t nb)
{
    if (na != nb) return 0;
    for (uint8_t i = 0; i < na; i++) {
        if (a[i].kind != b[i].kind || a[i].joined != b[i].joined || a[i].synset != b[i].synset) return 0;
        if (a[i].kind == EL_WORD && strcmp(a[i].word, b[i].word) != 0) return 0;
    }
    return 1;
}

void dict_add_pattern(dict *d, uint32_t bi, const verb_pattern *p)
{
    verb_block *b = &d->blocks[bi];
    for (size_t i = 0; i < b->n; i++) {
        const verb_pattern *o = &b->v[i];
        if (!same_elems(o->upper, o->nupper, p->upper, p->nupper) ||
            !same_elems(o->lower, o->nlower, p->lower, p->nlower))
            continue;
        if (strcmp(o->code, p->code) != 0 || strcmp(o->code2, p->code2) != 0) {
            d->warnings++;
            fprintf(d->warn, "%s:%d: warning: pattern \"%s\" is already %s (%s:%d); keeping the first\n", p->file,
                    p->line, p->text, o->code, o->file, o->line);
        }
        return;
    }
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 4;
        b->v = xrealloc(b->v, b->cap * sizeof *b->v);
    }
    verb_pattern *q = &b->v[b->n++];
    *q = *p;
    memset(q->words, 0, sizeof q->words);
    for (int side = 0; side < 2; side++) {
        const pattern_elem *el = side ? q->lower : q->upper;
        for (int i = 0, n = side ? q->nlower : q->nupper; i < n; i++) {
            if (el[i].kind != EL_WORD) continue;
            unsigned bit = dict_word_bit(el[i].word);
            q->words[bit >> 6] |= 1ull << (bit & 63);
        }
    }
    d->npatterns++;
}

uint32_t dict_synset(dict *d, const char *name)
{
    uint32_t idx;
    if (strmap_get(d->synset_names, name, strlen(name), &idx)) return idx;
    if (d->nsynsets == d->cap_synsets) {
        d->cap_synsets = d->cap_synsets ? d->cap_synsets * 2 : 64;
        d->synsets = xrealloc(d->synsets, d->cap_synsets * sizeof *d->synsets);
    }
    idx = (uint32_t)d->nsynsets++;
    memset(&d->synsets[idx], 0, sizeof d->synsets[idx]);
    d->synsets[idx].name = arena_strndup(&d->mem, name, strlen(name));
    strmap_put(d->synset_names, name, strlen(name), idx, NULL);
    return idx;
}

const cue_phrase *dict_cue_phrases(const cue_table *ct, const char *w)
{
    uint32_t idx;
    if (!strmap_get(ct->first, w, strlen(w), &idx) || !idx) return NULL;
    return &ct->phrases[idx - 1];
}

uint16_t dict_add_cue(cue_table *ct, const cue *c)
{
    if (ct->ncues == ct->cap_cues) {
        ct->cap_cues = ct->cap_cues ? ct->cap_cues * 2 : 32;
        ct->cues = xrealloc(ct->cues, ct->cap_cues * sizeof *ct->cues);
    }
    ct->cues[ct->ncues] = *c;
    return (uint16_t)ct->ncues++;
}

void dict_add_cue_phrase(dict *d, cue_table *ct, uint16_t cue_index, const char *phrase)
{
    static const char *const halting[] = {"stop", "halt", "end", "cease", "not", "refrain", NULL};
    const char *words[PATTERN_MAX_ELEMS];
    uint8_t n = 0;
    for (const char *p = phrase; *p && n < PATTERN_MAX_ELEMS;) {
        while (*p == ' ') p++;
        size_t len = strcspn(p, " ");
        if (!len) break;
        words[n++] = arena_strndup(&d->mem, p, len);
        p += len;
    }
    if (!n) return;
    if (ct->nphrases == ct->cap_phrases) {
        ct->cap_phrases = ct->cap_phrases ? ct->cap_phrases * 2 : 256;
        ct->phrases = xrealloc(ct->phrases, ct->cap_phrases * sizeof *ct->phrases);
    }
    cue_phrase *cp = &ct->phrases[ct->nphrases];
    cp->words = arena_alloc(&d->mem, n * sizeof *cp->words);
    memcpy(cp->words, words, n * sizeof *words);
    cp->n = n;
    cp->cue = cue_index;
    cp->halting = 0;
    for (int i = 0; halting[i]; i++) cp->halting |= !strcmp(words[0], halting[i]);
    uint32_t head = 0;
    strmap_get(ct->first, words[0], strlen(words[0]), &head);
    cp->next = head;
    strmap_put(ct->first, words[0], strlen(words[0]), (uint32_t)++ct->nphrases, NULL);
}

int dict_synset_find(const dict *d, const char *name, uint32_t *out)
{
    return strmap_get(d->synset_names, name, strlen(name), out);
}

void dict_synset_add(dict *d, uint32_t si, const char *phrase)
{
    char key[512];
    int caps;
    if (!phrase_key(phrase, key, sizeof key, &caps)) return;
    synset *s = &d->synsets[si];
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->phrases = xrealloc(s->phrases, s->cap * sizeof *s->phrases);
    }
    /* split once here, so matching compares words, not strings with spaces */
    uint32_t nw = 1;
    for (const char *p = key; *p; p++) nw += *p == ' ';
    const char **w = arena_alloc(&d->mem, nw * sizeof *w);
    char *copy = arena_strndup(&d->mem, key, strlen(key));
    uint32_t i = 0;
    for (char *p = copy, *sp; p; p = sp ? sp + 1 : NULL) {
        sp = strchr(p, ' ');
        if (sp) *sp = '\0';
        w[i++] = p;
    }
    s->phrases[s->n].words = w;
    s->phrases[s->n].n = nw;
    s->n++;
}

void dict_synset_copy(dict *d, uint32_t to, uint32_t from)
{
    /* by index: growing 'to' may move the array */
    for (size_t i = 0; i < d->synsets[from].n; i++) {
        synset *s = &d->synsets[to];
        if (s->n == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 8;
            s->phrases = xrealloc(s->phrases, s->cap * sizeof *s->phrases);
        }
        s->phrases[s->n++] = d->synsets[from].phrases[i];
    }
}

void dict_add_discard(dict *d, const char *phrase, int kind)
{
    char key[512];
    int caps;
    int n = phrase_key(phrase, key, sizeof key, &caps);
    if (!n) return;
    strmap_put(d->discards, key, strlen(key), (uint32_t)kind, NULL);
    const char *sp = strchr(key, ' ');
    size_t flen = sp ? (size_t)(sp - key) : strlen(key);
    uint32_t max = 0;
    strmap_get(d->discard_first, key, flen, &max);
    if ((uint32_t)n > max) strmap_put(d->discard_first, key, flen, (uint32_t)n, NULL);
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
