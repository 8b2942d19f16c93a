/* brown.c -- read the Brown corpus as tocsin would have tokenised it.
 *
 * Brown writes clitics inside one token ("Atlanta's/np$", "don't/do*",
 * "it's/pps+bez") while tocsin's tokenizer splits them Penn-style
 * ("Atlanta" + "'s", "do" + "n't", "it" + "'s"), so each such token is split
 * here and each half gets its own tag. Brown's 87 tags (plus the -tl title,
 * -hl headline, -nc citation and fw- foreign-word decorations) are mapped
 * onto tocsin's compact Penn-style set:
 *
 *   nn NN   nns NNS   np NNP   nps NNPS   nr NN (NNP when capitalised)
 *   nn-tl/jj-tl/vbn-tl/vbg-tl/vb-tl/nr-tl when capitalised -> NNP,
 *   nns-tl/nps-tl -> NNPS   ("Fulton/np-tl County/nn-tl", "United States")
 *   X$ (possessive) -> X's tag, then "'s" or "'" as POS
 *   vb VB  vbd VBD  vbn VBN  vbg VBG  vbz VBZ  md MD
 *   be VB  bed/bedz VBD  bez VBZ  bem/ber VBP  ben VBN  beg VBG
 *   hv VB  hvd VBD  hvz VBZ  hvn VBN  hvg VBG  do VB  dod VBD  doz VBZ
 *   X* (negated) -> X, then "n't" as RB; * (not) RB
 *   X+Y (contraction) -> X for the word, Y for the clitic ("'s", "'ll", "'m")
 *   jj JJ  jjr JJR  jjs/jjt JJS  od JJ  ap JJ
 *   rb RB  rbr RBR  rbt RBS  rn RB  rp RP  ql/qlp RB  wql/wrb WRB
 *   in/cs IN  cc CC  to TO  at/dt/dti/dts/dtx DT  abn/abx/abl PDT  ex EX
 *   pps/ppss/ppo/ppl/ppls/pp$$ PRP  pp$ PRP$  pn NN
 *   wdt WDT  wps/wpo WP  wp$ WP$  cd CD  uh UH  fw-* FW  nil SYM
 *   . STOP (but ; COLON, as in Penn)  , COMMA  : and -- COLON  ( LPAREN  ) RPAREN  `` LQUOTE  '' ' RQUOTE
 *
 * Flags and norms imitate tocsin's tokenizer (text/): norm is the lower-case
 * word with `` and '' as ", and punctuation is glued to the word before it. */
#include "lex/brown.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *brown;
    uint8_t tag;
} tag_pair;

