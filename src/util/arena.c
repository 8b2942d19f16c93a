/* arena.c -- bump allocator with a chunk list.
 *
 * Chunks grow geometrically so a large article costs few mallocs; a request
 * bigger than a chunk gets a chunk of its own. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
    arena_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024 };

static arena_chunk *chunk_new(size_t size)
{
    arena_chunk *c = malloc(sizeof *c + size);
    if (!c) {
        fputs("tocsin: out of memory\n", stderr);
        abort();
    }
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

void *arena_alloc(arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    arena_chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t want = c ? c->size * 2 : ARENA_MIN_CHUNK;
        if (want > ((size_t)1 << 26)) want = (size_t)1 << 26;
        if (want < size) want = size;
        arena_chunk *n = chunk_new(want);
        n->next = c;
        a->head = c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_reset(arena *a)
{
    arena_chunk *c = a->head;
    if (!c) return;
    /* keep the oldest (first allocated) chunk is not tracked; keep the newest, the largest */
    arena_chunk *keep = c;
    c = c->next;
    while (c) {
        arena_chunk *n = c->next;
        free(c);
        c = n;
    }
    keep->next = NULL;
    keep->used = 0;
    a->head = keep;
    a->total = 0;
}

void arena_free(arena *a)
{
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *n = c->next;
        free(c);
        c = n;
    }
    a->head = NULL;
    a->total = 0;
}
