/* token.c -- split clean text into tokens that keep their byte offsets.
 *
 * The one idea: a 256-entry class table decides, from the first byte, what
 * kind of token starts here (the SQLite way), and each kind has a small
 * scanner that returns where the token ends. Only bytes >= 0x80 need a
 * Unicode lookup, so English news text runs at table speed. Word scanning
 * knows the joins that matter downstream: hyphens (build-up), number
 * punctuation (4,500 3.5 1998–1999), abbreviations (U.S. Gen.), and the
 * Penn Treebank clitics, which it splits off (country's -> country + 's,
 * doesn't -> does + n't). Every scanner stops at 'lim', so no token is
 * longer than TOKEN_MAX bytes and scanning a huge run stays linear.
 */
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text/abbrev.h"

enum { TOKEN_MAX = 1024, NORM_MAX = 4 * TOKEN_MAX };

/* byte classes */
enum {
    C_SP = 0x01,  /* space, tab, other control characters */
    C_NL = 0x02,  /* \n \r */
    C_UP = 0x04,  /* A-Z */
    C_LO = 0x08,  /* a-z */
    C_DI = 0x10,  /* 0-9 */
    C_HI = 0x20,  /* a byte of a multi-byte sequence: ask Unicode */
    C_PU = 0x40,  /* ASCII punctuation and symbols */
    C_WORD = C_UP | C_LO | C_DI,
    C_ALPHA = C_UP | C_LO
};

#define R16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const unsigned char cclass[256] = {
    C_SP, C_SP, C_SP, C_SP, C_SP, C_SP, C_SP, C_SP, C_SP, C_SP, C_NL, C_SP, C_SP, C_NL, C_SP, C_SP,
    R16(C_SP),
    C_SP, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU,
    C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, C_PU, C_PU, C_PU, C_PU, C_PU, C_PU,
    C_PU, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP,
    /* '_' separates words like a space: dictionaries write "Dol_Amroth" */
    C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_PU, C_PU, C_PU, C_PU, C_SP,
    C_PU, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO,
    C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_PU, C_PU, C_PU, C_PU, C_SP,
    R16(C_HI), R16(C_HI), R16(C_HI), R16(C_HI), R16(C_HI), R16(C_HI), R16(C_HI), R16(C_HI),
};

/* norm strings of one-byte tokens, shared so "," costs no allocation */
#define LOWER(b) ((b) >= 'A' && (b) <= 'Z' ? (b) + 32 : (b))
#define E(b) {(char)LOWER(b), 0}
#define N16(b) E(b), E(b + 1), E(b + 2), E(b + 3), E(b + 4), E(b + 5), E(b + 6), E(b + 7), \
    E(b + 8), E(b + 9), E(b + 10), E(b + 11), E(b + 12), E(b + 13), E(b + 14), E(b + 15)
static const char one_byte_norm[128][2] = {
    N16(0x00), N16(0x10), N16(0x20), N16(0x30), N16(0x40), N16(0x50), N16(0x60), N16(0x70),
};
#undef N16
#undef E

typedef struct {
    tc_doc *doc;
    const unsigned char *t;
    size_t len;
    tc_token *toks;  /* malloc'd while scanning, copied into the arena at the end */
    size_t n, cap;
    int squote_open; /* a ‘ or ' opened a quotation on this line */
} tok_state;

/* Decodes the code point at t[p] (p < len); returns its byte length. */
static size_t decode(const unsigned char *t, size_t p, size_t len, int32_t *cp)
{
    unsigned char b = t[p];
    size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (n == 1 || p + n > len) {
        *cp = n == 1 ? b : 0xFFFD;
        return 1;
    }
    int32_t c = b & (0x7F >> n);
    for (size_t i = 1; i < n; i++) c = (c << 6) | (t[p + i] & 0x3F);
    *cp = c;
    return n;
}

static int is_word_cp(int32_t cp)
{
    if (cp == 0x00AD || cp == 0x200C || cp == 0x200D) return 1;  /* invisible, word-internal */
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}

