/* api.h -- what the public handles hold (private to the library). */
#ifndef TOCSIN_API_H
#define TOCSIN_API_H

#include "dict/dict.h"
#include "enrich/gazetteer.h"
#include "doc.h"
#include "event/event.h"
#include "lex/lex.h"
#include "tocsin.h"

struct tocsin_coder {
    dict *dict;
    lemmatizer *lemmas;
    tagger *tagger;
    gazetteer *gaz;  /* build data gazetteer.bin, for event locations */
};

struct tocsin_doc {
    tc_doc d;
    event_list events;
    int prepared;  /* tokens, sentences and tags are made once */
    tocsin_casualties casualties;  /* article totals (enrich/) */
};

/* Runs text and lex stages once per document. */
void api_prepare(const tocsin_coder *c, tocsin_doc *doc);

#endif
