/* petrarch.c -- PETRARCH-1 and PETRARCH2 dictionaries (verbs, actors,
 * agents, discards), read into the same tables as tocsin's own files.
 *
 * The one idea: every PETRARCH construct is mapped onto the representation
 * in dict.h, and what cannot be mapped is loaded as closely as it can be or
 * skipped with "file:line: warning: reason" -- never silently. Broken syntax
 * (a code with no ']', a bad date, a pattern outside any verb block) stops
 * the load with file:line, like the native loaders.
 *
 * Mapping decisions:
 * - Comments: lines starting '#' or '<!', '<!-- ... -->' (also over several
 *   lines), and anything after '#' or ';' (TABARI's comment) are dropped.
 * - Phrases: words separated by '_' or spaces; a trailing '_' (exact word,
 *   no stemming) is stripped since tocsin matches whole folded words. Phrases
 *   are lower-cased before they are stored, because PETRARCH matched without
 *   regard to case; only phrases of one or two letters ("US", "UN") keep their
 *   capitals and so match only ALL-CAPS text.
 * - Actors: "PHRASE [CODE]", "+SYNONYM" lines sharing its codes, and code
 *   lines "[CODE]", "[CODE >YYYYMMDD]", "[CODE <YYYYMMDD]",
 *   "[CODE YYYYMMDD-YYYYMMDD]" (also YYMMDD: 00-30 is 20YY) on the phrase's
 *   line or the lines after. Ranges are inclusive; restricted codes are tried
 *   in file order and the plain code is the default after them. No code at
 *   all, or "[---]", stores the null code "---" (known but not coded).
 *   "[###]" (TABARI's discard code) makes the phrases sentence discards.
 * - Agents: "NOUN {PLURAL} [~CODE]": "~GOV" is stored as "GOV" (appended to
 *   the actor's code), "NGO~" as "NGO~" (the composer must prefix it).
 *   Without {} the plural is made (Y -> IES, S -> SES, else +S); "{}" means
 *   none. "!MARK! = A, B" defines a substitution set; a phrase with !MARK!
 *   stands for one phrase per member, without plurals.
 * - Verbs: "&NAME" then "+phrase" lines define a synset (members get plurals
 *   unless the name or the member ends in '_'; "+&OTHER" copies a synset).
 *   "--- DESCR [code] ---" opens a block whose patterns its verbs share; a
 *   verb line is "VERB {IRREGULAR FORMS} [own code]", or a multi-word verb
 *   with '+' on the verb word ("WIRE_+TAP", "+CORDON_OFF"). Regular forms
 *   are not generated: the engine looks a token up by its form and lemma.
 *   Codes: "[123]", "[123:456]" (paired: 456 is target -> source), "[---]"
 *   (null), PETRARCH2's "[:456]" (stored as "---" with code2 456: only the
 *   reverse event).
 *   A pattern "- upper * lower [code]" has words, '$' source, '+' target,
 *   '%' compound, '^' skip and '&SET'; '_' joins two elements. PETRARCH2's
 *   "(PREP PHRASE)" and "{NOUN PHRASE}" groups are read as their plain words;
 *   TABARI's "{A | B}" choices expand into one pattern per choice. Pattern
 *   gap is 0 (anywhere in the clause). Transformations ("~ ...") are skipped
 *   with a warning. Loading PETRARCH verbs sets require_dyad = 1.
 * - Discards: "+phrase" is a story discard, a plain phrase a sentence one. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dict/dict.h"
#include "text/text.h"

enum { WORD_MAX = 128, LINE_MAX_TOKENS = 64, CHOICES_MAX = 64 };

/* ---- reading lines -------------------------------------------------- */

typedef struct petr_reader {
    FILE *f;
    const char *path;  /* in the dict's arena: outlives the load */
    int line;
    int in_comment;    /* inside a multi-line <!-- --> */
    char *buf;
    size_t cap;
} petr_reader;

static int petr_open(petr_reader *r, dict *d, const char *path, tocsin_error *err)
{
    memset(r, 0, sizeof *r);
    r->path = arena_strndup(&d->mem, path, strlen(path));
    r->f = fopen(path, "rb");
    if (!r->f) return dict_error(err, TOCSIN_EIO, path, 0, "cannot open: %s", strerror(errno));
    return 0;
}

static void petr_close(petr_reader *r)
{
    if (r->f) fclose(r->f);
    free(r->buf);
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    return s;
}

