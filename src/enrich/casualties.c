/* casualties.c -- killed, wounded, arrested and missing, per sentence and
 * per article.
 *
 * A casualty word ("killed", "dead", "injured", "taken into custody",
 * "missing") anchors a count. Passive and predicate forms count the
 * subject before it ("a police officer and three gunmen were killed" is
 * 1 + 3), active forms the object after it ("killing at least 12 people"),
 * "death toll" the number it rose to. The one idea: news repeats the same
 * deaths in several sentences, so the article total is not a sum but the
 * largest of one sentence's count, a stated toll, and the sum over kinds of
 * victim of the largest count of that kind (see tocsin_doc_casualties). */
#include <stdlib.h>
#include <string.h>

#include "enrich/enrich.h"

enum { KILLED, WOUNDED, ARRESTED, MISSING, NCAT };
enum { V_ANY, V_SECURITY, V_ARMED, V_CIVIL, V_OTHER, NKIND };
enum { LEFT_SPAN = 14, RIGHT_SPAN = 4 };

typedef struct sent_count {
    int by_kind[NCAT][NKIND];  /* largest count of one kind in the sentence */
    int sum[NCAT];             /* everything the sentence reports */
    int toll;                  /* a stated death toll */
    const char *side[NCAT];    /* the victims' actor code, when one side is named */
    int mixed[NCAT];           /* several sides, or a count with none */
} sent_count;

/* The sentence's actor mentions, for naming the victims' side. */
typedef struct side_ctx {
    const mention *m;
    size_t nm;
} side_ctx;

static int lemma_is(const tc_token *t, const char *w) { return t->lemma && strcmp(t->lemma, w) == 0; }

/* ---- numbers ----------------------------------------------------------- */

static int small_word(const char *w)
{
    static const char *const units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                        "sixteen", "seventeen", "eighteen", "nineteen", NULL};
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL};
    for (int i = 0; units[i]; i++)
        if (!strcmp(w, units[i])) return i;
    for (int i = 0; tens[i]; i++) {
        size_t n = strlen(tens[i]);
        if (!strncmp(w, tens[i], n)) {
            if (!w[n]) return 20 + 10 * i;
            if (w[n] == '-') {
                int u = small_word(w + n + 1);
                if (u >= 1 && u <= 9) return 20 + 10 * i + u;
            }
        }
    }
    return -1;
}

/* Digits with optional thousands commas; -1 for decimals and huge values. */
static int digits(const char *w)
{
    long v = 0;
    int seen = 0;
    for (const char *p = w; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            v = v * 10 + (*p - '0');
            seen = 1;
            if (v > 10000000) return -1;
        } else if (*p == ',' && seen) {
            continue;
        } else if (*p == '-' && seen) {
            break; /* a range "10-12": its first number */
        } else {
            return -1;
        }
    }
    return seen ? (int)v : -1;
}

/* Words before a number that keep the number said. */
static uint32_t skip_qualifiers(const tc_token *t, uint32_t i, uint32_t end)
{
    static const char *const one[] = {"some", "nearly", "almost", "about", "around", "over", "roughly",
                                      "approximately", "another", "further", "additional", "only", "just", "all", NULL};
    for (int guard = 0; guard < 4 && i < end; guard++) {
        if (i + 1 < end && ((tok_is(&t[i], "at") && (tok_is(&t[i + 1], "least") || tok_is(&t[i + 1], "most"))) ||
                            ((tok_is(&t[i], "more") || tok_is(&t[i], "fewer") || tok_is(&t[i], "less")) && tok_is(&t[i + 1], "than")) ||
                            (tok_is(&t[i], "up") && tok_is(&t[i + 1], "to")) || (tok_is(&t[i], "an") && tok_is(&t[i + 1], "estimated")) ||
                            (tok_is(&t[i], "a") && tok_is(&t[i + 1], "total") && i + 2 < end && tok_is(&t[i + 2], "of")))) {
            i += tok_is(&t[i + 1], "total") ? 3 : 2;
        } else if (i + 2 < end && tok_is(&t[i], "as") && tok_is(&t[i + 1], "many") && tok_is(&t[i + 2], "as")) {
            i += 3;
        } else if (word_in(t[i].norm, one) && i + 1 < end) {
            i++;
        } else {
            break;
        }
    }
    return i;
}

