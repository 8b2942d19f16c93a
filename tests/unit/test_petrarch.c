/* test_petrarch.c -- the PETRARCH and TABARI readers: each bad_petr_* and
 * bad_tab_* file fails with its file:line, the validation dictionaries load
 * with the meanings PETRARCH gives them (dated codes, synonyms, plurals,
 * substitution sets, synsets, multi-word verbs), the real-size Phoenix
 * dictionaries load with no fatal error in well under a second, and a
 * duplicate entry is warned about with both places. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "dict/dict.h"

#define DICTS TOCSIN_SOURCE_DIR "/tests/dicts/"
#define VALIDATION "/work/shared/eval/petrarch2_validation_dicts"
#define PHOENIX "/work/shared/dicts/phoenix"

typedef int (*loader)(dict *, const char *, tocsin_error *);

static void expect_bad(loader load, const char *name, int line)
{
    FILE *w = tmpfile();
    dict *d = dict_new(w);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = load(d, name, &err);
    if (rc != -TOCSIN_EDICT) fprintf(stderr, "%s: expected a failure, got %d\n", name, rc);
    assert_int_equal(rc, -TOCSIN_EDICT);
    assert_string_equal(err.file, name);
    assert_int_equal(err.line, line);
    assert_true(strlen(err.msg) > 0);
    dict_free(d);
    fclose(w);
}

static void bad_files_name_their_line(void **state)
{
    (void)state;
    expect_bad(dict_load_petrarch_actors, DICTS "bad_petr_actor_bracket.txt", 3);
    expect_bad(dict_load_petrarch_actors, DICTS "bad_petr_actor_synonym.txt", 2);
    expect_bad(dict_load_petrarch_agents, DICTS "bad_petr_agent_marker.txt", 2);
    expect_bad(dict_load_petrarch_verbs, DICTS "bad_petr_verb_noblock.txt", 2);
    expect_bad(dict_load_petrarch_verbs, DICTS "bad_petr_verb_bracket.txt", 3);
    expect_bad(dict_load_tabari_verbs, DICTS "bad_tab_verb_code.txt", 2);
    expect_bad(dict_load_tabari_options, DICTS "bad_tab_options.txt", 2);
}

static const phrase_entry *phrase(const dict *d, const char *key)
{
    return dict_phrase(d, key, strlen(key));
}

static void validation_dictionaries_load(void **state)
{
    (void)state;
    if (access(VALIDATION "/PETR.Validate.verbs.txt", R_OK) != 0) skip();
    FILE *w = tmpfile();
    dict *d = dict_new(w);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dict_load_dir(d, VALIDATION, &err), 0);
    assert_int_equal(d->require_dyad, 1);
    assert_int_equal(d->new_actor_length, 0);
    /* actors: synonyms share codes; dated codes in file order, then the default */
    const phrase_entry *e = phrase(d, "minas tirith");
    assert_non_null(e);
    assert_string_equal(phrase_code(e, 19950101), "GON");
    e = phrase(d, "smeagol");
    assert_non_null(e);
    assert_string_equal(phrase_code(e, 19940101), "HOB");
    assert_string_equal(phrase_code(e, 19970101), "HOBGOV");
    assert_string_equal(phrase_code(e, 20000101), "HOBREB");
    e = phrase(d, "sam gamgee");
    assert_string_equal(phrase_code(e, 20100110), "ORCHOB");
    assert_string_equal(phrase_code(e, 20100201), "HOBMIL");
    assert_string_equal(phrase_code(e, 20140101), "HOBELI");
    assert_string_equal(phrase_code(phrase(d, "boromir"), 19950101), "---");
    assert_string_equal(phrase_code(phrase(d, "prince of dol amroth"), 19950101), "---");
    assert_string_equal(phrase_code(phrase(d, "prince of dol amroth"), 19960101), "DOL");
    assert_null(phrase_code(phrase(d, "onodoher"), 19950101));
    /* agents: ~ dropped, prefix kept, plurals, substitution sets */
    assert_string_equal(phrase_code(phrase(d, "ambassadors"), 0), "GOV");
    assert_string_equal(phrase_code(phrase(d, "authorities"), 0), "GOV");
    assert_string_equal(phrase_code(phrase(d, "congresswomen"), 0), "LEG");
    assert_string_equal(phrase_code(phrase(d, "ministries of silly walks"), 0), "GOV");
    assert_string_equal(phrase_code(phrase(d, "human rights body"), 0), "NGO~");
    assert_string_equal(phrase_code(phrase(d, "golden geese"), 0), "GGS");
    assert_null(phrase(d, "polices"));
    assert_int_equal(phrase(d, "police")->kind, PHRASE_AGENT);
    /* verbs: forms, multi-word forms, synsets */
    const verb_form *f = dict_verb(d, "banned");
    assert_non_null(f);
    assert_string_equal(f->code, "191");
    int wiretap = 0;
    for (f = dict_verb(d, "tap"); f; f = dict_verb_next(d, f))
        wiretap |= f->nupper == 1 && strcmp(f->upper[0].word, "wire") == 0;
    assert_true(wiretap);
    uint32_t s;
    assert_true(dict_synset_find(d, "&CURRENCY", &s));
    assert_true(d->synsets[s].n >= 10);
    assert_true(dict_synset_find(d, "&ACCORDSYN", &s));
    assert_true(d->synsets[s].n > 6);  /* &TIETYPES and &CURRENCY copied in */
    assert_true(d->npatterns > 400);
    assert_true(strmap_count(d->discards) > 5);
    dict_free(d);
    fclose(w);
}

static void phoenix_loads_fast(void **state)
{
    (void)state;
    if (access(PHOENIX "/CAMEO.2.0.txt", R_OK) != 0) skip();
    FILE *w = tmpfile();
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    dict *d = dict_new(w);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = dict_load_dir(d, PHOENIX, &err);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    if (rc) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.msg);
    assert_int_equal(rc, 0);
    printf("Phoenix: %zu actor phrases, %zu agent phrases, %zu verb forms, %zu patterns, %zu synsets, "
           "%zu warnings, loaded in %.3f s\n",
           d->actor_phrases, d->agent_phrases, d->nforms, d->npatterns, d->nsynsets, d->warnings, secs);
    assert_true(d->actor_phrases > 30000);
    assert_true(d->npatterns > 4000);
    assert_true(secs < 1.0);
    dict_free(d);
    fclose(w);
}

static void duplicates_warn_with_both_places(void **state)
{
    (void)state;
    FILE *w = tmpfile();
    dict *d = dict_new(w);
    tocsin_error err;
    assert_int_equal(dict_load_petrarch_actors(d, DICTS "dup_petr_actors.txt", &err), 0);
    assert_int_equal(d->warnings, 1);
    char buf[1024] = "";
    rewind(w);
    size_t n = fread(buf, 1, sizeof buf - 1, w);
    buf[n] = '\0';
    assert_non_null(strstr(buf, "dup_petr_actors.txt:4:"));
    assert_non_null(strstr(buf, "dup_petr_actors.txt:2)"));
    assert_string_equal(phrase_code(phrase(d, "gondor"), 0), "GON");
    dict_free(d);
    fclose(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_files_name_their_line),
        cmocka_unit_test(validation_dictionaries_load),
        cmocka_unit_test(phoenix_loads_fast),
        cmocka_unit_test(duplicates_warn_with_both_places),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
