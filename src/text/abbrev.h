/* abbrev.h -- the abbreviation table shared by token.c and sentence.c
 * (private to src/text/). */
#ifndef TOCSIN_TEXT_ABBREV_H
#define TOCSIN_TEXT_ABBREV_H

#include <stddef.h>

typedef enum {
    ABBR_NONE = 0,
    ABBR_TITLE,    /* Mr. Gen. Sen.: always followed by a name, never ends a sentence */
    ABBR_OTHER,    /* Inc. Jan. etc. U.S.: may end a sentence */
    ABBR_NUMERAL,  /* No.: an abbreviation only before a number */
    ABBR_INITIAL   /* J. in "John J. Smith" */
} abbr_kind;

/* Kind of the word s[0..len) (case-sensitive, without its period) when it is
 * followed by a period. Dotted acronyms (U.S., a.m.) are recognised by the
 * tokenizer's pattern, not here; a single upper-case letter is an initial. */
abbr_kind abbrev_kind(const char *s, size_t len);

#endif
