/* location.c -- where each event happened.
 *
 * An event's place is a place phrase in its own clause: a locative
 * preposition, optional "the", direction words and "village of", then a
 * capitalised name the gazetteer knows ("near the village of Banjska", "in
 * northern Kosovo", "on the border with Kosovo", "from the Kosovo border").
 * Failing that: the article's dateline ("PRISTINA, Kosovo (AP) -"), the
 * place the article keeps naming, the source's country, the target's. The
 * one idea: a name only counts as a place after a locative word, so a
 * capital used as an actor ("Belgrade said") never becomes a location, and
 * only the clause around the event's words is searched, so "after clashes
 * in Kosovo, Serbia moved tanks" does not put the tanks in Kosovo. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "enrich/enrich.h"

enum { MAX_NAME_TOKENS = 4, MAX_CCS = 16, SMALL_PLACE = 15000 };

typedef struct loc_ctx {
    const gazetteer *g;
    tc_doc *doc;
    char ccs[MAX_CCS][4];     /* countries the article's actors belong to */
    size_t ncc;
    const enrich_mentions *ms;
    size_t si;                /* the sentence being read */
} loc_ctx;

typedef struct place_hit {
    long id;                  /* gazetteer place, -1 when none */
    uint32_t first, end;      /* the name's tokens */
} place_hit;

/* A name that only modifies an actor ("on Kosovo police", "in Serbian
 * army barracks" is still a place, "Kosovo police" is not). */
static int inside_actor(const loc_ctx *c, const place_hit *h)
{
    if (!c->ms || !c->ms->m || c->si >= c->doc->nsents) return 0;
    const mention *m = c->ms->m[c->si];
    for (size_t k = 0; m && k < c->ms->n[c->si]; k++)
        if (m[k].first <= h->first && m[k].end > h->end && m[k].end > m[k].first + 1) return 1;
    return 0;
}


static int locative(const tc_token *t)
{
    static const char *const preps[] = {"in", "near", "at", "outside", "inside", "across", "around", "throughout",
                                        "along", "within", "into", "from", "on", "nearby", NULL};
    /* asked of every token of every event: the tag turns most away first
     * ("near"/"nearby" may be tagged as adjectives) */
    if (t->tag != TAG_IN && t->tag != TAG_RB && t->tag != TAG_RP && t->tag != TAG_TO && t->norm[0] != 'n') return 0;
    return word_in(t->norm, preps);
}

/* Words between a preposition and a name: "the", "northern", "village of". */
static int filler(const tc_token *t)
{
    static const char *const words[] = {"the", "a", "northern", "southern", "eastern", "western", "central", "north",
                                        "south", "east", "west", "northeastern", "northwestern", "southeastern",
                                        "southwestern", "north-eastern", "north-western", "south-eastern",
                                        "south-western", "northernmost", "southernmost", "restive", "ethnically",
                                        "mixed", "divided", "volatile", "tense", "remote", "nearby", "neighbouring",
                                        "neighboring", "border", "of", "village", "town", "city", "region", "province",
                                        "district", "municipality", "outskirts", "area", "suburb", "capital", "streets",
                                        "centre", "center", "heart", "part", "parts", "state", "county", "enclave",
                                        "with", "between", "serb-majority", "serb-dominated", "disputed", NULL};
    return word_in(t->norm, words);
}

/* Capitalised words that are never places in news: months, days, bodies. */
static int not_a_place(const tc_token *t)
{
    static const char *const words[] = {"may", "parliament", "congress", "senate", "court", "council", "assembly",
                                        "government", "ministry", "police", "army", "house", "office", "state",
                                        "university", "hospital", "church", "monastery", "mosque", "talks", "i",
                                        "we", "they", "he", "she", "an", "the", "this", "that", NULL};
    return calendar_word(t->norm) || word_in(t->norm, words);
}

/* Nouns that make "in X" the seat of an actor, not a place of action:
 * "the government in Belgrade", "officials in Pristina". */
static int actor_seat(const tc_token *t)
{
    static const char *const words[] = {"government", "authorities", "officials", "leadership", "regime", NULL};
    return word_in(t->norm, words);
}

static int name_token(const tc_token *t)
{
    return (t->flags & TOK_CAP) && !(t->flags & TOK_NUMBER) && !not_a_place(t);
}

