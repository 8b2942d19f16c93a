/* pattern.c -- verb patterns against the tokens of one sentence.
 *
 * Matching is greedy and never backtracks: each element takes the nearest
 * place it fits, which is what TABARI and PETRARCH dictionaries were written
 * for. Upper elements are matched right to left from the verb, lower ones
 * left to right, so "upper" words closest to the verb are found first. */
#include <string.h>

#include "event/pattern.h"

/* What the native rules ask of a sentence's tokens again and again while
 * matching, read once per sentence (pattern_marks): words of a measure
 * ("more than eight hours of"), adjunct openers ("after"), records ("a
 * video of"). */
enum { MARK_MEASURE = 1, MARK_ADJUNCT = 2, MARK_RECORD = 4 };

typedef struct ctx {
    const dict *d;
    const tc_doc *doc;
    uint32_t lo, hi;          /* the clause: tokens [lo, hi) */
    uint32_t first;           /* sentence start, for 'used' */
    uint32_t verb;            /* the verb's token */
    const mention *m;
    size_t nm;
    const uint8_t *used;
    int passive;
    int exact;                   /* the pattern's words match written forms only */
    int acts_on_object;          /* the pattern's code acts on its object (04-08: rescue, free, aid) */
    int target, source, compound;
    uint32_t hit[PATTERN_HITS];  /* tokens the elements took, this attempt */
    int nhit;
    int nform;                   /* the first nform hits are the verb form's own words */
    uint64_t words[4];           /* a 256-bit filter of the clause's words and lemmas */
    const uint8_t *marks;        /* MARK_* bits of the sentence's tokens, from first; NULL: none */
} ctx;

static void filter_add(ctx *c, const char *w)
{
    unsigned b = dict_word_bit(w);
    c->words[b >> 6] |= 1ull << (b & 63);
}

/* Can every plain word of the pattern be in the clause? One that cannot is
 * skipped before any matching: most are. */
static int words_present(const ctx *c, const verb_pattern *p)
{
    return !((p->words[0] & ~c->words[0]) | (p->words[1] & ~c->words[1]) | (p->words[2] & ~c->words[2]) |
             (p->words[3] & ~c->words[3]));
}

static void record(ctx *c, uint32_t from, int n)
{
    for (int i = 0; i < n && c->nhit < PATTERN_HITS; i++) c->hit[c->nhit++] = from + (uint32_t)i;
}

static int clause_break(const tc_token *t)
{
    return t->tag == TAG_STOP || !strcmp(t->norm, ":") || !strcmp(t->norm, ";");
}

/* The first letters are compared inline: most comparisons fail there, and
 * this is the matcher's innermost test. */
static int word_is(const ctx *c, const tc_token *t, const char *w)
{
    return (t->norm[0] == w[0] && strcmp(t->norm, w) == 0) ||
           (!c->exact && t->lemma && t->lemma[0] == w[0] && strcmp(t->lemma, w) == 0);
}

/* Does a synset phrase match tokens from j on, forward (dir 1) or ending
 * at j (dir -1)? Returns its token count or 0. The word nearest to j is
 * compared first, so most phrases fail on one comparison. */
static int phrase_at(const ctx *c, const synset_phrase *ph, uint32_t j, int dir)
{
    const tc_token *t = c->doc->tokens;
    long n = ph->n;
    long start = dir > 0 ? (long)j : (long)j - n + 1;
    if (start < (long)c->lo || start + n > (long)c->hi) return 0;
    long near = dir > 0 ? 0 : n - 1;
    if (!word_is(c, &t[start + near], ph->words[near])) return 0;
    for (long i = 0; i < n; i++)
        if (i != near && !word_is(c, &t[start + i], ph->words[i])) return 0;
    return (int)n;
}

/* The mention starting (dir 1) or ending (dir -1) at token j, or -1. */
static int mention_at(const ctx *c, uint32_t j, int dir)
{
    for (size_t k = 0; k < c->nm; k++)
        if ((dir > 0 && c->m[k].first == j) || (dir < 0 && c->m[k].end == j + 1)) return (int)k;
    return -1;
}