/* Removes comments from one line; returns 1 if something is left. */
static int strip_comments(petr_reader *r, char *s)
{
    if (r->in_comment) {
        char *end = strstr(s, "-->");
        if (!end) return 0;
        r->in_comment = 0;
        memmove(s, end + 3, strlen(end + 3) + 1);
    }
    char *open;
    while ((open = strstr(s, "<!"))) {
        char *end = strstr(open, "-->");
        if (!end && strchr(open, '>') && !strstr(open, "<!--")) end = strchr(open, '>') - 2;
        if (!end) {
            *open = '\0';
            r->in_comment = 1;
            break;
        }
        memmove(open, end + 3, strlen(end + 3) + 1);
    }
    /* '#' starts a comment except inside TABARI's discard code "[###]" */
    for (char *c = s; *c; c++)
        if (*c == ';' || (*c == '#' && !(c > s && (c[-1] == '[' || c[-1] == '#')))) {
            *c = '\0';
            break;
        }
    return *trim(s) != '\0';
}

/* Next line with comments removed and trimmed; NULL at the end. */
static char *petr_next(petr_reader *r)
{
    for (;;) {
        ssize_t n = getline(&r->buf, &r->cap, r->f);
        if (n < 0) return NULL;
        r->line++;
        if (strip_comments(r, r->buf)) return trim(r->buf);
    }
}

static void petr_warn(dict *d, const petr_reader *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(d->warn, "%s:%d: warning: ", r->path, r->line);
    vfprintf(d->warn, fmt, ap);
    fputc('\n', d->warn);
    va_end(ap);
    d->warnings++;
}

/* ---- phrases and codes ---------------------------------------------- */

/* Writes a dictionary phrase as text: '_' to spaces, trailing '_' and '+'
 * markers dropped, lower case unless it is a one- or two-letter acronym. */
static void phrase_text(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = in; *p && n + 1 < cap; p++) {
        char c = *p == '_' ? ' ' : *p;
        if (c == ' ' && (n == 0 || out[n - 1] == ' ')) continue;
        out[n++] = c;
    }
    while (n && out[n - 1] == ' ') n--;
    out[n] = '\0';
    if (n > 2)
        for (size_t i = 0; i < n; i++) out[i] = (char)tolower((unsigned char)out[i]);
}

/* Folds one dictionary word into 'out' (lower case, no trailing '_'). */
static void fold_word(const char *w, size_t len, char *out, size_t cap)
{
    while (len && w[len - 1] == '_') len--;
    text_fold(w, len, out, cap);
}

/* YYYYMMDD or YYMMDD (00-30 -> 20YY) to an int; -1 if malformed. */
static int parse_ymd(const char *s)
{
    while (*s == ' ') s++;
    size_t n = strspn(s, "0123456789");
    if (n != 6 && n != 8) return -1;
    char buf[9];
    memcpy(buf, s, n);
    buf[n] = '\0';
    int v = atoi(buf);
    if (n == 6) v += (v / 10000 <= 30 ? 20000000 : 19000000);
    int m = v / 100 % 100, day = v % 100;
    if (m < 1 || m > 12 || day < 1 || day > 31) return -1;
    return v;
}

/* Parses the inside of one "[CODE restriction]"; returns 0, -1 for a bad
 * code, -2 for a bad date restriction. */
static int parse_code_range(char *in, code_range *out, int *restricted)
{
    char *s = trim(in);
    char *sp = s;
    while (*sp && !isspace((unsigned char)*sp)) sp++;
    size_t clen = (size_t)(sp - s);
    if (clen == 0 || clen >= sizeof out->code) return -1;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < clen; i++) out->code[i] = (char)toupper((unsigned char)s[i]);
    char *rest = trim(sp);
    *restricted = *rest != '\0';
    if (!*rest) return 0;
    if (*rest == '<' || *rest == '>') {
        int v = parse_ymd(rest + 1);
        if (v < 0) return -2;
        if (*rest == '<') out->to = v;
        else out->from = v;
        return 0;
    }
    char *dash = strchr(rest, '-');
    if (!dash) return -2;
    *dash = '\0';
    out->from = parse_ymd(rest);
    out->to = parse_ymd(dash + 1);
    if (out->from < 0 || out->to < 0 || out->to < out->from) return -2;
    *dash = '-';
    return 0;
}

/* ---- actors --------------------------------------------------------- */

typedef struct actor_rec {
    char **phrases;
    int *lines;
    size_t n, cap;
    code_range *codes;     /* restricted ones in order */
    size_t ncodes, cap_codes;
    code_range def;
    int has_def;
} actor_rec;