/* The vague quantities, read as ACLED does (conservatively). */
static int vague(const tc_token *t, uint32_t i, uint32_t end, uint32_t *next)
{
    const char *w = t[i].norm;
    int v = !strcmp(w, "dozens") ? 12 : !strcmp(w, "scores") ? 20 : !strcmp(w, "hundreds") ? 100
          : !strcmp(w, "thousands") ? 1000 : !strcmp(w, "several") ? 3 : -1;
    if (v < 0) return -1;
    *next = i + 1;
    if (*next < end && tok_is(&t[*next], "of")) ++*next;
    return v;
}

int enrich_number(const tc_token *t, uint32_t i, uint32_t end, uint32_t *next)
{
    i = skip_qualifiers(t, i, end);
    if (i >= end) return -1;
    const char *w = t[i].norm;
    int v;
    if ((v = vague(t, i, end, next)) >= 0) return v;
    if (!strcmp(w, "no") || !strcmp(w, "none") || !strcmp(w, "nobody")) {
        *next = i + 1;
        if (*next < end && tok_is(&t[*next], "one")) ++*next;
        return 0;
    }
    if (!strcmp(w, "half") && i + 2 < end && tok_is(&t[i + 1], "a") && tok_is(&t[i + 2], "dozen")) {
        *next = i + 3;
        return 6;
    }
    if (!strcmp(w, "a") || !strcmp(w, "an")) {
        if (i + 1 < end && tok_is(&t[i + 1], "dozen")) {
            *next = i + 2 + (i + 2 < end && tok_is(&t[i + 2], "of"));
            return 12;
        }
        if (i + 1 < end && tok_is(&t[i + 1], "few")) return *next = i + 2, 3;
        if (i + 2 < end && tok_is(&t[i + 1], "couple") && tok_is(&t[i + 2], "of")) return *next = i + 3, 2;
        *next = i + 1;
        return 1;
    }
    v = (t[i].flags & TOK_NUMBER) ? digits(w) : small_word(w);
    if (v < 0) return -1;
    *next = i + 1;
    if (*next < end && (tok_is(&t[*next], "hundred") || tok_is(&t[*next], "thousand"))) {
        v *= tok_is(&t[*next], "hundred") ? 100 : 1000;
        ++*next;
    }
    if (*next < end && tok_is(&t[*next], "dozen")) { /* "two dozen" */
        v *= 12;
        ++*next;
    }
    return v;
}

/* ---- victims ----------------------------------------------------------- */

static int victim_kind(const char *lemma)
{
    static const char *const security[] = {"police", "policeman", "policemen", "officer", "soldier", "troop", "trooper",
                                           "guard", "peacekeeper", "personnel", "serviceman", "servicemen", "gendarme",
                                           "marine", "border", NULL};
    static const char *const armed[] = {"gunman", "gunmen", "attacker", "militant", "insurgent", "rebel", "fighter",
                                        "assailant", "terrorist", "jihadist", "suspect", "militiaman", "raider", NULL};
    static const char *const civil[] = {"civilian", "villager", "protester", "demonstrator", "child", "children",
                                        "woman", "women", "resident", "passenger", "worker", "student", "journalist",
                                        "farmer", "pilgrim", "worshipper", "refugee", "migrant", "man", "men", NULL};
    static const char *const any[] = {"people", "person", "others", "other", NULL};
    if (!lemma) return -1;
    if (word_in(lemma, security)) return V_SECURITY;
    if (word_in(lemma, armed)) return V_ARMED;
    if (word_in(lemma, civil)) return V_CIVIL;
    if (word_in(lemma, any)) return V_ANY;
    return -1;
}

static int is_noun(const tc_token *t)
{
    return t->tag == TAG_NN || t->tag == TAG_NNS || t->tag == TAG_NNP || t->tag == TAG_NNPS;
}

