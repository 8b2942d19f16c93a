/* native.c -- tocsin's own dictionary files (docs/DICTIONARIES.md).
 *
 * Line-oriented and strict: anything a loader does not understand stops the
 * load with file:line, because a silently skipped line is a silently wrong
 * coding later. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dict/dict.h"
#include "text/text.h"

typedef struct line_reader {
    FILE *f;
    const char *path;
    int line;
    char *buf;
    size_t cap;
} line_reader;

static int reader_open(line_reader *r, dict *d, const char *path, tocsin_error *err)
{
    memset(r, 0, sizeof *r);
    r->f = fopen(path, "rb");
    /* the path outlives the load: warnings and entries point at it */
    r->path = arena_strndup(&d->mem, path, strlen(path));
    if (!r->f) return dict_error(err, TOCSIN_EIO, path, 0, "cannot open: %s", strerror(errno));
    return 0;
}

static void reader_close(line_reader *r)
{
    if (r->f) fclose(r->f);
    free(r->buf);
}

/* Next line with comments and trailing space removed; NULL at the end.
 * Blank lines are skipped. */
static char *reader_next(line_reader *r)
{
    for (;;) {
        ssize_t n = getline(&r->buf, &r->cap, r->f);
        if (n < 0) return NULL;
        r->line++;
        char *s = r->buf;
        char *hash = strchr(s, '#');
        if (hash) *hash = '\0';
        size_t len = strlen(s);
        while (len && isspace((unsigned char)s[len - 1])) s[--len] = '\0';
        while (*s == ' ' || *s == '\t') s++;
        if (*s) return s;
    }
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    return s;
}

/* Splits 's' at 'sep' into at most 'max' trimmed fields; returns the count. */
static int split(char *s, char sep, char **out, int max)
{
    int n = 0;
    while (n < max) {
        char *e = strchr(s, sep);
        if (e) *e = '\0';
        out[n++] = trim(s);
        if (!e) break;
        s = e + 1;
    }
    return n;
}

/* The next 'sep'-separated item of *s, trimmed, or NULL past the last
 * one; a list may hold any number of items. */
static char *next_item(char **s, char sep)
{
    if (!*s) return NULL;
    char *item = *s, *e = strchr(item, sep);
    if (e) *e = '\0';
    *s = e ? e + 1 : NULL;
    return trim(item);
}

static int valid_code(const char *s, size_t min, size_t max)
{
    size_t n = strlen(s);
    if (n < min || n > max) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) && s[i] != '-') return 0;
    return 1;
}

/* An actor's code, or several joined by '/' ("EST/LVA/LTU": a phrase that
 * names several actors at once). */
static int valid_actor_code(const char *s)
{
    char one[32];
    for (const char *p = s;;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (n == 0 || n >= sizeof one) return 0;
        memcpy(one, p, n);
        one[n] = '\0';
        if (!valid_code(one, 3, 23)) return 0;
        if (!slash) return 1;
        p = slash + 1;
    }
}

int dict_load_cameo(dict *d, const char *path, tocsin_error *err)
{
    line_reader r;
    int rc = reader_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = reader_next(&r))) {
        char *f[3];
        if (split(s, '\t', f, 3) != 3) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "expected code<TAB>goldstein<TAB>name");
            break;
        }
        size_t n = strlen(f[0]);
        char *end;
        double g = strtod(f[1], &end);
        if (n < 2 || n > 4 || strspn(f[0], "0123456789") != n || *end || g < -10 || g > 10) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "bad CAMEO code or Goldstein value");
            break;
        }
        if (d->ncodes == d->cap_codes) {
            d->cap_codes = d->cap_codes ? d->cap_codes * 2 : 512;
            d->codes = realloc(d->codes, d->cap_codes * sizeof *d->codes);
            if (!d->codes) abort();
        }
        cameo_code *c = &d->codes[d->ncodes];
        snprintf(c->code, sizeof c->code, "%s", f[0]);
        c->goldstein = g;
        c->name = arena_strndup(&d->mem, f[2], strlen(f[2]));
        uint32_t old;
        if (!strmap_put(d->cameo, c->code, n, (uint32_t)d->ncodes, &old)) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "code %s defined twice", c->code);
            break;
        }
        d->ncodes++;
    }
    reader_close(&r);
    return rc;
}