/* Looks up the longest run of name tokens at i (at most four). */
static place_hit name_at(const loc_ctx *c, uint32_t i, uint32_t end, uint32_t min_pop)
{
    const tc_token *t = c->doc->tokens;
    place_hit h = {-1, i, i};
    uint32_t n = 0;
    while (i + n < end && n < MAX_NAME_TOKENS && name_token(&t[i + n])) n++;
    for (; n > 0; n--) {
        char key[256];
        size_t k = 0;
        for (uint32_t j = i; j < i + n && k < sizeof key - 2; j++) {
            size_t l = strlen(t[j].norm);
            if (k + l + 2 > sizeof key) break;
            if (j > i && !(t[j].norm[0] == '\'' )) key[k++] = ' ';
            memcpy(key + k, t[j].norm, l);
            k += l;
        }
        key[k] = '\0';
        long id = gaz_lookup(c->g, key, k, (const char(*)[4])c->ccs, c->ncc, min_pop);
        if (id >= 0) {
            h.id = id;
            h.end = i + n;
            return h;
        }
    }
    return h;
}

/* "Springfield, Illinois" / "Mitrovica, Kosovo": a following country or
 * subdivision picks among places of the same name. */
static void refine(const loc_ctx *c, place_hit *h, uint32_t end)
{
    const tc_token *t = c->doc->tokens;
    if (h->end + 1 >= end || !tok_is(&t[h->end], ",")) return;
    place_hit q = name_at(c, h->end + 1, end, 0);
    if (q.id < 0) return;
    const gaz_place *p = gaz_place_at(c->g, (uint32_t)q.id), *old = gaz_place_at(c->g, (uint32_t)h->id);
    if (p->kind == GAZ_PLACE || old->kind != GAZ_PLACE) return;
    loc_ctx only = *c;
    memcpy(only.ccs[0], p->cc, 4);
    only.ncc = 1;
    place_hit r = name_at(&only, h->first, h->end, 0);
    if (r.id >= 0 && !strcmp(gaz_place_at(c->g, (uint32_t)r.id)->cc, p->cc)) h->id = r.id;
}

/* A place phrase starting at the preposition at i, within [.., end). */
static place_hit phrase_at(const loc_ctx *c, uint32_t i, uint32_t first, uint32_t end)
{
    const tc_token *t = c->doc->tokens;
    place_hit none = {-1, 0, 0};
    int noun_of = i + 1 < end && tok_is(&t[i + 1], "of") &&
                  (tok_is(&t[i], "outskirts") || tok_is(&t[i], "village") || tok_is(&t[i], "town") || tok_is(&t[i], "city"));
    if (!(locative(&t[i]) || noun_of) || (i > first && actor_seat(&t[i - 1]))) return none;
    uint32_t j = i + 1;
    int cue = 0;
    while (j < end && j < i + 7 && !name_token(&t[j]) && filler(&t[j])) {
        cue |= tok_is(&t[j], "village") || tok_is(&t[j], "town") || tok_is(&t[j], "city") || tok_is(&t[j], "municipality");
        j++;
    }
    if (j >= end || !name_token(&t[j])) return none;
    place_hit h = name_at(c, j, end, cue ? 0 : SMALL_PLACE);
    /* "from" names a place only as "from the Kosovo border", not in
     * "independence from Serbia" or "a delegation from Belgrade" */
    if (h.id >= 0 && tok_is(&t[i], "from") &&
        !(h.end < end && (tok_is(&t[h.end], "border") || tok_is(&t[h.end], "boundary") || tok_is(&t[h.end], "frontier"))))
        return none;
    if (h.id >= 0 && inside_actor(c, &h)) return none;
    if (h.id >= 0) refine(c, &h, end);
    return h;
}

static int precision_rank(const gazetteer *g, long id)
{
    return gaz_place_at(g, (uint32_t)id)->kind == GAZ_PLACE ? 3 : gaz_place_at(g, (uint32_t)id)->kind == GAZ_ADM1 ? 2 : 1;
}

/* The most precise place phrase in tokens [a, b) of a sentence starting at
 * 'first'; the first one on a tie. */
