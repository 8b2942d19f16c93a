/* strmap.c -- open-addressing hash table with linear probing.
 *
 * Slots hold the full 64-bit hash so most probes compare one integer; keys
 * live in one growing byte pool so the table is a handful of allocations. */
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

typedef struct {
    uint64_t hash;   /* 0 means empty */
    uint32_t key;    /* offset into pool */
    uint32_t len;
    uint32_t value;
} slot;

struct strmap {
    slot *slots;
    size_t cap, count;  /* cap is a power of two */
    char *pool;
    size_t pool_len, pool_cap;
};

static void oom(void)
{
    fputs("tocsin: out of memory\n", stderr);
    abort();
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) oom();
    return q;
}

uint64_t strmap_hash(const void *data, size_t len)
{
    uint64_t h = XXH3_64bits(data, len);
    return h ? h : 1;
}

strmap *strmap_new(size_t expected)
{
    strmap *m = xrealloc(NULL, sizeof *m);
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    m->slots = calloc(cap, sizeof(slot));
    if (!m->slots) oom();
    m->cap = cap;
    m->count = 0;
    m->pool = NULL;
    m->pool_len = m->pool_cap = 0;
    return m;
}

void strmap_free(strmap *m)
{
    if (!m) return;
    free(m->slots);
    free(m->pool);
    free(m);
}

static size_t find(const strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1, i = (size_t)h & mask;
    for (;;) {
        const slot *s = &m->slots[i];
        if (s->hash == 0) return i;
        if (s->hash == h && s->len == len && memcmp(m->pool + s->key, key, len) == 0) return i;
        i = (i + 1) & mask;
    }
}

static void grow(strmap *m)
{
    size_t ncap = m->cap * 2;
    slot *ns = calloc(ncap, sizeof(slot));
    if (!ns) oom();
    for (size_t i = 0; i < m->cap; i++) {
        slot s = m->slots[i];
        if (!s.hash) continue;
        size_t j = (size_t)s.hash & (ncap - 1);
        while (ns[j].hash) j = (j + 1) & (ncap - 1);
        ns[j] = s;
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
}

int strmap_put(strmap *m, const char *key, size_t len, uint32_t value, uint32_t *old)
{
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);
    uint64_t h = strmap_hash(key, len);
    size_t i = find(m, key, len, h);
    slot *s = &m->slots[i];
    if (s->hash) {
        if (old) *old = s->value;
        s->value = value;
        return 0;
    }
    if (m->pool_len + len + 1 > m->pool_cap) {
        size_t ncap = m->pool_cap ? m->pool_cap * 2 : 4096;
        while (ncap < m->pool_len + len + 1) ncap *= 2;
        m->pool = xrealloc(m->pool, ncap);
        m->pool_cap = ncap;
    }
    memcpy(m->pool + m->pool_len, key, len);
    m->pool[m->pool_len + len] = '\0';
    s->hash = h;
    s->key = (uint32_t)m->pool_len;
    s->len = (uint32_t)len;
    s->value = value;
    m->pool_len += len + 1;
    m->count++;
    return 1;
}

int strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value)
{
    uint64_t h = strmap_hash(key, len);
    const slot *s = &m->slots[find(m, key, len, h)];
    if (!s->hash) return 0;
    if (value) *value = s->value;
    return 1;
}

const char *strmap_key(const strmap *m, const char *key, size_t len)
{
    uint64_t h = strmap_hash(key, len);
    const slot *s = &m->slots[find(m, key, len, h)];
    return s->hash ? m->pool + s->key : NULL;
}

size_t strmap_count(const strmap *m) { return m->count; }
