/* formats.c -- load the tables the GDELT and PLOVER writers read.
 *
 * Three small text files of data/ -- countries.txt (CAMEO state codes and
 * names), fips.txt (ISO alpha-3 -> FIPS 10-4) and plover.txt (CAMEO ->
 * PLOVER) -- become hash maps once per run. Every string lives in one arena
 * owned by the tocsin_formats, so freeing is one call; after loading nothing
 * is written, so writers on several threads may share the tables. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sink/formats.h"
#include "util/arena.h"
#include "util/strmap.h"

#define MAX_FIELDS 5

struct tocsin_formats {
    arena mem;
    strmap *countries, *fips, *plover;  /* key -> index into the arrays below */
    const char **country_names, **fips_codes;
    plover_row *plover_rows;
    size_t ncountries, nfips, nplover, cap_countries, cap_fips, cap_plover;
    char dateadded[16];
};

static int fail(tocsin_error *err, int code, const char *file, int line, const char *fmt, ...)
{
    if (!err) return -code;
    memset(err, 0, sizeof *err);
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return -code;
}

/* Grows one of the value arrays to hold index 'n'. */
static void *grow(void *array, size_t *cap, size_t n, size_t size)
{
    if (n < *cap) return array;
    *cap = *cap ? *cap * 2 : 64;
    void *p = realloc(array, *cap * size);
    if (!p) abort();  /* as arena_alloc: no progress without memory */
    return p;
}

/* Splits a line at tabs in place; returns the number of fields. */
static int split_tabs(char *line, char **fields)
{
    int n = 0;
    fields[n++] = line;
    for (char *p = line; *p && n < MAX_FIELDS; p++)
        if (*p == '\t') {
            *p = '\0';
            fields[n++] = p + 1;
        }
    return n;
}

static const char *dash_empty(tocsin_formats *f, const char *s)
{
    return strcmp(s, "-") == 0 ? "" : arena_strndup(&f->mem, s, strlen(s));
}

/* One line of a table: 'fields' are its tab-separated fields. Returns 0,
 * or a message for the caller to report with the place. */
typedef const char *(*line_fn)(tocsin_formats *f, char **fields, int n);

static const char *country_line(tocsin_formats *f, char **fields, int n)
{
    if (n < 2 || strlen(fields[0]) != 3) return "expected CODE<TAB>name<TAB>...";
    f->country_names = grow(f->country_names, &f->cap_countries, f->ncountries, sizeof *f->country_names);
    f->country_names[f->ncountries] = arena_strndup(&f->mem, fields[1], strlen(fields[1]));
    if (!strmap_put(f->countries, fields[0], 3, (uint32_t)f->ncountries, NULL)) return "duplicate country code";
    f->ncountries++;
    return NULL;
}

static const char *fips_line(tocsin_formats *f, char **fields, int n)
{
    if (n != 2 || strlen(fields[0]) != 3 || strlen(fields[1]) != 2) return "expected ISO3<TAB>FIPS";
    f->fips_codes = grow(f->fips_codes, &f->cap_fips, f->nfips, sizeof *f->fips_codes);
    f->fips_codes[f->nfips] = arena_strndup(&f->mem, fields[1], 2);
    if (!strmap_put(f->fips, fields[0], 3, (uint32_t)f->nfips, NULL)) return "duplicate ISO code";
    f->nfips++;
    return NULL;
}

static const char *plover_line(tocsin_formats *f, char **fields, int n)
{
    size_t len = strlen(fields[0]);
    if (n != 4 || len < 2 || len > 4 || strspn(fields[0], "0123456789") != len)
        return "expected CODE<TAB>EVENT_TYPE<TAB>mode<TAB>context";
    f->plover_rows = grow(f->plover_rows, &f->cap_plover, f->nplover, sizeof *f->plover_rows);
    plover_row *r = &f->plover_rows[f->nplover];
    r->event_type = dash_empty(f, fields[1]);
    r->mode = dash_empty(f, fields[2]);
    r->context = dash_empty(f, fields[3]);
    if (!strmap_put(f->plover, fields[0], len, (uint32_t)f->nplover, NULL)) return "duplicate CAMEO code";
    f->nplover++;
    return NULL;
}

/* Reads dir/name, calling 'fn' for every line that is not blank or '#'. */
static int load_table(tocsin_formats *f, const char *dir, const char *name, line_fn fn, tocsin_error *err)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *in = fopen(path, "r");
    if (!in) return fail(err, TOCSIN_EMODEL, path, 0, "cannot open: %s", strerror(errno));
    char *line = NULL, *fields[MAX_FIELDS];
    size_t cap = 0;
    int lineno = 0, rc = 0;
    ssize_t got;
    while (!rc && (got = getline(&line, &cap, in)) >= 0) {
        lineno++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r')) line[--got] = '\0';
        if (got == 0 || line[0] == '#') continue;
        const char *why = fn(f, fields, split_tabs(line, fields));
        if (why) rc = fail(err, TOCSIN_EMODEL, path, lineno, "%s", why);
    }
    free(line);
    fclose(in);
    return rc;
}

/* SOURCE_DATE_EPOCH (reproducible builds' convention) fixes the clock. */
static void set_dateadded(tocsin_formats *f)
{
    time_t now = time(NULL);
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *end;
        long long v = strtoll(epoch, &end, 10);
        if (*end == '\0' && v >= 0) now = (time_t)v;
    }
    struct tm tm;
    if (!gmtime_r(&now, &tm) || !strftime(f->dateadded, sizeof f->dateadded, "%Y%m%d%H%M%S", &tm))
        strcpy(f->dateadded, "19700101000000");
}

tocsin_formats *tocsin_formats_load(const char *data_dir, tocsin_error *err)
{
    if (!data_dir) {
        const char *e = getenv("TOCSIN_DATA");
        data_dir = e && *e ? e : TOCSIN_DATA_DIR;
    }
    if (err) memset(err, 0, sizeof *err);
    tocsin_formats *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->countries = strmap_new(300);
    f->fips = strmap_new(300);
    f->plover = strmap_new(400);
    if (load_table(f, data_dir, "countries.txt", country_line, err) ||
        load_table(f, data_dir, "fips.txt", fips_line, err) ||
        load_table(f, data_dir, "plover.txt", plover_line, err)) {
        tocsin_formats_free(f);
        return NULL;
    }
    set_dateadded(f);
    return f;
}

void tocsin_formats_free(tocsin_formats *f)
{
    if (!f) return;
    strmap_free(f->countries);
    strmap_free(f->fips);
    strmap_free(f->plover);
    free(f->country_names);
    free(f->fips_codes);
    free(f->plover_rows);
    arena_free(&f->mem);
    free(f);
}

const char *formats_country_name(const tocsin_formats *f, const char *code, size_t len)
{
    uint32_t i;
    return strmap_get(f->countries, code, len, &i) ? f->country_names[i] : NULL;
}

const char *formats_fips(const tocsin_formats *f, const char *iso3)
{
    uint32_t i;
    return iso3 && strmap_get(f->fips, iso3, strlen(iso3), &i) ? f->fips_codes[i] : NULL;
}

const plover_row *formats_plover(const tocsin_formats *f, const char *code)
{
    size_t len = code ? strlen(code) : 0;
    uint32_t i;
    /* the code, its base (three digits), its root (two) */
    for (size_t n = len; n >= 2; n--)
        if ((n == len || n <= 3) && strmap_get(f->plover, code, n, &i)) return &f->plover_rows[i];
    return NULL;
}

const char *formats_dateadded(const tocsin_formats *f) { return f->dateadded; }