static place_hit best_in(const loc_ctx *c, uint32_t first, uint32_t a, uint32_t b)
{
    place_hit best = {-1, 0, 0};
    for (uint32_t i = a; i < b; i++) {
        place_hit h = phrase_at(c, i, first, b);
        if (h.id < 0) continue;
        if (best.id < 0 || precision_rank(c->g, h.id) > precision_rank(c->g, best.id)) best = h;
        i = h.end - 1;
    }
    return best;
}

static int clause_edge(const tc_token *t)
{
    static const char *const subs[] = {"after", "before", "while", "when", "which", "who", "where", "because",
                                       "although", "though", "since", "until", "whereas", "but", NULL};
    return t->tag == TAG_STOP || t->tag == TAG_COLON || tok_is(t, ";") || tok_is(t, ",") || t->tag == TAG_LQUOTE ||
           t->tag == TAG_RQUOTE || word_in(t->norm, subs);
}

/* The event's tokens: those inside its evidence span. */
static void event_tokens(const tc_doc *d, const tc_sentence *s, const tocsin_event *e, uint32_t *a, uint32_t *b)
{
    uint32_t end = s->first + s->count;
    *a = s->first;
    *b = end;
    uint32_t i = s->first;
    while (i < end && d->tokens[i].start < e->span_start) i++;
    *a = i;
    while (i < end && d->tokens[i].end <= e->span_end) i++;
    *b = i > *a ? i : (*a + 1 < end ? *a + 1 : end);
}

/* The place of an event from its own clause, or a sentence-initial frame
 * ("In Mitrovica, police said ..."). */
static place_hit clause_place(const loc_ctx *c, size_t si, const tocsin_event *e)
{
    const tc_doc *d = c->doc;
    const tc_sentence *s = &d->sents[si];
    uint32_t first = s->first, end = s->first + s->count, a, b;
    event_tokens(d, s, e, &a, &b);
    while (a > first && !clause_edge(&d->tokens[a - 1])) a--;
    if (a > first && word_in(d->tokens[a - 1].norm, (const char *const[]){"after", "before", "while", "when", "since",
                                                                          "until", "because", "although", NULL}))
        a--;  /* a subordinate clause's own event keeps its place */
    while (b < end && !clause_edge(&d->tokens[b])) b++;
    place_hit h = best_in(c, first, a, b);
    if (h.id >= 0) return h;
    /* a leading "In X," frames the whole sentence */
    if (a > first && locative(&d->tokens[first])) {
        h = phrase_at(c, first, first, end);
        if (h.id >= 0 && h.end < end && tok_is(&d->tokens[h.end], ",") && h.end < a) return h;
    }
    h.id = -1;
    return h;
}

static int allcaps_word(const tc_token *t)
{
    return (t->flags & TOK_ALLCAPS) != 0;
}

/* "BELGRADE -", "PRISTINA, Kosovo (AP) -": a capitalised name at the very
 * start, an optional country, an optional agency, then a dash. */
static place_hit dateline(const loc_ctx *c)
{
    const tc_doc *d = c->doc;
    const tc_token *t = d->tokens;
    uint32_t n = 0, end = d->ntokens < 16 ? (uint32_t)d->ntokens : 16;
    place_hit none = {-1, 0, 0};
    while (n < end && n < MAX_NAME_TOKENS && allcaps_word(&t[n])) n++;
    if (n == 0) return none;
    uint32_t j = n;
    if (j < end && tok_is(&t[j], ",")) {
        j++;
        /* "PRISTINA, Kosovo -", "MOSCOW, Nov 12 -" */
        while (j < end && (((t[j].flags & TOK_CAP) && !allcaps_word(&t[j])) || (t[j].flags & TOK_NUMBER) ||
                           (tok_is(&t[j], ".") && j > 0 && (t[j - 1].flags & TOK_CAP))))
            j++;
    }
    if (j < end && t[j].tag == TAG_LPAREN) {
        while (j < end && t[j].tag != TAG_RPAREN) j++;
        j++;
    }
    if (j >= end || !(tok_is(&t[j], "-") || tok_is(&t[j], "--") || t[j].tag == TAG_COLON)) return none;
    place_hit h = name_at(c, 0, n, 0);
    if (h.id >= 0) refine(c, &h, j);
    return h;
}

