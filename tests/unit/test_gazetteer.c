/* test_gazetteer.c -- place lookups, the number-word parser, and the
 * reference article's casualties and places through the public API. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "enrich/enrich.h"
#include "enrich/gazetteer.h"
#include "tocsin.h"

static gazetteer *gaz;

static int setup(void **state)
{
    (void)state;
    char msg[256];
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    gaz = gaz_load(TOCSIN_BUILD_DATA_DIR "/gazetteer.bin", msg, sizeof msg);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (!gaz) fprintf(stderr, "gazetteer: %s\n", msg);
    else fprintf(stderr, "gazetteer loaded in %.2f ms\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
    return gaz ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gaz_free(gaz);
    return 0;
}

static const gaz_place *look(const char *key, const char *const *ccs, size_t ncc)
{
    char cc[8][4];
    for (size_t i = 0; i < ncc; i++) snprintf(cc[i], 4, "%s", ccs[i]);
    long id = gaz_lookup(gaz, key, strlen(key), (const char(*)[4])cc, ncc, 0);
    return id >= 0 ? gaz_place_at(gaz, (uint32_t)id) : NULL;
}

static void test_kosovo_places(void **state)
{
    (void)state;
    const gaz_place *p = look("belgrade", NULL, 0);
    assert_non_null(p);
    assert_string_equal(p->cc, "SRB");
    assert_int_equal(p->kind, GAZ_PLACE);
    assert_true(p->lat > 44.0 && p->lat < 45.5 && p->lon > 20.0 && p->lon < 21.0);
    p = look("banjska", NULL, 0);
    assert_non_null(p);
    assert_string_equal(p->cc, "KSV");
    assert_non_null(p = look("pristina", NULL, 0));
    assert_string_equal(p->cc, "KSV");
    assert_non_null(p = look("prishtina", NULL, 0));
    assert_string_equal(p->cc, "KSV");
    assert_non_null(p = look("kosovo", NULL, 0));
    assert_string_equal(p->cc, "KSV");
    assert_int_equal(p->kind, GAZ_COUNTRY);
    assert_non_null(p = look("serbia", (const char *const[]){"KSV"}, 1));
    assert_string_equal(p->cc, "SRB");
    assert_int_equal(p->kind, GAZ_COUNTRY);
    assert_true(gaz_country(gaz, "KSV") >= 0);
    assert_null(look("no such place anywhere", NULL, 0));
}

static void test_article_countries_decide(void **state)
{
    (void)state;
    const gaz_place *p = look("paris", (const char *const[]){"FRA"}, 1);
    assert_non_null(p);
    assert_string_equal(p->cc, "FRA");
    p = look("paris", (const char *const[]){"USA"}, 1);
    assert_non_null(p);
    assert_string_equal(p->cc, "USA");
    p = look("texas", NULL, 0);
    assert_non_null(p);
    assert_int_equal(p->kind, GAZ_ADM1);
    assert_string_equal(p->cc, "USA");
}

/* Ukrainian towns under today's spelling: national romanisation of the
 * GeoNames names, and our own entries for renamed towns. */
static void test_ukrainian_spellings(void **state)
{
    (void)state;
    static const char *const names[] = {"vinnytsia", "zaporizhzhia", "kupiansk", "uman", "ternopil", "berdiansk",
                                        "dnipro", "sievierodonetsk", "kropyvnytskyi", NULL};
    for (int i = 0; names[i]; i++) {
        const gaz_place *p = look(names[i], (const char *const[]){"UKR"}, 1);
        assert_non_null(p);
        assert_string_equal(p->cc, "UKR");
        assert_int_equal(p->kind, GAZ_PLACE);
    }
    assert_non_null(look("vinnytsya", NULL, 0)); /* the GeoNames spelling stays */
}

static void test_population_decides(void **state)
{
    (void)state;
    const uint32_t *ids;
    size_t n = gaz_find(gaz, "springfield", 11, &ids);
    assert_true(n > 3);
    uint32_t most = 0;
    for (size_t i = 0; i < n; i++) {
        const gaz_place *q = gaz_place_at(gaz, ids[i]);
        if (q->kind == GAZ_PLACE && q->pop > most) most = q->pop;
    }
    const gaz_place *p = look("springfield", NULL, 0);
    assert_non_null(p);
    assert_int_equal(p->pop, most);
}

/* Tokens made by hand: enough of what the tokenizer sets for numbers. */
static int number_of(const char *words)
{
    static char buf[256];
    tc_token t[16];
    memset(t, 0, sizeof t);
    snprintf(buf, sizeof buf, "%s", words);
    uint32_t n = 0;
    for (char *p = strtok(buf, " "); p && n < 16; p = strtok(NULL, " ")) {
        t[n].norm = p;
        if (p[0] >= '0' && p[0] <= '9') t[n].flags = TOK_NUMBER;
        n++;
    }
    uint32_t next;
    return enrich_number(t, 0, n, &next);
}

static void test_numbers(void **state)
{
    (void)state;
    assert_int_equal(number_of("three people"), 3);
    assert_int_equal(number_of("12"), 12);
    assert_int_equal(number_of("1,200 people"), 1200);
    assert_int_equal(number_of("at least 12"), 12);
    assert_int_equal(number_of("more than 20"), 20);
    assert_int_equal(number_of("a dozen"), 12);
    assert_int_equal(number_of("half a dozen"), 6);
    assert_int_equal(number_of("dozens of"), 12);
    assert_int_equal(number_of("hundreds of"), 100);
    assert_int_equal(number_of("scores of"), 20);
    assert_int_equal(number_of("twenty-one"), 21);
    assert_int_equal(number_of("two hundred"), 200);
    assert_int_equal(number_of("a police officer"), 1);
    assert_int_equal(number_of("no one"), 0);
    assert_int_equal(number_of("several"), 3);
    assert_int_equal(number_of("police"), -1);
    assert_int_equal(number_of("3.5"), -1);
}

static void test_reference_article(void **state)
{
    (void)state;
    FILE *f = fopen(TOCSIN_SOURCE_DIR "/../shared/samples/kosovo-serbia.txt", "rb");
    if (!f) f = fopen("/work/shared/samples/kosovo-serbia.txt", "rb");
    if (!f) skip();
    char text[16384];
    size_t len = fread(text, 1, sizeof text, f);
    fclose(f);
    tocsin_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.build_data_dir = TOCSIN_BUILD_DATA_DIR;
    tocsin_coder *c = tocsin_coder_new(&cfg, NULL);
    assert_non_null(c);
    tocsin_doc *d = tocsin_doc_new("kosovo", "2023-09-29", text, len);
    int n = tocsin_coder_code(c, d);
    assert_true(n > 0);
    for (int i = 0; i < n; i++) {
        const char *cc = tocsin_doc_event(d, (size_t)i)->location.country;
        assert_true(!strcmp(cc, "KSV") || !strcmp(cc, "SRB"));
    }
    tocsin_casualties t;
    tocsin_doc_casualties(d, &t);
    assert_int_equal(t.killed, 4);
    assert_int_equal(t.arrested, 3);
    assert_int_equal(t.wounded, 0);
    tocsin_doc_free(d);
    tocsin_coder_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kosovo_places),
        cmocka_unit_test(test_article_countries_decide),
        cmocka_unit_test(test_ukrainian_spellings),
        cmocka_unit_test(test_population_decides),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_reference_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
