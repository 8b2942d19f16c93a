/* annotate.c -- the lexical stage over a whole document.
 *
 * Tags each sentence (the tagger looks at neighbours, so it must see
 * sentences, not single tokens), then gives every token its lemma for the
 * tag it got. Tokens outside any sentence cannot exist once text/ has run;
 * a document nobody split into sentences is tagged as one. */
#include "lex/lex.h"

void lex_annotate(const lemmatizer *lm, const tagger *t, tc_doc *doc)
{
    if (!doc || !doc->tokens) return;
    if (t) {
        if (doc->nsents == 0) {
            tagger_tag(t, doc->tokens, doc->ntokens, doc->text);
        } else {
            for (size_t s = 0; s < doc->nsents; s++) {
                const tc_sentence *se = &doc->sents[s];
                if (se->first + (size_t)se->count > doc->ntokens) continue;
                tagger_tag(t, doc->tokens + se->first, se->count, doc->text);
            }
        }
    }
    for (size_t i = 0; i < doc->ntokens; i++) {
        tc_token *tok = &doc->tokens[i];
        tok->lemma = lm ? lemmatizer_lemma(lm, tok->norm, (tc_tag)tok->tag) : tok->norm;
    }
}
