/* sentence.c -- group a token stream into sentences.
 *
 * A . ! or ? ends a sentence when the next word does not start in lower
 * case; closing quotes and brackets after it stay with the sentence. A
 * period that belongs to an abbreviation (tokenizer: TOK_ABBREV) ends one
 * only when what follows looks like a new sentence rather than a name:
 * "in the U.S. Then" splits, "U.S. Secretary of State" does not, and a title
 * (Mr. Gen.) never does. Line structure counts too: a blank line always
 * ends a sentence, and so does the end of a line with no final punctuation
 * (a headline) -- unless the whole text is hard-wrapped, which we detect
 * once up front by how often lines stop mid-sentence.
 */
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

#include "text/abbrev.h"

enum { SENT_MAX_TOKENS = 400 };

typedef struct {
    tc_doc *doc;
    tc_sentence *v;  /* malloc'd while splitting, copied into the arena */
    size_t n, cap;
    int wrapped;     /* the text is hard-wrapped: line ends mean nothing */
} splitter;

/* Capitalised words that start sentences far more often than they follow
 * an abbreviation inside one: after "U.S." they signal a boundary. */
static const char *const starters[] = {
    "the", "a", "an", "this", "that", "these", "those", "there", "then", "he", "she", "it",
    "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "but", "and",
    "or", "so", "yet", "in", "on", "at", "as", "for", "if", "when", "while", "after", "before",
    "since", "although", "though", "however", "meanwhile", "also", "still", "now", "some",
    "many", "most", "several", "both", "each", "all", "no", "other", "others", "such", "later",
    "earlier", "last", "next", "today", "yesterday", "what", "who", "which", "where", "why",
    "how", "according", "during", "under", "despite", "with", "from", "by", "to", "instead",
    "even", "only", "here", "once", "because", "until", "unless", "whether", "not",
};

static int is_starter(const tc_token *tk)
{
    if (!(tk->flags & TOK_CAP)) return 0;
    for (size_t i = 0; i < sizeof starters / sizeof starters[0]; i++)
        if (!strcmp(tk->norm, starters[i])) return 1;
    return 0;
}

static const unsigned char *tok_bytes(const tc_doc *d, const tc_token *tk)
{
    return (const unsigned char *)d->text + tk->start;
}

static int starts_lower(const tc_token *tk)
{
    return !(tk->flags & (TOK_CAP | TOK_PUNCT | TOK_NUMBER));
}

/* . ! ? ... or a run of them (the tokenizer keeps "?!" together) */
static int is_final(const tc_doc *d, const tc_token *tk)
{
    if (!(tk->flags & TOK_PUNCT)) return 0;
    unsigned char c = tok_bytes(d, tk)[0];
    return c == '.' || c == '!' || c == '?' || !strcmp(tk->norm, "...");
}

static int has_period(const tc_doc *d, const tc_token *tk)
{
    return (tk->flags & TOK_ABBREV) && d->text[tk->end - 1] == '.';
}

/* A closing quote or bracket, which belongs to the sentence before it. */
static int is_closer(const tc_doc *d, const tc_token *tk)
{
    if (tk->flags & TOK_NEWLINE_BEFORE) return 0;
    const unsigned char *b = tok_bytes(d, tk);
    size_t n = tk->end - tk->start;
    if (n == 3 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x9D || b[2] == 0x99 || b[2] == 0xBA))
        return 1;  /* ” ’ › */
    if (n == 2 && b[0] == 0xC2 && b[1] == 0xBB) return 1;  /* » */
    if (tk->flags & TOK_SPACE_BEFORE) return 0;
    return b[0] == '"' || b[0] == '\'' || b[0] == ')' || b[0] == ']' || b[0] == '}';
}

/* A token that may open a sentence although it is punctuation. */
static int is_opener(const tc_doc *d, const tc_token *tk)
{
    const unsigned char *b = tok_bytes(d, tk);
    size_t n = tk->end - tk->start;
    if (n == 3 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x9C || b[2] == 0x98 || b[2] == 0x9E))
        return 1;  /* “ ‘ „ */
    if (n == 2 && b[0] == 0xC2 && b[1] == 0xAB) return 1;  /* « */
    return b[0] == '(' || b[0] == '[' || b[0] == '`' ||
           ((b[0] == '"' || b[0] == '\'') && (tk->flags & TOK_SPACE_BEFORE));
}

