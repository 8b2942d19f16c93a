/* lex.h -- the lexical stage: lemmas and part-of-speech tags.
 *
 * Both models are loaded once into immutable tables and only read while
 * coding, so threads may share them. */
#ifndef TOCSIN_LEX_H
#define TOCSIN_LEX_H

#include <stddef.h>

#include "doc.h"

typedef struct lemmatizer lemmatizer;
typedef struct tagger tagger;

/* Loads the lemma table that tools/wordnet_lemmas built from WordNet
 * (build/data/lemmas.tbl). Returns NULL and writes a reason with the file
 * name to 'err' (capacity 'errcap') on failure. */
lemmatizer *lemmatizer_load(const char *path, char *err, size_t errcap);
void lemmatizer_free(lemmatizer *lm);  /* NULL is fine */

/* The lemma of a folded (lower-case) word used as 'tag': an irregular form
 * from WordNet's exception lists (went -> go, children -> child), else the
 * first WordNet suffix rule whose result is a WordNet word, else the word
 * itself. The result points into the table or at 'word'; no allocation. */
const char *lemmatizer_lemma(const lemmatizer *lm, const char *word, tc_tag tag);

/* Whether WordNet knows 'word' as a base form of tag's part of speech. */
int lemmatizer_knows(const lemmatizer *lm, const char *word, tc_tag tag);

/* Loads the averaged-perceptron model that tools/train_tagger wrote
 * (build/data/tagger.model). NULL and a reason in 'err' on failure. */
tagger *tagger_load(const char *path, char *err, size_t errcap);
void tagger_free(tagger *t);  /* NULL is fine */

/* Tags tokens[0..n) of one sentence in place (token.tag). */
void tagger_tag(const tagger *t, tc_token *tokens, size_t n, const char *text);

/* Tags every sentence of the document, then sets every token's lemma. */
void lex_annotate(const lemmatizer *lm, const tagger *t, tc_doc *doc);

const char *tag_name(tc_tag tag);       /* "NN", "VBD", ",", ... */
tc_tag tag_from_name(const char *name); /* TAG_NONE if unknown */

#endif
