/* sink.h -- writers shared by the output formats. */
#ifndef TOCSIN_SINK_H
#define TOCSIN_SINK_H

#include <stddef.h>
#include <stdio.h>

#include "tocsin.h"

/* Writes 'len' bytes of valid UTF-8 as a JSON string literal (RFC 8259). */
void sink_json_string(FILE *out, const char *s, size_t len);

#endif
