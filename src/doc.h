/* doc.h -- the document: one article and everything the stages add to it.
 *
 * Each stage reads what the earlier stages wrote and adds its own fields;
 * no stage reaches back. All memory hangs off the document's arena. */
#ifndef TOCSIN_DOC_H
#define TOCSIN_DOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util/arena.h"

/* Part-of-speech tags: the Penn Treebank set, which the Brown corpus tags are
 * mapped onto (tools/train_tagger.c). Punctuation is folded into a few tags. */
typedef enum {
    TAG_NONE = 0,
    TAG_NN, TAG_NNS, TAG_NNP, TAG_NNPS,
    TAG_PRP, TAG_PRPS,                 /* he; his */
    TAG_VB, TAG_VBD, TAG_VBG, TAG_VBN, TAG_VBP, TAG_VBZ, TAG_MD,
    TAG_JJ, TAG_JJR, TAG_JJS,
    TAG_RB, TAG_RBR, TAG_RBS, TAG_RP,
    TAG_IN, TAG_TO, TAG_DT, TAG_PDT, TAG_CC, TAG_CD, TAG_EX, TAG_POS,
    TAG_WDT, TAG_WP, TAG_WPS, TAG_WRB, TAG_UH, TAG_FW, TAG_SYM,
    TAG_COMMA,   /* , */
    TAG_STOP,    /* . ! ? */
    TAG_COLON,   /* : ; ... -- */
    TAG_LQUOTE, TAG_RQUOTE, TAG_LPAREN, TAG_RPAREN,
    TAG_COUNT
} tc_tag;

/* Token flags, set by the tokenizer. */
enum {
    TOK_CAP = 1 << 0,       /* first letter upper case */
    TOK_ALLCAPS = 1 << 1,   /* every letter upper case, at least two letters */
    TOK_NUMBER = 1 << 2,    /* digits, 4,500, 1998-1999, 3.5 */
    TOK_PUNCT = 1 << 3,     /* no letter or digit */
    TOK_QUOTE = 1 << 4,     /* a quotation mark of any kind */
    TOK_ABBREV = 1 << 5,    /* ends in a period that belongs to it: U.S., Gen. */
    TOK_SPACE_BEFORE = 1 << 6, /* whitespace precedes it */
    TOK_NEWLINE_BEFORE = 1 << 7 /* a line break precedes it */
};

typedef struct tc_token {
    uint32_t start, end;  /* byte offsets into doc->text */
    const char *norm;     /* lower case, accents folded, quotes/dashes canonical; NUL-terminated */
    const char *lemma;    /* set by lex/: dictionary form of 'norm' */
    uint8_t tag;          /* tc_tag, set by lex/ */
    uint8_t flags;        /* TOK_* */
} tc_token;

/* Word tests used by every stage. The first letters are compared inline:
 * most comparisons fail there, and these run for every token. */
static inline int tok_is(const tc_token *t, const char *w)
{
    return t->norm[0] == w[0] && strcmp(t->norm, w) == 0;
}

/* Is 'w' one of the NULL-terminated 'list'? */
static inline int word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (w[0] == (*list)[0] && strcmp(w, *list) == 0) return 1;
    return 0;
}

/* Day and month names (folded), which are capitalised but name no one
 * and no place. "May" is left out: it is also a verb and a surname. */
static inline int calendar_word(const char *w)
{
    static const char *const words[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "january", "february", "march", "april", "june", "july",
                                        "august", "september", "october", "november", "december", NULL};
    return word_in(w, words);
}

typedef struct tc_sentence {
    uint32_t first, count;  /* token range */
    uint32_t start, end;    /* byte range in doc->text */
} tc_sentence;

typedef struct tc_doc {
    arena mem;
    const char *id;     /* article id */
    const char *date;   /* YYYY-MM-DD, or "" */
    const char *url;    /* where the article was published, or "" */
    int ymd;            /* date as YYYYMMDD, 0 when unknown */
    char *text;         /* valid UTF-8, NUL-terminated; NUL bytes replaced by spaces */
    size_t len;
    size_t invalid_bytes;  /* bytes replaced by U+FFFD */
    tc_token *tokens;
    size_t ntokens;
    tc_sentence *sents;
    size_t nsents;
} tc_doc;

#endif
