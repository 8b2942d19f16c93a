/* train_tagger.c -- train the part-of-speech tagger on the Brown corpus.
 *
 *   train_tagger --corpus DIR --out FILE [--passes N] [--all]
 *
 * An averaged perceptron (Collins 2002) with greedy left-to-right decoding,
 * trained for N passes (default 6) over the sentences in a shuffled order
 * (fixed seed, so the model is the same on every build). Averaging uses the
 * "two accumulators" trick: next to each weight w we keep u, the sum of
 * every update times the step it happened at; the average is w - u/steps,
 * so no per-weight timestamps are needed.
 *
 * Features (lex/features.c, shared with the tagger) seen fewer than twice
 * with gold tags are dropped before training; words seen at least 20 times
 * with one tag at least 99% of the time go to a tag dictionary and skip
 * scoring. Brown's tags are mapped to tocsin's Penn-style set and its
 * clitics split as tocsin's tokenizer splits them; the mapping table is in
 * src/lex/brown.c. Files numbered by tens (ca10, cb20, ...) are held out
 * and the accuracy on them is printed; --all trains on them too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lex/brown.h"
#include "lex/lex.h"
#include "lex/perceptron.h"

enum { T = TAG_COUNT, DICT_MIN = 20 };
static const double DICT_SHARE = 0.99;
static const float MIN_WEIGHT = 1e-3f;

/* ---- a uint64 -> uint32 hash map (keys are never 0) ------------------- */

typedef struct {
    uint64_t *keys;
    uint32_t *vals;
    size_t cap, count;
} u64map;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("train_tagger: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void map_init(u64map *m, size_t cap)
{
    m->cap = cap;
    m->count = 0;
    m->keys = xcalloc(cap, sizeof *m->keys);
    m->vals = xcalloc(cap, sizeof *m->vals);
}

static size_t map_slot(const u64map *m, uint64_t key)
{
    size_t i = (size_t)key & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    return i;
}

static uint32_t *map_get(const u64map *m, uint64_t key)
{
    size_t i = map_slot(m, key);
    return m->keys[i] ? &m->vals[i] : NULL;
}

/* Returns the value cell for 'key', inserting 0 when new. */
static uint32_t *map_put(u64map *m, uint64_t key)
{
    if ((m->count + 1) * 2 > m->cap) {
        u64map n;
        map_init(&n, m->cap * 2);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = map_slot(&n, m->keys[i]);
                n.keys[j] = m->keys[i];
                n.vals[j] = m->vals[i];
            }
        n.count = m->count;
        free(m->keys);
        free(m->vals);
        *m = n;
    }
    size_t i = map_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->count++;
    }
    return &m->vals[i];
}

static void map_free(u64map *m)
{
    free(m->keys);
    free(m->vals);
}

/* ---- the training state ------------------------------------------------ */

typedef struct {
    const brown_corpus *c;
    lexf_token *lt;     /* per token, computed once */
    u64map feats;       /* feature key -> row, or UINT32_MAX when pruned */
    u64map dict;        /* tag-dictionary key -> tag */
    uint32_t nrows;
    float *w;           /* nrows x T */
    double *u;
    double steps;
} trainer;

static void window(const trainer *tr, size_t first, size_t n, size_t i, const lexf_token *w[5])
{
    for (int d = -2; d <= 2; d++) {
        long p = (long)i + d;
        w[d + 2] = p < 0 ? &lexf_start[-p - 1]
                 : (size_t)p >= n ? &lexf_end[(size_t)p - n] : &tr->lt[first + (size_t)p];
    }
}

static void precompute(trainer *tr)
{
    const brown_corpus *c = tr->c;
    tr->lt = xcalloc(c->ntoks, sizeof *tr->lt);
    for (size_t s = 0; s < c->nsents; s++) {
        size_t f = c->sent_first[s], n = c->sent_first[s + 1] - f;
        for (size_t i = 0; i < n; i++) lexf_token_init(&tr->lt[f + i], c->toks + f, n, i, c->text);
    }
}

