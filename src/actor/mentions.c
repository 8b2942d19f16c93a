/* mentions.c -- find the actors a sentence names.
 *
 * Two passes. The first finds dictionary phrases, longest first, at every
 * token. The second combines neighbours the way English builds actor names:
 * a country word before a role ("Serbian police"), a role "of" a country
 * ("the prime minister of Kosovo"), a title before a name ("Serbian
 * President Aleksandar Vucic"), and an appositive after a name ("Albin
 * Kurti, the prime minister of Kosovo,"). */
#include <string.h>

#include "actor/actor.h"

typedef struct raw {
    uint32_t first, end;
    const phrase_entry *e;
    const char *code;
} raw;

enum { MAX_KEY = 512 };

void actor_compose(const char *base, const char *role, char *out, size_t cap)
{
    size_t b = strlen(base), r = strlen(role);
    if (r && role[r - 1] == '~') {
        /* a prefix role (PETRARCH's [NGO~]): "NGO" + "ARN" */
        snprintf(out, cap, "%.*s%s", (int)(r - 1), role, base);
        return;
    }
    if (r && role[0] == '~') {
        role++;
        r--;
    }
    /* a base that already holds the role keeps it once: "ICC prosecutor"
     * is IGOJUDICC, not IGOJUDICCJUD; an organisation's leaders are the
     * organisation ("NATO leaders", "G7 foreign ministers") */
    if (r == 0 || (b >= r && strcmp(base + b - r, role) == 0) || (b > 3 && r == 3 && strstr(base + 3, role)) ||
        (!strncmp(base, "IGO", 3) && !strcmp(role, "GOV"))) {
        snprintf(out, cap, "%s", base);
        return;
    }
    snprintf(out, cap, "%s%s", base, role);
}

int actor_state_based(const char *code)
{
    return strlen(code) >= 3 && strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3) && strncmp(code, "IMG", 3);
}

/* The longest dictionary phrase starting at token i, or 0. */
static int match_at(const dict *d, const tc_doc *doc, uint32_t i, uint32_t end, raw *out)
{
    const tc_token *t = doc->tokens;
    uint32_t lengths = dict_phrase_lengths(d, t[i].norm);
    if (!lengths) return 0;
    /* only as many words as the longest phrase, and only the lengths some
     * phrase has: "the" begins phrases of 2 to 6 words, not all lengths */
    int max = lengths & (1u << 31) ? 64 : 32 - __builtin_clz(lengths);
    char key[MAX_KEY];
    size_t lens[64];
    size_t len = 0;
    int n = 0;
    for (uint32_t j = i; j < end && n < max && n < 64; j++, n++) {
        size_t w = strlen(t[j].norm);
        if (len + w + 2 > sizeof key) break;
        if (n) key[len++] = ' ';
        memcpy(key + len, t[j].norm, w);
        len += w;
        lens[n] = len;
    }
    for (int k = n; k >= 1; k--) {
        if (!(lengths & (1u << (k < 32 ? k - 1 : 31)))) continue;
        const phrase_entry *e = dict_phrase(d, key, lens[k - 1]);
        if (!e) continue;
        if (e->caps_only && !(t[i].flags & TOK_ALLCAPS)) continue;
        /* "official contact", "an official visit": the adjective, no official */
        if (!d->petrarch_rules && k == 1 && e->kind == PHRASE_AGENT && t[i].tag == TAG_JJ &&
            !strcmp(t[i].norm, "official"))
            continue;
        const char *code = phrase_code(e, doc->ymd);
        /* not valid on the article date: the phrase still takes its words,
         * so "the Free Kestria Front" in 2017 does not become "Kestria" */
        if (!code) code = "---";
        out->first = i;
        out->end = i + (uint32_t)k;
        out->e = e;
        out->code = code;
        return k;
    }
    return 0;
}

static int is_tag(const tc_token *t, tc_tag a, tc_tag b)
{
    return t->tag == a || t->tag == b;
}

/* Words that may stand between a country word and its role: "Serbian
 * military", "Kosovo's interior minister", "sizable Serbian military". */
static int modifier(const tc_token *t)
{
    /* JJS: "Turkey's main opposition party", "the country's largest rebel group" */
    return t->tag == TAG_JJ || t->tag == TAG_JJS || t->tag == TAG_NN || t->tag == TAG_NNP || t->tag == TAG_POS ||
           t->tag == TAG_CD || t->tag == TAG_VBN;
}

