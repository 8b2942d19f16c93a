/* gazetteer.c -- map the built gazetteer table and look names up in it.
 *
 * The file is used in place (mmap, read-only), so start-up costs nothing
 * however many names it holds, and coders on several threads share the
 * pages. Choosing among places of one name is the only logic here: a
 * country beats any town of its name, the article's own countries beat
 * the rest of the world, and otherwise the most populous place wins. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "enrich/gazetteer.h"
#include "util/strmap.h"

struct gazetteer {
    void *map;
    size_t size;
    const gaz_header *h;
    const gaz_place *places;
    const gaz_entry *entries;
    const uint32_t *buckets, *ids;
    const char *strings;
};

uint64_t gaz_hash(const char *key, size_t len) { return strmap_hash(key, len); }

static size_t align4(size_t n) { return (n + 3) & ~(size_t)3; }

/* Points the section pointers into the mapping; 0 when the sizes agree
 * with the file's length. */
static int lay_out(gazetteer *g)
{
    const gaz_header *h = g->map;
    if (g->size < sizeof *h || memcmp(h->magic, GAZ_MAGIC, 8) != 0) return -1;
    if (h->nbuckets == 0 || (h->nbuckets & (h->nbuckets - 1))) return -1;
    size_t off = sizeof *h;
    size_t need = off + align4((size_t)h->nplaces * sizeof(gaz_place)) + align4((size_t)h->nentries * sizeof(gaz_entry)) +
                  (size_t)h->nbuckets * 4 + (size_t)h->nids * 4 + h->strings_size;
    if (need != g->size || h->strings_size == 0) return -1;
    const char *base = g->map;
    g->h = h;
    g->places = (const gaz_place *)(base + off);
    off += align4((size_t)h->nplaces * sizeof(gaz_place));
    g->entries = (const gaz_entry *)(base + off);
    off += align4((size_t)h->nentries * sizeof(gaz_entry));
    g->buckets = (const uint32_t *)(base + off);
    off += (size_t)h->nbuckets * 4;
    g->ids = (const uint32_t *)(base + off);
    off += (size_t)h->nids * 4;
    g->strings = base + off;
    return g->strings[h->strings_size - 1] == '\0' ? 0 : -1;
}

gazetteer *gaz_load(const char *path, char *msg, size_t msgcap)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        snprintf(msg, msgcap, "cannot open the gazetteer (build the tocsin_data target)");
        return NULL;
    }
    struct stat st;
    gazetteer *g = calloc(1, sizeof *g);
    if (!g || fstat(fd, &st) != 0 || st.st_size <= 0) {
        snprintf(msg, msgcap, "cannot read the gazetteer");
        close(fd);
        free(g);
        return NULL;
    }
    g->size = (size_t)st.st_size;
    g->map = mmap(NULL, g->size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (g->map == MAP_FAILED) {
        snprintf(msg, msgcap, "cannot map the gazetteer");
        free(g);
        return NULL;
    }
    if (lay_out(g) != 0) {
        snprintf(msg, msgcap, "not a gazetteer table, or a damaged one (rebuild it)");
        gaz_free(g);
        return NULL;
    }
    return g;
}

void gaz_free(gazetteer *g)
{
    if (!g) return;
    if (g->map && g->map != MAP_FAILED) munmap(g->map, g->size);
    free(g);
}

size_t gaz_find(const gazetteer *g, const char *key, size_t len, const uint32_t **ids)
{
    uint32_t mask = g->h->nbuckets - 1;
    for (uint32_t b = (uint32_t)gaz_hash(key, len) & mask;; b = (b + 1) & mask) {
        uint32_t e = g->buckets[b];
        if (!e) return 0;
        const gaz_entry *en = &g->entries[e - 1];
        const char *k = g->strings + en->key;
        if (strncmp(k, key, len) == 0 && k[len] == '\0') {
            *ids = g->ids + en->ids;
            return en->nids;
        }
    }
}

const gaz_place *gaz_place_at(const gazetteer *g, uint32_t id)
{
    return id < g->h->nplaces ? &g->places[id] : NULL;
}

const char *gaz_string(const gazetteer *g, uint32_t off)
{
    return off < g->h->strings_size ? g->strings + off : "";
}

static int in_article(const char *cc, const char (*ccs)[4], size_t ncc)
{
    for (size_t i = 0; i < ncc; i++)
        if (!strcmp(cc, ccs[i])) return 1;
    return 0;
}

long gaz_lookup(const gazetteer *g, const char *key, size_t len, const char (*ccs)[4], size_t ncc, uint32_t min_pop)
{
    const uint32_t *ids;
    size_t n = gaz_find(g, key, len, &ids);
    if (!n) return -1;
    /* ids are sorted: countries first, then subdivisions, then by population */
    if (g->places[ids[0]].kind == GAZ_COUNTRY) return ids[0];
    for (size_t i = 0; i < n; i++)
        if (in_article(g->places[ids[i]].cc, ccs, ncc)) return ids[i];
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = &g->places[ids[i]];
        if (p->kind == GAZ_ADM1 || p->curated || p->pop >= min_pop) return ids[i];
    }
    return -1;
}

long gaz_country(const gazetteer *g, const char *cc3)
{
    char key[8];
    int n = snprintf(key, sizeof key, "=%s", cc3);
    if (n <= 0 || (size_t)n >= sizeof key) return -1;
    const uint32_t *ids;
    return gaz_find(g, key, (size_t)n, &ids) ? (long)ids[0] : -1;
}