static void rec_phrase(actor_rec *a, const char *p, int line)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->phrases = realloc(a->phrases, a->cap * sizeof *a->phrases);
        a->lines = realloc(a->lines, a->cap * sizeof *a->lines);
        if (!a->phrases || !a->lines) abort();
    }
    a->phrases[a->n] = strdup(p);
    a->lines[a->n++] = line;
}

static void rec_code(actor_rec *a, const code_range *c)
{
    if (a->ncodes == a->cap_codes) {
        a->cap_codes = a->cap_codes ? a->cap_codes * 2 : 8;
        a->codes = realloc(a->codes, a->cap_codes * sizeof *a->codes);
        if (!a->codes) abort();
    }
    a->codes[a->ncodes++] = *c;
}

static void rec_clear(actor_rec *a)
{
    for (size_t i = 0; i < a->n; i++) free(a->phrases[i]);
    a->n = a->ncodes = 0;
    a->has_def = 0;
}

static void rec_free(actor_rec *a)
{
    rec_clear(a);
    free(a->phrases);
    free(a->lines);
    free(a->codes);
}

/* Stores the record's phrases with its codes: restricted first, default last. */
static int rec_flush(dict *d, actor_rec *a, phrase_kind kind, const char *path, tocsin_error *err)
{
    if (!a->n) return 0;
    if (!a->has_def && !a->ncodes) {
        snprintf(a->def.code, sizeof a->def.code, "---");
        a->has_def = 1;
    }
    if (a->has_def) rec_code(a, &a->def);
    int discard = strcmp(a->codes[0].code, "###") == 0;
    char name[512];
    phrase_text(a->phrases[0], name, sizeof name);
    int rc = 0;
    for (size_t i = 0; i < a->n && rc == 0; i++) {
        char text[512];
        phrase_text(a->phrases[i], text, sizeof text);
        if (!*text) {
            rc = dict_error(err, TOCSIN_EDICT, path, a->lines[i], "empty phrase");
        } else if (discard) {
            dict_add_discard(d, text, DISCARD_SENTENCE);
        } else {
            rc = dict_add_phrase_ranges(d, text, kind, a->codes, a->ncodes, name, path, a->lines[i], err);
        }
    }
    rec_clear(a);
    return rc;
}

/* Reads every "[...]" in s into the record; returns 0 or an error. */
static int read_codes(dict *d, actor_rec *a, char *s, const petr_reader *r, tocsin_error *err)
{
    char *open;
    while ((open = strchr(s, '['))) {
        char *close = strchr(open, ']');
        if (!close) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "'[' without ']'");
        *close = '\0';
        code_range c;
        int restricted;
        int bad = parse_code_range(open + 1, &c, &restricted);
        if (bad == -1) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "empty or overlong code in [...]");
        if (bad == -2)  /* PETRARCH skips such a restriction too */
            petr_warn(d, r, "bad date restriction [%s]: expected <DATE, >DATE or DATE-DATE (YYYYMMDD or YYMMDD); skipped",
                      open + 1);
        else if (restricted) rec_code(a, &c);
        else if (!a->has_def) a->def = c, a->has_def = 1;
        s = close + 1;
    }
    if (*trim(s)) petr_warn(d, r, "text after the code ignored: '%s'", trim(s));
    return 0;
}

int dict_load_petrarch_actors_as(dict *d, const char *path, phrase_kind kind, int dialect, tocsin_error *err)
{
    (void)dialect;  /* the formats agree; TABARI's ';' and YYMMDD are always accepted */
    petr_reader r;
    int rc = petr_open(&r, d, path, err);
    actor_rec a;
    memset(&a, 0, sizeof a);
    char *s;
    while (rc == 0 && (s = petr_next(&r))) {
        if (strstr(s, "---STOP---")) break;
        if (*s == '[') {
            if (!a.n) rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "a code line before any actor phrase");
            else rc = read_codes(d, &a, s, &r, err);
            continue;
        }
        char *br = strchr(s, '[');
        char *codes = br ? br : s + strlen(s);
        char save = *codes;
        *codes = '\0';
        char *phrase = trim(s);
        if (*phrase == '+') {
            if (!a.n) {
                rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "a '+' synonym before any actor phrase");
                break;
            }
            phrase = trim(phrase + 1);
        } else {
            rc = rec_flush(d, &a, kind, r.path, err);
        }
        if (rc == 0 && !*phrase) rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "empty phrase");
        if (rc) break;
        rec_phrase(&a, phrase, r.line);
        *codes = save;
        if (br) rc = read_codes(d, &a, br, &r, err);
    }
    if (rc == 0) rc = rec_flush(d, &a, kind, r.path, err);
    rec_free(&a);
    petr_close(&r);
    return rc;
}