static int is_name_token(const tc_token *t, uint32_t sent_first, uint32_t i)
{
    if (!(t->flags & TOK_CAP) || (t->flags & TOK_PUNCT)) return 0;
    if (i == sent_first) return 0;
    if (calendar_word(t->norm)) return 0;  /* "on Monday, the Kremlin said" */
    return is_tag(t, TAG_NNP, TAG_NNPS) || t->tag == TAG_NN || t->tag == TAG_FW;
}

static void set_name(const dict *d, mention *m, const char *code, const char *fallback)
{
    const char *n = NULL;
    char c3[4];
    if (strlen(code) >= 3) {
        memcpy(c3, code, 3);
        c3[3] = '\0';
        n = dict_country_name(d, c3);
    }
    m->name = n ? n : fallback;
}

static int country_like(const raw *r)
{
    return r->e->kind == PHRASE_COUNTRY || r->e->kind == PHRASE_ADJ || r->e->kind == PHRASE_SEAT ||
           r->e->kind == PHRASE_ACTOR;
}

/* tocsin's own reading of a base and a role, before actor_compose's
 * (PETRARCH's dictionaries keep theirs): 1 when it wrote 'out'. */
/* Roles of armed or outlaw groups: rebels, insurgents, unidentified armed
 * men, separatists, criminals. */
static int group_role(const char *r)
{
    static const char *const roles[] = {"REB", "INS", "UAF", "SEP", "CRM", NULL};
    return word_in(r, roles);
}

static int compose_native(const char *base, const char *role, char *out, size_t cap)
{
    size_t b = strlen(base), r = strlen(role);
    int state = b == 6 && actor_state_based(base);
    int fighters = r == 3 && (!strcmp(role, "MIL") || group_role(role));
    /* a seat of government names the state for its other bodies: "a Moscow
     * court" is RUSJUD, not RUSGOVJUD */
    if (state && !strcmp(base + 3, "GOV") && r == 3) {
        snprintf(out, cap, "%.3s%s", base, role);
        return 1;
    }
    /* a named group's leaders and officials are the group: "Hezbollah's
     * leader" LBNREBHEZ, as "NATO leaders" are NATO, "a Sinaloa cartel
     * leader" MEXCRM */
    int group = b == 6 && group_role(base + 3);
    if ((b > 6 || group) && r == 3 && !strcmp(role, "GOV")) {
        snprintf(out, cap, "%s", base);
        return 1;
    }
    /* an armed force's fighters are that force: "the Wagner group's
     * fighters" stay Wagner's code */
    if (fighters && b > 3 && (b > 6 || !strcmp(base + 3, "MIL") || group_role(base + 3))) {
        snprintf(out, cap, "%s", base);
        return 1;
    }
    return 0;
}

/* Makes a mention of raw matches [a, b] combined, with code base+role. */
static void make(const dict *d, tc_doc *doc, mention *m, uint32_t first, uint32_t end,
                 const char *base, const char *role, const raw *named)
{
    char code[64];
    if (d->petrarch_rules || !compose_native(base ? base : "", role ? role : "", code, sizeof code))
        actor_compose(base ? base : "", role ? role : "", code, sizeof code);
    m->first = first;
    m->end = end;
    m->code = arena_strndup(&doc->mem, code, strlen(code));
    m->has_country = base && *base;
    m->is_role = !base && !named;
    m->has_role = role && *role;
    set_name(d, m, code, named ? named->e->name : arena_strndup(&doc->mem, doc->text + doc->tokens[first].start,
                                                                   doc->tokens[end - 1].end - doc->tokens[first].start));
    m->group = -1;
}

/* Extends a titled mention over the capitalised name after it; a known
 * actor inside the name wins when it carries a country. */
static uint32_t absorb_name(const tc_doc *doc, const tc_sentence *s, uint32_t i, const raw *rv,
                            size_t nr, size_t *ri, const raw **named)
{
    uint32_t end = s->first + s->count;
    uint32_t j = i;
    while (j < end && is_name_token(&doc->tokens[j], s->first, j)) j++;
    /* a known person right after the title: "President Aleksandar Vucic" */
    while (*ri < nr && rv[*ri].first >= i && rv[*ri].first <= j && rv[*ri].e->kind == PHRASE_ACTOR) {
        *named = &rv[*ri];
        if (rv[*ri].end > j) j = rv[*ri].end;
        (*ri)++;
    }
    return j;
}

/* The agent raw that a country word r governs: "Serbian police",
 * "Kosovo's interior minister", "NATO officer". -1 if none. 'ri' is the
 * index of the raw after r. */
