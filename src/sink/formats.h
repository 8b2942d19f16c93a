/* formats.h -- the tables behind the GDELT and PLOVER writers (private).
 *
 * tocsin_formats (include/tocsin.h) is loaded once from data/ and then only
 * read, so threads may share it. These lookups are what gdelt.c and
 * plover.c need from it; each returns NULL when the key is unknown. */
#ifndef TOCSIN_SINK_FORMATS_H
#define TOCSIN_SINK_FORMATS_H

#include "tocsin.h"

/* PLOVER's reading of one CAMEO code (data/plover.txt). 'event_type' is
 * "" for codes PLOVER does not code (public statements); 'mode' may be "";
 * 'context' is ';'-separated, may be "". */
typedef struct plover_row {
    const char *event_type, *mode, *context;
} plover_row;

/* The name of a CAMEO country code ("KSV" -> "Kosovo"), or NULL when the
 * code is not a state of data/countries.txt. 'len' bytes of 'code' are read. */
const char *formats_country_name(const tocsin_formats *f, const char *code, size_t len);
/* The FIPS 10-4 code of an ISO alpha-3 code ("KSV" -> "KV"), or NULL. */
const char *formats_fips(const tocsin_formats *f, const char *iso3);
/* The PLOVER row of a CAMEO code: the code itself, else its three-digit
 * base, else its root; NULL when none is listed. */
const plover_row *formats_plover(const tocsin_formats *f, const char *code);
/* DATEADDED of this run: YYYYMMDDHHMMSS, UTC, fixed at load time. */
const char *formats_dateadded(const tocsin_formats *f);

#endif