static int group_size(const ctx *c, int k)
{
    int n = 0;
    for (size_t i = 0; i < c->nm; i++) n += c->m[i].group == c->m[k].group;
    return n;
}

/* Tries element e at token j; returns tokens consumed, 0 if it does not fit. */
static int elem_at(ctx *c, const pattern_elem *e, uint32_t j, int dir)
{
    const tc_token *t = c->doc->tokens;
    switch ((elem_kind)e->kind) {
    case EL_WORD:
        if (c->used[j - c->first] || !word_is(c, &t[j], e->word)) return 0;
        record(c, j, 1);
        return 1;
    case EL_SYNSET: {
        const synset *s = &c->d->synsets[e->synset];
        int best = 0;
        for (size_t i = 0; i < s->n; i++) {
            int n = phrase_at(c, &s->phrases[i], j, dir);
            if (n > best) best = n;
        }
        record(c, dir > 0 ? j : j + 1 - (uint32_t)best, best);
        return best;
    }
    case EL_SKIP: {
        /* one noun phrase, actor or not: "warned THEIR ^ ABOUT +" */
        int k = mention_at(c, j, dir);
        if (k >= 0) return (int)(c->m[k].end - c->m[k].first);
        int n = 0, noun = 0;
        for (long x = j; x >= (long)c->lo && x < (long)c->hi; x += dir, n++) {
            tc_tag g = (tc_tag)t[x].tag;
            if (g == TAG_NN || g == TAG_NNS || g == TAG_NNP || g == TAG_NNPS) noun = 1;
            else if (g != TAG_DT && g != TAG_JJ && g != TAG_CD && g != TAG_POS && g != TAG_PRPS) break;
        }
        return noun ? n : 0;
    }
    case EL_TARGET:
    case EL_SOURCE:
    case EL_COMPOUND: {
        int k = mention_at(c, j, dir);
        if (k < 0) return 0;
        if (e->kind == EL_COMPOUND && group_size(c, k) < 2) return 0;
        if (e->kind == EL_TARGET) c->target = k;
        if (e->kind == EL_SOURCE) c->source = k;
        /* a compound after the verb is its target ("agrees WITH %"), before
         * it the compound that acts */
        if (e->kind == EL_COMPOUND) *(dir > 0 ? &c->target : &c->compound) = k;
        record(c, c->m[k].first, (int)(c->m[k].end - c->m[k].first));
        return (int)(c->m[k].end - c->m[k].first);
    }
    }
    return 0;
}

/* The actor that begins at token j right after the verb as its direct
 * object ("fought al-Shabaab", "fought the Houthis"), or -1. */
static int direct_object_at(const ctx *c, uint32_t j)
{
    uint32_t x = c->verb + 1;
    while (x < j && c->doc->tokens[x].tag == TAG_DT) x++;
    int k = x == j ? mention_at(c, j, 1) : -1;
    if (k < 0) return -1;
    /* not a possessor or a modifier of the noun after it: "Hamas's
     * proposal", "the U.S. proposal" */
    uint32_t after = c->m[k].end;
    if (after >= c->hi) return k;
    tc_tag g = (tc_tag)c->doc->tokens[after].tag;
    int modifier = g == TAG_POS || g == TAG_NN || g == TAG_NNS || g == TAG_NNP || g == TAG_NNPS || g == TAG_JJ ||
                   g == TAG_CD;
    return modifier ? -1 : k;
}

static int is_of(const tc_token *t) { return t->norm[0] == 'o' && t->norm[1] == 'f' && !t->norm[2]; }

/* A noun of a record followed by "of" at token j: "a video of", "images of". */
static int record_of(const ctx *c, uint32_t j)
{
    static const char *const records[] = {"video", "footage", "photo", "photograph", "image", "picture",
                                          "recording", "list", "name", "statement", "report", "audio", NULL};
    const tc_token *t = c->doc->tokens;
    return j + 1 < c->hi && is_of(&t[j + 1]) && t[j].lemma && word_in(t[j].lemma, records);
}

