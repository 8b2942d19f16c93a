/* test_coder.c -- the whole pipeline through the public API, on the
 * reference article: the events issue #2 names must be found, with
 * evidence spans that point into the article. Also the JSON escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tocsin.h"

static tocsin_coder *coder;
static char *article;
static size_t article_len;

static int setup(void **state)
{
    (void)state;
    tocsin_error err;
    coder = tocsin_coder_new(NULL, &err);
    if (!coder) {
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.msg);
        return -1;
    }
    FILE *f = fopen(TOCSIN_SOURCE_DIR "/../shared/samples/kosovo-serbia.txt", "rb");
    if (!f) return -1;
    article = malloc(1 << 16);
    article_len = fread(article, 1, 1 << 16, f);
    fclose(f);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tocsin_coder_free(coder);
    free(article);
    return 0;
}

/* Is there an asserted event whose source and target start with the given
 * prefixes and whose code starts with 'root'? */
static int has_event(tocsin_doc *doc, int n, const char *src, const char *tgt, const char *root)
{
    for (int i = 0; i < n; i++) {
        const tocsin_event *e = tocsin_doc_event(doc, (size_t)i);
        if (e->mode != TOCSIN_ASSERTED) continue;
        if (!strncmp(e->source, src, strlen(src)) && !strncmp(e->target, tgt, strlen(tgt)) &&
            !strncmp(e->code, root, strlen(root)))
            return 1;
    }
    return 0;
}

static void reference_article_events(void **state)
{
    (void)state;
    tocsin_doc *doc = tocsin_doc_new("kosovo", "2023-09-29", article, article_len);
    int n = tocsin_coder_code(coder, doc);
    assert_true(n > 0);
    assert_true(has_event(doc, n, "USA", "SRB", "02"));     /* US asks Belgrade to withdraw */
    assert_true(has_event(doc, n, "SRB", "", "15"));        /* Serbia stations tanks on the border */
    assert_true(has_event(doc, n, "USAGOV", "SRBGOV", "04")); /* Blinken called Vucic */
    assert_true(has_event(doc, n, "USAGOV", "KSVGOV", "04")); /* Sullivan met Kurti */
    assert_true(has_event(doc, n, "SRBUAF", "KSVCOP", "19")); /* gunmen ambushed police */
    assert_true(has_event(doc, n, "SRBGOV", "KSV", "12"));  /* Belgrade refuses to recognise */
    assert_true(has_event(doc, n, "RUSGOV", "KSV", "12"));  /* and Moscow */
    for (int i = 0; i < n; i++) {
        const tocsin_event *e = tocsin_doc_event(doc, (size_t)i);
        assert_true(e->span_start < e->span_end);
        assert_true(e->span_end <= article_len);
        assert_int_equal(strlen(e->root), 2);
        assert_true(e->quad >= 1 && e->quad <= 4);
        assert_true(e->sentence >= 1);
        assert_string_equal(e->date, "2023-09-29");
    }
    tocsin_doc_free(doc);
}

static void bad_bytes_still_code(void **state)
{
    (void)state;
    static const char s[] = "The United States asked Serbia\xff\xfe to withdraw its forces.\0 More text.";
    tocsin_doc *doc = tocsin_doc_new("bad", "2023-09-29", s, sizeof s - 1);
    int n = tocsin_coder_code(coder, doc);
    assert_true(n >= 0);
    assert_int_equal(tocsin_doc_invalid_bytes(doc), 3);
    tocsin_doc_free(doc);
    tocsin_doc_free(NULL);
    tocsin_coder_free(NULL);
}

/* Coreference across sentences: "the two sides" are the pair the sentence
 * before named, "the island" the island state named before, and "he" the
 * official the sentence itself names before the one named earlier. */
static void references_across_sentences(void **state)
{
    (void)state;
    static const char s[] = "Zelensky met Finnish President Alexander Stubb in Kyiv on Tuesday. "
                            "The two sides agreed to restore direct flights.\n"
                            "Taiwan said China had held drills on Sunday. "
                            "Chinese warships later staged drills around the island.\n"
                            "Chinese Foreign Minister Wang Yi met Blinken on Monday. "
                            "Britain expelled Russia's ambassador after he criticised London.";
    tocsin_doc *doc = tocsin_doc_new("refs", "2024-11-05", s, sizeof s - 1);
    int n = tocsin_coder_code(coder, doc);
    assert_true(has_event(doc, n, "UKRGOV", "FINGOV", "03"));
    assert_true(has_event(doc, n, "FINGOV", "UKRGOV", "03"));
    assert_true(has_event(doc, n, "CHNMIL", "TWN", "15"));
    /* "he" is the ambassador the sentence names, not the minister before */
    assert_true(has_event(doc, n, "RUSGOV", "GBR", "11"));
    assert_false(has_event(doc, n, "CHNGOV", "GBR", "11"));
    tocsin_doc_free(doc);
}

static void json_escapes_text(void **state)
{
    (void)state;
    tocsin_event e;
    memset(&e, 0, sizeof e);
    e.article = "a\"1";
    e.date = e.source = e.source_name = e.target = e.target_name = e.code = e.verb = e.pattern = "";
    e.code_name = "";
    e.text = "say \"hi\"\\\n\t\x01 Vučić";
    e.text_len = strlen(e.text);
    char buf[1024] = "";
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_int_equal(tocsin_write_jsonl(f, &e), 0);
    fclose(f);
    assert_non_null(strstr(buf, "\"article\":\"a\\\"1\""));
    assert_non_null(strstr(buf, "\"text\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001 Vučić\""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reference_article_events),
        cmocka_unit_test(bad_bytes_still_code),
        cmocka_unit_test(references_across_sentences),
        cmocka_unit_test(json_escapes_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
