/* api.h -- what the public handles hold (private to the library). */
#ifndef TOCSIN_API_H
#define TOCSIN_API_H

#include "dict/dict.h"
#include "doc.h"
#include "event/event.h"
#include "lex/lex.h"
#include "tocsin.h"

struct tocsin_coder {
    dict *dict;
    lemmatizer *lemmas;
    tagger *tagger;
};

struct tocsin_doc {
    tc_doc d;
    event_list events;
    int prepared;  /* tokens, sentences and tags are made once */
};

/* Runs text and lex stages once per document. */
void api_prepare(const tocsin_coder *c, tocsin_doc *doc);

#endif