static int adjunct_opener(const tc_token *t)
{
    static const char *const words[] = {"after", "before", "following", "since", "during", "amid", "despite", NULL};
    return (t->tag == TAG_IN || t->tag == TAG_VBG) && word_in(t->norm, words);
}

/* A word of a measure before a noun: "more than eight hours of", "two
 * rounds of" -- each word only with the next one of the measure after it. */
static int measure_word(const ctx *c, uint32_t j)
{
    static const char *const units[] = {"hour", "day", "week", "month", "round", NULL};
    const tc_token *t = c->doc->tokens;
    if (j + 1 >= c->hi) return 0;
    const tc_token *w = &t[j], *n = &t[j + 1];
    /* the cheap tests first: most tokens are none of these */
    if (w->tag == TAG_CD) return n->lemma && word_in(n->lemma, units);
    if (is_of(n)) return w->lemma && word_in(w->lemma, units);
    if (n->norm[0] == 't' && !strcmp(n->norm, "than"))
        return !strcmp(w->norm, "more") || !strcmp(w->norm, "less") || !strcmp(w->norm, "fewer");
    if (n->tag == TAG_CD) return !strcmp(w->norm, "than");
    if (is_of(w)) return j > 0 && t[j - 1].lemma && word_in(t[j - 1].lemma, units);
    return 0;
}

/* The tokens of a quotation opening at token j, up to its closing mark
 * (at most 10, in the clause), or 0. */
static uint32_t quoted_span(const ctx *c, uint32_t j)
{
    for (uint32_t k = j + 1; k < c->hi && k <= j + 10; k++)
        if (c->doc->tokens[k].flags & TOK_QUOTE) return k - j + 1;
    return 0;
}

/* Token j's MARK_* bits (pattern_marks), none without marks. */
static int has_mark(const ctx *c, uint32_t j, uint8_t mark)
{
    return c->marks && (c->marks[j - c->first] & mark);
}

/* Matches elements [0, n) forward from 'pos'; returns the last token used
 * (pos - 1 when n is 0), or -1. */
static long match_lower(ctx *c, const pattern_elem *el, int n, uint32_t pos, int gap)
{
    int native = !c->d->petrarch_rules;  /* tocsin's own rules; PETRARCH's skip freely */
    for (int i = 0; i < n; i++) {
        const pattern_elem *e = &el[i];
        if (e->kind == EL_TARGET && c->passive) continue;
        uint32_t limit = e->joined ? pos : gap ? pos + (uint32_t)gap : c->hi;
        int got = 0;
        for (uint32_t j = pos; j < c->hi && j <= limit; j++) {
            const tc_token *w = &c->doc->tokens[j];
            if (clause_break(w)) break;
            if (native && gap && !e->joined && e->kind == EL_WORD) {
                /* a measure costs no gap: "held more than eight hours of talks" */
                if (has_mark(c, j, MARK_MEASURE)) limit++;
                /* nor a quoted modifier: had a "lengthy and highly productive" phone call */
                if (w->flags & TOK_QUOTE) {
                    uint32_t q = quoted_span(c, j);
                    if (q && j + q < c->hi && word_is(c, &c->doc->tokens[j + q], e->word)) limit += q;
                }
            }
            /* the verb's own preposition comes before any infinitive */
            if (e->particle && j >= pos + 2 && c->doc->tokens[j - 2].tag == TAG_TO &&
                c->doc->tokens[j - 1].tag == TAG_VB)
                break;
            if ((got = elem_at(c, e, j, 1)) > 0) {
                pos = j + (uint32_t)got;
                break;
            }
            if (!native) continue;
            /* a slot does not reach into what a record shows: "released a
             * VIDEO OF two hostages" frees no one */
            if (e->kind == EL_TARGET && has_mark(c, j, MARK_RECORD)) return -1;
            /* nor past a comma into an attribution: "stormed the building,
             * police said" */
            if (e->kind == EL_TARGET && j > pos && tok_is(w, ",")) return -1;
            /* nor, for an act done to its object, into a passive phrase that
             * describes the object: "rescued two hostages HELD BY Hamas"
             * rescues no one of Hamas (a rejected "protest lodged by
             * Pakistan" is still Pakistan's) */
            if (e->kind == EL_TARGET && c->acts_on_object && w->tag == TAG_VBN && j > pos && j + 1 < c->hi &&
                (c->doc->tokens[j - 1].tag == TAG_NN || c->doc->tokens[j - 1].tag == TAG_NNS) &&
                c->doc->tokens[j + 1].norm[0] == 'b' && !strcmp(c->doc->tokens[j + 1].norm, "by"))
                return -1;
            if (e->kind != EL_WORD) continue;
            /* a word is not sought past an adjunct of time or cause ("agreed
             * to restore relations AFTER talks" is no agreement to talk), nor
             * past a gerund after a preposition ("accused Armenia of BACKING
             * the attack") */
            if (j > c->verb + 1 &&
                (has_mark(c, j, MARK_ADJUNCT) || (w->tag == TAG_VBG && c->doc->tokens[j - 1].tag == TAG_IN)))
                return -1;
            /* nor past a named actor right after the verb, its own object:
             * "fought al-Shabaab militants for control of a town" is no fight
             * for the town */
            int k = direct_object_at(c, j);
            if (k >= 0 && !c->m[k].is_role && !c->m[k].town) {
                int inside = 0;
                for (uint32_t x = c->m[k].first; x < c->m[k].end; x++) inside |= word_is(c, &c->doc->tokens[x], e->word);
                if (!inside) return -1;
            }
        }
        if (!got) return -1;
    }
    return (long)pos - 1;
}