int dict_load_petrarch_actors(dict *d, const char *path, tocsin_error *err)
{
    return dict_load_petrarch_actors_as(d, path, PHRASE_ACTOR, PETR_DIALECT_PETRARCH, err);
}

/* ---- agents --------------------------------------------------------- */

typedef struct subst_set {
    char name[64];
    char items[32][64];
    int n;
} subst_set;

static int add_agent(dict *d, const char *phrase, const char *code, const petr_reader *r, tocsin_error *err)
{
    char text[512];
    phrase_text(phrase, text, sizeof text);
    if (!*text) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "empty agent phrase");
    return dict_add_phrase(d, text, PHRASE_AGENT, code, 0, 0, NULL, r->path, r->line, err);
}

/* "!NAME! = A, B, C" */
static int define_subst(char *s, subst_set *sets, int *nsets, const petr_reader *r, tocsin_error *err)
{
    char *a = strchr(s, '!'), *b = a ? strchr(a + 1, '!') : NULL, *eq = strchr(s, '=');
    if (!a || !b || !eq || eq < b || *nsets == 16 || (size_t)(b - a - 1) >= sizeof sets->name)
        return dict_error(err, TOCSIN_EDICT, r->path, r->line, "bad substitution set: expected !NAME! = A, B, ...");
    subst_set *set = &sets[(*nsets)++];
    memset(set, 0, sizeof *set);
    memcpy(set->name, a + 1, (size_t)(b - a - 1));
    char *save = NULL;
    for (char *it = strtok_r(eq + 1, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
        it = trim(it);
        if (!*it) continue;
        /* an item dropped here would silently leave phrases out */
        if (set->n == 32 || strlen(it) >= sizeof set->items[0])
            return dict_error(err, TOCSIN_EDICT, r->path, r->line,
                              "substitution set !%s!: more than 32 items or an item of 64 bytes or more", set->name);
        snprintf(set->items[set->n++], sizeof set->items[0], "%s", it);
    }
    return 0;
}

static int agent_with_subst(dict *d, char *phrase, const char *code, const subst_set *sets, int nsets,
                            const petr_reader *r, tocsin_error *err)
{
    char *a = strchr(phrase, '!'), *b = a ? strchr(a + 1, '!') : NULL;
    if (!b) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "substitution marker without its closing '!'");
    *a = *b = '\0';
    const subst_set *set = NULL;
    for (int i = 0; i < nsets; i++)
        if (strcmp(sets[i].name, a + 1) == 0) set = &sets[i];
    if (!set) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "undefined substitution marker !%s!", a + 1);
    int rc = 0;
    for (int i = 0; i < set->n && rc == 0; i++) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s%s%s", phrase, set->items[i], b + 1);
        rc = add_agent(d, buf, code, r, err);
    }
    return rc;
}

/* "~GOV" -> "GOV"; "NGO~" stays. */
static int agent_code(char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (char *p = in; *p; p++)
        if (!isspace((unsigned char)*p) && n + 1 < cap) out[n++] = (char)toupper((unsigned char)*p);
    out[n] = '\0';
    if (out[0] == '~') memmove(out, out + 1, n--);
    return n > 0 && strchr(out, '~') == strrchr(out, '~') ? 0 : -1;
}

static void make_plural(const char *s, char *out, size_t cap)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '_' || s[n - 1] == ' ')) n--;
    char last = n ? (char)toupper((unsigned char)s[n - 1]) : 0;
    if (last == 'Y') snprintf(out, cap, "%.*sIES", (int)(n - 1), s);
    else if (last == 'S') snprintf(out, cap, "%.*sES", (int)n, s);
    else snprintf(out, cap, "%.*sS", (int)n, s);
}

