/* test_text.c -- unit tests of the text stage: cleaning, folding,
 * tokenizing and sentence splitting, plus a real article and two
 * pathological inputs that must simply not crash. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "util/file.h"

/* --- helpers ----------------------------------------------------------- */

static void run(tc_doc *d, const char *s, size_t len)
{
    memset(d, 0, sizeof *d);
    text_clean(d, s, len);
    text_tokenize(d);
    text_split_sentences(d);
}

static void run_str(tc_doc *d, const char *s)
{
    run(d, s, strlen(s));
}

/* The tokens' bytes joined by '|', for compact expectations. */
static const char *joined(const tc_doc *d, char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < d->ntokens; i++) {
        const tc_token *t = &d->tokens[i];
        int n = snprintf(buf + o, cap - o, "%s%.*s", i ? "|" : "", (int)(t->end - t->start),
                         d->text + t->start);
        assert_true(n >= 0 && (size_t)n < cap - o);
        o += (size_t)n;
    }
    return buf;
}

static void assert_tokens(const char *in, const char *expect)
{
    tc_doc d;
    char buf[4096];
    run_str(&d, in);
    assert_string_equal(joined(&d, buf, sizeof buf), expect);
    arena_free(&d.mem);
}

static const tc_token *find_tok(const tc_doc *d, const char *bytes)
{
    size_t n = strlen(bytes);
    for (size_t i = 0; i < d->ntokens; i++) {
        const tc_token *t = &d->tokens[i];
        if (t->end - t->start == n && !memcmp(d->text + t->start, bytes, n)) return t;
    }
    fail_msg("token not found: %s", bytes);
    return NULL;
}

/* The sentences joined by " || " */
static const char *sentences(const tc_doc *d, char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < d->nsents; i++) {
        const tc_sentence *s = &d->sents[i];
        int n = snprintf(buf + o, cap - o, "%s%.*s", i ? " || " : "", (int)(s->end - s->start),
                         d->text + s->start);
        assert_true(n >= 0 && (size_t)n < cap - o);
        o += (size_t)n;
    }
    return buf;
}

static void assert_sentences(const char *in, const char *expect)
{
    tc_doc d;
    char buf[4096];
    run_str(&d, in);
    assert_string_equal(sentences(&d, buf, sizeof buf), expect);
    arena_free(&d.mem);
}

/* --- text_clean ---------------------------------------------------------- */

static void assert_clean(const char *in, size_t len, const char *out, size_t bad)
{
    tc_doc d = {0};
    text_clean(&d, in, len);
    assert_string_equal(d.text, out);
    assert_int_equal(d.len, strlen(out));
    assert_int_equal(d.invalid_bytes, bad);
    arena_free(&d.mem);
}

static void test_clean_ascii(void **state)
{
    (void)state;
    assert_clean("plain text", 10, "plain text", 0);
    assert_clean("", 0, "", 0);
    assert_clean("a\0b\0", 4, "a b ", 2);
}

