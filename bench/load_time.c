/* load_time.c -- how long each piece of tocsin's start-up takes to load.
 *
 * `tocsin code` on an empty input measures start-up as a whole; this splits
 * it into the dictionaries (built-in or a --dict directory), the lemma table,
 * the tagger model and the gazetteer, each timed alone, best of N, in one
 * process. The one idea: loading is repeated from scratch each round (free,
 * then load again), so the page cache is warm but no parsed state is reused,
 * which is what a second `tocsin` process sees.
 *
 * Not part of the CMake build (bench/ is not globbed); build it by hand
 * against a Release library, e.g.
 *   gcc -O2 -std=c11 -Isrc -Iinclude bench/load_time.c build-rel/libtocsin.a \
 *       -lutf8proc -lcjson -lxxhash -lm -o build-rel/load_time
 *   build-rel/load_time data build-rel/data [/work/shared/dicts/phoenix]
 * Arguments: the source data dir (cameo.txt, built-in dictionaries), the
 * build data dir (lemmas.tbl, tagger.model, gazetteer.bin), and optionally a
 * dictionary dir to load in place of the built-in ones, as --dict does. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <time.h>

#include "dict/dict.h"
#include "enrich/gazetteer.h"
#include "lex/lex.h"

#define ROUNDS 10

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Loads the dictionaries the way tocsin_coder_new does; returns ms or -1. */
static double time_dicts(const char *data, const char *user_dir)
{
    char path[1024];
    tocsin_error err = {0};
    double t0 = now_ms();
    dict *d = dict_new(NULL);
    int rc;
    if (user_dir) {
        /* --dict replaces our dictionaries but keeps the CAMEO table */
        snprintf(path, sizeof path, "%s/cameo.txt", data);
        rc = dict_load_cameo(d, path, &err);
        if (!rc) rc = dict_load_dir(d, user_dir, &err);
    } else {
        rc = dict_load_dir(d, data, &err);
    }
    double ms = now_ms() - t0;
    if (rc) fprintf(stderr, "load_time: %s:%d: %s\n", err.file, err.line, err.msg);
    dict_free(d);
    return rc ? -1 : ms;
}

static double time_model(const char *built, const char *name)
{
    char path[1024], msg[512];
    snprintf(path, sizeof path, "%s/%s", built, name);
    double t0 = now_ms(), ms;
    if (name[0] == 'l') {
        lemmatizer *lm = lemmatizer_load(path, msg, sizeof msg);
        ms = now_ms() - t0;
        if (!lm) ms = -1;
        lemmatizer_free(lm);
    } else if (name[0] == 't') {
        tagger *t = tagger_load(path, msg, sizeof msg);
        ms = now_ms() - t0;
        if (!t) ms = -1;
        tagger_free(t);
    } else {
        gazetteer *g = gaz_load(path, msg, sizeof msg);
        ms = now_ms() - t0;
        if (!g) ms = -1;
        gaz_free(g);
    }
    if (ms < 0) fprintf(stderr, "load_time: %s: %s\n", path, msg);
    return ms;
}

static void report(const char *what, double best)
{
    if (best < 0) printf("| %s | failed |\n", what);
    else printf("| %s | %.2f |\n", what, best);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: load_time DATA_DIR BUILD_DATA_DIR [DICT_DIR]\n");
        return 2;
    }
    const char *models[] = {"lemmas.tbl", "tagger.model", "gazetteer.bin"};
    double best[4] = {1e30, 1e30, 1e30, 1e30};
    for (int r = 0; r < ROUNDS; r++) {
        double ms = time_dicts(argv[1], argc > 3 ? argv[3] : NULL);
        if (ms < 0) return 1;
        if (ms < best[0]) best[0] = ms;
        for (int i = 0; i < 3; i++) {
            ms = time_model(argv[2], models[i]);
            if (ms < 0) return 1;
            if (ms < best[i + 1]) best[i + 1] = ms;
        }
    }
    printf("| piece | ms (best of %d) |\n|---|---:|\n", ROUNDS);
    report(argc > 3 ? argv[3] : "built-in dictionaries", best[0]);
    for (int i = 0; i < 3; i++) report(models[i], best[i + 1]);
    return 0;
}