/* The place the article names most often, when named at least twice. */
static long focus(const loc_ctx *c)
{
    const tc_doc *d = c->doc;
    long ids[64];
    int counts[64], n = 0, best = -1;
    for (size_t si = 0; si < d->nsents; si++) {
        const tc_sentence *s = &d->sents[si];
        ((loc_ctx *)c)->si = si;
        for (uint32_t i = s->first; i < s->first + s->count; i++) {
            place_hit h = phrase_at(c, i, s->first, s->first + s->count);
            if (h.id < 0) continue;
            int k = 0;
            while (k < n && ids[k] != h.id) k++;
            if (k == n && n < 64) ids[n] = h.id, counts[n++] = 0;
            if (k < n) counts[k]++;
            i = h.end - 1;
        }
    }
    for (int k = 0; k < n; k++)
        if (counts[k] >= 2 && (best < 0 || counts[k] > counts[best])) best = k;
    return best >= 0 ? ids[best] : -1;
}

static void add_cc(loc_ctx *c, const char *code)
{
    if (!code || strlen(code) < 3 || !strncmp(code, "IGO", 3) || c->ncc == MAX_CCS) return;
    char cc[4] = {code[0], code[1], code[2], 0};
    for (size_t i = 0; i < c->ncc; i++)
        if (!strcmp(c->ccs[i], cc)) return;
    if (gaz_country(c->g, cc) < 0) return;
    memcpy(c->ccs[c->ncc++], cc, 4);
}

/* A place named in the text keeps the text's spelling (Mitrovica, not the
 * gazetteer's Mitrovicë; Kyiv, not Kiev); the coordinates say which place
 * it is. A country, or a place only inferred, takes the gazetteer's name. */
static void set_location(loc_ctx *c, tocsin_event *e, long id, const place_hit *h, const char *precision)
{
    const gaz_place *p = gaz_place_at(c->g, (uint32_t)id);
    const char *name = gaz_string(c->g, p->name), *adm1 = gaz_string(c->g, p->adm1);
    if (h && h->end > h->first && p->kind != GAZ_COUNTRY) {
        const tc_token *t = c->doc->tokens;
        uint32_t a = t[h->first].start, b = t[h->end - 1].end;
        e->location.name = arena_strndup(&c->doc->mem, c->doc->text + a, b - a);
        /* a dateline in capitals: "MITROVICA" -> the gazetteer's form */
        if (t[h->first].flags & TOK_ALLCAPS) e->location.name = arena_strndup(&c->doc->mem, name, strlen(name));
    } else {
        e->location.name = arena_strndup(&c->doc->mem, name, strlen(name));
    }
    e->location.country = arena_strndup(&c->doc->mem, p->cc, strlen(p->cc));
    e->location.adm1 = arena_strndup(&c->doc->mem, adm1, strlen(adm1));
    e->location.lat = isnan(p->lat) ? NAN : (double)p->lat;
    e->location.lon = isnan(p->lon) ? NAN : (double)p->lon;
    e->location.precision = precision;
}

static const char *kind_precision(const gazetteer *g, long id)
{
    int k = gaz_place_at(g, (uint32_t)id)->kind;
    return k == GAZ_PLACE ? "place" : k == GAZ_ADM1 ? "adm1" : "country";
}

static long actor_country(const loc_ctx *c, const tocsin_event *e)
{
    const char *codes[2] = {e->source, e->target};
    for (int i = 0; i < 2; i++) {
        if (!codes[i] || strlen(codes[i]) < 3 || !strncmp(codes[i], "IGO", 3)) continue;
        char cc[4] = {codes[i][0], codes[i][1], codes[i][2], 0};
        long id = gaz_country(c->g, cc);
        if (id >= 0) return id;
    }
    return -1;
}

/* Material conflict with no target, at a town its clause names abroad:
 * the town's country is what was hit ("Russia shelled the city of
 * Kherson" -> UKR, "a drone attack on Tel Aviv" -> ISR). A place in the
 * source's own country says nothing about a target; a region ("the Red
 * Sea", also a Sudanese state) is too loose to aim at. */
