/* sink.h -- writers shared by the output formats.
 *
 * Each format builds one event's line in a sink_line, in memory, and writes
 * it with a single fwrite. Writing field by field through fprintf and putc
 * cost more than the coder's pattern matching: every stdio call takes the
 * stream's lock and every printf parses its format (BENCHMARKS.md, fifth
 * session). The line lives on the caller's stack, so writers stay
 * re-entrant; a line longer than the buffer is written out in pieces. */
#ifndef TOCSIN_SINK_H
#define TOCSIN_SINK_H

#include <stddef.h>
#include <stdio.h>

#include "tocsin.h"

#define SINK_LINE_BYTES 8192

typedef struct sink_line {
    FILE *out;
    size_t len;
    char buf[SINK_LINE_BYTES];
} sink_line;

void sink_line_start(sink_line *l, FILE *out);

/* Writes what is buffered; returns 0 or -TOCSIN_EIO if the stream failed. */
int sink_line_end(sink_line *l);

void sink_bytes(sink_line *l, const char *s, size_t n);
void sink_char(sink_line *l, char c);

/* A string literal, its length known at compile time. */
#define sink_lit(l, s) sink_bytes((l), "" s, sizeof(s) - 1)

/* ,"key": before a JSON member other than the first; 'k' is a literal. */
#define sink_key(l, k) sink_lit((l), ",\"" k "\":")

/* ,"key":"value" with the value escaped; NULL is the empty string. */
#define sink_member(l, k, s) (sink_key((l), k), sink_json_str((l), (s)))

/* A NUL-terminated string; NULL writes nothing. */
void sink_str(sink_line *l, const char *s);

/* Decimal integer, as printf's %lld. */
void sink_int(sink_line *l, long long v);

/* Fixed-point number with 'decimals' places (at most 9), byte for byte what
 * printf's %.*f writes; NaN and infinities are the caller's to handle. */
void sink_fixed(sink_line *l, double v, int decimals);

/* Writes 'len' bytes of valid UTF-8 as a JSON string literal (RFC 8259);
 * NULL is the empty string. sink_json_chars writes the escaped bytes
 * without the quotes, for a string built from parts. */
void sink_json_string(sink_line *l, const char *s, size_t len);
void sink_json_chars(sink_line *l, const char *s, size_t len);

/* sink_json_string of a NUL-terminated string or NULL. */
void sink_json_str(sink_line *l, const char *s);

/* ,"location":{"name","country","adm1","lat","lon","precision"}, the
 * record both JSON formats share (DESIGN.md section 2); unknown
 * coordinates are null. */
void sink_location(sink_line *l, const tocsin_location *loc);

/* "killed":N,"wounded":N,"arrested":N,"missing":N -- the counts both JSON
 * formats share, with no comma before. */
void sink_tolls(sink_line *l, const tocsin_event *ev);

#endif