static long role_after(const tc_token *t, uint32_t send, const raw *rv, size_t nr, size_t ri, const raw *r)
{
    uint32_t j = r->end, gap = 0;
    /* "Venezuela expelled/VBN diplomats": a past form right after a country
     * noun is its verb, not a modifier of a role ("Russian-appointed
     * officials" and "Kosovo's newly appointed minister" keep theirs) */
    if (j < send && t[j].tag == TAG_VBN && r->e->kind != PHRASE_ADJ) return -1;
    while (j < send && gap < 4 && !(ri < nr && rv[ri].first == j) &&
           (modifier(&t[j]) || (t[j].tag == TAG_CC && j + 1 < send && t[j + 1].tag == TAG_JJ)))
        j++, gap++;
    /* a named actor takes a role right after it or after its "'s" */
    if (r->e->kind == PHRASE_ACTOR && j != r->end && t[r->end].tag != TAG_POS) return -1;
    if (ri < nr && rv[ri].first == j && rv[ri].e->kind == PHRASE_AGENT) return (long)ri;
    return -1;
}

/* Adds the mention(s) of one actor: a code with '/' names several actors
 * at once (PETRARCH's "LORIEN [ELR/GAL]"); a null code "---" names none. */
static size_t add_mention(const dict *d, tc_doc *doc, mention *out, size_t nm, uint32_t first, uint32_t end,
                          const char *base, const char *role, const raw *named)
{
    if (base && strcmp(base, "---") == 0) return nm;
    if (!base || !strchr(base, '/')) {
        make(d, doc, &out[nm], first, end, base, role, named);
        return nm + 1;
    }
    char one[64];
    for (const char *p = base; *p;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        snprintf(one, sizeof one, "%.*s", (int)n, p);
        make(d, doc, &out[nm++], first, end, one, role, named);
        p = slash ? slash + 1 : p + n;
    }
    return nm;
}

/* The next country of a list after raw x-1 ("Arnor, Osgiliath and
 * Gondor"): its index, or -1 when the list ends. */
static long list_next(const tc_token *t, uint32_t send, const raw *rv, size_t nr, size_t x)
{
    if (x >= nr) return -1;
    uint32_t j = rv[x - 1].end;
    if (j >= send || (strcmp(t[j].norm, ",") != 0 && strcmp(t[j].norm, "and") != 0)) return -1;
    j++;
    if (j < send && strcmp(t[j].norm, "and") == 0) j++;
    if (j < send && t[j].tag == TAG_DT) j++;
    return rv[x].first == j && country_like(&rv[x]) ? (long)x : -1;
}

/* "the ambassadors of Arnor, Osgiliath and Gondor": one role, several
 * countries. Adds a mention for each country after the first; returns the
 * new count and moves *ri past them. */
static size_t role_list(const dict *d, tc_doc *doc, const tc_sentence *s, const raw *rv, size_t nr, size_t *ri,
                        mention *out, size_t nm, const char *role)
{
    for (long x; (x = list_next(doc->tokens, s->first + s->count, rv, nr, *ri)) >= 0; (*ri)++)
        nm = add_mention(d, doc, out, nm, rv[x].first, rv[x].end, rv[x].code, role, NULL);
    return nm;
}

static int is_word(const tc_token *t, const char *w) { return strcmp(t->norm, w) == 0; }

/* A listed name that is an institution, not a person: "U.S. State
 * Department", "Pentagon", "CIA" -- "it" may stand for it, "he" may not. */
static int institution_name(const tc_doc *doc, uint32_t first, uint32_t end)
{
    static const char *const heads[] = {"department", "ministry", "office", "council", "agency", "pentagon",
                                        "kremlin", "house", "court", "parliament", "assembly", "army", "command",
                                        "service", "committee", "commission", "bank", "bureau", "directorate",
                                        "guard", "force", "forces", "police", "party", "government", "cabinet",
                                        "congress", "senate", "duma", "knesset", "state", NULL};
    const tc_token *last = &doc->tokens[end - 1];
    if (end - first == 1 && (last->flags & TOK_ALLCAPS)) return 1;  /* an acronym: CIA, FSB */
    for (int i = 0; heads[i]; i++)
        if (!strcmp(last->norm, heads[i])) return 1;
    return 0;
}

/* A demonym used as a noun for the people: "Serbs", "Israelis" (which the
 * tagger may read as a proper noun), not "Serbian" or "Israeli". */
