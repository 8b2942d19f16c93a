/* test_sink.c -- unit tests of the in-memory output line (sink/sink.h).
 *
 * The writers promise printf's bytes without printf's cost, so the numbers
 * are checked against snprintf itself, on values chosen to hit every road:
 * exact halves (ties to even), near-halves, negatives that round to zero,
 * huge values, and a million pseudo-random coordinates. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sink/sink.h"

/* Writes through a sink_line into 'buf' and returns its length. */
static size_t written(char *buf, size_t size, void (*write)(sink_line *, const void *), const void *arg)
{
    FILE *f = fmemopen(buf, size, "w");
    assert_non_null(f);
    sink_line l;
    sink_line_start(&l, f);
    write(&l, arg);
    assert_int_equal(sink_line_end(&l), 0);
    long n = ftell(f);
    fclose(f);
    return (size_t)n;
}

struct fixed_arg {
    double v;
    int decimals;
};

static void write_fixed(sink_line *l, const void *arg)
{
    const struct fixed_arg *a = arg;
    sink_fixed(l, a->v, a->decimals);
}

static void same_as_printf(double v, int decimals)
{
    char want[512], got[512];
    snprintf(want, sizeof want, "%.*f", decimals, v);
    struct fixed_arg a = {v, decimals};
    size_t n = written(got, sizeof got, write_fixed, &a);
    got[n] = '\0';
    if (strcmp(want, got)) fail_msg("%.17g with %d places: printf %s, sink %s", v, decimals, want, got);
}

static void fixed_matches_printf(void **state)
{
    (void)state;
    static const double values[] = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.25, 0.35, 2.675, 1e-7, -1e-7, -0.04,
                                    42.66667, -73.98513, 179.99999, 9.99995, 1e11, 1e12 + 0.5, 1e15, 1e300,
                                    -1e300, 123456789.123456789, 0.05, -0.05, 7.45, 8.55};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        for (int d = 0; d <= 9; d++) same_as_printf(values[i], d);
    /* halves at every place: k / 2^j are exact in binary */
    for (int k = -4000; k <= 4000; k++) {
        same_as_printf(k / 8.0, 1);
        same_as_printf(k / 64.0, 5);
    }
    srand(7);
    for (int i = 0; i < 1000000; i++) {
        double v = ((double)rand() / RAND_MAX - 0.5) * 360.0;
        same_as_printf(v, i % 2 ? 5 : 1);
    }
}

static void write_ints(sink_line *l, const void *arg)
{
    (void)arg;
    static const long long v[] = {0, 7, -7, 10, 2147483647LL, -2147483648LL, 9223372036854775807LL,
                                  -9223372036854775807LL - 1};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        sink_int(l, v[i]);
        sink_char(l, ' ');
    }
}

static void ints_match_printf(void **state)
{
    (void)state;
    char got[256];
    size_t n = written(got, sizeof got, write_ints, NULL);
    got[n] = '\0';
    assert_string_equal(got, "0 7 -7 10 2147483647 -2147483648 9223372036854775807 -9223372036854775808 ");
}

static void write_escapes(sink_line *l, const void *arg)
{
    (void)arg;
    sink_lit(l, "{\"a\":");
    sink_json_str(l, "q\"b\\n\nr\rt\t\x01\x1f Vučić");
    sink_member(l, "none", NULL);
    sink_member(l, "k", "v");
    sink_char(l, '}');
}

static void json_strings_escape(void **state)
{
    (void)state;
    char got[256];
    size_t n = written(got, sizeof got, write_escapes, NULL);
    got[n] = '\0';
    assert_string_equal(got, "{\"a\":\"q\\\"b\\\\n\\nr\\rt\\t\\u0001\\u001f Vučić\",\"none\":\"\",\"k\":\"v\"}");
}

struct chars_arg {
    const char *s;
    size_t len;
};

static void write_chars(sink_line *l, const void *arg)
{
    const struct chars_arg *a = arg;
    sink_json_chars(l, a->s, a->len);
}

/* Every ASCII byte at every place of a 19-byte string (two whole words and
 * a tail) is escaped exactly when JSON says it must be. */
static void every_byte_at_every_place(void **state)
{
    (void)state;
    for (int c = 1; c < 0x80; c++) {
        for (size_t at = 0; at < 19; at++) {
            char text[19];
            memset(text, 'a', sizeof text);
            text[at] = (char)c;
            char got[64];
            struct chars_arg a = {text, sizeof text};
            size_t n = written(got, sizeof got, write_chars, &a);
            size_t escaped = c < 0x20 ? (c == '\n' || c == '\r' || c == '\t' ? 2 : 6) : c == '"' || c == '\\' ? 2 : 1;
            assert_int_equal(n, sizeof text - 1 + escaped);
            assert_int_equal(got[at] == '\\', escaped > 1);
        }
    }
}

/* A line many times the buffer, with escapes across the buffer's edges. */
static char long_text[5 * SINK_LINE_BYTES + 3];

static void write_long(sink_line *l, const void *arg)
{
    (void)arg;
    sink_char(l, '[');
    sink_json_string(l, long_text, sizeof long_text);
    sink_char(l, ',');
    for (size_t i = 0; i < 3 * SINK_LINE_BYTES; i++) sink_char(l, 'x');
    sink_bytes(l, long_text, 2 * SINK_LINE_BYTES);
    sink_char(l, ']');
}

static void long_lines_spill_in_order(void **state)
{
    (void)state;
    size_t quotes = 0;
    for (size_t i = 0; i < sizeof long_text; i++) {
        long_text[i] = i % 997 == 0 ? '"' : (char)('a' + i % 26);
        quotes += long_text[i] == '"';
    }
    size_t want = 1 + 2 + sizeof long_text + quotes + 1 + 3 * SINK_LINE_BYTES + 2 * SINK_LINE_BYTES + 1;
    size_t size = want + 16;
    char *got = malloc(size);
    assert_non_null(got);
    size_t n = written(got, size, write_long, NULL);
    assert_int_equal(n, want);
    /* rebuild what the writer had to produce, byte for byte */
    char *expect = malloc(want);
    assert_non_null(expect);
    size_t k = 0;
    expect[k++] = '[';
    expect[k++] = '"';
    for (size_t i = 0; i < sizeof long_text; i++) {
        if (long_text[i] == '"') expect[k++] = '\\';
        expect[k++] = long_text[i];
    }
    expect[k++] = '"';
    expect[k++] = ',';
    memset(expect + k, 'x', 3 * SINK_LINE_BYTES), k += 3 * SINK_LINE_BYTES;
    memcpy(expect + k, long_text, 2 * SINK_LINE_BYTES), k += 2 * SINK_LINE_BYTES;
    expect[k++] = ']';
    assert_int_equal(k, want);
    assert_memory_equal(got, expect, want);
    free(expect);
    free(got);
}

static void failed_stream_is_reported(void **state)
{
    (void)state;
    char tiny[8];
    FILE *f = fmemopen(tiny, sizeof tiny, "w");
    assert_non_null(f);
    setvbuf(f, NULL, _IONBF, 0);
    sink_line l;
    sink_line_start(&l, f);
    sink_lit(&l, "more than eight bytes of output");
    assert_int_equal(sink_line_end(&l), -TOCSIN_EIO);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fixed_matches_printf),      cmocka_unit_test(ints_match_printf),
        cmocka_unit_test(json_strings_escape),       cmocka_unit_test(long_lines_spill_in_order),
        cmocka_unit_test(every_byte_at_every_place), cmocka_unit_test(failed_stream_is_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
