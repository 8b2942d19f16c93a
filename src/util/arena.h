/* arena.h -- one owner for all the memory of a document.
 *
 * Allocations are bump-pointer from chunks; nothing is freed alone. The whole
 * arena is released at once by arena_free(), or rewound by arena_reset(). */
#ifndef TOCSIN_ARENA_H
#define TOCSIN_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;  /* newest chunk first */
    size_t total;       /* bytes handed out, for accounting */
} arena;

/* Allocates 'size' bytes aligned to 16, zeroed. Aborts on out of memory:
 * the coder cannot make progress without memory and callers stay simple. */
void *arena_alloc(arena *a, size_t size);
/* Copies 'len' bytes of 's' and adds a NUL. */
char *arena_strndup(arena *a, const char *s, size_t len);
/* Releases every chunk but the first, which is kept for reuse. */
void arena_reset(arena *a);
/* Releases everything; the arena may be used again afterwards. */
void arena_free(arena *a);

#endif