static int people_word(const tc_token *t)
{
    size_t n = strlen(t->norm);
    /* "the Japanese/NNPS and Philippine navies": a demonym not in -s is an
     * adjective whatever its tag */
    if (t->tag == TAG_NNPS && n > 1 && t->norm[n - 1] != 's') return 0;
    return is_tag(t, TAG_NNS, TAG_NNPS) || (t->tag == TAG_NNP && n > 3 && t->norm[n - 1] == 's' && t->norm[n - 2] != 's');
}

/* A person's entry is headed by a full name ("Vladimir Putin | Putin");
 * an organisation's by one word ("Hamas", "Hezbollah", "Mossad"), so "it"
 * may stand for it. */
static int full_name(const phrase_entry *e)
{
    return !e->name || strchr(e->name, ' ') != NULL;
}

/* A common noun at j, perhaps after adjectives: "border villages", "nuclear
 * sites", or a gerund the tagger reads as a verb ("Israeli shelling/VBG"). */
static int noun_follows(const tc_token *t, uint32_t j, uint32_t send)
{
    while (j < send && t[j].tag == TAG_JJ) j++;
    return j < send && (is_tag(&t[j], TAG_NN, TAG_NNS) || t[j].tag == TAG_VBG);
}

/* Whether the role ending at 'end' is joined by "and" to a role that
 * names its countries after "of", "in" or "from" (raw ri). */
static int shares_countries(const tc_token *t, uint32_t send, const raw *rv, size_t nr, size_t ri, uint32_t end)
{
    if (ri + 1 >= nr || end + 1 >= send || strcmp(t[end].norm, "and") != 0 || rv[ri].first != end + 1 ||
        rv[ri].e->kind != PHRASE_AGENT)
        return 0;
    uint32_t k = rv[ri].end;
    if (k >= send || (strcmp(t[k].norm, "of") != 0 && strcmp(t[k].norm, "in") != 0 && strcmp(t[k].norm, "from") != 0))
        return 0;
    k++;
    if (k < send && t[k].tag == TAG_DT) k++;
    return rv[ri + 1].first == k && country_like(&rv[ri + 1]);
}

/* Past the "'s" at 'end', if there is one. */
static uint32_t poss_end(const tc_token *t, uint32_t end, uint32_t send)
{
    return end < send && t[end].tag == TAG_POS ? end + 1 : end;
}

/* "former President Jair Bolsonaro", "a former Peruvian minister": one
 * who held an office is out of it (ELI, CODING-MANUAL 2.4), whatever the
 * office or a later post says. */
static void former_office(tc_doc *doc, const tc_sentence *s, mention *x)
{
    const tc_token *t = doc->tokens;
    uint32_t j = x->first;
    if (j <= s->first) return;
    if (!is_word(&t[j - 1], "former") && !is_word(&t[j - 1], "ex-") && !is_word(&t[j - 1], "ex")) return;
    size_t n = strlen(x->code);
    if (n != 6 || !x->has_country) return;
    const char *r = x->code + 3;
    if (strcmp(r, "GOV") && strcmp(r, "OPP") && strcmp(r, "LEG")) return;
    char code[8];
    snprintf(code, sizeof code, "%.3sELI", x->code);
    x->code = arena_strndup(&doc->mem, code, 6);
}

/* Words that tell a person's standing, not who he is: "former", "jailed". */
static int formerly(const tc_token *t)
{
    static const char *const words[] = {"former", "late", "ousted", "jailed", "exiled", "deposed", "imprisoned",
                                        "detained", NULL};
    return word_in(t->norm, words);
}

