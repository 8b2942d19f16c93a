/* test_tagger.c -- the part-of-speech tagger on held-out Brown text.
 *
 * The Brown files numbered by tens were kept out of training
 * (tools/train_tagger.c); they are read with the trainer's own reader and tag
 * mapping (lex/brown.c) so the comparison is fair. Also times loading and
 * tagging, and checks a few sentences by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <time.h>
#include <cmocka.h>

#include "lex/brown.h"
#include "lex/lex.h"

/* Measured 97.3% when written; the issue asks for at least 95%. */
#define ACCURACY_BAR 96.8

static tagger *tg;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int setup(void **state)
{
    (void)state;
    char err[512];
    double t0 = now_ms();
    tg = tagger_load(TOCSIN_BUILD_DATA_DIR "/tagger.model", err, sizeof err);
    if (!tg) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    printf("tagger load: %.1f ms\n", now_ms() - t0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tagger_free(tg);
    return 0;
}

static void test_heldout_accuracy(void **state)
{
    (void)state;
    brown_corpus held = {0};
    char err[512];
    assert_int_equal(brown_read_dir(BROWN_DIR, NULL, &held, err, sizeof err), 0);
    assert_true(held.ntoks > 50000);
    size_t right = 0;
    double best = 1e30;
    for (int round = 0; round < 3; round++) {  /* best of three for the speed figure */
        double t0 = now_ms();
        for (size_t s = 0; s < held.nsents; s++) {
            size_t f = held.sent_first[s];
            tagger_tag(tg, held.toks + f, held.sent_first[s + 1] - f, held.text);
        }
        double ms = now_ms() - t0;
        if (ms < best) best = ms;
    }
    for (size_t i = 0; i < held.ntoks; i++) right += held.toks[i].tag == held.gold[i];
    double acc = 100.0 * (double)right / (double)held.ntoks;
    printf("tagger held-out accuracy: %.1f%% (%zu tokens)\n", acc, held.ntoks);
    printf("tagger speed: %.2f million tokens/s\n", (double)held.ntoks / best / 1e3);
    assert_true(acc >= ACCURACY_BAR);
    brown_free(&held);
}

/* Tags a space-separated sentence; flags as the tokenizer would set them. */
static void tag_sentence(const char *sentence, tc_token *toks, size_t *n, char norms[][32])
{
    size_t k = 0;
    for (const char *p = sentence; *p;) {
        while (*p == ' ') p++;
        const char *e = p;
        while (*e && *e != ' ') e++;
        if (e == p) break;
        tc_token *t = &toks[k];
        memset(t, 0, sizeof *t);
        t->start = (uint32_t)(p - sentence);
        t->end = (uint32_t)(e - sentence);
        size_t len = (size_t)(e - p) < 31 ? (size_t)(e - p) : 31;
        for (size_t i = 0; i < len; i++) norms[k][i] = (char)tolower((unsigned char)p[i]);
        norms[k][len] = '\0';
        t->norm = norms[k];
        if (isupper((unsigned char)p[0])) t->flags |= TOK_CAP;
        if (!isalnum((unsigned char)p[0])) t->flags |= TOK_PUNCT;
        else if (k > 0) t->flags |= TOK_SPACE_BEFORE;
        k++;
        p = e;
    }
    *n = k;
    tagger_tag(tg, toks, k, sentence);
}

static void expect(const char *sentence, const char *word, const char *tag)
{
    tc_token toks[64];
    char norms[64][32];
    size_t n;
    tag_sentence(sentence, toks, &n, norms);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(toks[i].norm, word) != 0) continue;
        if (strcmp(tag_name((tc_tag)toks[i].tag), tag) != 0)
            fail_msg("\"%s\" in \"%s\": got %s, want %s", word, sentence,
                     tag_name((tc_tag)toks[i].tag), tag);
        return;
    }
    fail_msg("no \"%s\" in \"%s\"", word, sentence);
}

static void test_sentences(void **state)
{
    (void)state;
    const char *s = "The United States asked Belgrade to withdraw its forces .";
    expect(s, "asked", "VBD");
    expect(s, "withdraw", "VB");
    expect(s, "forces", "NNS");
    expect(s, "the", "DT");
    expect(s, "to", "TO");
    expect(s, "its", "PRP$");
    const char *k = "Serbian police arrested two men near the border on Sunday .";
    expect(k, "arrested", "VBD");
    expect(k, "men", "NNS");
    expect(k, "near", "IN");
    const char *c = "Kosovo 's prime minister does n't accept the deal .";
    expect(c, "'s", "POS");
    expect(c, "n't", "RB");
    expect(c, "accept", "VB");
}

static void test_tag_names(void **state)
{
    (void)state;
    for (int t = 1; t < TAG_COUNT; t++) assert_int_equal(tag_from_name(tag_name((tc_tag)t)), t);
    assert_int_equal(tag_from_name("NOPE"), TAG_NONE);
    assert_string_equal(tag_name(TAG_PRPS), "PRP$");
    assert_string_equal(tag_name(TAG_COUNT), "NONE");
}

static void test_bad_model(void **state)
{
    (void)state;
    char err[512] = "";
    assert_null(tagger_load("/nonexistent/tagger.model", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/tagger.model"));
    assert_null(tagger_load(TOCSIN_SOURCE_DIR "/CMakeLists.txt", err, sizeof err));
    tagger_free(NULL);
    tagger_tag(tg, NULL, 0, "");  /* an empty sentence is fine */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heldout_accuracy), cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_tag_names), cmocka_unit_test(test_bad_model),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
