/* test_dict.c -- the dictionary loader: good files load, every bad_* file
 * fails with the right file:line, duplicates warn, dates pick codes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "dict/dict.h"

#define DICTS TOCSIN_SOURCE_DIR "/tests/dicts/"

static dict *fresh(FILE **warn)
{
    *warn = tmpfile();
    return dict_new(*warn);
}

typedef int (*loader)(dict *, const char *, tocsin_error *);

static int load_actors(dict *d, const char *p, tocsin_error *e) { return dict_load_actors(d, p, PHRASE_ACTOR, e); }

static void expect_bad(loader load, const char *name, int line, int with_cameo)
{
    FILE *w;
    dict *d = fresh(&w);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (with_cameo) assert_int_equal(dict_load_cameo(d, TOCSIN_SOURCE_DIR "/data/cameo.txt", &err), 0);
    int rc = load(d, name, &err);
    assert_int_equal(rc, -TOCSIN_EDICT);
    assert_int_equal(err.code, TOCSIN_EDICT);
    assert_string_equal(err.file, name);
    assert_int_equal(err.line, line);
    assert_true(strlen(err.msg) > 0);
    dict_free(d);
    fclose(w);
}

static void bad_files_name_their_line(void **state)
{
    (void)state;
    expect_bad(load_actors, DICTS "bad_actor_date.txt", 3, 0);
    expect_bad(dict_load_agents, DICTS "bad_agent_nocode.txt", 2, 0);
    expect_bad(dict_load_verbs, DICTS "bad_verb_tabari.txt", 3, 0);
    expect_bad(dict_load_verbs, DICTS "bad_verb_unknown_code.txt", 2, 1);
    expect_bad(dict_load_verbs, DICTS "bad_verb_empty.txt", 1, 0);
    expect_bad(dict_load_topics, DICTS "bad_topic_family.txt", 3, 1);
    expect_bad(dict_load_topics, DICTS "bad_topic_protest.txt", 2, 1);
    expect_bad(dict_load_topics, DICTS "bad_topic_columns.txt", 1, 1);
    expect_bad(dict_load_opinions, DICTS "bad_opinion_code.txt", 2, 1);
    expect_bad(dict_load_cameo, DICTS "bad_cameo_goldstein.txt", 2, 0);
    expect_bad(dict_load_countries, DICTS "bad_country_code.txt", 2, 0);
    expect_bad(dict_load_countries, DICTS "bad_country_fields.txt", 1, 0);
}

static void missing_file_is_an_io_error(void **state)
{
    (void)state;
    FILE *w;
    dict *d = fresh(&w);
    tocsin_error err;
    assert_int_equal(dict_load_verbs(d, DICTS "no_such_file.txt", &err), -TOCSIN_EIO);
    assert_int_equal(err.code, TOCSIN_EIO);
    dict_free(d);
    fclose(w);
}

static void dates_pick_codes_and_duplicates_warn(void **state)
{
    (void)state;
    FILE *w;
    dict *d = fresh(&w);
    tocsin_error err;
    assert_int_equal(dict_load_actors(d, DICTS "ok_actors.txt", PHRASE_ACTOR, &err), 0);
    const phrase_entry *e = dict_phrase(d, "donald trump", strlen("donald trump"));
    assert_non_null(e);
    assert_string_equal(phrase_code(e, 20180101), "USAGOV");
    assert_string_equal(phrase_code(e, 20230101), "USAELI");
    assert_string_equal(phrase_code(e, 20260101), "USAGOV");
    assert_null(phrase_code(e, 20000101));
    /* NATO: same meaning twice is silent, another meaning warns once */
    assert_int_equal(d->warnings, 1);
    e = dict_phrase(d, "nato", 4);
    assert_non_null(e);
    assert_string_equal(phrase_code(e, 20230101), "IGOWSTNAT");
    rewind(w);
    char line[512] = "";
    assert_non_null(fgets(line, sizeof line, w));
    assert_non_null(strstr(line, "ok_actors.txt:9: warning"));
    assert_non_null(strstr(line, "ok_actors.txt:5"));
    dict_free(d);
    fclose(w);
}

/* A line may list any number of phrases: the 200th is as loaded as the
 * first (an early loader kept 64 and dropped the rest without a word). */
static void long_lines_keep_every_phrase(void **state)
{
    (void)state;
    char path[] = "/tmp/tocsin_agents_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs("MIL   ", f);
    for (int i = 0; i < 200; i++) fprintf(f, "%sunit%d", i ? " | " : "", i);
    fputs("\n", f);
    fclose(f);
    FILE *w;
    dict *d = fresh(&w);
    tocsin_error err;
    assert_int_equal(dict_load_agents(d, path, &err), 0);
    for (int i = 0; i < 200; i++) {
        char key[16];
        snprintf(key, sizeof key, "unit%d", i);
        const phrase_entry *e = dict_phrase(d, key, strlen(key));
        assert_non_null(e);
        assert_string_equal(phrase_code(e, 20240101), "MIL");
    }
    dict_free(d);
    fclose(w);
    remove(path);
}

static void builtin_data_loads_cleanly(void **state)
{
    (void)state;
    FILE *w;
    dict *d = fresh(&w);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = dict_load_dir(d, TOCSIN_SOURCE_DIR "/data", &err);
    if (rc) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.msg);
    assert_int_equal(rc, 0);
    assert_true(d->ncodes >= 280);
    assert_true(d->npatterns >= 300);
    assert_true(d->agent_phrases >= 200);
    assert_non_null(dict_cameo(d, "0256"));
    assert_non_null(dict_phrase(d, "kosovo", 6));
    assert_non_null(dict_phrase(d, "belgrade", 8));
    assert_non_null(dict_verb(d, "ask"));
    dict_free(d);
    fclose(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_files_name_their_line),
        cmocka_unit_test(missing_file_is_an_io_error),
        cmocka_unit_test(dates_pick_codes_and_duplicates_warn),
        cmocka_unit_test(long_lines_keep_every_phrase),
        cmocka_unit_test(builtin_data_loads_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