static const tag_pair tag_table[] = {
    {"nn", TAG_NN}, {"nns", TAG_NNS}, {"np", TAG_NNP}, {"nps", TAG_NNPS},
    {"nr", TAG_NN}, {"nrs", TAG_NNS}, {"pn", TAG_NN},
    {"vb", TAG_VB}, {"vbd", TAG_VBD}, {"vbn", TAG_VBN}, {"vbg", TAG_VBG}, {"vbz", TAG_VBZ},
    {"be", TAG_VB}, {"bed", TAG_VBD}, {"bedz", TAG_VBD}, {"bez", TAG_VBZ},
    {"bem", TAG_VBP}, {"ber", TAG_VBP}, {"ben", TAG_VBN}, {"beg", TAG_VBG},
    {"hv", TAG_VB}, {"hvd", TAG_VBD}, {"hvz", TAG_VBZ}, {"hvn", TAG_VBN}, {"hvg", TAG_VBG},
    {"do", TAG_VB}, {"dod", TAG_VBD}, {"doz", TAG_VBZ}, {"md", TAG_MD},
    {"jj", TAG_JJ}, {"jjr", TAG_JJR}, {"jjs", TAG_JJS}, {"jjt", TAG_JJS},
    {"od", TAG_JJ}, {"ap", TAG_JJ},
    {"rb", TAG_RB}, {"rbr", TAG_RBR}, {"rbt", TAG_RBS}, {"rn", TAG_RB}, {"rp", TAG_RP},
    {"ql", TAG_RB}, {"qlp", TAG_RB}, {"wql", TAG_WRB}, {"wrb", TAG_WRB}, {"*", TAG_RB},
    {"in", TAG_IN}, {"cs", TAG_IN}, {"cc", TAG_CC}, {"to", TAG_TO},
    {"at", TAG_DT}, {"dt", TAG_DT}, {"dti", TAG_DT}, {"dts", TAG_DT}, {"dtx", TAG_DT},
    {"abn", TAG_PDT}, {"abx", TAG_PDT}, {"abl", TAG_PDT}, {"ex", TAG_EX},
    {"pps", TAG_PRP}, {"ppss", TAG_PRP}, {"ppo", TAG_PRP}, {"ppl", TAG_PRP},
    {"ppls", TAG_PRP}, {"pp$$", TAG_PRP}, {"pp$", TAG_PRPS},
    {"wdt", TAG_WDT}, {"wps", TAG_WP}, {"wpo", TAG_WP}, {"wp$", TAG_WPS},
    {"cd", TAG_CD}, {"uh", TAG_UH}, {"nil", TAG_SYM},
    {".", TAG_STOP}, {",", TAG_COMMA}, {":", TAG_COLON}, {"--", TAG_COLON},
    {"(", TAG_LPAREN}, {")", TAG_RPAREN}, {"``", TAG_LQUOTE}, {"''", TAG_RQUOTE},
    {"'", TAG_RQUOTE},
};

static int lookup_tag(const char *t, size_t len)
{
    for (size_t i = 0; i < sizeof tag_table / sizeof tag_table[0]; i++)
        if (strlen(tag_table[i].brown) == len && memcmp(tag_table[i].brown, t, len) == 0)
            return tag_table[i].tag;
    return -1;
}

/* Strips the -tl/-hl/-nc decorations (in any order) and reports -tl. */
static size_t strip_decorations(const char *t, size_t len, int *title)
{
    *title = 0;
    for (;;) {
        if (len > 3 && t[len - 3] == '-' &&
            (memcmp(t + len - 2, "tl", 2) == 0 || memcmp(t + len - 2, "hl", 2) == 0 ||
             memcmp(t + len - 2, "nc", 2) == 0)) {
            if (t[len - 2] == 't') *title = 1;
            len -= 3;
        } else {
            return len;
        }
    }
}

static tc_tag title_tag(tc_tag tag, const char *word)
{
    if (!word || !isupper((unsigned char)word[0])) return tag;
    switch (tag) {
    case TAG_NN: case TAG_JJ: case TAG_VBN: case TAG_VBG: case TAG_VB: return TAG_NNP;
    case TAG_NNS: return TAG_NNPS;
    default: return tag;
    }
}

tc_tag brown_map_tag(const char *tag, size_t len, const char *word)
{
    int title;
    if (len >= 3 && memcmp(tag, "fw-", 3) == 0) return TAG_FW;
    if (word && word[0] == ';' && len == 1 && tag[0] == '.') return TAG_COLON;  /* Penn's ; */
    len = strip_decorations(tag, len, &title);
    const char *plus = memchr(tag, '+', len);
    if (plus) len = (size_t)(plus - tag);
    if (len > 1 && tag[len - 1] == '*') len--;
    int t = lookup_tag(tag, len);
    if (t < 0 && len > 1 && tag[len - 1] == '$') t = lookup_tag(tag, len - 1);
    if (t < 0) return TAG_SYM;
    if (t == TAG_NN && len == 2 && memcmp(tag, "nr", 2) == 0 && word &&
        isupper((unsigned char)word[0]))
        return TAG_NNP;
    return title ? title_tag((tc_tag)t, word) : (tc_tag)t;
}