/* Matches elements [0, n) backward, the last one nearest to 'pos' (the
 * token before the verb); returns the first token used, or -1. */
static long match_upper(ctx *c, const pattern_elem *el, int n, long pos, int gap, int touches_verb)
{
    for (int i = n - 1; i >= 0; i--) {
        const pattern_elem *e = &el[i];
        /* '_' on the element after this one ties this one to it */
        int joined = i + 1 < n ? el[i + 1].joined : touches_verb;
        long limit = joined ? pos : gap ? pos - gap : (long)c->lo;
        int got = 0;
        for (long j = pos; j >= (long)c->lo && j >= limit; j--) {
            if (clause_break(&c->doc->tokens[j])) break;
            if ((got = elem_at(c, e, (uint32_t)j, -1)) > 0) {
                pos = j - got;
                break;
            }
        }
        if (!got) return -1;
    }
    return pos + 1;
}

static void reset_slots(ctx *c)
{
    c->target = c->source = c->compound = -1;
    c->nhit = c->nform;
}

/* A multi-word verb form's own words ("cordon off") must sit next to it. */
static int form_fits(ctx *c, const verb_form *f, uint32_t v, uint32_t *lower_from, long *upper_from)
{
    *lower_from = v + 1;
    *upper_from = (long)v - 1;
    if (f->nlower) {
        long last = match_lower(c, f->lower, f->nlower, v + 1, 1);
        if (last < 0) return 0;
        *lower_from = (uint32_t)last + 1;
    }
    if (f->nupper) {
        long firstu = match_upper(c, f->upper, f->nupper, (long)v - 1, 1, 1);
        if (firstu < 0) return 0;
        *upper_from = firstu - 1;
    }
    return 1;
}

