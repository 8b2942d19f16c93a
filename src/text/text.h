/* text.h -- the text stage: bytes in, valid text, tokens and sentences out.
 *
 * text_clean() runs once at the edge; everything after it may assume valid,
 * NUL-free UTF-8. Token offsets index doc->text, so evidence spans in the
 * output point at the exact bytes a reader sees. */
#ifndef TOCSIN_TEXT_H
#define TOCSIN_TEXT_H

#include <stddef.h>

#include "doc.h"

/* Sets doc->text/len/invalid_bytes from raw bytes: invalid UTF-8 sequences
 * become U+FFFD (each counted in invalid_bytes), NUL bytes become spaces
 * (also counted), and the result is NFC. Never fails. */
void text_clean(tc_doc *doc, const char *bytes, size_t len);

/* Writes the lookup form of 'len' bytes of valid UTF-8 into 'out' (capacity
 * 'cap', NUL-terminated, truncated if needed): lower case, accents removed
 * (Vučić -> vucic), curly quotes to ' and ", dashes to -. Returns the length
 * written. ASCII input takes a fast path. */
size_t text_fold(const char *s, size_t len, char *out, size_t cap);

/* Splits doc->text into doc->tokens (norm set through text_fold, lemma NULL,
 * tag TAG_NONE). Abbreviations (U.S., Gen., Mr.), numbers (4,500, 1998-1999,
 * 3.5), possessive 's and ', hyphenated words and URLs stay whole. A token
 * is at most 1024 bytes; longer runs are cut into pieces. */
void text_tokenize(tc_doc *doc);

/* Groups doc->tokens into doc->sents. A . ! or ? ends a sentence unless the
 * token is an abbreviation or an initial followed by a name, or the next word
 * starts in lower case; closing quotes stay with their sentence; a line break
 * after a line with no final punctuation (a headline) ends a sentence; a
 * blank line always does. A sentence has at most 400 tokens. */
void text_split_sentences(tc_doc *doc);

#endif
