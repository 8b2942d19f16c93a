/* test_lemma.c -- the WordNet lemmatizer on irregular and regular forms. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "lex/lex.h"

static lemmatizer *lm;

static int setup(void **state)
{
    (void)state;
    char err[512];
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    lm = lemmatizer_load(TOCSIN_BUILD_DATA_DIR "/lemmas.tbl", err, sizeof err);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (!lm) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    printf("lemmatizer load: %.1f ms\n",
           (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    lemmatizer_free(lm);
    return 0;
}

#define LEMMA(word, tag, want) assert_string_equal(lemmatizer_lemma(lm, word, tag), want)

static void test_irregular(void **state)
{
    (void)state;
    LEMMA("went", TAG_VBD, "go");
    LEMMA("children", TAG_NNS, "child");
    LEMMA("was", TAG_VBD, "be");
    LEMMA("were", TAG_VBD, "be");
    LEMMA("are", TAG_VBP, "be");
    LEMMA("mice", TAG_NNS, "mouse");
    LEMMA("better", TAG_JJR, "good");
    LEMMA("met", TAG_VBD, "meet");
    LEMMA("met", TAG_VBN, "meet");
    LEMMA("has", TAG_VBZ, "have");
}

static void test_rules(void **state)
{
    (void)state;
    LEMMA("forces", TAG_NNS, "force");
    LEMMA("forces", TAG_VBZ, "force");
    LEMMA("attacked", TAG_VBD, "attack");
    LEMMA("stationed", TAG_VBN, "station");
    LEMMA("ambushed", TAG_VBD, "ambush");
    LEMMA("talks", TAG_NNS, "talk");
    LEMMA("refused", TAG_VBD, "refuse");
    LEMMA("visited", TAG_VBD, "visit");
    LEMMA("called", TAG_VBD, "call");
    LEMMA("parties", TAG_NNS, "party");
    LEMMA("buses", TAG_NNS, "bus");
    LEMMA("churches", TAG_NNS, "church");
    LEMMA("policemen", TAG_NNS, "policeman");
    LEMMA("does", TAG_VBZ, "do");
    LEMMA("pushes", TAG_VBZ, "push");
    LEMMA("taxes", TAG_VBZ, "tax");
    LEMMA("focuses", TAG_VBZ, "focus");
    LEMMA("vetoes", TAG_VBZ, "veto");
    LEMMA("agrees", TAG_VBZ, "agree");
    LEMMA("killing", TAG_VBG, "kill");
    LEMMA("larger", TAG_JJR, "large");
}

static void test_unchanged(void **state)
{
    (void)state;
    LEMMA("gas", TAG_NN, "gas");           /* not "ga" */
    LEMMA("people", TAG_NNS, "people");
    LEMMA("kosovo", TAG_NNP, "kosovo");     /* proper nouns stay */
    LEMMA("states", TAG_NNPS, "states");
    LEMMA("the", TAG_DT, "the");
    LEMMA("xyzzyed", TAG_VBD, "xyzzyed");   /* unknown: itself */
    LEMMA("departes", TAG_VBZ, "departes"); /* "-es" after a consonant is no inflection */
    const char *w = "frobnicates";
    assert_ptr_equal(lemmatizer_lemma(lm, w, TAG_VBZ), w);
}

static void test_clitics(void **state)
{
    (void)state;
    LEMMA("'s", TAG_VBZ, "be");
    LEMMA("'s", TAG_POS, "'s");
    LEMMA("n't", TAG_RB, "not");
    LEMMA("ca", TAG_MD, "can");
    LEMMA("wo", TAG_MD, "will");
    LEMMA("'ll", TAG_MD, "will");
}

static void test_bad_file(void **state)
{
    (void)state;
    char err[512] = "";
    assert_null(lemmatizer_load("/nonexistent/lemmas.tbl", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/lemmas.tbl"));
    assert_null(lemmatizer_load(TOCSIN_SOURCE_DIR "/CMakeLists.txt", err, sizeof err));
    lemmatizer_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_irregular), cmocka_unit_test(test_rules),
        cmocka_unit_test(test_unchanged), cmocka_unit_test(test_clitics),
        cmocka_unit_test(test_bad_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