/* Units that make a number something other than people: "three days". */
static int unit_word(const tc_token *t)
{
    static const char *const units[] = {"day", "week", "month", "year", "hour", "minute", "kilometer", "kilometre", "km",
                                        "mile", "meter", "metre", "percent", "%", "time", "truck", "vehicle", "car",
                                        "house", "home", "building", "round", "shot", "tank", "village", "o'clock", NULL};
    return word_in(t->lemma ? t->lemma : t->norm, units) || word_in(t->norm, units);
}

/* The kind of the noun phrase after a number at i (up to 5 tokens): its
 * last noun decides; V_OTHER when it names no known kind, -2 for a unit. */
static int np_kind(const tc_token *t, uint32_t i, uint32_t end, int *has_noun)
{
    int kind = V_OTHER;
    *has_noun = 0;
    for (uint32_t j = i; j < end && j < i + 5; j++) {
        if (is_noun(&t[j])) {
            if (unit_word(&t[j])) return -2;
            *has_noun = 1;
            int k = victim_kind(t[j].lemma ? t[j].lemma : t[j].norm);
            if (k < 0) k = victim_kind(t[j].norm);
            kind = k >= 0 ? k : kind;
        } else if (t[j].tag != TAG_JJ && t[j].tag != TAG_VBN && t[j].tag != TAG_VBG && !(t[j].flags & TOK_CAP)) {
            break;
        }
    }
    return *has_noun ? kind : V_ANY;
}

typedef struct count_out {
    int by_kind[NKIND];
    int sum;
    const side_ctx *sides;
    const char *side;   /* the actor the counted people are, or NULL */
    int mixed;
} count_out;

/* Notes the side of the people counted at [a, b): the actor mention there. */
static void note_side(count_out *c, uint32_t a, uint32_t b)
{
    const char *code = NULL;
    if (c->sides)
        for (size_t k = 0; k < c->sides->nm && !code; k++)
            if (c->sides->m[k].first < b && c->sides->m[k].end > a) code = c->sides->m[k].code;
    if (!code || (c->side && strcmp(c->side, code) != 0)) c->mixed = 1;
    else c->side = code;
}

static void add_count(count_out *c, int kind, int v)
{
    c->sum += v;
    if (v > c->by_kind[kind]) c->by_kind[kind] = v;
}

/* Reads the numbers of a phrase [a, b) ("a police officer and three Serb
 * gunmen"): each number followed by people (or by nothing) adds. Returns
 * how many numbers were read. */
static int read_phrase(const tc_token *t, uint32_t a, uint32_t b, count_out *c)
{
    int found = 0;
    for (uint32_t i = a; i < b;) {
        uint32_t next;
        int prev_of = i > a && tok_is(&t[i - 1], "of");  /* "three of the 12": the first */
        int v = enrich_number(t, i, b, &next);
        if (v < 0 || prev_of) {
            i++;
            continue;
        }
        int has_noun, kind = np_kind(t, next, b, &has_noun);
        int article = tok_is(&t[next - 1], "a") || tok_is(&t[next - 1], "an");
        uint32_t conj = next;
        while (conj < b && !tok_is(&t[conj], "and") && !tok_is(&t[conj], ",")) conj++;  /* one number per conjunct */
        if (kind != -2 && !(article && !has_noun) && !(next < b && tok_is(&t[next], "of") && article)) {
            add_count(c, kind, v);
            note_side(c, i, conj);
            found++;
        }
        i = conj;
    }
    return found;
}

/* ---- anchors ----------------------------------------------------------- */