static size_t combine(const dict *d, tc_doc *doc, const tc_sentence *s, const raw *rv, size_t nr, mention *out)
{
    const tc_token *t = doc->tokens;
    uint32_t send = s->first + s->count;
    size_t nm = 0;
    const char *shared_base = NULL;
    for (size_t ri = 0; ri < nr;) {
        const raw *r = &rv[ri++];
        const char *base = NULL, *role = NULL;
        const raw *named = NULL;
        uint32_t first = r->first, end = r->end;
        int listed = 0;
        size_t rlen = strlen(r->code);
        /* "Danish media and government": the second role has the first one's country */
        if (r->e->kind == PHRASE_AGENT && shared_base && r->first >= 2 && is_word(&t[r->first - 1], "and") &&
            nm > 0 && out[nm - 1].end == r->first - 1) {
            char with[64];
            snprintf(with, sizeof with, "%s", shared_base);
            nm = add_mention(d, doc, out, nm, r->first, r->end, arena_strndup(&doc->mem, with, strlen(with)),
                             r->code, NULL);
            shared_base = NULL;
            continue;
        }
        shared_base = NULL;
        if (r->e->kind == PHRASE_AGENT && rlen && r->code[rlen - 1] == '~' && ri < nr && rv[ri].first == end &&
            country_like(&rv[ri])) {
            /* a prefix role before its actor: "MSF Arnor diplomat" -> NGO + ARN + GOV */
            const raw *c = &rv[ri++];
            char inner[64];
            long a = role_after(t, send, rv, nr, ri, c);
            actor_compose(c->code, a >= 0 ? rv[a].code : "", inner, sizeof inner);
            if (a >= 0) ri = (size_t)a + 1;
            end = a >= 0 ? rv[a].end : c->end;
            base = arena_strndup(&doc->mem, inner, strlen(inner));
            role = r->code;
        } else if (r->e->kind == PHRASE_AGENT && shares_countries(t, send, rv, nr, ri, end)) {
            /* "lawmakers and officials in Fornost and Gondor": the first
             * role has the countries of the second */
            size_t x = ri + 1;
            nm = add_mention(d, doc, out, nm, first, end, rv[x].code, r->code, NULL);
            for (x++; list_next(t, send, rv, nr, x) >= 0; x++)
                nm = add_mention(d, doc, out, nm, first, end, rv[x].code, r->code, NULL);
            continue;
        } else if (r->e->kind == PHRASE_AGENT) {
            role = r->code;
            /* "the prime minister of Kosovo", "a spokesperson for the White House",
             * "soldiers from Gondor", "lawmakers in Fornost"; a role
             * adjective's noun may come between: "military targets in Iran" */
            uint32_t j = end;
            if (t[r->first].tag == TAG_JJ) {
                while (j < send && j < end + 2 && is_tag(&t[j], TAG_NN, TAG_NNS)) j++;
                /* ... but only where it is: "military aid for Ukraine" is no
                 * Ukrainian military */
                if (!(j < send && is_word(&t[j], "in"))) j = end;
            }
            /* a role that ends in its preposition: "supporters of" */
            if (j == end && j > r->first + 1 && is_word(&t[j - 1], "of")) j--;
            uint32_t prep = j;
            /* "recalled its ambassador from Israel": one's own envoy
             * comes back from a country, not from its government */
            int own = r->first > 0 && t[r->first - 1].tag == TAG_PRPS;
            if (j < send && (is_word(&t[j], "of") || is_word(&t[j], "for") || (is_word(&t[j], "from") && !own) ||
                             is_word(&t[j], "in") || is_word(&t[j], "at"))) {
                j++;
                if (j < send && t[j].tag == TAG_DT) j++;
                /* "supporters of former President Bolsonaro": his standing, not who he is */
                if (j + 1 < send && !d->petrarch_rules && formerly(&t[j])) j++;
                /* "students at Columbia University", not "mourners at Navalny's funeral" */
                int at_owner = ri < nr && is_word(&t[prep], "at") && rv[ri].end < send && t[rv[ri].end].tag == TAG_POS;
                /* nor "men in a Gaza City street": the place names a thing
                 * after it, not where the people are from */
                int modifies = !d->petrarch_rules && ri < nr && rv[ri].end < send && rv[ri].e->kind != PHRASE_ADJ &&
                               (is_word(&t[rv[ri].end], "city") || is_tag(&t[rv[ri].end], TAG_NN, TAG_NNS)) &&
                               /* "gunmen from the Gran Grif gang": the group's own kind */
                               !(rv[ri].e->kind == PHRASE_ACTOR && ri + 1 < nr && rv[ri + 1].first == rv[ri].end &&
                                 rv[ri + 1].e->kind == PHRASE_AGENT);
                if (ri < nr && rv[ri].first == j && country_like(&rv[ri]) && !at_owner && !modifies) {
                    base = rv[ri].code;
                    /* "protesters in Belgrade", "a court in Kyiv": the state, not its government */
                    if (rv[ri].e->kind == PHRASE_SEAT && !is_word(&t[prep], "of") && !is_word(&t[prep], "for") &&
                        strlen(base) > 3)
                        base = arena_strndup(&doc->mem, base, 3);
                    end = rv[ri].end;
                    if (rv[ri].e->kind == PHRASE_ACTOR) named = &rv[ri];
                    ri++;
                    listed = 1;
                    /* "supporters of former Brazilian President Jair
                     * Bolsonaro": the adjective's own role and name are
                     * part of the phrase, not a second actor */
                    long a = d->petrarch_rules || rv[ri - 1].e->kind != PHRASE_ADJ ? -1
                                                                                  : role_after(t, send, rv, nr, ri, &rv[ri - 1]);
                    if (a >= 0) {
                        const raw *person = NULL;
                        ri = (size_t)a + 1;
                        end = absorb_name(doc, s, rv[a].end, rv, nr, &ri, &person);
                        listed = 0;
                    }
                    /* "gunmen from the Gran Grif gang": the group's kind noun is its own */
                    if (!d->petrarch_rules && rv[ri - 1].e->kind == PHRASE_ACTOR && ri < nr && rv[ri].first == end &&
                        rv[ri].e->kind == PHRASE_AGENT) {
                        end = rv[ri].end;
                        ri++;
                        listed = 0;
                    }
                }
            }
        } else {
            /* "Tripoli, Lebanon": a capital's name used for a town of another state */
            if (r->e->kind == PHRASE_SEAT && ri < nr && end + 1 < send && is_word(&t[end], ",") &&
                rv[ri].first == end + 1 && rv[ri].e->kind == PHRASE_COUNTRY && strncmp(rv[ri].code, r->code, 3) != 0)
                continue;
            base = r->code;
            if (r->e->kind == PHRASE_ACTOR) named = r;
            long a = role_after(t, send, rv, nr, ri, r);
            uint32_t after = poss_end(t, end, send);  /* past "Saudi Arabia's" */
            if (a >= 0) {
                role = rv[a].code;
                end = rv[a].end;
                ri = (size_t)a + 1;
                /* stacked roles: "Danish Islamist media" -> DNK + MUS + MED; a
                 * role joined by "and" shares all but the last */
                shared_base = base;
                while (ri < nr && rv[ri].first == end && rv[ri].e->kind == PHRASE_AGENT) {
                    char both[64], upto[64];
                    actor_compose(base, role, upto, sizeof upto);
                    shared_base = arena_strndup(&doc->mem, upto, strlen(upto));
                    const char *next = rv[ri].code[0] == '~' ? rv[ri].code + 1 : rv[ri].code;
                    /* "military officials" are the military's: GOV adds nothing to a role,
                     * nor a role to itself ("KFOR commander Major General" is MIL once) */
                    size_t rl = strlen(role), nl = strlen(next);
                    if (!strcmp(next, "GOV") || (rl >= nl && !strcmp(role + rl - nl, next))) next = "";
                    snprintf(both, sizeof both, "%s%s", role, next);
                    role = arena_strndup(&doc->mem, both, strlen(both));
                    end = rv[ri++].end;
                }
            } else if ((r->e->kind == PHRASE_ADJ && !people_word(&t[r->end - 1])) ||
                       (r->e->kind == PHRASE_COUNTRY && after < send &&
                        (is_word(&t[after], "and") || is_word(&t[after], ",")))) {
                /* "Russian and Ukrainian delegations", "Chinese, Iranian and
                 * Russian navies", "U.S. and Philippine troops", "Saudi
                 * Arabia's and Iran's foreign ministers": the role of the
                 * last one is shared */
                long b = -1;
                int thing = 0;  /* "Jordanian and French aircraft" */
                size_t x = ri;
                uint32_t e2 = after;
                while (x < nr && e2 < send && (is_word(&t[e2], "and") || is_word(&t[e2], ","))) {
                    uint32_t next = e2 + 1;
                    int conj = is_word(&t[e2], "and");
                    if (next < send && is_word(&t[next], "and")) next++, conj = 1;
                    if (rv[x].first != next || !country_like(&rv[x])) break;
                    b = role_after(t, send, rv, nr, x + 1, &rv[x]);
                    e2 = rv[x].end;
                    /* the last of a list has its "and": "Kosovo, Serbian Defence Minister ..." is no list */
                    if (b >= 0 && !conj) b = -1;
                    if (b >= 0) break;
                    thing = e2 < send && rv[x].e->kind == PHRASE_ADJ && is_tag(&t[e2], TAG_NN, TAG_NNS);
                    x++;
                }
                if (b >= 0) role = rv[b].code;
                /* "Armenian border villages", "Iranian nuclear sites": a place or
                 * thing of that country */
                else if (!thing && !noun_follows(t, end, send) && r->e->kind == PHRASE_ADJ)
                    continue;
            }
        }
        uint32_t before_name = end;
        /* a plural is no title: "people Ankara considers terrorists" */
        if (role && t[end - 1].tag != TAG_NNS) {
            const raw *person = NULL;
            end = absorb_name(doc, s, end, rv, nr, &ri, &person);
            if (person) {
                /* a known person's own code is more exact than the title's,
                 * unless it names only a country ("Bree Prime Minister X") */
                if (role && !strcmp(role, "ELI") && strlen(person->code) >= 3 && person->code[0] != '-') {
                    /* "former President Jair Bolsonaro": out of office,
                     * whatever post the dictionary gives him now */
                    if (!base) base = arena_strndup(&doc->mem, person->code, 3);
                } else if (strlen(person->code) > 3 || !base) {
                    base = person->code;
                    role = NULL;
                }
                named = person;
            }
        }
        size_t was = nm;
        nm = add_mention(d, doc, out, nm, first, end, base, role, named);
        /* a person: a title with a name after it, or a known person's name */
        if (nm == was + 1) {
            out[was].seat = r->e->kind == PHRASE_SEAT && !role && first == r->first && end == r->end;
            const char *code = out[was].code;
            int group = !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3);
            out[was].person = (role && end > before_name) ||
                              (named && named->e->kind == PHRASE_ACTOR && !group && strlen(code) > 3 &&
                               (doc->tokens[named->first].flags & TOK_CAP) && named->end - named->first <= 3 &&
                               !institution_name(doc, named->first, named->end) && full_name(named->e));
        }
        if (nm == was + 1 && !d->petrarch_rules) former_office(doc, s, &out[was]);
        if (listed) nm = role_list(d, doc, s, rv, nr, &ri, out, nm, role);
    }
    return nm;
}