int dict_load_petrarch_agents(dict *d, const char *path, tocsin_error *err)
{
    petr_reader r;
    int rc = petr_open(&r, d, path, err);
    subst_set *sets = calloc(16, sizeof *sets);
    int nsets = 0;
    char *s;
    while (rc == 0 && (s = petr_next(&r))) {
        if (strchr(s, '!') && strchr(s, '=')) {
            rc = define_subst(s, sets, &nsets, &r, err);
            continue;
        }
        char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
        if (!close) {  /* PETRARCH skips the line too */
            petr_warn(d, &r, "agent without a [~CODE]: skipped");
            continue;
        }
        *open = *close = '\0';
        char code[24];
        if (agent_code(open + 1, code, sizeof code)) {
            rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "bad agent code: expected [~CODE] or [CODE~]");
            break;
        }
        char *phrase = s, *plural = NULL, *brace = strchr(s, '{');
        if (brace) {
            char *end = strchr(brace, '}');
            if (!end) {
                rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "'{' without '}'");
                break;
            }
            *brace = *end = '\0';
            plural = trim(brace + 1);
        }
        phrase = trim(phrase);
        if (strchr(phrase, '!')) {
            rc = agent_with_subst(d, phrase, code, sets, nsets, &r, err);
            continue;
        }
        rc = add_agent(d, phrase, code, &r, err);
        char made[512];
        if (!plural) {
            make_plural(phrase, made, sizeof made);
            plural = made;
        }
        if (rc == 0 && *plural) rc = add_agent(d, plural, code, &r, err);
    }
    free(sets);
    petr_close(&r);
    return rc;
}

/* ---- discards ------------------------------------------------------- */

int dict_load_discards(dict *d, const char *path, tocsin_error *err)
{
    petr_reader r;
    int rc = petr_open(&r, d, path, err);
    char *s;
    while (rc == 0 && (s = petr_next(&r))) {
        int kind = *s == '+' ? DISCARD_STORY : DISCARD_SENTENCE;
        char text[512];
        phrase_text(kind == DISCARD_STORY ? s + 1 : s, text, sizeof text);
        if (!*text) rc = dict_error(err, TOCSIN_EDICT, r.path, r.line, "empty discard phrase");
        else dict_add_discard(d, text, kind);
    }
    petr_close(&r);
    return rc;
}

/* ---- verbs ---------------------------------------------------------- */

typedef struct verb_state {
    dict *d;
    petr_reader *r;
    int dialect;
    int have_block;
    uint32_t block;
    char primary[8], primary2[8];
    int in_synset;
    uint32_t synset;
    int synset_plurals;
} verb_state;

/* "123", "123:456" or "---" into code/code2; -1 when too long or empty. */
static int split_code(const char *in, char *code, char *code2)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", in);
    char *s = trim(buf);
    char *colon = strchr(s, ':');
    if (colon) *colon = '\0';
    char *a = trim(s), *b = colon ? trim(colon + 1) : "";
    if (!*a && *b) a = "---";  /* PETRARCH2's "[:173]": only the reverse event */
    if (!*a || strlen(a) >= 8 || strlen(b) >= 8 || strchr(a, ' ')) return -1;
    snprintf(code, 8, "%s", a);
    snprintf(code2, 8, "%s", b);
    return 0;
}

/* Words of a multi-word verb ("WIRE_+TAP", "+CORDON_OFF", "LASH OUT"):
 * the '+' word (else the first) is the key; the others become joined
 * upper/lower elements of the form. */
static int verb_words(verb_state *st, const char *text, verb_form *f, char *key, size_t cap)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    char *words[PATTERN_MAX_ELEMS];
    int n = 0, vi = -1;
    char *save = NULL;
    for (char *w = strtok_r(buf, "_ \t", &save); w && n < PATTERN_MAX_ELEMS; w = strtok_r(NULL, "_ \t", &save)) {
        if (*w == '+') {
            if (vi < 0) vi = n;
            w++;
        }
        if (*w) words[n++] = w;
    }
    if (n == 0) return -1;
    if (vi < 0) vi = 0;
    fold_word(words[vi], strlen(words[vi]), key, cap);
    pattern_elem *el = arena_alloc(&st->d->mem, (size_t)n * sizeof *el);
    for (int i = 0; i < n; i++) {
        char w[WORD_MAX];
        fold_word(words[i], strlen(words[i]), w, sizeof w);
        el[i] = (pattern_elem){.kind = EL_WORD, .joined = 1, .word = arena_strndup(&st->d->mem, w, strlen(w))};
    }
    f->nupper = (uint8_t)vi;
    f->upper = el;
    f->nlower = (uint8_t)(n - vi - 1);
    f->lower = el + vi + 1;
    return 0;
}

static int add_verb(verb_state *st, const char *text, const char *code, const char *code2)
{
    verb_form f;
    memset(&f, 0, sizeof f);
    f.block = st->block;
    snprintf(f.code, sizeof f.code, "%s", code);
    snprintf(f.code2, sizeof f.code2, "%s", code2);
    char key[WORD_MAX];
    if (verb_words(st, text, &f, key, sizeof key) || !*key) return -1;
    dict_add_verb_form(st->d, key, &f);
    return 0;
}