/* The category of token i as a casualty word, or -1. */
static int category(const tc_token *t, uint32_t i, uint32_t first)
{
    static const char *const killed[] = {"kill", "murder", "slay", "massacre", "die", "execute", "behead", NULL};
    static const char *const wounded[] = {"wound", "injure", "hurt", NULL};
    static const char *const arrested[] = {"arrest", "detain", "apprehend", "capture", NULL};
    static const char *const missing[] = {"abduct", "kidnap", NULL};
    const char *l = t[i].lemma ? t[i].lemma : t[i].norm;
    int verb = t[i].tag >= TAG_VB && t[i].tag <= TAG_VBZ;
    if (tok_is(&t[i], "dead") || tok_is(&t[i], "killed") || tok_is(&t[i], "slain")) return KILLED;
    if (tok_is(&t[i], "wounded") || tok_is(&t[i], "injured")) return WOUNDED;
    if (tok_is(&t[i], "missing")) return MISSING;
    if (tok_is(&t[i], "custody") && i >= first + 2 && (tok_is(&t[i - 1], "into") || tok_is(&t[i - 1], "in"))) return ARRESTED;
    if (!verb) return -1;
    if (word_in(l, killed)) return KILLED;
    if (word_in(l, wounded)) return WOUNDED;
    if (word_in(l, arrested)) return ARRESTED;
    if (word_in(l, missing)) return MISSING;
    return -1;
}

static int is_aux(const tc_token *t)
{
    static const char *const aux[] = {"was", "were", "is", "are", "been", "be", "being", "have", "has", "had",
                                      "reportedly", "also", "later", "allegedly", "all", "reported", "confirmed",
                                      "believed", "feared", "found", "left", "subsequently", "each", "both", NULL};
    return word_in(t->norm, aux);
}

static int negated_or_unreal(const tc_token *t, uint32_t i, uint32_t first)
{
    for (uint32_t j = i; j > first && i - j < 4;) {
        j--;
        if (tok_is(&t[j], "not") || tok_is(&t[j], "n't") || tok_is(&t[j], "never") || t[j].tag == TAG_MD || tok_is(&t[j], "to") ||
            tok_is(&t[j], "threatened"))
            return 1;
        if (!is_aux(&t[j]) && t[j].tag != TAG_RB) break;
    }
    return 0;
}

static int left_stop(const tc_token *t)
{
    static const char *const stops[] = {"which", "who", "whom", "that", "after", "before", "when", "while", "as",
                                        "because", "although", "where", "said", "says", "but", "in", "on", NULL};
    if (t->tag == TAG_STOP || t->tag == TAG_COLON || t->tag == TAG_LQUOTE || t->tag == TAG_RQUOTE) return 1;
    if (word_in(t->norm, stops)) return 1;
    return t->tag >= TAG_VB && t->tag <= TAG_VBZ && t->tag != TAG_VBN && !is_aux(t);
}

/* "shot dead", "stabbed dead", "beaten dead": a participle before "dead"
 * that says how. */
static int shot_dead(const tc_token *t, uint32_t i, uint32_t first)
{
    return tok_is(&t[i], "dead") && i > first && t[i - 1].lemma &&
           (!strcmp(t[i - 1].lemma, "shoot") || !strcmp(t[i - 1].lemma, "stab") || !strcmp(t[i - 1].lemma, "beat"));
}

/* The subject of a passive or predicate casualty word at 'anchor'. */
static int count_left(const tc_token *t, uint32_t first, uint32_t anchor, count_out *c)
{
    uint32_t j = anchor;
    if (shot_dead(t, j, first)) j--;  /* "four gunmen were shot dead" */
    while (j > first && (is_aux(&t[j - 1]) || t[j - 1].tag == TAG_RB)) j--;
    uint32_t b = j, a = j;
    while (a > first && b - a < LEFT_SPAN) {
        const tc_token *p = &t[a - 1];
        if (left_stop(p)) break;
        if (tok_is(p, ",") && !(a < b && (enrich_number(t, a, b, &(uint32_t){0}) >= 0))) break;
        if (p->tag == TAG_VBN && a - 1 > first && is_aux(&t[a - 2])) break;  /* "were killed and three" */
        a--;
    }
    if (a == b) return 0;
    if (read_phrase(t, a, b, c)) return 1;
    /* "he was killed": one person */
    if (b - a == 1 && (tok_is(&t[a], "he") || tok_is(&t[a], "she"))) {
        add_count(c, V_ANY, 1);
        return 1;
    }
    return 0;
}