static void aim_at_place(const loc_ctx *c, tocsin_event *e, long id)
{
    if (e->quad != 4 || (e->target && *e->target)) return;
    const gaz_place *p = gaz_place_at(c->g, (uint32_t)id);
    if (p->kind != GAZ_PLACE || !p->cc[0] || !strncmp(e->source, p->cc, 3)) return;
    long country = gaz_country(c->g, p->cc);
    if (country < 0) return;
    const char *name = gaz_string(c->g, gaz_place_at(c->g, (uint32_t)country)->name);
    e->target = arena_strndup(&c->doc->mem, p->cc, strlen(p->cc));
    e->target_name = arena_strndup(&c->doc->mem, name, strlen(name));
}

void enrich_locations(const gazetteer *g, tc_doc *doc, const enrich_mentions *ms, event_list *ev, int place_targets)
{
    for (size_t i = 0; i < ev->n; i++) {
        tocsin_location *l = &ev->v[i].location;
        l->name = l->country = l->adm1 = l->precision = "";
        l->lat = l->lon = NAN;
    }
    if (!g || !ev->n) return;
    loc_ctx c = {.g = g, .doc = doc, .ms = ms, .si = (size_t)-1};
    for (size_t si = 0; si < doc->nsents; si++)
        for (size_t k = 0; ms && k < ms->n[si]; k++)
            if (ms->m[si][k].has_country) add_cc(&c, ms->m[si][k].code);
    place_hit line = dateline(&c);
    long main_place = line.id >= 0 ? -1 : focus(&c), id;
    for (size_t i = 0; i < ev->n; i++) {
        tocsin_event *e = &ev->v[i];
        size_t si = (size_t)e->sentence - 1;
        c.si = si;
        place_hit h = {-1, 0, 0};
        if (si < doc->nsents) h = clause_place(&c, si, e);
        if (h.id >= 0) {
            set_location(&c, e, h.id, &h, kind_precision(g, h.id));
            if (place_targets) aim_at_place(&c, e, h.id);
        }
        else if (line.id >= 0) set_location(&c, e, line.id, &line, kind_precision(g, line.id));
        else if (main_place >= 0) set_location(&c, e, main_place, NULL, "inferred");
        else if ((id = actor_country(&c, e)) >= 0) set_location(&c, e, id, NULL, "inferred");
    }
}

size_t enrich_towns(const gazetteer *g, tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm,
                    mention **out)
{
    *out = NULL;
    if (!g) return 0;
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    loc_ctx c = {.g = g, .doc = doc, .si = (size_t)-1};
    mention *towns = NULL;
    size_t n = 0, k = 0;
    for (uint32_t i = s->first; i < end;) {
        while (k < nm && m[k].end <= i) k++;
        if ((k < nm && m[k].first <= i) || !name_token(&t[i]) || t[i].tag == TAG_PRP) {
            i++;
            continue;
        }
        /* a village needs its cue ("the village of Banjska"); a town without
         * one must be large enough not to be a surname or a common word */
        int cue = i >= s->first + 2 && tok_is(&t[i - 1], "of") &&
                  (tok_is(&t[i - 2], "village") || tok_is(&t[i - 2], "town") || tok_is(&t[i - 2], "city"));
        place_hit h = name_at(&c, i, k < nm ? m[k].first : end, cue ? 0 : SMALL_PLACE);
        if (h.id < 0) {
            i++;
            continue;
        }
        const gaz_place *p = gaz_place_at(g, (uint32_t)h.id);
        long country = p->kind == GAZ_PLACE && p->cc[0] ? gaz_country(g, p->cc) : -1;
        if (country >= 0) {
            /* each town takes a token at least: the rest of the sentence bounds them */
            if (!towns) towns = arena_alloc(&doc->mem, (end - i) * sizeof *towns);
            mention *w = &towns[n++];
            memset(w, 0, sizeof *w);
            w->first = h.first;
            w->end = h.end;
            w->code = arena_strndup(&doc->mem, p->cc, strlen(p->cc));
            const char *name = gaz_string(g, gaz_place_at(g, (uint32_t)country)->name);
            w->name = arena_strndup(&doc->mem, name, strlen(name));
            w->has_country = 1;
            w->town = 1;
        }
        i = h.end;
    }
    *out = towns;
    return n;
}