/* A verb line: "VERB {FORMS} [code]". */
static int verb_line(verb_state *st, char *s, tocsin_error *err)
{
    petr_reader *r = st->r;
    char code[8], code2[8];
    snprintf(code, sizeof code, "%s", st->primary);
    snprintf(code2, sizeof code2, "%s", st->primary2);
    char *open = strchr(s, '[');
    if (open) {
        char *close = strchr(open, ']');
        if (!close) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "'[' without ']'");
        *close = '\0';
        if (split_code(open + 1, code, code2)) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "bad verb code");
        *open = '\0';
    }
    char *forms = NULL, *brace = strchr(s, '{');
    if (brace) {
        char *end = strchr(brace, '}');
        if (!end) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "'{' without '}'");
        *brace = *end = '\0';
        forms = brace + 1;
    }
    char *main = trim(s);
    if (!*main) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "empty verb");
    if (st->dialect == PETR_DIALECT_TABARI || !st->have_block) {
        if (st->dialect != PETR_DIALECT_TABARI)
            return dict_error(err, TOCSIN_EDICT, r->path, r->line, "a verb before any '--- NAME [code] ---' block");
        /* TABARI: every verb has its own patterns */
        st->block = dict_verb_block(st->d, main);
        st->have_block = 1;
        snprintf(st->primary, sizeof st->primary, "%s", code);
        snprintf(st->primary2, sizeof st->primary2, "%s", code2);
    }
    if (add_verb(st, main, code, code2)) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "empty verb");
    if (forms) {
        char *save = NULL;
        for (char *w = strtok_r(forms, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
            if (add_verb(st, w, code, code2)) petr_warn(st->d, r, "empty verb form skipped");
    }
    return 0;
}

/* "--- DESCR [code] ---" */
static int block_line(verb_state *st, char *s, tocsin_error *err)
{
    char *body = s + 3;
    size_t n = strlen(body);
    while (n >= 3 && strcmp(body + n - 3, "---") == 0) body[n -= 3] = '\0';
    snprintf(st->primary, sizeof st->primary, "---");
    st->primary2[0] = '\0';
    char *open = strchr(body, '[');
    if (open) {
        char *close = strchr(open, ']');
        if (!close) return dict_error(err, TOCSIN_EDICT, st->r->path, st->r->line, "'[' without ']'");
        *close = '\0';
        if (split_code(open + 1, st->primary, st->primary2))
            return dict_error(err, TOCSIN_EDICT, st->r->path, st->r->line, "bad block code");
        *open = '\0';
    }
    char *name = trim(body);
    size_t len = strlen(name);
    while (len && name[len - 1] == '_') name[--len] = '\0';
    st->block = dict_verb_block(st->d, *name ? name : "---");
    st->have_block = 1;
    return 0;
}

/* "&NAME": opens a synset; the '+' lines after it fill it. */
static void synset_line(verb_state *st, char *s)
{
    char *sp = s;
    while (*sp && !isspace((unsigned char)*sp)) sp++;
    *sp = '\0';
    size_t n = strlen(s);
    st->synset_plurals = 1;
    while (n && s[n - 1] == '_') s[--n] = '\0', st->synset_plurals = 0;
    st->synset = dict_synset(st->d, s);
    st->in_synset = 1;
}

static void synset_member(verb_state *st, char *s)
{
    s = trim(s + 1);
    if (*s == '&') {
        uint32_t other;
        size_t n = strlen(s);
        while (n && s[n - 1] == '_') s[--n] = '\0';
        if (!dict_synset_find(st->d, s, &other)) {
            petr_warn(st->d, st->r, "undefined synset %s in a synset: skipped", s);
            return;
        }
        dict_synset_copy(st->d, st->synset, other);
        return;
    }
    int plural = st->synset_plurals && s[strlen(s) - 1] != '_';
    char text[512];
    phrase_text(s, text, sizeof text);
    if (!*text) return;
    dict_synset_add(st->d, st->synset, text);
    if (plural) {
        char p[512];
        make_plural(text, p, sizeof p);
        for (char *c = p; *c; c++) *c = (char)tolower((unsigned char)*c);
        dict_synset_add(st->d, st->synset, p);
    }
}

/* One token of a pattern: its text and whether '_' joined it to the one
 * before. */
typedef struct ptok {
    char w[WORD_MAX];
    int joined;
} ptok;

/* The longest "&NAME" (cut at '_') that names a synset; its length or 0. */
static size_t synset_prefix(const dict *d, const char *s, size_t len, uint32_t *out)
{
    char buf[WORD_MAX];
    while (len > 1) {
        size_t n = len < sizeof buf ? len : sizeof buf - 1;
        memcpy(buf, s, n);
        buf[n] = '\0';
        size_t k = n;
        while (k && buf[k - 1] == '_') buf[--k] = '\0';
        if (dict_synset_find(d, buf, out)) return len;
        size_t u = len - 1;
        while (u > 0 && s[u] != '_') u--;
        if (u == 0) break;
        len = u;
    }
    return 0;
}

/* Splits a pattern body into tokens; -1 when an '&' names no synset (the
 * name goes to 'bad'), -2 when there are too many. */
static int tokenize_pattern(const dict *d, const char *s, ptok *out, int max, uint32_t *syn, char *bad, size_t badcap)
{
    int n = 0, joined = 0;
    const char *p = s;
    while (*p) {
        if (*p == ' ' || *p == '\t' || strchr("(){}", *p)) {
            joined = 0;
            p++;
            continue;
        }
        if (*p == '_') {
            joined = 1;
            p++;
            continue;
        }
        if (n == max) return -2;
        size_t len;
        if (*p == '&') {
            size_t all = strcspn(p, " \t(){}");
            len = synset_prefix(d, p, all, &syn[n]);
            if (!len) {
                snprintf(bad, badcap, "%.*s", (int)all, p);
                return -1;
            }
        } else if (strchr("*$+%^", *p)) {
            len = 1;
        } else {
            len = strcspn(p, " \t_(){}*");
        }
        snprintf(out[n].w, sizeof out[n].w, "%.*s", (int)len, p);
        out[n].joined = joined;
        joined = 0;
        n++;
        p += len;
    }
    return n;
}

static pattern_elem make_elem(dict *d, const ptok *t, uint32_t syn)
{
    pattern_elem e = {.joined = (uint8_t)t->joined};
    switch (t->w[0]) {
    case '$': e.kind = EL_SOURCE; break;
    case '+': e.kind = EL_TARGET; break;
    case '%': e.kind = EL_COMPOUND; break;
    case '^': e.kind = EL_SKIP; break;
    case '&':
        e.kind = EL_SYNSET;
        e.synset = syn;
        break;
    default: {
        char w[WORD_MAX];
        fold_word(t->w, strlen(t->w), w, sizeof w);
        e.kind = EL_WORD;
        e.word = arena_strndup(&d->mem, w, strlen(w));
    }
    }
    return e;
}

/* Adds one pattern body (no choices left in it). */
static void add_one_pattern(verb_state *st, const char *body, const char *code, const char *code2, const char *text)
{
    ptok tok[PATTERN_MAX_ELEMS + 1];
    uint32_t syn[PATTERN_MAX_ELEMS + 1];
    char bad[WORD_MAX];
    int n = tokenize_pattern(st->d, body, tok, PATTERN_MAX_ELEMS + 1, syn, bad, sizeof bad);
    if (n == -1) {
        petr_warn(st->d, st->r, "undefined synset %s: pattern skipped", bad);
        return;
    }
    if (n == -2) {
        petr_warn(st->d, st->r, "pattern longer than %d elements: skipped", PATTERN_MAX_ELEMS);
        return;
    }
    int star = -1, stars = 0;
    for (int i = 0; i < n; i++)
        if (strcmp(tok[i].w, "*") == 0) star = star < 0 ? i : star, stars++;
    if (stars != 1) {
        petr_warn(st->d, st->r, "pattern needs exactly one '*': skipped");
        return;
    }
    verb_pattern p;
    memset(&p, 0, sizeof p);
    p.upper_joined = (uint8_t)(tok[star].joined && star > 0);
    snprintf(p.code, sizeof p.code, "%s", code);
    snprintf(p.code2, sizeof p.code2, "%s", code2);
    p.text = arena_strndup(&st->d->mem, text, strlen(text));
    p.file = st->r->path;
    p.line = st->r->line;
    p.gap = 0;
    p.exact = 1;
    p.nupper = (uint8_t)star;
    p.nlower = (uint8_t)(n - star - 1);
    p.upper = arena_alloc(&st->d->mem, (size_t)(n ? n : 1) * sizeof *p.upper);
    p.lower = p.upper + star;
    p.nwords = 1;
    for (int i = 0, k = 0; i < n; i++) {
        if (i == star) continue;
        p.upper[k++] = make_elem(st->d, &tok[i], syn[i]);
        p.nwords += tok[i].w[0] != '$' && tok[i].w[0] != '+' && tok[i].w[0] != '%' && tok[i].w[0] != '^';
    }
    dict_add_pattern(st->d, st->block, &p);
}

/* Expands TABARI's "{A | B}" choices (at most CHOICES_MAX patterns). */
static void expand_choices(verb_state *st, const char *body, const char *code, const char *code2, const char *text,
                           int *budget)
{
    const char *open = body;
    const char *close = NULL;
    while ((open = strchr(open, '{'))) {
        close = strchr(open, '}');
        if (close && memchr(open, '|', (size_t)(close - open))) break;
        open = close ? close : open + 1;
        if (!close) break;
    }
    if (!open || !close) {
        if ((*budget)-- > 0) add_one_pattern(st, body, code, code2, text);
        else if (*budget == -1) petr_warn(st->d, st->r, "more than %d choice expansions: rest skipped", CHOICES_MAX);
        return;
    }
    const char *alt = open + 1;
    while (alt <= close) {
        const char *bar = memchr(alt, '|', (size_t)(close - alt));
        const char *end = bar ? bar : close;
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s %.*s %s", (int)(open - body), body, (int)(end - alt), alt, close + 1);
        expand_choices(st, buf, code, code2, text, budget);
        alt = end + 1;
    }
}

/* "- upper * lower [code]" */
static int pattern_line(verb_state *st, char *s, tocsin_error *err)
{
    petr_reader *r = st->r;
    if (!st->have_block) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "a pattern before any verb");
    char text[512];
    snprintf(text, sizeof text, "%s", s);
    char code[8], code2[8];
    char *open = strrchr(s, '[');
    if (!open) {
        petr_warn(st->d, r, "pattern without a [code]: skipped");
        return 0;
    }
    char *close = strchr(open, ']');
    if (!close) return dict_error(err, TOCSIN_EDICT, r->path, r->line, "'[' without ']'");
    *close = '\0';
    if (split_code(open + 1, code, code2) || strspn(code, "0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#+") !=
                                                    strlen(code)) {
        petr_warn(st->d, r, "pattern code [%s] not understood: skipped", open + 1);
        return 0;
    }
    *open = '\0';
    char *body = trim(s + 1);
    /* TABARI's "WORD_ " (open match) is a plain word */
    for (char *u; (u = strstr(body, "_ "));) *u = ' ';
    int budget = CHOICES_MAX;
    expand_choices(st, body, code, code2, trim(text), &budget);
    return 0;
}