/* The object of an active casualty verb at 'v' ("killing at least 12"). */
static int count_right(const tc_token *t, uint32_t v, uint32_t end, count_out *c)
{
    uint32_t b = v + 1;
    while (b < end && b < v + 1 + LEFT_SPAN && !left_stop(&t[b]) && !tok_is(&t[b], "on") && !tok_is(&t[b], "near") &&
           !tok_is(&t[b], "in") && !(tok_is(&t[b], "at") && !(b + 1 < end && tok_is(&t[b + 1], "least"))) &&
           !tok_is(&t[b], "during"))
        b++;
    uint32_t limit = v + 1 + RIGHT_SPAN;
    uint32_t next;
    if (v + 1 < end && v + 1 < limit && enrich_number(t, v + 1, b, &next) < 0 && !(t[v + 1].tag == TAG_DT))
        return 0;
    return read_phrase(t, v + 1, b, c) > 0;
}

/* "the death toll rose to 30": the first number within a few words. */
static int death_toll(const tc_token *t, uint32_t i, uint32_t end)
{
    for (uint32_t j = i + 1; j < end && j < i + 8; j++) {
        uint32_t next;
        if (t[j].tag == TAG_STOP) break;
        int v = (t[j].flags & TOK_NUMBER) || small_word(t[j].norm) >= 0 ? enrich_number(t, j, end, &next) : -1;
        if (v >= 0) return v;
    }
    return -1;
}

static void merge(sent_count *s, int cat, const count_out *c)
{
    if (c->mixed || (s->side[cat] && c->side && strcmp(s->side[cat], c->side) != 0)) s->mixed[cat] = 1;
    else if (c->side) s->side[cat] = c->side;
    s->sum[cat] += c->sum;
    for (int k = 0; k < NKIND; k++)
        if (c->by_kind[k] > s->by_kind[cat][k]) s->by_kind[cat][k] = c->by_kind[k];
}

/* Is the casualty word at i read from its left (passive, predicate,
 * intransitive) rather than from its right (active verb with an object)? */
static int reads_left(const tc_token *t, uint32_t i, uint32_t first, uint32_t end)
{
    /* "soldiers shot dead two smugglers": an active verb with its object after */
    if (shot_dead(t, i, first) && i + 1 < end &&
        (enrich_number(t, i + 1, end, &(uint32_t){0}) >= 0 || t[i + 1].tag == TAG_DT))
        return 0;
    if (tok_is(&t[i], "dead") || tok_is(&t[i], "missing") || tok_is(&t[i], "custody") || lemma_is(&t[i], "die")) return 1;
    if (t[i].tag == TAG_VBN || t[i].tag == TAG_JJ) {
        if (i > first && (is_aux(&t[i - 1]) || t[i - 1].tag == TAG_RB)) return 1;
        /* "12 killed in ..." with nothing after, or "three wounded" */
        return i + 1 >= end || !(enrich_number(t, i + 1, end, &(uint32_t){0}) >= 0 || t[i + 1].tag == TAG_DT);
    }
    return 0;
}

static void count_sentence(const tc_doc *doc, const tc_sentence *s, const side_ctx *sides, sent_count *out)
{
    const tc_token *t = doc->tokens;
    uint32_t first = s->first, end = s->first + s->count;
    memset(out, 0, sizeof *out);
    for (uint32_t i = first; i < end; i++) {
        if (tok_is(&t[i], "toll") && i > first && (tok_is(&t[i - 1], "death") || tok_is(&t[i - 1], "casualty"))) {
            int v = death_toll(t, i, end);
            if (v > out->toll) out->toll = v;
            continue;
        }
        int cat = category(t, i, first);
        if (cat < 0) continue;
        uint32_t anchor = cat == ARRESTED && tok_is(&t[i], "custody") ? i - 2 : i;
        if (negated_or_unreal(t, anchor, first)) continue;
        count_out c = {.sides = sides};
        int left = reads_left(t, i, first, end);
        if (left ? count_left(t, first, anchor, &c) : count_right(t, i, end, &c)) merge(out, cat, &c);
        else if (!left && t[i].tag == TAG_VBD && count_left(t, first, anchor, &c)) merge(out, cat, &c);
    }
}