/* Adds every ';'-separated item of 'list' as a phrase. */
static int add_list(dict *d, char *list, phrase_kind kind, const char *code, const char *name,
                    line_reader *r, tocsin_error *err)
{
    if (strcmp(list, "-") == 0 || !*list) return 0;
    for (char *item; (item = next_item(&list, ';'));) {
        if (!*item) continue;
        int rc = dict_add_phrase(d, item, kind, code, 0, 0, name, r->path, r->line, err);
        if (rc) return rc;
    }
    return 0;
}

/* countries.txt and regions.txt share a format; only states go into the
 * state table (readable names, dyads). */
static int load_places(dict *d, const char *path, int states, tocsin_error *err)
{
    line_reader r;
    int rc = reader_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = reader_next(&r))) {
        char *f[5];
        if (split(s, '\t', f, 5) != 5) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line,
                            "expected 5 tab-separated fields: code, name, other names, adjectives, seats");
            break;
        }
        if (!valid_code(f[0], 3, 3)) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "country code must be 3 capitals: '%s'", f[0]);
            break;
        }
        char gov[16];
        snprintf(gov, sizeof gov, "%sGOV", f[0]);
        const char *name = arena_strndup(&d->mem, f[1], strlen(f[1]));
        rc = dict_add_phrase(d, f[1], PHRASE_COUNTRY, f[0], 0, 0, name, r.path, r.line, err);
        if (rc == 0 && states && !strmap_get(d->country_names, f[0], 3, NULL)) {
            /* the entry of the country's own name gives readable names */
            const phrase_entry *e = dict_lookup_phrase(d, f[1]);
            if (e) strmap_put(d->country_names, f[0], 3, (uint32_t)(e - d->entries), NULL);
        }
        if (rc == 0) rc = add_list(d, f[2], PHRASE_COUNTRY, f[0], name, &r, err);
        if (rc == 0) rc = add_list(d, f[3], PHRASE_ADJ, f[0], name, &r, err);
        if (rc == 0) rc = add_list(d, f[4], PHRASE_SEAT, gov, name, &r, err);
    }
    reader_close(&r);
    return rc;
}

int dict_load_countries(dict *d, const char *path, tocsin_error *err) { return load_places(d, path, 1, err); }

int dict_load_regions(dict *d, const char *path, tocsin_error *err) { return load_places(d, path, 0, err); }

static int parse_date(const char *s, size_t n, int *out)
{
    if (n == 0) {
        *out = 0;
        return 0;
    }
    if (n != 8 || strspn(s, "0123456789") < 8) return -1;
    *out = atoi(s);
    return 0;
}

/* Parses "CODE [FROM-TO]" at the start of an actors/agents line. */
static int parse_head(char *s, char **code, int *from, int *to, char **rest)
{
    *from = *to = 0;
    char *p = s;
    while (*p && !isspace((unsigned char)*p)) p++;
    if (!*p) return -1;
    *p++ = '\0';
    *code = s;
    while (isspace((unsigned char)*p)) p++;
    if (*p == '[') {
        char *close = strchr(p, ']');
        char *dash = strchr(p, '-');
        if (!close || !dash || dash > close) return -1;
        if (parse_date(p + 1, (size_t)(dash - p - 1), from) || parse_date(dash + 1, (size_t)(close - dash - 1), to))
            return -1;
        p = close + 1;
    }
    *rest = p;
    return 0;
}