int dict_load_petrarch_verbs_as(dict *d, const char *path, int dialect, tocsin_error *err)
{
    petr_reader r;
    int rc = petr_open(&r, d, path, err);
    verb_state st;
    memset(&st, 0, sizeof st);
    st.d = d;
    st.r = &r;
    st.dialect = dialect;
    char *s;
    while (rc == 0 && (s = petr_next(&r))) {
        if (*s == '+' && st.in_synset) {
            synset_member(&st, s);
            continue;
        }
        st.in_synset = 0;
        if (strncmp(s, "---", 3) == 0) rc = block_line(&st, s, err);
        else if (*s == '-') rc = pattern_line(&st, s, err);
        else if (*s == '&') synset_line(&st, s);
        else if (*s == '~') petr_warn(d, &r, "transformation rule not supported: skipped");
        else rc = verb_line(&st, s, err);
    }
    petr_close(&r);
    if (rc == 0) {
        d->require_dyad = 1;
        d->petrarch_rules = 1;
    }
    return rc;
}

int dict_load_petrarch_verbs(dict *d, const char *path, tocsin_error *err)
{
    return dict_load_petrarch_verbs_as(d, path, PETR_DIALECT_PETRARCH, err);
}

/* ---- format detection ----------------------------------------------- */

int dict_is_petrarch_file(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (!strncmp(base, "PETR.", 5) || !strncmp(base, "Phoenix.", 8) || !strncmp(base, "CAMEO.", 6)) return 1;
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    char line[1024];
    int found = 0;
    for (int i = 0; i < 400 && !found && fgets(line, sizeof line, f); i++) {
        if (!strncmp(line, "<!", 2) || !strncmp(line, "---", 3) || line[0] == '&' || line[0] == '+') found = 1;
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char *t = trim(line);
        size_t n = strlen(t);
        if (n && (t[n - 1] == ']' || t[0] == '[')) found = 1;
    }
    fclose(f);
    return found;
}