/* ---- the article ------------------------------------------------------- */

static int sentence_total(const sent_count *s, int cat)
{
    int v = s->sum[cat];
    return cat == KILLED && s->toll > v ? s->toll : v;
}

static void article_totals(const sent_count *sc, size_t n, tocsin_casualties *out)
{
    int tot[NCAT];
    for (int cat = 0; cat < NCAT; cat++) {
        int best = 0, kinds[NKIND] = {0};
        for (size_t i = 0; i < n; i++) {
            int v = sentence_total(&sc[i], cat);
            if (v > best) best = v;
            for (int k = 0; k < NKIND; k++)
                if (sc[i].by_kind[cat][k] > kinds[k]) kinds[k] = sc[i].by_kind[cat][k];
        }
        int by_kind = 0;
        for (int k = 1; k < NKIND; k++) by_kind += kinds[k];
        if (kinds[V_ANY] > best) best = kinds[V_ANY];
        tot[cat] = by_kind > best ? by_kind : best;
    }
    out->killed = tot[KILLED];
    out->wounded = tot[WOUNDED];
    out->arrested = tot[ARRESTED];
    out->missing = tot[MISSING];
}

static int has_counts(const sent_count *s)
{
    return sentence_total(s, KILLED) || s->sum[WOUNDED] || s->sum[ARRESTED] || s->sum[MISSING];
}

static int has_conflict_event(const event_list *ev, size_t si)
{
    for (size_t i = 0; i < ev->n; i++)
        if ((size_t)ev->v[i].sentence == si + 1 && ev->v[i].quad == 4) return 1;
    return 0;
}

static void attach(tocsin_event *e, const sent_count *s)
{
    e->killed = sentence_total(s, KILLED);
    e->wounded = s->sum[WOUNDED];
    e->arrested = s->sum[ARRESTED];
    e->missing = s->sum[MISSING];
    e->victims = "";
    for (int cat = 0; cat < NCAT; cat++)
        if ((cat == KILLED ? sentence_total(s, cat) : s->sum[cat]) > 0) {
            if (s->side[cat] && !s->mixed[cat]) e->victims = s->side[cat];
            break;
        }
}

void enrich_casualties(tc_doc *doc, const enrich_mentions *ms, event_list *ev, tocsin_casualties *total)
{
    memset(total, 0, sizeof *total);
    if (!doc->nsents) return;
    sent_count *sc = calloc(doc->nsents, sizeof *sc);
    if (!sc) return;
    for (size_t i = 0; i < doc->nsents; i++) {
        side_ctx sides = {ms && ms->m ? ms->m[i] : NULL, ms && ms->n ? ms->n[i] : 0};
        count_sentence(doc, &doc->sents[i], &sides, &sc[i]);
    }
    for (size_t i = 0; i < ev->n; i++) ev->v[i].victims = "";
    article_totals(sc, doc->nsents, total);
    for (size_t i = 0; i < ev->n; i++) {
        tocsin_event *e = &ev->v[i];
        size_t si = (size_t)e->sentence - 1;
        if (e->quad != 4 || si >= doc->nsents) continue;
        if (has_counts(&sc[si])) {
            attach(e, &sc[si]);
            continue;
        }
        /* the same incident told in the next or previous sentence, for
         * violence (roots 18-20) and arrests (17) only */
        if (strcmp(e->root, "17") < 0) continue;
        if (si + 1 < doc->nsents && has_counts(&sc[si + 1]) && !has_conflict_event(ev, si + 1)) attach(e, &sc[si + 1]);
        else if (si > 0 && has_counts(&sc[si - 1]) && !has_conflict_event(ev, si - 1)) attach(e, &sc[si - 1]);
    }
    free(sc);
}
