/* features.c -- the feature keys of the part-of-speech tagger.
 *
 * The classic averaged-perceptron feature set (bias; suffixes of 1-3 bytes,
 * first byte and the folded word; the previous tag, the previous two tags,
 * previous tag with the word; the words and suffixes around; the shape:
 * capitalised, all capitals, digits, hyphen, first word). Every feature is
 * one 64-bit key: a string hash computed once per token, mixed with the
 * feature's number and any tags, so scoring a token needs no strings, no
 * allocation and ~20 table probes. Training and tagging both come here. */
#include "lex/perceptron.h"

#include <string.h>

#include "util/strmap.h"

enum {
    F_BIAS = 1, F_SUF1, F_SUF2, F_SUF3, F_PRE1, F_WORD, F_PREV, F_PREV2, F_PREV_WORD,
    F_W1, F_W1_SUF, F_W2, F_N1, F_N1_SUF, F_N2, F_SHAPE, F_CAP_MID, F_CAP_FIRST,
    F_ALLCAPS, F_DIGIT, F_HYPHEN, F_TAGDICT
};

/* The splitmix64 finaliser: spreads type and tag bits over the whole key. */
static inline uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x ? x : 1;
}

static inline uint64_t key(unsigned type, uint64_t v)
{
    return mix(v + (uint64_t)type * 0x9E3779B97F4A7C15ULL);
}

const lexf_token lexf_start[2] = {
    {0x5354415254310001ULL, 0x11, 0x12, 0x13, 0x14, 0},
    {0x5354415254320002ULL, 0x21, 0x22, 0x23, 0x24, 0},
};
const lexf_token lexf_end[2] = {
    {0x454e44310003ULL, 0x31, 0x32, 0x33, 0x34, 0},
    {0x454e44320004ULL, 0x41, 0x42, 0x43, 0x44, 0},
};

static int is_open_mark(const char *s)
{
    return strcmp(s, "\"") == 0 || strcmp(s, "``") == 0 || strcmp(s, "'") == 0 ||
           strcmp(s, "(") == 0 || strcmp(s, "[") == 0;
}

/* Straight quotes open when spaced before and glued to what follows; curly
 * quotes (still visible in the original text) say which they are. */
static int quote_opens(const tc_token *toks, size_t n, size_t i, const char *text)
{
    const unsigned char *s = (const unsigned char *)text + toks[i].start;
    if (text && toks[i].end - toks[i].start >= 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x9C || s[2] == 0x98;
    if (i + 1 >= n) return 0;
    int spaced_before = i == 0 || (toks[i].flags & TOK_SPACE_BEFORE);
    return spaced_before && !(toks[i + 1].flags & TOK_SPACE_BEFORE);
}

/* The canonical spelling the features see: quotes by direction, dash runs
 * as "-", numbers by kind (a year or other digits). */
static const char *canonical(const tc_token *toks, size_t n, size_t i, const char *text,
                             size_t *len)
{
    const char *w = toks[i].norm ? toks[i].norm : "";
    *len = strlen(w);
    if (strcmp(w, "\"") == 0 || strcmp(w, "'") == 0) {
        int open = quote_opens(toks, n, i, text);
        w = w[0] == '"' ? (open ? "``" : "''") : (open ? "`" : "'");
    } else if (*len && strspn(w, "-") == *len) {
        w = "-";
    } else if (*len && w[0] >= '0' && w[0] <= '9') {
        w = (*len == 4 && strspn(w, "0123456789") == 4) ? "!YEAR" : "!DIGITS";
        return w;  /* suffixes of numbers come from the digits, below */
    }
    *len = strlen(w);
    return w;
}

void lexf_token_init(lexf_token *out, const tc_token *toks, size_t n, size_t i, const char *text)
{
    size_t len;
    const char *w = canonical(toks, n, i, text, &len);
    const char *raw = toks[i].norm ? toks[i].norm : "";
    if (w[0] == '!') {  /* numbers: the word is its kind, suffixes stay real */
        out->word = strmap_hash(w, strlen(w));
        w = raw;
        len = strlen(raw);
    } else {
        out->word = strmap_hash(w, len);
    }
    out->suf1 = strmap_hash(w + (len > 1 ? len - 1 : 0), len > 1 ? 1 : len);
    out->suf2 = strmap_hash(w + (len > 2 ? len - 2 : 0), len > 2 ? 2 : len);
    out->suf3 = strmap_hash(w + (len > 3 ? len - 3 : 0), len > 3 ? 3 : len);
    out->pre1 = strmap_hash(w, len ? 1 : 0);

    unsigned shape = 0, f = toks[i].flags;
    if (f & TOK_CAP) shape |= LEXF_CAP;
    if (f & TOK_ALLCAPS) shape |= LEXF_ALLCAPS;
    if (strpbrk(raw, "0123456789")) shape |= LEXF_DIGIT;
    if (raw[0] && raw[1] && strchr(raw, '-')) shape |= LEXF_HYPHEN;
    if (i == 0 || (i == 1 && toks[0].norm && is_open_mark(toks[0].norm))) shape |= LEXF_FIRST;
    out->shape = (uint8_t)shape;
}

size_t lexf_features(const lexf_token *const w[5], unsigned prev, unsigned prev2, uint64_t *out)
{
    const lexf_token *t = w[2];
    size_t k = 0;
    out[k++] = key(F_BIAS, 0);
    out[k++] = key(F_SUF1, t->suf1);
    out[k++] = key(F_SUF2, t->suf2);
    out[k++] = key(F_SUF3, t->suf3);
    out[k++] = key(F_PRE1, t->pre1);
    out[k++] = key(F_WORD, t->word);
    out[k++] = key(F_PREV, prev);
    out[k++] = key(F_PREV2, prev | (uint64_t)prev2 << 8);
    out[k++] = key(F_PREV_WORD, t->word ^ mix(prev + 1));
    out[k++] = key(F_W1, w[1]->word);
    out[k++] = key(F_W1_SUF, w[1]->suf3);
    out[k++] = key(F_W2, w[0]->word);
    out[k++] = key(F_N1, w[3]->word);
    out[k++] = key(F_N1_SUF, w[3]->suf3);
    out[k++] = key(F_N2, w[4]->word);
    out[k++] = key(F_SHAPE, t->shape);
    unsigned s = t->shape;
    if ((s & LEXF_CAP) && !(s & LEXF_FIRST)) out[k++] = key(F_CAP_MID, 0);
    if ((s & LEXF_CAP) && (s & LEXF_FIRST)) out[k++] = key(F_CAP_FIRST, 0);
    if (s & LEXF_ALLCAPS) out[k++] = key(F_ALLCAPS, 0);
    if (s & LEXF_DIGIT) out[k++] = key(F_DIGIT, 0);
    if (s & LEXF_HYPHEN) out[k++] = key(F_HYPHEN, 0);
    return k;
}

uint64_t lexf_tagdict_key(const lexf_token *t)
{
    return key(F_TAGDICT, t->word ^ mix(t->shape & (LEXF_CAP | LEXF_ALLCAPS | LEXF_FIRST)));
}