/* ---- building the corpus ------------------------------------------------ */

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return p;
    size_t n = *cap ? *cap : 1024;
    while (n < need) n *= 2;
    void *q = realloc(p, n * size);
    if (!q) {
        fputs("tocsin: out of memory\n", stderr);
        abort();
    }
    *cap = n;
    return q;
}

static unsigned word_flags(const char *w, size_t len)
{
    unsigned f = 0, letters = 0, upper = 0, alnum = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (isalpha(c)) letters++, upper += isupper(c) != 0;
        if (isalnum(c)) alnum++;
    }
    if (len && isupper((unsigned char)w[0])) f |= TOK_CAP;
    if (letters >= 2 && upper == letters) f |= TOK_ALLCAPS;
    if (len && isdigit((unsigned char)w[0])) f |= TOK_NUMBER;
    if (!alnum) f |= TOK_PUNCT;
    if (len > 1 && w[len - 1] == '.' && letters) f |= TOK_ABBREV;
    return f;
}

static int is_quote(const char *w, size_t len)
{
    return (len == 2 && (memcmp(w, "``", 2) == 0 || memcmp(w, "''", 2) == 0)) ||
           (len == 1 && (w[0] == '\'' || w[0] == '"' || w[0] == '`'));
}

/* Punctuation that the tokenizer finds glued to the previous word. */
static int glued(const char *w, size_t len, int clitic)
{
    if (clitic) return 1;
    if (len == 2 && memcmp(w, "''", 2) == 0) return 1;
    return len == 1 && strchr(",.;:?!)'", w[0]) != NULL;
}

static void add_token(brown_corpus *c, const char *w, size_t len, tc_tag tag, int clitic)
{
    if (c->ntoks + 1 > c->tcap) {  /* the three per-token arrays grow together */
        size_t cap = c->tcap;
        c->toks = grow(c->toks, &cap, c->ntoks + 1, sizeof *c->toks);
        size_t gcap = c->tcap, ncap = c->tcap;
        c->gold = grow(c->gold, &gcap, cap, 1);
        c->norm_off = grow(c->norm_off, &ncap, cap, sizeof *c->norm_off);
        c->tcap = cap;
    }
    c->text = grow(c->text, &c->cap, c->len + len + 2, 1);
    c->norms = grow(c->norms, &c->ncap, c->nlen + len + 2, 1);

    int first = c->nsents == 0 || c->sent_first[c->nsents - 1] == c->ntoks;
    tc_token *t = &c->toks[c->ntoks];
    memset(t, 0, sizeof *t);
    unsigned flags = word_flags(w, len);
    if (is_quote(w, len)) flags |= TOK_QUOTE;
    int after_open = !first && c->ntoks > 0 && c->len > 0 &&
                     (c->text[c->len - 1] == '`' || c->text[c->len - 1] == '(');
    if (!first && !glued(w, len, clitic) && !after_open) flags |= TOK_SPACE_BEFORE;
    if (!first) c->text[c->len++] = ' ';
    t->start = (uint32_t)c->len;
    memcpy(c->text + c->len, w, len);
    c->len += len;
    c->text[c->len] = '\0';
    t->end = (uint32_t)c->len;
    t->flags = (uint8_t)flags;

    c->norm_off[c->ntoks] = (uint32_t)c->nlen;
    if (len == 2 && (memcmp(w, "``", 2) == 0 || memcmp(w, "''", 2) == 0)) {
        c->norms[c->nlen++] = '"';
    } else {
        for (size_t i = 0; i < len; i++) c->norms[c->nlen++] = (char)tolower((unsigned char)w[i]);
    }
    c->norms[c->nlen++] = '\0';
    c->gold[c->ntoks++] = (uint8_t)tag;
}

static int ends_with(const char *w, size_t len, const char *suf)
{
    size_t n = strlen(suf);
    if (len <= n) return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)w[len - n + i]) != suf[i]) return 0;
    return 1;
}

