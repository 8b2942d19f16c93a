/* line.c -- one output line built in memory (sink.h). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sink/sink.h"

void sink_line_start(sink_line *l, FILE *out)
{
    l->out = out;
    l->len = 0;
}

static void flush(sink_line *l)
{
    if (l->len) fwrite(l->buf, 1, l->len, l->out);
    l->len = 0;
}

int sink_line_end(sink_line *l)
{
    flush(l);
    return ferror(l->out) ? -TOCSIN_EIO : 0;
}

void sink_bytes(sink_line *l, const char *s, size_t n)
{
    if (n > sizeof l->buf - l->len) {
        flush(l);
        if (n > sizeof l->buf) {
            fwrite(s, 1, n, l->out);
            return;
        }
    }
    memcpy(l->buf + l->len, s, n);
    l->len += n;
}

void sink_char(sink_line *l, char c)
{
    if (l->len == sizeof l->buf) flush(l);
    l->buf[l->len++] = c;
}

void sink_str(sink_line *l, const char *s)
{
    if (s) sink_bytes(l, s, strlen(s));
}

/* Digits of v, most significant first, at least 'width' of them. */
static void unsigned_digits(sink_line *l, unsigned long long v, int width)
{
    char d[24];
    int n = 0;
    do {
        d[sizeof d - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v || n < width);
    sink_bytes(l, d + sizeof d - n, (size_t)n);
}

void sink_int(sink_line *l, long long v)
{
    if (v < 0) {
        sink_char(l, '-');
        unsigned_digits(l, 0ULL - (unsigned long long)v, 1);
    } else {
        unsigned_digits(l, (unsigned long long)v, 1);
    }
}

void sink_fixed(sink_line *l, double v, int decimals)
{
    static const double scale[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    double a = fabs(v) * scale[decimals];
    double r = nearbyint(a); /* ties to even, as printf rounds an exact half */
    /* printf rounds the exact binary value; the product above is rounded
     * once more. Far from a half and well inside 2^53 the two agree, so only
     * near-halves and huge values take the slow, exact road. */
    if (a > 1e12 || fabs(fabs(a - r) - 0.5) < 1e-3) {
        char tmp[400];
        int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
        if (n > 0) sink_bytes(l, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
        return;
    }
    unsigned long long whole = (unsigned long long)r;
    unsigned long long unit = (unsigned long long)scale[decimals];
    if (signbit(v)) sink_char(l, '-'); /* printf writes -0.0 too */
    unsigned_digits(l, whole / unit, 1);
    if (decimals > 0) {
        sink_char(l, '.');
        unsigned_digits(l, whole % unit, decimals);
    }
}

/* Whether any of the 8 bytes at p is a control character, '"' or '\\',
 * tested on the word at once: a byte below 0x20 borrows into its top bit
 * when 0x20 is taken from it, and a byte equal to q is zero after XOR with
 * q. Bytes of 0x80 and above (UTF-8) have their own top bit masked out. */
static int word_needs_escape(const char *p)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t w;
    memcpy(&w, p, sizeof w);
    uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
    uint64_t control = (w - ones * 0x20) & ~w;
    uint64_t is_quote = (quote - ones) & ~quote, is_backslash = (backslash - ones) & ~backslash;
    return ((control | is_quote | is_backslash) & highs) != 0;
}

void sink_json_chars(sink_line *l, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    if (!s || !len) return;
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        /* most text needs no escape: pass eight clean bytes at a time */
        while (i + 8 <= len && !word_needs_escape(s + i)) i += 8;
        if (i == len) break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        sink_bytes(l, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': sink_lit(l, "\\\""); break;
        case '\\': sink_lit(l, "\\\\"); break;
        case '\n': sink_lit(l, "\\n"); break;
        case '\r': sink_lit(l, "\\r"); break;
        case '\t': sink_lit(l, "\\t"); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sink_bytes(l, u, sizeof u);
        }
        }
    }
    sink_bytes(l, s + run, len - run);
}

void sink_json_string(sink_line *l, const char *s, size_t len)
{
    sink_char(l, '"');
    sink_json_chars(l, s, len);
    sink_char(l, '"');
}

void sink_json_str(sink_line *l, const char *s) { sink_json_string(l, s, s ? strlen(s) : 0); }

static void coordinate(sink_line *l, double v)
{
    if (isnan(v)) sink_lit(l, "null");
    else sink_fixed(l, v, 5);
}

void sink_location(sink_line *l, const tocsin_location *loc)
{
    sink_lit(l, ",\"location\":{\"name\":");
    sink_json_str(l, loc->name);
    sink_member(l, "country", loc->country);
    sink_member(l, "adm1", loc->adm1);
    sink_key(l, "lat");
    coordinate(l, loc->lat);
    sink_key(l, "lon");
    coordinate(l, loc->lon);
    sink_member(l, "precision", loc->precision);
    sink_char(l, '}');
}

void sink_tolls(sink_line *l, const tocsin_event *ev)
{
    sink_lit(l, "\"killed\":");
    sink_int(l, ev->killed);
    sink_key(l, "wounded");
    sink_int(l, ev->wounded);
    sink_key(l, "arrested");
    sink_int(l, ev->arrested);
    sink_key(l, "missing");
    sink_int(l, ev->missing);
}