/* "Albin Kurti, the prime minister of Kosovo," -- the appositive and the
 * name are one actor. A known name keeps its code; an unknown name takes
 * the appositive's. */
static size_t merge_appositives(const tc_doc *doc, const tc_sentence *s, mention *m, size_t n)
{
    const tc_token *t = doc->tokens;
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        mention *cur = &m[i];
        uint32_t f = cur->first;
        if (f >= s->first + 2 && t[f - 1].tag == TAG_DT && strcmp(t[f - 2].norm, ",") == 0) f -= 2;
        else f = 0;
        /* an appositive describes a person or an organisation, not a state:
         * "Kosovo, the minister said" is two actors */
        if (f && w > 0 && m[w - 1].end == f && cur->has_role && strlen(m[w - 1].code) > 3) {
            mention *prev = &m[w - 1];
            if (cur->has_country && (!prev->has_country || prev->is_role)) {
                prev->code = cur->code;
                prev->name = cur->name;
                prev->has_country = cur->has_country;
                prev->is_role = 0;
            }
            prev->end = cur->end;
            continue;
        }
        /* (not when the appositive's actor owns its head: "El Fasher, the
         * Sudanese army's last stronghold" is no army) */
        int possessor = cur->end < s->first + s->count && t[cur->end].tag == TAG_POS;
        if (f && f > s->first && is_name_token(&t[f - 1], s->first, f - 1) && cur->is_role == 0 && !possessor) {
            /* an unknown name before the appositive */
            uint32_t b = f;
            while (b > s->first && is_name_token(&t[b - 1], s->first, b - 1)) b--;
            if (w == 0 || m[w - 1].end <= b) cur->first = b;
        }
        m[w++] = *cur;
    }
    return w;
}