int dict_load_actors(dict *d, const char *path, phrase_kind kind, tocsin_error *err)
{
    line_reader r;
    int rc = reader_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = reader_next(&r))) {
        char *code, *rest;
        int from, to;
        if (parse_head(s, &code, &from, &to, &rest) || !valid_actor_code(code)) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line,
                            "expected CODE [YYYYMMDD-YYYYMMDD] phrase | phrase ...");
            break;
        }
        const char *name = NULL;
        for (char *item; rc == 0 && (item = next_item(&rest, '|'));) {
            if (!*item) {
                rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "empty phrase");
                break;
            }
            if (!name) name = arena_strndup(&d->mem, item, strlen(item));
            rc = dict_add_phrase(d, item, kind, code, from, to, name, r.path, r.line, err);
        }
    }
    reader_close(&r);
    return rc;
}

int dict_load_agents(dict *d, const char *path, tocsin_error *err)
{
    return dict_load_actors(d, path, PHRASE_AGENT, err);
}

/* The block of a lemma in tocsin's own format: one block per verb. */
static uint32_t native_block(dict *d, const char *verb)
{
    for (const verb_form *f = dict_verb(d, verb); f; f = dict_verb_next(d, f))
        if (f->nupper == 0 && f->nlower == 0) return f->block;
    verb_form vf;
    memset(&vf, 0, sizeof vf);
    vf.block = dict_verb_block(d, verb);
    dict_add_verb_form(d, verb, &vf);
    return vf.block;
}

/* A preposition right after the verb in a pattern is the verb's own
 * ("agree with +", "call on +", "warn of"): it may stand past an object or
 * a time ("discussed the war with Xi", "agreed on Thursday to"), not past
 * an infinitive, whose verb it would belong to ("agreed to expand trade
 * with Iraq" is no "agree with +"). */
static int verb_particle(const char *w)
{
    static const char *const words[] = {"with", "to", "on", "for", "against", "about", "from", "into", "at", "of",
                                        "by", "over", "upon", "off", "out", "up", "down", "in", NULL};
    for (int i = 0; words[i]; i++)
        if (!strcmp(w, words[i])) return 1;
    return 0;
}

static int add_pattern(dict *d, const char *code, char *pat, line_reader *r, tocsin_error *err)
{
    verb_pattern p;
    memset(&p, 0, sizeof p);
    snprintf(p.code, sizeof p.code, "%s", code);
    p.text = arena_strndup(&d->mem, pat, strlen(pat));
    p.file = r->path;
    p.line = r->line;
    p.gap = 4;  /* "asked Belgrade on Friday to withdraw" */
    pattern_elem elems[PATTERN_MAX_ELEMS];
    char verb[128] = "";
    int n = 0;
    char *save = NULL;
    for (char *w = strtok_r(pat, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        if (n == PATTERN_MAX_ELEMS)
            return dict_error(err, TOCSIN_EDICT, r->path, r->line, "pattern longer than %d words", PATTERN_MAX_ELEMS);
        char folded[128];
        size_t len = text_fold(w, strlen(w), folded, sizeof folded);
        if (strcmp(folded, "+") == 0 || strcmp(folded, "$") == 0) {
            if (!verb[0])
                return dict_error(err, TOCSIN_EDICT, r->path, r->line, "a pattern starts with its verb, not '%s'", folded);
            elems[n++] = (pattern_elem){.kind = folded[0] == '+' ? EL_TARGET : EL_SOURCE};
            continue;
        }
        if (strpbrk(folded, "$*{[&%^_"))
            return dict_error(err, TOCSIN_EDICT, r->path, r->line,
                              "'%s': TABARI/PETRARCH syntax in a tocsin verbs file", w);
        if (!verb[0]) {
            memcpy(verb, folded, len + 1);
        } else {
            uint8_t particle = n == 0 && verb_particle(folded);
            elems[n++] = (pattern_elem){.kind = EL_WORD, .word = arena_strndup(&d->mem, folded, len),
                                        .particle = particle};
        }
        p.nwords++;
    }
    if (!verb[0]) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "empty pattern");
    p.nlower = (uint8_t)n;
    p.lower = arena_alloc(&d->mem, (size_t)(n ? n : 1) * sizeof *p.lower);
    memcpy(p.lower, elems, (size_t)n * sizeof *elems);
    dict_add_pattern(d, native_block(d, verb), &p);
    return 0;
}