static void test_clean_invalid(void **state)
{
    (void)state;
    /* lone continuation byte */
    assert_clean("a\x80z", 3, "a\xEF\xBF\xBDz", 1);
    /* overlong '/' (C0 AF): C0 is never valid, AF alone is a second subpart */
    assert_clean("\xC0\xAF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD", 2);
    /* overlong three-byte form: E0 80 80 -> three replacements */
    assert_clean("\xE0\x80\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3);
    /* surrogate U+D800 encoded (ED A0 80) */
    assert_clean("x\xED\xA0\x80y", 5, "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy", 3);
    /* truncated sequence at the end: one maximal subpart, one U+FFFD */
    assert_clean("ok\xE2\x80", 4, "ok\xEF\xBF\xBD", 2);
    /* truncated in the middle */
    assert_clean("\xF0\x9F\x98 z", 5, "\xEF\xBF\xBD z", 3);
    /* bytes above F4 */
    assert_clean("\xF5\xFF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD", 2);
    /* above U+10FFFF (F4 90 ..) */
    assert_clean("\xF4\x90\x80\x80", 4, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4);
    /* valid multi-byte text is untouched */
    assert_clean("Vu\xC4\x8Di\xC4\x87 \xF0\x9F\x98\x80", 12, "Vu\xC4\x8Di\xC4\x87 \xF0\x9F\x98\x80", 0);
}

static void test_clean_nfc(void **state)
{
    (void)state;
    /* e + COMBINING ACUTE ACCENT -> é */
    assert_clean("cafe\xCC\x81", 6, "caf\xC3\xA9", 0);
    /* ANGSTROM SIGN is a singleton: NFC maps it to Å */
    assert_clean("\xE2\x84\xAB", 3, "\xC3\x85", 0);
    /* curly quotes and Latin-1 letters are left as they are */
    assert_clean("\xE2\x80\x9C\xC3\xA9\xE2\x80\x9D", 8, "\xE2\x80\x9C\xC3\xA9\xE2\x80\x9D", 0);
    /* c + combining caron -> č, next to an invalid byte */
    assert_clean("Vuc\xCC\x8Ci\xFF", 7, "Vu\xC4\x8Di\xEF\xBF\xBD", 1);
}

/* --- text_fold ------------------------------------------------------------ */

static void assert_fold(const char *in, const char *out)
{
    char buf[256];
    size_t n = text_fold(in, strlen(in), buf, sizeof buf);
    assert_string_equal(buf, out);
    assert_int_equal(n, strlen(out));
}

static void test_fold(void **state)
{
    (void)state;
    assert_fold("Hello WORLD", "hello world");
    assert_fold("Vu\xC4\x8Di\xC4\x87", "vucic");                       /* Vučić */
    assert_fold("\xC3\x91" "and\xC3\xBA", "nandu");                     /* Ñandú */
    assert_fold("\xE2\x80\x98x\xE2\x80\x99 \xE2\x80\x9Cy\xE2\x80\x9D", "'x' \"y\""); /* ‘x’ “y” */
    assert_fold("\xC2\xAB" "a\xC2\xBB", "\"a\"");                       /* «a» */
    assert_fold("1998\xE2\x80\x93" "1999", "1998-1999");                /* en dash */
    assert_fold("a\xE2\x80\x94" "b\xE2\x88\x92" "c", "a-b-c");          /* em dash, minus */
    assert_fold("a\xC2\xA0" "b", "a b");                                /* no-break space */
    assert_fold("\xC4\x90ukanovi\xC4\x87", "dukanovic");                /* Đukanović */
    assert_fold("Stra\xC3\x9F" "e", "strasse");
}

static void test_fold_truncates(void **state)
{
    (void)state;
    char buf[5];
    size_t n = text_fold("ABCDEFG", 7, buf, sizeof buf);
    assert_int_equal(n, 4);
    assert_string_equal(buf, "abcd");
    /* a multi-byte result is never cut in half */
    n = text_fold("ab\xC4\x8D\xC4\x8D", 6, buf, 4);
    assert_string_equal(buf, "abc");
    assert_int_equal(n, 3);
    n = text_fold("\xE2\x80\xA6", 3, buf, 3);  /* … -> "..." does not fit in 2 */
    assert_int_equal(n, 0);
    assert_int_equal(text_fold("x", 1, buf, 0), 0);
}

/* --- text_tokenize ----------------------------------------------------- */

static void test_tokens_abbrev(void **state)
{
    (void)state;
    tc_doc d;
    run_str(&d, "The U.S. and Gen. Smith met Mr. Jones at 10 a.m. with John J. Smith.");
    char buf[1024];
    assert_string_equal(joined(&d, buf, sizeof buf),
                        "The|U.S.|and|Gen.|Smith|met|Mr.|Jones|at|10|a.m.|with|John|J.|Smith|.");
    const tc_token *us = find_tok(&d, "U.S.");
    assert_true(us->flags & TOK_ABBREV);
    assert_true(us->flags & TOK_ALLCAPS);
    assert_true(us->flags & TOK_CAP);
    assert_true(us->flags & TOK_SPACE_BEFORE);
    assert_string_equal(us->norm, "u.s.");
    assert_true(find_tok(&d, "Gen.")->flags & TOK_ABBREV);
    assert_true(find_tok(&d, "J.")->flags & TOK_ABBREV);
    assert_false(d.tokens[0].flags & TOK_SPACE_BEFORE);
    assert_false(d.tokens[d.ntokens - 1].flags & TOK_ABBREV);
    arena_free(&d.mem);
    assert_tokens("No. 5 but said no.", "No.|5|but|said|no|.");
    assert_tokens("the U.S.-led force", "the|U.S.-led|force");
}

static void test_tokens_numbers(void **state)
{
    (void)state;
    tc_doc d;
    run_str(&d, "4,500 troops, 3.5% in 1998\xE2\x80\x93" "1999 and 2008, the 20th.");
    char buf[1024];
    assert_string_equal(joined(&d, buf, sizeof buf),
                        "4,500|troops|,|3.5|%|in|1998\xE2\x80\x93" "1999|and|2008|,|the|20th|.");
    assert_true(find_tok(&d, "4,500")->flags & TOK_NUMBER);
    assert_true(find_tok(&d, "3.5")->flags & TOK_NUMBER);
    const tc_token *range = find_tok(&d, "1998\xE2\x80\x93" "1999");
    assert_true(range->flags & TOK_NUMBER);
    assert_string_equal(range->norm, "1998-1999");
    assert_true(find_tok(&d, ",")->flags & TOK_PUNCT);
    arena_free(&d.mem);
    assert_tokens("in 2008,500 of", "in|2008,500|of");
    assert_tokens("1,2345", "1|,|2345");
}

static void test_tokens_clitics(void **state)
{
    (void)state;
    assert_tokens("country\xE2\x80\x99s soldiers' doesn't It's I'm we'll can't",
                  "country|\xE2\x80\x99s|soldiers|'|does|n't|It|'s|I|'m|we|'ll|ca|n't");
    assert_tokens("O'Brien and the U.S.'s", "O'Brien|and|the|U.S.|'s");
    tc_doc d;
    run_str(&d, "Kosovo\xE2\x80\x99s 2008");
    assert_int_equal(d.ntokens, 3);
    assert_string_equal(d.tokens[1].norm, "'s");
    assert_false(d.tokens[1].flags & TOK_QUOTE);
    assert_false(d.tokens[1].flags & TOK_SPACE_BEFORE);
    arena_free(&d.mem);
}

static void test_tokens_hyphens(void **state)
{
    (void)state;
    assert_tokens("build-up hour-long Kosovo-Serbia EU-facilitated talks",
                  "build-up|hour-long|Kosovo-Serbia|EU-facilitated|talks");
    assert_tokens("war -- again - and \xE2\x80\x94 more", "war|--|again|-|and|\xE2\x80\x94|more");
}

static void test_tokens_quotes(void **state)
{
    (void)state;
    tc_doc d;
    const char *s = "He said \xE2\x80\x9Cno\xE2\x80\x9D and \xE2\x80\x98Worrisome\xE2\x80\x99 \"x\"";
    run_str(&d, s);
    char buf[1024];
    assert_string_equal(joined(&d, buf, sizeof buf),
                        "He|said|\xE2\x80\x9C|no|\xE2\x80\x9D|and|\xE2\x80\x98|Worrisome|\xE2\x80\x99|\"|x|\"");
    /* offsets point at the exact bytes */
    const tc_token *open = &d.tokens[2];
    assert_int_equal(open->start, 8);
    assert_int_equal(open->end, 11);
    assert_int_equal(open->flags & (TOK_QUOTE | TOK_PUNCT | TOK_SPACE_BEFORE),
                     TOK_QUOTE | TOK_PUNCT | TOK_SPACE_BEFORE);
    assert_string_equal(open->norm, "\"");
    const tc_token *no = &d.tokens[3];
    assert_int_equal(no->start, 11);
    assert_int_equal(no->end, 13);
    assert_false(no->flags & TOK_SPACE_BEFORE);
    assert_true(d.tokens[4].flags & TOK_QUOTE);
    assert_true(d.tokens[8].flags & TOK_QUOTE);
    assert_string_equal(d.tokens[8].norm, "'");
    for (size_t i = 0; i < d.ntokens; i++)
        assert_true(d.tokens[i].end <= d.len && d.tokens[i].start < d.tokens[i].end);
    arena_free(&d.mem);
    /* a single quotation that ends in s closes: no possessive */
    assert_tokens("\xE2\x80\x98the Serbs\xE2\x80\x99 plan", "\xE2\x80\x98|the|Serbs|\xE2\x80\x99|plan");
}

static void test_tokens_misc(void **state)
{
    (void)state;
    assert_tokens("Wait... see https://example.com/a?b=1. Mail a.b@ex.co.uk.",
                  "Wait|...|see|https://example.com/a?b=1|.|Mail|a.b@ex.co.uk|.");
    assert_tokens("Vu\xC4\x8Di\xC4\x87 said", "Vu\xC4\x8Di\xC4\x87|said");
    tc_doc d;
    run_str(&d, "NATO Vu\xC4\x8Di\xC4\x87\n\nkfor");
    assert_true(d.tokens[0].flags & TOK_ALLCAPS);
    assert_string_equal(d.tokens[1].norm, "vucic");
    assert_true(d.tokens[1].flags & TOK_CAP);
    assert_false(d.tokens[1].flags & TOK_ALLCAPS);
    assert_true(d.tokens[2].flags & TOK_NEWLINE_BEFORE);
    assert_false(d.tokens[1].flags & TOK_NEWLINE_BEFORE);
    arena_free(&d.mem);
    run_str(&d, "");
    assert_int_equal(d.ntokens, 0);
    assert_int_equal(d.nsents, 0);
    arena_free(&d.mem);
}

static void test_tokens_long_run(void **state)
{
    (void)state;
    size_t n = 5000;
    char *s = malloc(n);
    assert_non_null(s);
    memset(s, 'x', n);
    tc_doc d;
    run(&d, s, n);
    assert_int_equal(d.ntokens, 5);  /* 1024 * 4 + 904 */
    for (size_t i = 0; i < d.ntokens; i++) assert_true(d.tokens[i].end - d.tokens[i].start <= 1024);
    arena_free(&d.mem);
    free(s);
}

/* --- text_split_sentences --------------------------------------------- */

static void test_split_abbrev(void **state)
{
    (void)state;
    assert_sentences("U.S. Secretary of State Antony Blinken called. He left.",
                     "U.S. Secretary of State Antony Blinken called. || He left.");
    assert_sentences("He met Mr. Sullivan. Then he left.", "He met Mr. Sullivan. || Then he left.");
    assert_sentences("Troops left the U.S. Then they came back.",
                     "Troops left the U.S. || Then they came back.");
    assert_sentences("It was John J. Smith who spoke. Gen. Dragan said so.",
                     "It was John J. Smith who spoke. || Gen. Dragan said so.");
    assert_sentences("It ended at 5 p.m. on Friday.", "It ended at 5 p.m. on Friday.");
    assert_sentences("The war in 1998\xE2\x80\x93" "1999. Belgrade refused.",
                     "The war in 1998\xE2\x80\x93" "1999. || Belgrade refused.");
    assert_sentences("Really? yes. Stop! Now.", "Really? yes. || Stop! || Now.");
}

static void test_split_quotes(void **state)
{
    (void)state;
    assert_sentences("\xE2\x80\x9CWe ask,\xE2\x80\x9D he continued. \xE2\x80\x9CIt is bad.\xE2\x80\x9D Next one.",
                     "\xE2\x80\x9CWe ask,\xE2\x80\x9D he continued. || \xE2\x80\x9CIt is bad.\xE2\x80\x9D || Next one.");
    assert_sentences("\"Stop!\" he said. \"Go.\" She went.", "\"Stop!\" he said. || \"Go.\" || She went.");
    assert_sentences("\xE2\x80\x9CIt\xE2\x80\x99s alarming. It doesn\xE2\x80\x99t appear so, he said.",
                     "\xE2\x80\x9CIt\xE2\x80\x99s alarming. || It doesn\xE2\x80\x99t appear so, he said.");
}

static void test_split_lines(void **state)
{
    (void)state;
    /* headlines: a line without final punctuation */
    assert_sentences("\xE2\x80\x98Worrisome\xE2\x80\x99\nArmed men attacked.",
                     "\xE2\x80\x98Worrisome\xE2\x80\x99 || Armed men attacked.");
    assert_sentences("High-Level Talks: Kosovo-Serbia Dialogue\nThe two met.",
                     "High-Level Talks: Kosovo-Serbia Dialogue || The two met.");
    /* a blank line always ends a sentence */
    assert_sentences("first part\n\nsecond part", "first part || second part");
    /* hard-wrapped text: line ends mean nothing */
    assert_sentences("The talks began\nin Brussels and\nthe two leaders\nmet Kurti and Vucic\nAnd then left. Then "
                     "more.",
                     "The talks began\nin Brussels and\nthe two leaders\nmet Kurti and Vucic\nAnd then left. || "
                     "Then more.");
}

static void test_split_max_tokens(void **state)
{
    (void)state;
    size_t n = 1000;
    char *s = malloc(2 * n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) memcpy(s + 2 * i, "w ", 2);
    tc_doc d;
    run(&d, s, 2 * n);
    assert_int_equal(d.ntokens, n);
    assert_int_equal(d.nsents, 3);
    assert_int_equal(d.sents[0].count, 400);
    assert_int_equal(d.sents[2].count, 200);
    arena_free(&d.mem);
    free(s);
}

/* --- real text and pathological input ------------------------------------- */

static void test_sample_article(void **state)
{
    (void)state;
    size_t len;
    char *s = file_read(TOCSIN_SOURCE_DIR "/../shared/samples/kosovo-serbia.txt", &len);
    if (!s) skip();
    tc_doc d;
    run(&d, s, len);
    /* 26 lines, two of which hold two sentences each ("...artillery. This
     * is..." and "“It’s alarming. It doesn’t..."); two lines are headlines */
    assert_int_equal(d.nsents, 28);
    assert_int_equal(d.invalid_bytes, 0);
    char buf[512];
    const tc_sentence *h = &d.sents[16];
    snprintf(buf, sizeof buf, "%.*s", (int)(h->end - h->start), d.text + h->start);
    assert_string_equal(buf, "\xE2\x80\x98Worrisome\xE2\x80\x99");
    h = &d.sents[6];
    snprintf(buf, sizeof buf, "%.*s", (int)(h->end - h->start), d.text + h->start);
    assert_string_equal(buf, "\xE2\x80\x9CWe are requesting Serbia to withdraw those forces from the border,"
                             "\xE2\x80\x9D he continued.");
    for (size_t i = 1; i < d.nsents; i++) assert_int_equal(d.sents[i].first, d.sents[i - 1].first + d.sents[i - 1].count);
    arena_free(&d.mem);
    free(s);
}

static void test_huge_line(void **state)
{
    (void)state;
    size_t n = 10u << 20;
    char *s = malloc(n);
    assert_non_null(s);
    for (size_t i = 0; i < n; i += 2) memcpy(s + i, "a ", 2);
    tc_doc d;
    run(&d, s, n);
    assert_int_equal(d.ntokens, n / 2);
    assert_int_equal(d.nsents, (n / 2 + 399) / 400);
    arena_free(&d.mem);
    free(s);
}

static void test_random_bytes(void **state)
{
    (void)state;
    size_t n = 1u << 20;
    char *s = malloc(n);
    assert_non_null(s);
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < n; i++) {  /* xorshift: reproducible noise */
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        s[i] = (char)(x >> 24);
    }
    tc_doc d;
    run(&d, s, n);
    assert_true(d.invalid_bytes > 0);
    assert_int_equal(strlen(d.text), d.len);
    size_t covered = 0;
    for (size_t i = 0; i < d.nsents; i++) covered += d.sents[i].count;
    assert_int_equal(covered, d.ntokens);
    arena_free(&d.mem);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean_ascii),
        cmocka_unit_test(test_clean_invalid),
        cmocka_unit_test(test_clean_nfc),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_fold_truncates),
        cmocka_unit_test(test_tokens_abbrev),
        cmocka_unit_test(test_tokens_numbers),
        cmocka_unit_test(test_tokens_clitics),
        cmocka_unit_test(test_tokens_hyphens),
        cmocka_unit_test(test_tokens_quotes),
        cmocka_unit_test(test_tokens_misc),
        cmocka_unit_test(test_tokens_long_run),
        cmocka_unit_test(test_split_abbrev),
        cmocka_unit_test(test_split_quotes),
        cmocka_unit_test(test_split_lines),
        cmocka_unit_test(test_split_max_tokens),
        cmocka_unit_test(test_sample_article),
        cmocka_unit_test(test_huge_line),
        cmocka_unit_test(test_random_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
