/* tabari.c -- TABARI dictionaries (.verbs, .actors, .agents, .options,
 * .project), read into the same tables as every other format.
 *
 * The one idea: TABARI is PETRARCH's ancestor and its files are PETRARCH's
 * syntax with older habits, so the PETRARCH readers do the work in their
 * TABARI dialect (petrarch.c): ';' comments, YYMMDD dates, a verb opening its
 * own pattern block (no "--- NAME ---" headers), "{A | B}" choices in a
 * pattern expanding into one pattern per choice, "&SET" synsets, and the
 * "[###]" code. Stemmed words (no trailing '_': "ARGENTIN" matched
 * "Argentina") cannot be stemmed here: tocsin matches whole folded words, so
 * a TABARI stem only matches the word as written. [###] on an actor makes its
 * phrases sentence discards; on a verb pattern it is stored as the code
 * "###" for the engine.
 *
 * .options is read as "KEY VALUE" or "KEY = VALUE" lines; the keys that
 * change coding here are require_dyad and new_actor_length (others are
 * warned about and ignored). .project names the other files, one
 * "<tag> file" a line, relative to the project's directory; the tag says
 * which reader (actors, agents, verbs, options, discards). */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dict/dict.h"

int dict_load_tabari_verbs(dict *d, const char *path, tocsin_error *err)
{
    return dict_load_petrarch_verbs_as(d, path, PETR_DIALECT_TABARI, err);
}

int dict_load_tabari_actors(dict *d, const char *path, tocsin_error *err)
{
    return dict_load_petrarch_actors_as(d, path, PHRASE_ACTOR, PETR_DIALECT_TABARI, err);
}

int dict_load_tabari_agents(dict *d, const char *path, tocsin_error *err)
{
    /* TABARI agents share PETRARCH's "NOUN {PLURAL} [~CODE]" lines */
    return dict_load_petrarch_agents(d, path, err);
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    return s;
}

/* Next line without ';'/'#' comments; NULL at the end. */
static char *next_line(FILE *f, char **buf, size_t *cap, int *line)
{
    for (;;) {
        if (getline(buf, cap, f) < 0) return NULL;
        (*line)++;
        char *c = strpbrk(*buf, ";#");
        if (c) *c = '\0';
        char *s = trim(*buf);
        if (*s) return s;
    }
}

static int option_value(const char *v, int *out)
{
    if (!strcasecmp(v, "true") || !strcasecmp(v, "yes")) return *out = 1, 0;
    if (!strcasecmp(v, "false") || !strcasecmp(v, "no")) return *out = 0, 0;
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v || *end || n < 0 || n > 100) return -1;
    *out = (int)n;
    return 0;
}

int dict_load_tabari_options(dict *d, const char *path, tocsin_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) return dict_error(err, TOCSIN_EIO, path, 0, "cannot open: %s", strerror(errno));
    const char *file = arena_strndup(&d->mem, path, strlen(path));
    char *buf = NULL, *s;
    size_t cap = 0;
    int line = 0, rc = 0;
    while (rc == 0 && (s = next_line(f, &buf, &cap, &line))) {
        char *v = s + strcspn(s, " \t=");
        if (*v) *v++ = '\0';
        v = trim(v);
        if (*v == '=') v = trim(v + 1);
        int *target = !strcasecmp(s, "require_dyad")       ? &d->require_dyad
                      : !strcasecmp(s, "new_actor_length") ? &d->new_actor_length
                      : !strcasecmp(s, "comma_min")        ? &d->comma_min
                      : !strcasecmp(s, "comma_max")        ? &d->comma_max
                      : !strcasecmp(s, "comma_bmin")       ? &d->comma_bmin
                      : !strcasecmp(s, "comma_bmax")       ? &d->comma_bmax
                      : !strcasecmp(s, "comma_emin")       ? &d->comma_emin
                      : !strcasecmp(s, "comma_emax")       ? &d->comma_emax
                                                           : NULL;
        if (!target) {
            d->warnings++;
            fprintf(d->warn, "%s:%d: warning: option '%s' has no effect in tocsin: ignored\n", file, line, s);
        } else if (option_value(v, target)) {
            rc = dict_error(err, TOCSIN_EDICT, file, line, "option %s: bad value '%s'", s, v);
        }
    }
    free(buf);
    fclose(f);
    return rc;
}

typedef int (*loader_fn)(dict *, const char *, tocsin_error *);

static loader_fn loader_for(const char *tag)
{
    char t[64];
    size_t n = 0;
    for (; tag[n] && n + 1 < sizeof t; n++) t[n] = (char)tolower((unsigned char)tag[n]);
    t[n] = '\0';
    if (strstr(t, "actor")) return dict_load_tabari_actors;
    if (strstr(t, "agent")) return dict_load_tabari_agents;
    if (strstr(t, "verb")) return dict_load_tabari_verbs;
    if (strstr(t, "option")) return dict_load_tabari_options;
    if (strstr(t, "discard")) return dict_load_discards;
    return NULL;
}

int dict_load_tabari_project(dict *d, const char *path, tocsin_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) return dict_error(err, TOCSIN_EIO, path, 0, "cannot open: %s", strerror(errno));
    const char *file = arena_strndup(&d->mem, path, strlen(path));
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path) : 0;
    char *buf = NULL, *s;
    size_t cap = 0;
    int line = 0, rc = 0;
    while (rc == 0 && (s = next_line(f, &buf, &cap, &line))) {
        char *name = s + strcspn(s, " \t");
        if (*name) *name++ = '\0';
        name = trim(name);
        char *tag = s;
        if (*tag == '<') tag++;
        tag[strcspn(tag, ">")] = '\0';
        loader_fn load = loader_for(tag);
        if (!load) continue;  /* text, output and other run settings */
        if (!*name) {
            rc = dict_error(err, TOCSIN_EDICT, file, line, "<%s> without a file name", tag);
            break;
        }
        char full[1024];
        if (*name == '/' || !slash) snprintf(full, sizeof full, "%s", name);
        else snprintf(full, sizeof full, "%.*s/%s", dirlen, path, name);
        rc = load(d, full, err);
    }
    free(buf);
    fclose(f);
    return rc;
}
