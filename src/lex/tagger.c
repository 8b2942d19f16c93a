/* tagger.c -- part-of-speech tagging with an averaged perceptron.
 *
 * Greedy left to right: each token's tag is the best-scoring tag given its
 * features (lex/features.c), which include the two tags just chosen. The
 * model tools/train_tagger.c wrote is one hash table of feature keys to short
 * weight lists, loaded with a single read and used in place; a frequent word
 * that was always one tag in training skips scoring (the tag dictionary).
 * Nothing is allocated per sentence, so the tagger runs at memory speed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/lex.h"
#include "lex/perceptron.h"
#include "util/file.h"

struct tagger {
    void *buf;                /* the whole model file */
    const lexf_slot *slots;
    uint64_t mask;
    const uint32_t *entries;
};

static int fail(char *err, size_t errcap, const char *path, const char *why)
{
    if (err && errcap) snprintf(err, errcap, "%s: %s", path, why);
    return -1;
}

/* Checks every size and offset once, so tagging may trust the table. */
static int check_model(const void *buf, size_t size)
{
    const lexf_header *h = buf;
    if (size < sizeof *h || memcmp(h->magic, LEXF_MAGIC, 8) != 0) return 0;
    if (h->ntags != TAG_COUNT || h->cap == 0 || (h->cap & (h->cap - 1))) return 0;
    if (h->cap > size / sizeof(lexf_slot) || h->nentries > size / 4) return 0;
    if (size != sizeof *h + h->cap * sizeof(lexf_slot) + h->nentries * 4) return 0;
    const lexf_slot *s = (const lexf_slot *)(h + 1);
    const uint32_t *e = (const uint32_t *)(s + h->cap);
    for (uint64_t i = 0; i < h->cap; i++) {
        if (!s[i].key) continue;
        if (s[i].n == 0 && (s[i].off == 0 || s[i].off >= TAG_COUNT)) return 0;
        if (s[i].n && (s[i].off > h->nentries || s[i].n > h->nentries - s[i].off)) return 0;
        for (uint32_t j = 0; j < s[i].n; j++)
            if ((e[s[i].off + j] & 0xFF) == 0 || (e[s[i].off + j] & 0xFF) >= TAG_COUNT) return 0;
    }
    return 1;
}

tagger *tagger_load(const char *path, char *err, size_t errcap)
{
    size_t size;
    void *buf = file_read(path, &size);
    if (!buf) {
        fail(err, errcap, path, errno == ENOENT ? "cannot open the tagger model (build target tocsin_data makes it)"
                                                : "cannot read the tagger model");
        return NULL;
    }
    if (!check_model(buf, size)) {
        free(buf);
        fail(err, errcap, path, "not a tagger model of this build (retrain with train_tagger)");
        return NULL;
    }
    tagger *t = malloc(sizeof *t);
    if (!t) {
        free(buf);
        fail(err, errcap, path, "out of memory");
        return NULL;
    }
    const lexf_header *h = buf;
    t->buf = buf;
    t->slots = (const lexf_slot *)(h + 1);
    t->mask = h->cap - 1;
    t->entries = (const uint32_t *)(t->slots + h->cap);
    return t;
}

void tagger_free(tagger *t)
{
    if (!t) return;
    free(t->buf);
    free(t);
}

static const lexf_slot *find(const tagger *t, uint64_t key)
{
    for (uint64_t i = key & t->mask;; i = (i + 1) & t->mask) {
        const lexf_slot *s = &t->slots[i];
        if (s->key == key) return s;
        if (s->key == 0) return NULL;
    }
}

static unsigned best_tag(const tagger *t, const lexf_token *const w[5], unsigned prev,
                         unsigned prev2)
{
    uint64_t keys[LEXF_MAX];
    size_t nk = lexf_features(w, prev, prev2, keys);
    float score[TAG_COUNT] = {0};
    /* the table is megabytes: ask for every feature's slot before reading any */
    for (size_t k = 0; k < nk; k++) __builtin_prefetch(&t->slots[keys[k] & t->mask]);
    for (size_t k = 0; k < nk; k++) {
        const lexf_slot *s = find(t, keys[k]);
        if (!s) continue;
        const uint32_t *e = t->entries + s->off;
        for (uint32_t j = 0; j < s->n; j++) score[e[j] & 0xFF] += lexf_entry_weight(e[j]);
    }
    unsigned best = 1;
    for (unsigned tag = 2; tag < TAG_COUNT; tag++)
        if (score[tag] > score[best]) best = tag;
    return best;
}

/* Tokens i-2 .. i+2 of the sentence, with padding beyond its ends. */
static const lexf_token *at(const lexf_token *ring, size_t n, size_t i, int d)
{
    long p = (long)i + d;
    if (p < 0) return &lexf_start[-p - 1];
    if ((size_t)p >= n) return &lexf_end[(size_t)p - n];
    return &ring[(size_t)p & 7];
}

void tagger_tag(const tagger *t, tc_token *tokens, size_t n, const char *text)
{
    lexf_token ring[8];
    unsigned prev = 0, prev2 = 0;
    for (size_t i = 0; i < n && i < 2; i++) lexf_token_init(&ring[i], tokens, n, i, text);
    for (size_t i = 0; i < n; i++) {
        if (i + 2 < n) lexf_token_init(&ring[(i + 2) & 7], tokens, n, i + 2, text);
        unsigned tag;
        const lexf_slot *d = find(t, lexf_tagdict_key(&ring[i & 7]));
        if (d && d->n == 0) {
            tag = d->off;
        } else {
            const lexf_token *w[5] = {at(ring, n, i, -2), at(ring, n, i, -1), &ring[i & 7],
                                      at(ring, n, i, 1), at(ring, n, i, 2)};
            tag = best_tag(t, w, prev, prev2);
        }
        tokens[i].tag = (uint8_t)tag;
        prev2 = prev;
        prev = tag;
    }
}