/* Counts features with gold history, and word/tag pairs for the dictionary. */
static void count(trainer *tr)
{
    const brown_corpus *c = tr->c;
    u64map wordtags;
    map_init(&wordtags, 1 << 16);
    uint32_t (*wt)[T] = NULL;
    size_t nwt = 0, wtcap = 0;
    map_init(&tr->feats, 1 << 20);
    for (size_t s = 0; s < c->nsents; s++) {
        size_t f = c->sent_first[s], n = c->sent_first[s + 1] - f;
        for (size_t i = 0; i < n; i++) {
            const lexf_token *w[5];
            uint64_t keys[LEXF_MAX];
            window(tr, f, n, i, w);
            unsigned prev = i > 0 ? c->gold[f + i - 1] : 0, prev2 = i > 1 ? c->gold[f + i - 2] : 0;
            size_t nk = lexf_features(w, prev, prev2, keys);
            for (size_t k = 0; k < nk; k++) (*map_put(&tr->feats, keys[k]))++;
            uint32_t *row = map_put(&wordtags, lexf_tagdict_key(w[2]));
            if (!*row) {
                if (nwt + 1 > wtcap) {
                    wtcap = wtcap ? wtcap * 2 : 4096;
                    wt = realloc(wt, wtcap * sizeof *wt);
                    if (!wt) exit(1);
                }
                memset(wt[nwt], 0, sizeof wt[nwt]);
                *row = (uint32_t)++nwt;
            }
            wt[*row - 1][c->gold[f + i]]++;
        }
    }
    map_init(&tr->dict, 1 << 16);
    for (size_t i = 0; i < wordtags.cap; i++) {
        if (!wordtags.keys[i]) continue;
        const uint32_t *cnt = wt[wordtags.vals[i] - 1];
        uint32_t total = 0, best = 1;
        for (unsigned t = 1; t < T; t++) total += cnt[t], best = cnt[t] > cnt[best] ? t : best;
        if (total >= DICT_MIN && cnt[best] >= DICT_SHARE * total)
            *map_put(&tr->dict, wordtags.keys[i]) = best;
    }
    free(wt);
    map_free(&wordtags);
    for (size_t i = 0; i < tr->feats.cap; i++)
        if (tr->feats.keys[i])
            tr->feats.vals[i] = tr->feats.vals[i] >= 2 ? tr->nrows++ : UINT32_MAX;
}

static unsigned predict(const trainer *tr, const uint32_t *rows, size_t nr)
{
    float score[T] = {0};
    for (size_t k = 0; k < nr; k++) {
        const float *w = tr->w + (size_t)rows[k] * T;
        for (unsigned t = 1; t < T; t++) score[t] += w[t];
    }
    unsigned best = 1;
    for (unsigned t = 2; t < T; t++)
        if (score[t] > score[best]) best = t;
    return best;
}

static void update(trainer *tr, const uint32_t *rows, size_t nr, unsigned gold, unsigned guess)
{
    for (size_t k = 0; k < nr; k++) {
        size_t r = (size_t)rows[k] * T;
        tr->w[r + gold] += 1.0f;
        tr->u[r + gold] += tr->steps;
        tr->w[r + guess] -= 1.0f;
        tr->u[r + guess] -= tr->steps;
    }
}