static void consider(ctx *c, const verb_pattern *p, const verb_form *f, uint32_t v, uint32_t lower_from,
                     long upper_from, pattern_match *best, int *found)
{
    if (!words_present(c, p)) return;
    reset_slots(c);  /* keeps the hits of the verb form's own words */
    c->exact = p->exact;
    c->acts_on_object = p->code[0] == '0' && p->code[1] >= '4' && p->code[1] <= '8';
    long last = match_lower(c, p->lower, p->nlower, lower_from, p->gap);
    if (last < 0 && c->passive && p->nlower && !p->exact) {
        /* a passive puts the object first: "the agreement was signed by ..."
         * matches "sign agreement" with its words before the verb */
        reset_slots(c);
        long before = (long)v - 1;
        while (before > (long)c->lo && (c->doc->tokens[before].tag == TAG_RB ||
                                         (c->doc->tokens[before].lemma && !strcmp(c->doc->tokens[before].lemma, "be"))))
            before--;
        if (match_upper(c, p->lower, p->nlower, before, 4, 0) < 0) return;
        last = v;
    }
    if (last < 0) return;
    long firstu = match_upper(c, p->upper, p->nupper, upper_from, p->gap, p->upper_joined);
    if (firstu < 0) return;
    int spec = p->nwords * 4 + p->nlower + p->nupper + f->nlower + f->nupper;
    if (*found && spec <= best->specificity) return;
    best->p = p;
    best->code = p->code;
    best->code2 = p->code2;
    best->text = p->text;
    best->target = c->target;
    best->source = c->source;
    best->compound = c->compound;
    best->first = (uint32_t)(firstu < (long)v ? firstu : (long)v);
    best->last = (uint32_t)(last > (long)v ? last : (long)v);
    best->specificity = spec;
    memcpy(best->hit, c->hit, (size_t)c->nhit * sizeof *c->hit);
    best->nhit = c->nhit;
    *found = 1;
}

static void try_forms(ctx *c, const verb_form *f, uint32_t v, pattern_match *best, int *found)
{
    for (; f; f = dict_verb_next(c->d, f)) {
        uint32_t lower_from;
        long upper_from;
        c->nform = 0;
        reset_slots(c);
        if (!form_fits(c, f, v, &lower_from, &upper_from)) continue;
        c->nform = c->nhit;
        const verb_block *b = &c->d->blocks[f->block];
        for (size_t i = 0; i < b->n; i++) consider(c, &b->v[i], f, v, lower_from, upper_from, best, found);
        if (!*found && f->code[0]) {
            /* the verb alone */
            best->p = NULL;
            best->code = f->code;
            best->code2 = f->code2;
            best->text = b->name;
            best->target = best->source = best->compound = -1;
            best->first = v;
            best->last = lower_from - 1;
            best->specificity = 0;
            memcpy(best->hit, c->hit, (size_t)c->nform * sizeof *c->hit);
            best->nhit = c->nform;
            *found = 1;
        }
    }
}

void pattern_marks(const tc_doc *doc, const tc_sentence *s, uint8_t *marks)
{
    ctx c = {.doc = doc, .first = s->first, .lo = s->first, .hi = s->first + s->count};
    for (uint32_t j = c.lo; j < c.hi; j++) {
        uint8_t mk = 0;
        if (measure_word(&c, j)) mk |= MARK_MEASURE;
        if (adjunct_opener(&doc->tokens[j])) mk |= MARK_ADJUNCT;
        if (record_of(&c, j)) mk |= MARK_RECORD;
        marks[j - s->first] = mk;
    }
}

int pattern_best(const dict *d, const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                 const uint8_t *used, const uint8_t *marks, int passive, pattern_match *out)
{
    ctx c = {.d = d, .doc = doc, .first = s->first, .verb = v, .m = m, .nm = nm, .used = used, .marks = marks,
             .passive = passive};
    /* the clause around the verb */
    const tc_token *t = doc->tokens;
    c.lo = v;
    while (c.lo > s->first && !clause_break(&t[c.lo - 1])) c.lo--;
    c.hi = v + 1;
    while (c.hi < s->first + s->count && !clause_break(&t[c.hi])) c.hi++;
    for (uint32_t j = c.lo; j < c.hi; j++) {
        filter_add(&c, t[j].norm);
        if (t[j].lemma) filter_add(&c, t[j].lemma);
    }

    int found = 0;
    const verb_form *by_norm = dict_verb(d, t[v].norm);
    try_forms(&c, by_norm, v, out, &found);
    if (t[v].lemma && strcmp(t[v].lemma, t[v].norm) != 0) try_forms(&c, dict_verb(d, t[v].lemma), v, out, &found);
    return found;
}
