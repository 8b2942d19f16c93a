/* strmap.h -- string keys to 32-bit values, open addressing.
 *
 * Used for every lookup table built once at load time (lemma exceptions,
 * tagger features, dictionary phrases). Keys are copied into the map's own
 * storage, so callers may pass transient buffers. Lookups never allocate. */
#ifndef TOCSIN_STRMAP_H
#define TOCSIN_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct strmap strmap;

strmap *strmap_new(size_t expected);
void strmap_free(strmap *m);  /* NULL is fine */

/* Inserts or replaces. Returns 1 if the key was new, 0 if replaced;
 * '*old' (when not NULL) receives the previous value on replace. */
int strmap_put(strmap *m, const char *key, size_t len, uint32_t value, uint32_t *old);
/* Returns 1 and sets '*value' when found, else 0. */
int strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value);
/* The stored copy of a key (NUL-terminated), or NULL if absent. */
const char *strmap_key(const strmap *m, const char *key, size_t len);
size_t strmap_count(const strmap *m);

/* 64-bit hash of bytes (xxHash3); exposed for feature hashing. */
uint64_t strmap_hash(const void *data, size_t len);

#endif