/* One Brown word/tag pair, split into tocsin tokens where tocsin splits. */
static void add_pair(brown_corpus *c, const char *w, size_t wlen, const char *t, size_t tlen)
{
    int title;
    size_t base = strip_decorations(t, tlen, &title);
    if (tlen >= 3 && memcmp(t, "fw-", 3) == 0) {
        add_token(c, w, wlen, TAG_FW, 0);
        return;
    }
    const char *plus = memchr(t, '+', base);
    const char *apos = memchr(w, '\'', wlen);
    if (plus && apos && apos > w) {
        size_t p = (size_t)(apos - w);
        add_token(c, w, p, brown_map_tag(t, (size_t)(plus - t), w), 0);
        add_token(c, apos, wlen - p, brown_map_tag(plus + 1, tlen - (size_t)(plus + 1 - t), apos), 1);
        return;
    }
    if (!plus && base > 1 && t[base - 1] == '*' && ends_with(w, wlen, "n't")) {
        add_token(c, w, wlen - 3, brown_map_tag(t, tlen, w), 0);
        add_token(c, w + wlen - 3, 3, TAG_RB, 1);
        return;
    }
    if (!plus && base > 1 && t[base - 1] == '$' && lookup_tag(t, base) < 0) {
        size_t cl = ends_with(w, wlen, "'s") ? 2 : (wlen > 1 && w[wlen - 1] == '\'') ? 1 : 0;
        if (cl) {
            add_token(c, w, wlen - cl, brown_map_tag(t, tlen, w), 0);
            add_token(c, w + wlen - cl, cl, TAG_POS, 1);
            return;
        }
    }
    add_token(c, w, wlen, brown_map_tag(t, tlen, w), 0);
}

static void add_line(brown_corpus *c, char *line)
{
    size_t before = c->ntoks;
    c->sent_first = grow(c->sent_first, &c->scap, c->nsents + 2, sizeof *c->sent_first);
    c->sent_first[c->nsents] = c->ntoks;  /* provisional: marks "first token" */
    c->nsents++;
    for (char *tok = strtok(line, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n")) {
        char *slash = strrchr(tok, '/');
        if (!slash || slash == tok || !slash[1]) continue;
        add_pair(c, tok, (size_t)(slash - tok), slash + 1, strlen(slash + 1));
    }
    if (c->ntoks == before) c->nsents--;  /* an empty line is no sentence */
    c->sent_first[c->nsents] = c->ntoks;
}

static int read_file(brown_corpus *c, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[65536];
    while (fgets(line, sizeof line, f)) add_line(c, line);
    fclose(f);
    return 0;
}

static int is_corpus_name(const char *n)
{
    return strlen(n) == 4 && n[0] == 'c' && islower((unsigned char)n[1]) &&
           isdigit((unsigned char)n[2]) && isdigit((unsigned char)n[3]);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void finish(brown_corpus *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->ntoks; i++) c->toks[i].norm = c->norms + c->norm_off[i];
}

int brown_read_dir(const char *dir, brown_corpus *train, brown_corpus *heldout,
                   char *err, size_t errcap)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, errcap, "%s: cannot open the Brown corpus directory", dir);
        return -1;
    }
    char *names[1024];
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) && n < 1024;)
        if (is_corpus_name(e->d_name)) names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], cmp_names);  /* readdir order is arbitrary */
    int rc = n ? 0 : -1;
    if (!n) snprintf(err, errcap, "%s: no Brown corpus files (ca01 ...)", dir);
    for (size_t i = 0; i < n; i++) {
        int held = ((names[i][2] - '0') * 10 + (names[i][3] - '0')) % 10 == 0;
        brown_corpus *c = held ? heldout : train;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (c && rc == 0 && read_file(c, path) < 0) {
            snprintf(err, errcap, "%s: cannot read", path);
            rc = -1;
        }
        free(names[i]);
    }
    finish(train);
    finish(heldout);
    return rc;
}

void brown_free(brown_corpus *c)
{
    if (!c) return;
    free(c->text);
    free(c->toks);
    free(c->gold);
    free(c->norm_off);
    free(c->norms);
    free(c->sent_first);
    memset(c, 0, sizeof *c);
}