/* Line breaks between token k-1 and token k; 2 or more is a blank line. */
static int newlines_before(const tc_doc *d, size_t k)
{
    if (k == 0 || !(d->tokens[k].flags & TOK_NEWLINE_BEFORE)) return 0;
    int nl = 0;
    const unsigned char *t = (const unsigned char *)d->text;
    for (size_t p = d->tokens[k - 1].end; p < d->tokens[k].start; p++) {
        if (t[p] == '\n' || (t[p] == '\r' && t[p + 1] != '\n')) nl++;
        else if (t[p] == 0xE2 && t[p + 1] == 0x80 && t[p + 2] == 0xA9) nl += 2;  /* U+2029 */
        else if (t[p] == 0xE2 && t[p + 1] == 0x80 && t[p + 2] == 0xA8) nl++;
    }
    return nl ? nl : 1;
}

/* Does the line ending at token k end the way a sentence would? A line that
 * ends in a comma or a dash goes on; one that ends in a word does not. */
static int line_ends_sentence(const tc_doc *d, size_t k)
{
    const tc_token *tk = &d->tokens[k];
    while (k > 0 && is_closer(d, tk)) tk = &d->tokens[--k];
    if (is_final(d, tk) || has_period(d, tk)) return 1;
    if (tk->flags & TOK_PUNCT) {
        unsigned char c = tok_bytes(d, tk)[0];
        if (c == ',' || c == ';' || c == '-' || c == '&' || c == '(' || c == 0xE2) return 1;
    }
    return 0;
}

/* Hard-wrapped text breaks most of its lines mid-sentence. */
static int detect_wrapped(const tc_doc *d)
{
    size_t singles = 0, soft = 0;
    for (size_t k = 1; k < d->ntokens; k++) {
        if (newlines_before(d, k) != 1) continue;
        singles++;
        if (!line_ends_sentence(d, k - 1) || starts_lower(&d->tokens[k])) soft++;
    }
    return soft >= 3 && soft * 2 > singles;
}

static int break_before(const splitter *sp, size_t k)
{
    const tc_doc *d = sp->doc;
    int nl = newlines_before(d, k);
    if (nl >= 2) return 1;
    if (nl == 0 || sp->wrapped) return 0;
    /* a headline: the line above ended without punctuation */
    return !line_ends_sentence(d, k - 1) && !starts_lower(&d->tokens[k]);
}

/* Does the sentence end after the final token i, given that the next token
 * (after any closing quotes) is j? */
static int split_after(const splitter *sp, size_t i, size_t j)
{
    const tc_doc *d = sp->doc;
    if (j >= d->ntokens) return 1;
    const tc_token *tk = &d->tokens[i], *nx = &d->tokens[j];
    if (newlines_before(d, j) >= 2) return 1;
    if (has_period(d, tk)) {
        abbr_kind k = abbrev_kind(d->text + tk->start, tk->end - tk->start - 1);
        if (k == ABBR_TITLE) return 0;
        if (starts_lower(nx)) return 0;
        return is_starter(nx) || ((nx->flags & TOK_NEWLINE_BEFORE) && !sp->wrapped);
    }
    if (starts_lower(nx)) return 0;
    if ((nx->flags & TOK_PUNCT) && !(nx->flags & TOK_NUMBER)) return is_opener(d, nx);
    return 1;
}

static void push(splitter *sp, size_t first, size_t end)
{
    if (end <= first) return;
    if (sp->n == sp->cap) {
        sp->cap = sp->cap ? sp->cap * 2 : 64;
        tc_sentence *nv = realloc(sp->v, sp->cap * sizeof *nv);
        if (!nv) abort();  /* as arena_alloc does */
        sp->v = nv;
    }
    const tc_token *t = sp->doc->tokens;
    tc_sentence *s = &sp->v[sp->n++];
    s->first = (uint32_t)first;
    s->count = (uint32_t)(end - first);
    s->start = t[first].start;
    s->end = t[end - 1].end;
}

void text_split_sentences(tc_doc *doc)
{
    splitter sp = {doc, NULL, 0, 0, detect_wrapped(doc)};
    size_t n = doc->ntokens, first = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > first && break_before(&sp, i)) {
            push(&sp, first, i);
            first = i;
        }
        const tc_token *tk = &doc->tokens[i];
        if (is_final(doc, tk) || has_period(doc, tk)) {
            size_t j = i + 1;
            while (j < n && j - first < SENT_MAX_TOKENS && is_closer(doc, &doc->tokens[j])) j++;
            if (split_after(&sp, i, j)) {
                push(&sp, first, j);
                first = j;
                i = j - 1;
                continue;
            }
        }
        if (i + 1 - first >= SENT_MAX_TOKENS) {
            push(&sp, first, i + 1);
            first = i + 1;
        }
    }
    push(&sp, first, n);
    doc->nsents = sp.n;
    doc->sents = NULL;
    if (sp.n) {
        doc->sents = arena_alloc(&doc->mem, sp.n * sizeof *sp.v);
        memcpy(doc->sents, sp.v, sp.n * sizeof *sp.v);
    }
    free(sp.v);
}