static int finite_verb(const tc_token *t)
{
    return t->tag == TAG_VBD || t->tag == TAG_VBZ || t->tag == TAG_VBP || t->tag == TAG_MD;
}

/* Mentions separated by "and" (or a list comma) form one compound group. */
/* How mention i joins the one before it: 2 by "and"/"or"/"nor" (perhaps
 * after a comma), 1 by a comma alone, 0 not at all. */
static int join_kind(const tc_token *t, const mention *prev, const mention *cur)
{
    uint32_t j = prev->end, k = cur->first;
    if (j >= k) return 0;
    int conj = 0, comma = 0;
    for (uint32_t x = j; x < k; x++) {
        /* a participle may describe the next actor ("and allied fighters"),
         * but not before its nationality ("and attacked/VBN Russian
         * positions" is a verb the tagger misread) */
        int describes = t[x].tag == TAG_VBN && x + 1 == k && t[k].tag != TAG_JJ;
        if (is_word(&t[x], "and") || is_word(&t[x], "or") || is_word(&t[x], "nor")) conj = 1;
        else if (is_word(&t[x], ",") && x == j) comma = 1;
        else if (t[x].tag != TAG_DT && t[x].tag != TAG_CD && t[x].tag != TAG_JJ && t[x].tag != TAG_PRPS &&
                 !(t[x].tag == TAG_POS && x == j) && !describes)
            return 0;
    }
    /* ", and" between an object and a new clause's subject joins nothing:
     * "killing six people, and Turkish authorities blamed the PKK", "over
     * the detention of Mayor Imamoglu, and Turkish police fired" */
    if (conj && comma && finite_verb(&t[cur->end])) {
        uint32_t b = prev->first;
        while (b > 0 && (t[b - 1].tag == TAG_CD || t[b - 1].tag == TAG_DT || t[b - 1].tag == TAG_JJ)) b--;
        if (b > 0 && ((t[b - 1].tag >= TAG_VB && t[b - 1].tag <= TAG_VBZ) || t[b - 1].tag == TAG_IN)) return 0;
    }
    return conj ? 2 : comma ? 1 : 0;
}