int dict_load_verbs(dict *d, const char *path, tocsin_error *err)
{
    line_reader r;
    int rc = reader_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = reader_next(&r))) {
        char *p = s;
        while (*p && !isspace((unsigned char)*p)) p++;
        if (*p) *p++ = '\0';
        size_t n = strlen(s);
        /* "---": words that code nothing, where a shorter pattern would code
         * something ("take over the presidency" is no "take over +") */
        int null_code = strcmp(s, "---") == 0;
        if (!null_code && (n < 2 || n > 4 || strspn(s, "0123456789") != n)) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "expected a CAMEO code or ---, then patterns");
            break;
        }
        if (!null_code && d->ncodes && !dict_cameo(d, s)) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "unknown CAMEO code %s", s);
            break;
        }
        for (char *item; rc == 0 && (item = next_item(&p, '|'));) {
            if (!*item) {
                rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "empty pattern");
                break;
            }
            rc = add_pattern(d, s, item, &r, err);
        }
    }
    reader_close(&r);
    return rc;
}

/* One topic a line: four family codes (appeal, intent, demand, reject; '-'
 * for none), a protest digit or '-', then '|'-separated lemma phrases. */
int dict_load_topics(dict *d, const char *path, tocsin_error *err)
{
    static const char *const family[TOPIC_FAMILIES] = {"02", "03", "10", "12"};
    line_reader r;
    int rc = reader_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = reader_next(&r))) {
        cue t;
        memset(&t, 0, sizeof t);
        char *col[TOPIC_FAMILIES + 1];
        for (int c = 0; c <= TOPIC_FAMILIES && rc == 0; c++) {
            while (*s == ' ' || *s == '\t') s++;
            col[c] = s;
            while (*s && !isspace((unsigned char)*s)) s++;
            if (!*s) rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "expected four codes, a protest digit, then phrases");
            else *s++ = '\0';
        }
        if (rc) break;
        for (int c = 0; c < TOPIC_FAMILIES && rc == 0; c++) {
            if (!strcmp(col[c], "-")) continue;
            if (strncmp(col[c], family[c], 2) != 0 || (d->ncodes && !dict_cameo(d, col[c])))
                rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "column %d: %s is no CAMEO %s code", c + 1, col[c],
                                family[c]);
            else snprintf(t.code[c], sizeof t.code[c], "%s", col[c]);
        }
        const char *p = col[TOPIC_FAMILIES];
        if (rc == 0 && strcmp(p, "-") != 0 && !(p[0] >= '1' && p[0] <= '4' && !p[1]))
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "protest digit must be 1-4 or -");
        if (rc) break;
        t.protest = *p == '-' ? 0 : *p;
        uint16_t ti = dict_add_cue(&d->topics, &t);
        for (char *item; rc == 0 && (item = next_item(&s, '|'));) {
            for (char *c = item; *c; c++) *c = (char)tolower((unsigned char)*c);
            if (!*item) rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "empty phrase");
            else dict_add_cue_phrase(d, &d->topics, ti, item);
        }
    }
    reader_close(&r);
    return rc;
}

