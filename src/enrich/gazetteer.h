/* gazetteer.h -- place names to countries, subdivisions and coordinates.
 *
 * The table is built once by tools/build_gazetteer.c from iso-codes
 * (countries, first-level subdivisions), GeoNames cities1000 (populated
 * places with alternate names) and data/countries.txt / data/places.txt (our
 * own names), and written as one flat file that is mapped into memory as is:
 * loading costs one mmap, and a lookup is one hash probe over folded names.
 *
 * File layout (native byte order, every section 4-byte aligned):
 *   gaz_header | gaz_place[nplaces] | gaz_entry[nentries] | uint32 buckets[nbuckets]
 *   | uint32 ids[nids] | char strings[strings_size]
 * A bucket holds an entry index + 1 (0: empty), probed linearly from
 * hash(key) & (nbuckets - 1). An entry's ids list its places, best first
 * (countries, then subdivisions, then places by population). */
#ifndef TOCSIN_GAZETTEER_H
#define TOCSIN_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#define GAZ_MAGIC "TCGAZ01\n"

enum { GAZ_PLACE = 1, GAZ_ADM1 = 2, GAZ_COUNTRY = 3 };

typedef struct gaz_header {
    char magic[8];
    uint32_t nplaces, nentries, nbuckets, nids, strings_size;
    uint32_t reserved[3];
} gaz_header;

typedef struct gaz_place {
    float lat, lon;     /* NAN when unknown */
    uint32_t pop;       /* population (countries: sum of their places) */
    uint32_t name;      /* offset of the display name in strings */
    uint32_t adm1;      /* offset of the subdivision name ("" when unknown) */
    char cc[4];         /* ISO 3166-1 alpha-3 (KSV for Kosovo), NUL-terminated */
    uint8_t kind;       /* GAZ_PLACE, GAZ_ADM1, GAZ_COUNTRY */
    uint8_t curated;    /* from data/places.txt: taken whatever its size */
    uint8_t pad[2];
} gaz_place;

typedef struct gaz_entry {
    uint32_t key;       /* offset of the folded name in strings */
    uint32_t ids;       /* index of the first place id in ids[] */
    uint32_t nids;
} gaz_entry;

typedef struct gazetteer gazetteer;

/* Maps the table at 'path'. Returns NULL and writes a reason into 'msg'
 * when the file is missing, truncated or of another format. */
gazetteer *gaz_load(const char *path, char *msg, size_t msgcap);
void gaz_free(gazetteer *g);  /* NULL is fine */

/* The places named by a folded key ("belgrade", "novi pazar"), best first;
 * returns their count (0 when unknown) and points '*ids' at them. */
size_t gaz_find(const gazetteer *g, const char *key, size_t len, const uint32_t **ids);
const gaz_place *gaz_place_at(const gazetteer *g, uint32_t id);
const char *gaz_string(const gazetteer *g, uint32_t off);

/* The best place for 'key' given the countries the article is about
 * ('ccs', 'ncc' alpha-3 codes): a country of that name first, then a place
 * in one of the article's countries, then our own curated places, then the
 * most populous. Places smaller than 'min_pop' outside the article's
 * countries are not taken. Returns
 * the place id, or -1. */
long gaz_lookup(const gazetteer *g, const char *key, size_t len, const char (*ccs)[4], size_t ncc,
                uint32_t min_pop);

/* The country entry for an alpha-3 code ("SRB"), or -1. */
long gaz_country(const gazetteer *g, const char *cc3);

/* Hash used for the bucket table (the builder and the loader must agree). */
uint64_t gaz_hash(const char *key, size_t len);

#endif