/* Mentions joined by "and"/"or" form one compound group, and so do lists
 * with commas when the list ends in "and" ("Mordor, Rohan, Fornost and
 * Bree"); a comma alone joins nothing ("..., with Kosovo, Serbian Defence
 * Minister Bratislav Gasic said"). */
static void group_compounds(const tc_doc *doc, mention *m, size_t n)
{
    const tc_token *t = doc->tokens;
    int g = 0;
    for (size_t i = 0; i < n;) {
        /* the run of mentions chained to i */
        size_t e = i + 1;
        int conj = 0;
        while (e < n) {
            if (m[e].first == m[e - 1].first) {  /* one phrase, several actors: [NOR/OST] */
                e++;
                continue;
            }
            int k = join_kind(t, &m[e - 1], &m[e]);
            /* "A, B and C": the list ends at its conjunction, unless a bare
             * "and" follows ("lawmakers and officials in C and D") */
            if (!k || (conj && (k != 2 || is_word(&t[m[e - 1].end], ",")))) break;
            conj |= k == 2;
            e++;
        }
        if (!conj) {
            /* commas alone: each phrase (with its split actors) is its own group */
            for (size_t x = i; x < e; x++) m[x].group = x > i && m[x].first == m[x - 1].first ? m[x - 1].group : g++;
        } else {
            for (size_t x = i; x < e; x++) m[x].group = g;
            g++;
        }
        i = e;
    }
}

/* "Afghanistan's Taliban government", "Iran's Revolutionary Guards": a
 * state that owns an actor of its own is part of that actor's name, not
 * a second actor (its own target or object). */
static size_t merge_possessors(const tc_doc *doc, mention *m, size_t n)
{
    const tc_token *t = doc->tokens;
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const mention *a = &m[i], *b = i + 1 < n ? &m[i + 1] : NULL;
        if (b && !a->is_role && a->has_country && strlen(a->code) == 3 && actor_state_based(a->code) &&
            b->first == a->end + 1 && t[a->end].tag == TAG_POS && b->has_country && !b->is_role &&
            strlen(b->code) > 3 && !strncmp(a->code, b->code, 3)) {
            m[i + 1].first = a->first;
            continue;
        }
        m[w++] = m[i];
    }
    return w;
}

size_t actor_find(const dict *d, tc_doc *doc, const tc_sentence *s, mention **out)
{
    uint32_t end = s->first + s->count;
    raw *rv = arena_alloc(&doc->mem, (s->count + 1) * sizeof *rv);
    size_t nr = 0;
    for (uint32_t i = s->first; i < end;) {
        int k = match_at(d, doc, i, end, &rv[nr]);
        if (k) {
            nr++;
            i += (uint32_t)k;
        } else {
            i++;
        }
    }
    /* one mention per raw match, plus one per extra actor of a split code,
     * twice over for countries two roles share */
    size_t cap = 2 * nr + 1;
    for (size_t i = 0; i < nr; i++)
        for (const char *c = rv[i].code; *c; c++) cap += 2 * (*c == '/');
    mention *m = arena_alloc(&doc->mem, cap * sizeof *m);
    size_t nm = combine(d, doc, s, rv, nr, m);
    nm = merge_appositives(doc, s, m, nm);
    if (!d->petrarch_rules) nm = merge_possessors(doc, m, nm);
    group_compounds(doc, m, nm);
    *out = m;
    return nm;
}

int mention_covering(const mention *m, size_t nm, uint32_t j)
{
    for (size_t k = 0; k < nm; k++)
        if (m[k].first <= j && j < m[k].end) return (int)k;
    return -1;
}