/* One sentence, greedy, updating on each mistake; returns tokens right. */
static size_t train_sentence(trainer *tr, size_t s)
{
    const brown_corpus *c = tr->c;
    size_t f = c->sent_first[s], n = c->sent_first[s + 1] - f, right = 0;
    unsigned prev = 0, prev2 = 0;
    for (size_t i = 0; i < n; i++) {
        const lexf_token *w[5];
        window(tr, f, n, i, w);
        unsigned gold = c->gold[f + i], guess;
        uint32_t *d = map_get(&tr->dict, lexf_tagdict_key(w[2]));
        if (d) {
            guess = *d;
        } else {
            uint64_t keys[LEXF_MAX];
            uint32_t rows[LEXF_MAX];
            size_t nk = lexf_features(w, prev, prev2, keys), nr = 0;
            for (size_t k = 0; k < nk; k++) {
                uint32_t *r = map_get(&tr->feats, keys[k]);
                if (r && *r != UINT32_MAX) rows[nr++] = *r;
            }
            guess = predict(tr, rows, nr);
            if (guess != gold) update(tr, rows, nr, gold, guess);
        }
        tr->steps += 1;
        right += guess == gold;
        prev2 = prev;
        prev = guess;
    }
    return right;
}

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void train(trainer *tr, int passes)
{
    const brown_corpus *c = tr->c;
    size_t *order = xcalloc(c->nsents, sizeof *order);
    for (size_t i = 0; i < c->nsents; i++) order[i] = i;
    tr->w = xcalloc((size_t)tr->nrows * T, sizeof *tr->w);
    tr->u = xcalloc((size_t)tr->nrows * T, sizeof *tr->u);
    tr->steps = 1;
    uint64_t seed = 0x746f6373696e21ULL;
    for (int p = 0; p < passes; p++) {
        size_t right = 0;
        for (size_t s = 0; s < c->nsents; s++) right += train_sentence(tr, order[s]);
        fprintf(stderr, "train_tagger: pass %d: %.2f%% of training tokens right\n", p + 1,
                100.0 * (double)right / (double)c->ntoks);
        for (size_t i = c->nsents; i > 1; i--) {
            size_t j = (size_t)(rng_next(&seed) % i), t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
    }
    free(order);
}

/* ---- writing the model ------------------------------------------------- */

static size_t pow2_at_least(size_t n)
{
    size_t c = 16;
    while (c < n) c <<= 1;
    return c;
}

static void place(lexf_slot *slots, size_t cap, lexf_slot s)
{
    size_t i = (size_t)s.key & (cap - 1);
    while (slots[i].key) i = (i + 1) & (cap - 1);
    slots[i] = s;
}

static int write_model(const trainer *tr, const char *path, size_t *nfeat)
{
    uint32_t *entries = xcalloc((size_t)tr->nrows * T, sizeof *entries);
    lexf_slot *kept = xcalloc(tr->nrows + tr->dict.count, sizeof *kept);
    size_t nkept = 0, nent = 0;
    for (size_t i = 0; i < tr->feats.cap; i++) {
        uint32_t r = tr->feats.vals[i];
        if (!tr->feats.keys[i] || r == UINT32_MAX) continue;
        size_t start = nent;
        for (unsigned t = 1; t < T; t++) {
            size_t cell = (size_t)r * T + t;
            float avg = (float)(tr->w[cell] - tr->u[cell] / tr->steps);
            if (avg > MIN_WEIGHT || avg < -MIN_WEIGHT) entries[nent++] = lexf_entry(avg, t);
        }
        if (nent > start)
            kept[nkept++] = (lexf_slot){tr->feats.keys[i], (uint32_t)start, (uint32_t)(nent - start)};
    }
    *nfeat = nkept;
    for (size_t i = 0; i < tr->dict.cap; i++)
        if (tr->dict.keys[i]) kept[nkept++] = (lexf_slot){tr->dict.keys[i], tr->dict.vals[i], 0};
    lexf_header h = {LEXF_MAGIC, T, 0, pow2_at_least(nkept + nkept / 2), nent};
    lexf_slot *slots = xcalloc(h.cap, sizeof *slots);
    for (size_t i = 0; i < nkept; i++) place(slots, h.cap, kept[i]);
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(&h, sizeof h, 1, f) == 1 &&
             fwrite(slots, sizeof *slots, h.cap, f) == h.cap &&
             fwrite(entries, 4, nent, f) == nent;
    if (f && fclose(f) != 0) ok = 0;
    free(entries);
    free(kept);
    free(slots);
    return ok ? 0 : -1;
}

/* ---- evaluation through the library's own tagger ---------------------- */

static double evaluate(const char *model, const brown_corpus *c)
{
    char err[512];
    tagger *t = tagger_load(model, err, sizeof err);
    if (!t) {
        fprintf(stderr, "train_tagger: %s\n", err);
        return -1;
    }
    size_t right = 0;
    for (size_t s = 0; s < c->nsents; s++) {
        size_t f = c->sent_first[s], n = c->sent_first[s + 1] - f;
        tagger_tag(t, c->toks + f, n, c->text);
        for (size_t i = f; i < f + n; i++) right += c->toks[i].tag == c->gold[i];
    }
    tagger_free(t);
    return c->ntoks ? 100.0 * (double)right / (double)c->ntoks : 0;
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    const char *corpus = NULL, *out = NULL;
    int passes = 6, all = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) corpus = argv[++i];
        else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) out = argv[++i];
        else if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc) passes = atoi(argv[++i]);
        else if (strcmp(argv[i], "--all") == 0) all = 1;
        else corpus = NULL, i = argc;
    }
    if (!corpus || !out || passes < 1) {
        fputs("usage: train_tagger --corpus DIR --out FILE [--passes N] [--all]\n", stderr);
        return 2;
    }
    double t0 = seconds();
    brown_corpus train_c = {0}, held_c = {0};
    char err[512];
    if (brown_read_dir(corpus, &train_c, all ? &train_c : &held_c, err, sizeof err) < 0) {
        fprintf(stderr, "train_tagger: %s\n", err);
        return 1;
    }
    trainer tr = {.c = &train_c};
    precompute(&tr);
    count(&tr);
    fprintf(stderr, "train_tagger: %zu sentences, %zu tokens, %u features, %zu dictionary words\n",
            train_c.nsents, train_c.ntoks, tr.nrows, tr.dict.count);
    train(&tr, passes);
    size_t nfeat = 0;
    int rc = write_model(&tr, out, &nfeat);
    double t1 = seconds();
    if (rc < 0) {
        fprintf(stderr, "train_tagger: %s: cannot write the model\n", out);
    } else {
        fprintf(stderr, "train_tagger: wrote %s (%zu features) in %.1f s\n", out, nfeat, t1 - t0);
        if (held_c.ntoks)
            fprintf(stderr, "train_tagger: held-out accuracy %.2f%% (%zu tokens)\n",
                    evaluate(out, &held_c), held_c.ntoks);
    }
    free(tr.lt);
    free(tr.w);
    free(tr.u);
    map_free(&tr.feats);
    map_free(&tr.dict);
    brown_free(&train_c);
    brown_free(&held_c);
    return rc < 0 ? 1 : 0;
}