/* 0: not space, 1: space, 2: line break */
static int space_kind(int32_t cp)
{
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return 2;
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
        cp == 0x3000 || cp == 0xFEFF)
        return 1;
    return 0;
}

static int is_quote_cp(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == '`' || (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB ||
           cp == 0xBB || cp == 0x2039 || cp == 0x203A;
}

/* Does a word character start at q (q < lim)? */
static int word_at(const tok_state *st, size_t q, size_t lim)
{
    if (q >= lim) return 0;
    unsigned char c = st->t[q];
    if (cclass[c] & C_WORD) return 1;
    if (!(cclass[c] & C_HI)) return 0;
    int32_t cp;
    size_t n = decode(st->t, q, st->len, &cp);
    return q + n <= lim && is_word_cp(cp);
}

/* End of the run of letters, digits and marks starting at p. */
static size_t alnum_run(const tok_state *st, size_t p, size_t lim)
{
    const unsigned char *t = st->t;
    while (p < lim) {
        unsigned char c = t[p];
        if (cclass[c] & C_WORD) {
            p++;
            continue;
        }
        if (!(cclass[c] & C_HI)) break;
        int32_t cp;
        size_t n = decode(t, p, st->len, &cp);
        if (p + n > lim || !is_word_cp(cp)) break;
        p += n;
    }
    return p;
}

/* Sets the flags that follow from the token's own bytes. */
static uint8_t classify(const unsigned char *t, size_t s, size_t e, size_t len)
{
    unsigned letters = 0, upper = 0, digits = 0;
    int first_upper = -1;
    for (size_t p = s; p < e;) {
        unsigned char c = t[p];
        int up = 0, letter = 0, digit = 0;
        if (c < 0x80) {
            up = (cclass[c] & C_UP) != 0;
            letter = (cclass[c] & C_ALPHA) != 0;
            digit = (cclass[c] & C_DI) != 0;
            p++;
        } else {
            int32_t cp;
            p += decode(t, p, len, &cp);
            utf8proc_category_t cat = utf8proc_category(cp);
            letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
            up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
            digit = cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO;
        }
        if (first_upper < 0) first_upper = up;
        letters += (unsigned)letter;
        upper += (unsigned)up;
        digits += (unsigned)digit;
    }
    uint8_t f = 0;
    if (first_upper == 1) f |= TOK_CAP;
    if (letters >= 2 && upper == letters) f |= TOK_ALLCAPS;
    if (!letters && !digits) f |= TOK_PUNCT;
    if (digits && !letters) f |= TOK_NUMBER;
    return f;
}

static const char *norm_of(tok_state *st, size_t s, size_t e)
{
    unsigned char c = st->t[s];
    if (e - s == 1 && c < 0x80) return one_byte_norm[c];
    char buf[NORM_MAX];
    size_t n = text_fold((const char *)st->t + s, e - s, buf, sizeof buf);
    return arena_strndup(&st->doc->mem, buf, n);
}

static void emit(tok_state *st, size_t s, size_t e, uint8_t flags)
{
    if (st->n == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 256;
        tc_token *nt = realloc(st->toks, cap * sizeof *nt);
        if (!nt) abort();  /* as arena_alloc does: no progress without memory */
        st->toks = nt;
        st->cap = cap;
    }
    tc_token *tk = &st->toks[st->n++];
    tk->start = (uint32_t)s;
    tk->end = (uint32_t)e;
    tk->flags = (uint8_t)(flags | classify(st->t, s, e, st->len));
    tk->norm = norm_of(st, s, e);
    tk->lemma = NULL;
    tk->tag = TAG_NONE;
}

/* --- URLs and e-mail addresses ------------------------------------------ */

static int prefix_ci(const unsigned char *t, size_t p, size_t lim, const char *pre)
{
    for (; *pre; pre++, p++)
        if (p >= lim || (t[p] | 0x20) != (unsigned char)*pre) return 0;
    return 1;
}

/* End of a URL starting at p, or p when there is none. */
static size_t scan_url(const tok_state *st, size_t p, size_t lim)
{
    const unsigned char *t = st->t;
    if (!prefix_ci(t, p, lim, "http://") && !prefix_ci(t, p, lim, "https://") &&
        !prefix_ci(t, p, lim, "www."))
        return p;
    size_t e = p;
    int open = 0;
    while (e < lim) {
        unsigned char c = t[e];
        if (cclass[c] & (C_SP | C_NL)) break;
        if (c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '|' || c == '\\')
            break;
        if (c >= 0x80) {
            int32_t cp;
            size_t n = decode(t, e, st->len, &cp);
            if (e + n > lim || space_kind(cp) || is_quote_cp(cp)) break;
            e += n;
            continue;
        }
        open += c == '(' ? 1 : c == ')' ? -1 : 0;
        e++;
    }
    /* trailing sentence punctuation is not part of the address */
    while (e > p && (strchr(".,;:!?'", t[e - 1]) || (t[e - 1] == ')' && open < 0))) {
        if (t[e - 1] == ')') open++;
        e--;
    }
    return e - p > 4 ? e : p;
}

static int email_local(unsigned char c)
{
    return (cclass[c] & C_WORD) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* End of an e-mail address starting at p, or p when there is none. */
static size_t scan_email(const tok_state *st, size_t p, size_t lim)
{
    const unsigned char *t = st->t;
    size_t e = p;
    while (e < lim && email_local(t[e])) e++;
    if (e == p || e >= lim || t[e] != '@') return p;
    size_t d = ++e;
    while (e < lim && ((cclass[t[e]] & C_WORD) || t[e] == '-' || t[e] == '.')) e++;
    while (e > d && (t[e - 1] == '.' || t[e - 1] == '-')) e--;
    /* the domain needs a dot with a label on each side */
    for (size_t q = d + 1; q + 1 < e; q++)
        if (t[q] == '.' && t[q - 1] != '.') return e;
    return p;
}

/* --- words ----------------------------------------------------------------- */

/* Is t[s..e) made of digits and number punctuation only? */
static int numeric(const unsigned char *t, size_t s, size_t e)
{
    if (!(cclass[t[s]] & C_DI)) return 0;
    for (size_t p = s; p < e; p++)
        if (!(cclass[t[p]] & C_DI) && t[p] != ',' && t[p] != '.') return 0;
    return 1;
}

/* A clitic after an apostrophe at a: length of its letters (1-2) when they
 * form 's 'm 'd 'll 're 've or the t of n't and end the word, else 0. */
static size_t clitic_len(const tok_state *st, size_t a, int *is_nt)
{
    const unsigned char *t = st->t;
    char w[3] = {0};
    size_t k = 0;
    while (k < 3 && a + k < st->len && (cclass[t[a + k]] & C_ALPHA)) {
        w[k] = (char)(t[a + k] | 0x20);
        k++;
    }
    if (k == 0 || k == 3 || word_at(st, a + k, st->len)) return 0;
    *is_nt = (k == 1 && w[0] == 't');
    if (k == 1 && strchr("smdt", w[0])) return 1;
    if (k == 2 && (!strcmp(w, "ll") || !strcmp(w, "re") || !strcmp(w, "ve"))) return 2;
    return 0;
}

typedef struct {
    size_t end;          /* end of the word itself */
    size_t sfx_s, sfx_e; /* a split-off clitic or possessive, when sfx_e > sfx_s */
} word_span;

/* Handles an apostrophe of 'alen' bytes at w->end inside the word that began
 * at s. Returns 1 when the word goes on after it (O'Brien). */
static int apostrophe(tok_state *st, size_t s, word_span *w, size_t alen, size_t lim)
{
    const unsigned char *t = st->t;
    size_t e = w->end, a = e + alen;
    int is_nt = 0;
    size_t k = clitic_len(st, a, &is_nt);
    if (k && is_nt) {
        if (e - s >= 2 && (t[e - 1] | 0x20) == 'n') {  /* does|n't, ca|n't */
            w->end = e - 1;
            w->sfx_s = e - 1;
            w->sfx_e = a + k;
        } else if (e - s == 1) {  /* a lone "n't", as dictionaries write "DID N'T" */
            w->end = a + k;
        }
        return 0;
    }
    if (k) {  /* country|'s, I|'m, we|'ll */
        w->sfx_s = e;
        w->sfx_e = a + k;
        return 0;
    }
    if (word_at(st, a, lim)) {  /* O'Brien, Qur'an */
        w->end = alnum_run(st, a, lim);
        return 1;
    }
    if ((t[e - 1] | 0x20) == 's' && !st->squote_open) {  /* soldiers|' */
        w->sfx_s = e;
        w->sfx_e = a;
    }
    return 0;
}

/* Length of a dash that joins two parts of one word at q, or 0: a hyphen
 * always; an en or figure dash only between numbers or words with no
 * spaces around it (1998–1999, Kosovo–Serbia). */
static size_t joining_dash(const tok_state *st, size_t q, size_t lim)
{
    unsigned char c = st->t[q];
    if (c == '-') return word_at(st, q + 1, lim) ? 1 : 0;
    if (c < 0x80) return 0;
    int32_t cp;
    size_t n = decode(st->t, q, st->len, &cp);
    if (cp != 0x2010 && cp != 0x2011 && cp != 0x2012 && cp != 0x2013) return 0;
    return word_at(st, q + n, lim) ? n : 0;
}

/* Extends the word through hyphens, number punctuation and apostrophes. */
static void word_body(tok_state *st, size_t s, word_span *w, size_t lim)
{
    const unsigned char *t = st->t;
    for (;;) {
        size_t e = w->end, n;
        if (e >= lim) return;
        unsigned char c = t[e];
        if ((n = joining_dash(st, e, lim)) != 0) {
            w->end = alnum_run(st, e + n, lim);
        } else if (c == ',' && e + 4 <= lim && numeric(t, s, e) && (cclass[t[e + 1]] & C_DI) &&
                   (cclass[t[e + 2]] & C_DI) && (cclass[t[e + 3]] & C_DI) && !word_at(st, e + 4, lim)) {
            w->end = e + 4;  /* 4,500 */
        } else if (c == '.' && e + 1 < lim && numeric(t, s, e) && (cclass[t[e + 1]] & C_DI)) {
            w->end = alnum_run(st, e + 1, lim);  /* 3.5 */
        } else if (c == '&' && (cclass[t[e - 1]] & C_UP) && e + 1 < lim && (cclass[t[e + 1]] & C_UP)) {
            w->end = alnum_run(st, e + 1, lim);  /* AT&T */
        } else if (c == '\'') {
            if (!apostrophe(st, s, w, 1, lim)) return;
        } else if (c == 0xE2 && e + 2 < st->len && t[e + 1] == 0x80 && t[e + 2] == 0x99) {
            if (!apostrophe(st, s, w, 3, lim)) return;  /* ’ */
        } else {
            return;
        }
    }
}

/* After "U" of "U.S.": the end of a dotted acronym (U.S. a.m. U.S.A.), or 0.
 * Only one-letter parts, so that "co.uk." in a host name stays out. */
static size_t dotted_acronym(const tok_state *st, size_t s, size_t e, size_t lim)
{
    const unsigned char *t = st->t;
    if (e - s != 1 || !(cclass[t[s]] & C_ALPHA)) return 0;
    size_t q = e + 1, segs = 1;
    for (;;) {
        size_t r = q;
        while (r < lim && r - q < 2 && (cclass[t[r]] & C_ALPHA)) r++;
        if (r - q != 1 || r >= lim || t[r] != '.') break;
        segs++;
        q = r + 1;
    }
    return segs >= 2 ? q : 0;
}

/* Takes the period after the word at w->end when it belongs to it. */
static int take_abbrev_period(const tok_state *st, size_t s, word_span *w, size_t lim)
{
    const unsigned char *t = st->t;
    size_t e = w->end;
    if (e >= lim || t[e] != '.' || w->sfx_e > w->sfx_s) return 0;
    size_t q = dotted_acronym(st, s, e, lim);
    if (q) {
        w->end = q;
        return 1;
    }
    abbr_kind k = abbrev_kind((const char *)t + s, e - s);
    if (k == ABBR_NONE) return 0;
    if (k == ABBR_NUMERAL) {  /* No. 5, but "said no." */
        size_t r = e + 1;
        while (r < st->len && t[r] == ' ') r++;
        if (r >= st->len || !(cclass[t[r]] & C_DI)) return 0;
    }
    w->end = e + 1;
    return 1;
}

static size_t scan_word(tok_state *st, size_t s, size_t lim, uint8_t flags)
{
    word_span w = {alnum_run(st, s, lim), 0, 0};
    if (w.end == s) {  /* a lone code point that cannot start a word here */
        int32_t cp;
        w.end = s + decode(st->t, s, st->len, &cp);
    }
    word_body(st, s, &w, lim);
    uint8_t abbrev = 0;
    if (take_abbrev_period(st, s, &w, lim)) {
        abbrev = TOK_ABBREV;
        /* U.S.-led: a hyphenated word built on an abbreviation */
        size_t n;
        while (w.end < lim && (n = joining_dash(st, w.end, lim)) != 0) {
            w.end = alnum_run(st, w.end + n, lim);
            abbrev = 0;
            word_body(st, s, &w, lim);
        }
    }
    emit(st, s, w.end, (uint8_t)(flags | abbrev));
    if (w.sfx_e > w.sfx_s) {
        emit(st, w.sfx_s, w.sfx_e, 0);
        return w.sfx_e;
    }
    return w.end;
}

/* --- punctuation and quotes -------------------------------------------- */

static size_t run_of(const unsigned char *t, size_t p, size_t lim, const char *set)
{
    while (p < lim && t[p] && strchr(set, t[p])) p++;
    return p;
}

/* A quote mark of 'n' bytes at s: tracks whether a single quotation is open,
 * so that "the Serbs’" can be told from "the soldiers’ barracks". */
static size_t emit_quote(tok_state *st, size_t s, size_t n, int32_t cp, uint8_t flags, size_t lim)
{
    if (cp == 0x2018 || cp == 0x201B || cp == 0x201A) st->squote_open = 1;
    else if (cp == '\'' || cp == 0x2019) {
        int opening = (s == 0 || (flags & TOK_SPACE_BEFORE)) && word_at(st, s + n, lim);
        st->squote_open = opening;
    }
    emit(st, s, s + n, (uint8_t)(flags | TOK_QUOTE));
    return s + n;
}

/* An apostrophe glued to the token before it that starts a clitic: U.S.'s */
static size_t glued_clitic(tok_state *st, size_t s, size_t alen, uint8_t flags)
{
    if ((flags & TOK_SPACE_BEFORE) || st->n == 0 || st->toks[st->n - 1].end != s) return 0;
    int is_nt = 0;
    size_t k = clitic_len(st, s + alen, &is_nt);
    if (!k || is_nt) return 0;
    emit(st, s, s + alen + k, flags);
    return s + alen + k;
}

static size_t scan_ascii_punct(tok_state *st, size_t s, size_t lim, uint8_t flags)
{
    const unsigned char *t = st->t;
    unsigned char c = t[s];
    size_t e = s + 1, g;
    switch (c) {
    case '.': e = run_of(t, s, lim, "."); break;   /* ... */
    case '!': case '?': e = run_of(t, s, lim, "!?"); break;
    case '-': e = run_of(t, s, lim, "-"); break;   /* -- */
    case '`':
        e = run_of(t, s, s + 2 < lim ? s + 2 : lim, "`");  /* `` */
        emit(st, s, e, (uint8_t)(flags | TOK_QUOTE));
        return e;
    case '"': return emit_quote(st, s, 1, c, flags, lim);
    case '\'':
        if ((g = glued_clitic(st, s, 1, flags)) != 0) return g;
        if (s + 1 < lim && t[s + 1] == '\'') {  /* '' closing, Brown style */
            emit(st, s, s + 2, (uint8_t)(flags | TOK_QUOTE));
            return s + 2;
        }
        return emit_quote(st, s, 1, c, flags, lim);
    default: break;
    }
    emit(st, s, e, flags);
    return e;
}

static size_t scan_other(tok_state *st, size_t s, size_t lim, uint8_t flags)
{
    const unsigned char *t = st->t;
    if (t[s] < 0x80) return scan_ascii_punct(st, s, lim, flags);
    int32_t cp;
    size_t n = decode(t, s, st->len, &cp), g;
    if (cp == 0x2019 && (g = glued_clitic(st, s, n, flags)) != 0) return g;
    if (is_quote_cp(cp)) return emit_quote(st, s, n, cp, flags, lim);
    emit(st, s, s + n, flags);
    return s + n;
}

/* --- the driver -------------------------------------------------------------- */

/* Skips white space from *p; returns the TOK_*_BEFORE flags it implies. */
static uint8_t skip_space(const tok_state *st, size_t *p)
{
    const unsigned char *t = st->t;
    size_t q = *p;
    uint8_t f = 0;
    while (q < st->len) {
        unsigned char c = t[q];
        if (cclass[c] & C_SP) {
            f |= TOK_SPACE_BEFORE;
            q++;
        } else if (cclass[c] & C_NL) {
            f |= TOK_SPACE_BEFORE | TOK_NEWLINE_BEFORE;
            q++;
        } else if (cclass[c] & C_HI) {
            int32_t cp;
            size_t n = decode(t, q, st->len, &cp);
            int k = space_kind(cp);
            if (!k) break;
            f |= (uint8_t)(TOK_SPACE_BEFORE | (k == 2 ? TOK_NEWLINE_BEFORE : 0));
            q += n;
        } else {
            break;
        }
    }
    *p = q;
    return f;
}

static size_t scan_token(tok_state *st, size_t s, uint8_t flags)
{
    size_t lim = st->len - s > TOKEN_MAX ? s + TOKEN_MAX : st->len;
    unsigned char c = st->t[s];
    if (cclass[c] & C_WORD) {
        size_t e = scan_url(st, s, lim);
        if (e == s) e = scan_email(st, s, lim);
        if (e > s) {
            emit(st, s, e, flags);
            return e;
        }
        return scan_word(st, s, lim, flags);
    }
    if (cclass[c] & C_HI) {
        int32_t cp;
        decode(st->t, s, st->len, &cp);
        if (is_word_cp(cp)) return scan_word(st, s, lim, flags);
    }
    return scan_other(st, s, lim, flags);
}

void text_tokenize(tc_doc *doc)
{
    tok_state st = {doc, (const unsigned char *)doc->text, doc->text ? doc->len : 0, NULL, 0, 0, 0};
    /* about one token per six bytes of English; realloc handles the rest */
    st.cap = st.len / 6 + 16;
    st.toks = malloc(st.cap * sizeof *st.toks);
    if (!st.toks) abort();
    size_t p = 0;
    while (p < st.len) {
        uint8_t flags = skip_space(&st, &p);
        if (p >= st.len) break;
        if (flags & TOK_NEWLINE_BEFORE) st.squote_open = 0;
        p = scan_token(&st, p, flags);
    }
    doc->ntokens = st.n;
    doc->tokens = NULL;
    if (st.n) {
        doc->tokens = arena_alloc(&doc->mem, st.n * sizeof *st.toks);
        memcpy(doc->tokens, st.toks, st.n * sizeof *st.toks);
    }
    free(st.toks);
}