/* One opinion a line: a CAMEO code, then '|'-separated lemma phrases. */
int dict_load_opinions(dict *d, const char *path, tocsin_error *err)
{
    line_reader r;
    int rc = reader_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = reader_next(&r))) {
        char *p = s;
        while (*p && !isspace((unsigned char)*p)) p++;
        if (*p) *p++ = '\0';
        size_t n = strlen(s);
        if (n < 3 || n > 4 || strspn(s, "0123456789") != n || (d->ncodes && !dict_cameo(d, s))) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "expected a CAMEO code, then phrases");
            break;
        }
        cue c;
        memset(&c, 0, sizeof c);
        snprintf(c.code[0], sizeof c.code[0], "%s", s);
        uint16_t ci = dict_add_cue(&d->opinions, &c);
        for (char *item; rc == 0 && (item = next_item(&p, '|'));) {
            for (char *x = item; *x; x++) *x = (char)tolower((unsigned char)*x);
            if (!*item) rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "empty phrase");
            else dict_add_cue_phrase(d, &d->opinions, ci, item);
        }
    }
    reader_close(&r);
    return rc;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int dict_load_dir(dict *d, const char *dir, tocsin_error *err)
{
    char path[1024];
    int loaded = 0, rc = 0;
    /* the CAMEO table first: verbs are checked against it */
    snprintf(path, sizeof path, "%s/cameo.txt", dir);
    if (is_file(path)) {
        if ((rc = dict_load_cameo(d, path, err))) return rc;
        loaded++;
    }
    snprintf(path, sizeof path, "%s/countries.txt", dir);
    if (is_file(path)) {
        if ((rc = dict_load_countries(d, path, err))) return rc;
        loaded++;
    }
    snprintf(path, sizeof path, "%s/regions.txt", dir);
    if (is_file(path)) {
        if ((rc = dict_load_regions(d, path, err))) return rc;
        loaded++;
    }
    DIR *dp = opendir(dir);
    if (!dp) return dict_error(err, TOCSIN_EIO, dir, 0, "cannot open directory: %s", strerror(errno));
    /* a fixed order keeps "keep the first" warnings reproducible */
    char *names[256];
    int nn = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && nn < 256) names[nn++] = strdup(de->d_name);
    closedir(dp);
    qsort(names, (size_t)nn, sizeof *names, (int (*)(const void *, const void *))strcmp);
    for (int pass = 0; pass < 4 && rc == 0; pass++) {
        for (int i = 0; i < nn && rc == 0; i++) {
            const char *n = names[i];
            snprintf(path, sizeof path, "%s/%s", dir, n);
            int before = loaded;
            loaded++;
            /* PETRARCH's *.txt files are told from ours by name or content */
            int petr = ends_with(n, ".txt") && dict_is_petrarch_file(path);
            if (pass == 0 && (ends_with(n, "actors.txt") || strcmp(n, "igos.txt") == 0))
                rc = petr ? dict_load_petrarch_actors(d, path, err) : dict_load_actors(d, path, PHRASE_ACTOR, err);
            else if (pass == 0 && ends_with(n, ".actors"))
                rc = dict_load_tabari_actors(d, path, err);
            else if (pass == 1 && ends_with(n, "agents.txt"))
                rc = petr ? dict_load_petrarch_agents(d, path, err) : dict_load_agents(d, path, err);
            else if (pass == 1 && ends_with(n, ".agents"))
                rc = dict_load_tabari_agents(d, path, err);
            else if (pass == 1 && ends_with(n, "discards.txt"))
                rc = dict_load_discards(d, path, err);
            else if (pass == 2 && ends_with(n, "verbs.txt"))
                rc = petr ? dict_load_petrarch_verbs(d, path, err) : dict_load_verbs(d, path, err);
            else if (pass == 2 && strcmp(n, "topics.txt") == 0)
                rc = dict_load_topics(d, path, err);
            else if (pass == 2 && strcmp(n, "opinions.txt") == 0)
                rc = dict_load_opinions(d, path, err);
            else if (pass == 2 && strncmp(n, "CAMEO.", 6) == 0 && petr)
                rc = dict_load_petrarch_verbs(d, path, err);
            else if (pass == 2 && ends_with(n, ".verbs"))
                rc = dict_load_tabari_verbs(d, path, err);
            else if (pass == 3 && ends_with(n, ".options"))  /* last: options override verb defaults */
                rc = dict_load_tabari_options(d, path, err);
            else
                loaded = before;
        }
    }
    for (int i = 0; i < nn; i++) free(names[i]);
    if (rc) return rc;
    if (!loaded) return dict_error(err, TOCSIN_EDICT, dir, 0, "no dictionary files found");
    return 0;
}
