/* coref.c -- later mentions of people, within one article.
 *
 * News names a person once in full ("Kenyan Interior Minister Kipchumba
 * Murkomen", "John Kirby, a spokesperson for the White House") and then
 * says "Murkomen", "he" or "the minister". The one idea: keep the people
 * named so far, newest first, and let a pronoun or a bare title stand for
 * the nearest one -- in the same sentence before it, else the last one
 * named before the sentence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actor/actor.h"


/* An organisation or armed group: an IGO, an NGO, a militarised group, or a
 * named group's own code ("PSEREBHMS"). */
static int organisation(const mention *x)
{
    return !x->person && !x->is_role && (!actor_state_based(x->code) || strlen(x->code) > 6);
}

/* "the alliance", "the bloc", "the group": the organisation named last,
 * in this sentence before token j, else before it (2.12). */
static const mention *organisation_before(const discourse *dc, const mention *m, size_t nm, uint32_t j)
{
    const mention *best = NULL;
    for (size_t k = 0; k < nm; k++)
        if (m[k].end <= j && (organisation(&m[k]) || (m[k].person && strlen(m[k].code) > 6 && !m[k].is_role)))
            best = &m[k];  /* "a senior Hamas official said the group ..." */
    if (!best && dc->has_org) best = &dc->org;
    return best;
}

/* States that news calls "the island": island states and territories
 * whose whole land is one island or whose name stands for it. */
static int island_state(const char *code)
{
    static const char *const islands[] = {"TWN", "CYP", "CUB", "GRL", "LKA", "MDG", "ISL", "JAM", "MLT", "SGP",
                                          "BHR", "HTI", "DOM", "IRL", "PRI", "TLS", "MUS", NULL};
    if (strlen(code) < 3) return 0;
    char c3[4] = {code[0], code[1], code[2], 0};
    return word_in(c3, islands);
}

/* "China's war games around the island": the island state named last
 * before token j, in this sentence or the article before. */
static const char *island_before(const discourse *dc, const mention *m, size_t nm, uint32_t j, const char **name)
{
    const mention *best = NULL;
    for (size_t k = 0; k < nm; k++)
        if (m[k].end <= j && m[k].has_country && !m[k].is_role && island_state(m[k].code)) best = &m[k];
    if (best) {
        *name = best->name;
        return best->code;
    }
    if (dc->island[0]) {
        *name = NULL;
        return dc->island;
    }
    return NULL;
}

/* Nouns of one official's post: "the defence attache", "its ambassador". */
static int official_noun(const tc_token *t)
{
    static const char *const posts[] = {"attache", "attaché", "ambassador", "envoy", "minister", "president",
                                        "spokesman", "spokeswoman", "spokesperson", "commander", "general",
                                        "diplomat", "chief", "official", "premier", "chancellor", NULL};
    return t->lemma && word_in(t->lemma, posts);
}

/* The person nearest before token j: in this sentence, else from before. */
static const mention *person_before(const discourse *dc, const mention *m, size_t nm, uint32_t j)
{
    const mention *best = NULL;
    for (size_t k = 0; k < nm; k++)
        if (m[k].person && m[k].end <= j) best = &m[k];
    if (!best && dc->has_person) best = &dc->person;
    return best;
}

/* One official named by a singular post: "Russia's defence attache". */
static int one_official(const tc_doc *doc, const mention *x)
{
    const tc_token *head = &doc->tokens[x->end - 1];
    return x->has_role && !x->is_role && head->tag == TAG_NN && official_noun(head);
}

/* Whom "he" or "him" at token j stands for: the nearest person before it,
 * or one official the sentence names by a singular post ("expelled
 * Russia's defence attache, accusing him of spying"), else from before. */
static const mention *referent_before(const discourse *dc, const tc_doc *doc, const mention *m, size_t nm, uint32_t j)
{
    const mention *best = NULL;
    for (size_t k = 0; k < nm; k++)
        if (m[k].end <= j && (m[k].person || one_official(doc, &m[k]))) best = &m[k];
    if (!best && dc->has_person) best = &dc->person;
    return best;
}

static const char *surname_code(const discourse *dc, const char *norm, const char **name)
{
    for (int i = dc->nnames; i-- > 0;)
        if (!strcmp(dc->names[i].surname, norm)) {
            *name = dc->names[i].name;
            return dc->names[i].code;
        }
    return NULL;
}

static int speech_word(const tc_token *t)
{
    static const char *const verbs[] = {"say", "tell", "add", "continue", "state", "declare", "write", "insist",
                                        "warn", NULL};
    for (int i = 0; verbs[i]; i++)
        if (t->lemma && !strcmp(t->lemma, verbs[i])) return 1;
    return 0;
}

/* Who speaks the quotation of this sentence: the actor or pronoun beside
 * a speech verb after the closing quote ("... he continued", "... said
 * Kirby"). Sets q_first and q_end to the quoted span. */
static const mention *quote_speaker(const discourse *dc, const tc_doc *doc, const tc_sentence *s,
                                    const mention *m, size_t nm, uint32_t *q_first, uint32_t *q_end)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    long open = -1, close = -1;
    for (uint32_t j = s->first; j < end; j++) {
        if (!(t[j].flags & TOK_QUOTE) || strcmp(t[j].norm, "\"") != 0) continue;
        if (open < 0) open = j;
        else close = j;
    }
    if (open < 0) return NULL;
    if (close < 0) close = end - 1;  /* a quote that runs on past the sentence */
    *q_first = (uint32_t)open;
    *q_end = (uint32_t)close;
    for (uint32_t j = (uint32_t)close + 1; j + 1 < end; j++) {
        if (!speech_word(&t[j + 1]) && !speech_word(&t[j])) continue;
        uint32_t who = speech_word(&t[j + 1]) ? j : j + 1;
        if (who + 1 < end && speech_word(&t[j]) && !strcmp(t[who].norm, "the")) who++;
        for (size_t k = 0; k < nm; k++)
            if (m[k].first <= who && who < m[k].end) return &m[k];
        if (!strcmp(t[who].norm, "he") || !strcmp(t[who].norm, "she"))
            return dc->has_person ? &dc->person : NULL;
        return NULL;
    }
    return NULL;
}

/* "Japan said it would ...", "Saudi Arabia and Iran said they would ...":
 * "it" and "they" after a speech verb stand for the state or group that
 * spoke, the nearest non-person actor before them in the sentence. Adds
 * one mention per member of that actor's compound; returns how many. */
static size_t it_they(const tc_doc *doc, const mention *m, size_t nm, uint32_t j, int plural, int group,
                      mention *out)
{
    const tc_token *t = doc->tokens;
    if (j < 2) return 0;
    /* the speech verb may stand a few words back: "said on Tuesday it was" */
    int after_speech = 0, saying = 0;
    for (uint32_t x = j; x > 0 && j - x < 5;) {
        const tc_token *p = &t[--x];
        if (p->lemma && (!strcmp(p->lemma, "say") || !strcmp(p->lemma, "announce") || !strcmp(p->lemma, "state") ||
                         !strcmp(p->lemma, "declare") || !strcmp(p->lemma, "confirm"))) {
            after_speech = 1;
            /* ", saying it was acting to protect ...": the main clause's subject speaks */
            saying = x > 0 && ((p->tag == TAG_VBG && tok_is(&t[x - 1], ",")) || tok_is(&t[x - 1], "and"));
            /* (and "condemned China's drills and said it had dispatched") */
            break;
        }
        if (!strcmp(p->norm, "that")) {
            after_speech = 1;
            break;
        }
        if (p->tag != TAG_IN && p->tag != TAG_NNP && p->tag != TAG_DT && p->tag != TAG_CD && p->tag != TAG_NN &&
            p->tag != TAG_RB)
            break;
    }
    if (!after_speech) return 0;
    long best = -1;
    if (saying)
        for (size_t k = 0; k < nm && best < 0; k++)
            if (m[k].end <= j && !m[k].person && !m[k].is_role) best = (long)k;
    for (size_t k = 0; k < nm && !saying; k++) {
        if (m[k].end > j || m[k].person) continue;
        /* a bare role speaks of itself when its number agrees: "the army
         * said it had fired", "the rebels said they had seized" */
        tc_tag last = (tc_tag)t[m[k].end - 1].tag;
        if (m[k].is_role && (plural ? last != TAG_NNS : last != TAG_NN)) continue;
        best = (long)k;
    }
    if (best < 0) return 0;
    if (plural) {
        /* "they" is a compound or a plural noun ("the rebels", "the
         * Houthis"), not one state: "asked Germany to supply missiles,
         * saying they would help" speaks of the missiles */
        size_t members = 0;
        for (size_t k = 0; k < nm; k++) members += m[k].group == m[best].group;
        tc_tag last = (tc_tag)t[m[best].end - 1].tag;
        if (members < 2 && last != TAG_NNS && last != TAG_NNPS) return 0;
    }
    size_t n = 0;
    for (size_t k = 0; k < nm; k++) {
        int member = plural ? m[k].group == m[best].group : (long)k == best;
        if (!member) continue;
        out[n] = m[k];
        out[n].first = j;
        out[n].end = j + 1;
        out[n].group = group;
        n++;
    }
    return n;
}

/* "the two (sides, leaders ...)", "both leaders": the last two named
 * actors of the sentence before token j, as a compound. Returns how many
 * mentions it wrote (0 or 2); '*span_end' gets the end of the phrase. */
static int syn_verb_tag(int tag) { return (tag >= TAG_VB && tag <= TAG_VBZ) || tag == TAG_MD; }

/* A person, or a government that one leader may stand for. */
static int leaderlike(const mention *x)
{
    size_t n = strlen(x->code);
    return x->person || (n == 6 && !strcmp(x->code + 3, "GOV"));
}

static size_t the_two(const discourse *dc, tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm, uint32_t j,
                      int group, mention *out, uint32_t *span_end)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count, first = j;
    if (tok_is(&t[j], "two") && j > s->first && tok_is(&t[j - 1], "the")) first = j - 1;
    else if (!tok_is(&t[j], "both")) return 0;
    uint32_t after = j + 1;
    static const char *const people[] = {"leader", "man", "president", "minister", "delegation", NULL};
    static const char *const states[] = {"side", "country", "nation", "government", "party", "neighbour",
                                         "neighbor", NULL};
    int of_people = after < end && t[after].lemma && word_in(t[after].lemma, people);
    if (of_people || (after < end && t[after].lemma && word_in(t[after].lemma, states))) after++;
    else if (tok_is(&t[j], "both")) return 0;  /* "both" alone is too often "both A and B" */
    else if (after < end && (t[after].tag == TAG_NN || t[after].tag == TAG_NNS || t[after].tag == TAG_JJ))
        return 0;  /* "the two ships" are no actors */
    /* as an object ("urged both sides to"), the two are others than the
     * sentence's first actor, who speaks or acts: "The US and the EU
     * called on both sides" */
    uint32_t verb = after;
    while (verb < end && (t[verb].tag == TAG_RB || t[verb].tag == TAG_RBR)) verb++;  /* "the two sides later agreed" */
    int object = verb >= end || !syn_verb_tag(t[verb].tag);
    int speaker = -1;
    for (size_t k = 0; k < nm && object; k++)
        if (m[k].end <= first) {
            speaker = m[k].group;
            break;
        }
    long b = -1, a = -1;
    for (size_t k = 0; k < nm; k++) {
        if (m[k].end > first || (m[k].is_role && !m[k].has_country) || m[k].group == speaker) continue;
        if (of_people && !m[k].person) continue;  /* "the two leaders": not the city they met in */
        if (b >= 0 && !strcmp(m[k].code, m[b].code)) continue;
        a = b;
        b = (long)k;
    }
    if (a < 0 && b < 0 && !object && dc->has_pair && (!of_people || (leaderlike(&dc->pair[0]) && leaderlike(&dc->pair[1])))) {
        /* "Zelensky met Stubb in Kyiv. The two leaders discussed ...": the
         * pair the sentence before named */
        out[0] = dc->pair[0];
        out[1] = dc->pair[1];
    } else {
        if (a < 0 || !strcmp(m[a].code, m[b].code)) return 0;
        out[0] = m[a];
        out[1] = m[b];
    }
    for (int i = 0; i < 2; i++) {
        /* "the two sides agreed to a ceasefire": the states, not the
         * armies first named (a person stays who he is) */
        int state_role = out[i].has_country && out[i].has_role && !out[i].person && strlen(out[i].code) == 6 &&
                         actor_state_based(out[i].code);
        out[i].first = first;
        out[i].end = after;
        out[i].group = group;
        out[i].person = 0;
        if (!of_people && state_role) out[i].code = arena_strndup(&doc->mem, out[i].code, 3);
    }
    if (!strcmp(out[0].code, out[1].code)) return 0;
    *span_end = after;
    return 2;
}

/* A two-word reference ("his country", "the alliance") at 'first' that
 * stands for an actor with 'code'. */
static mention phrase_reference(const char *code, const char *name, uint32_t first, int group)
{
    mention r;
    memset(&r, 0, sizeof r);
    r.code = code;
    r.name = name;
    r.first = first;
    r.end = first + 2;
    r.has_country = 1;
    r.group = group;
    return r;
}

/* Whose "his office" or "his administration" it is: the nearest person,
 * official or named actor with a proper-noun head before token j ("Karim
 * Khan said his office ..."), else the person named before the sentence. */
static const mention *owner_before(const discourse *dc, const tc_doc *doc, const mention *m, size_t nm, uint32_t j)
{
    const mention *best = NULL;
    for (size_t k = 0; k < nm; k++) {
        if (m[k].end > j) continue;
        int named = !m[k].is_role && strlen(m[k].code) > 3 && doc->tokens[m[k].end - 1].tag == TAG_NNP;
        if (m[k].person || named || one_official(doc, &m[k])) best = &m[k];
    }
    if (!best && dc->has_person) best = &dc->person;
    return best;
}

/* Candidates: "he"/"she"/"him"/"her", "the two", and surnames of earlier
 * people; at most 'cap' of them. */
static size_t add_references(const discourse *dc, tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm,
                             mention *out, size_t cap)
{
    const tc_token *t = doc->tokens;
    size_t n = 0;
    int group = 0;
    for (size_t k = 0; k < nm; k++)
        if (m[k].group >= group) group = m[k].group + 1;
    uint32_t q_first = 0, q_end = 0;
    const mention *speaker = quote_speaker(dc, doc, s, m, nm, &q_first, &q_end);
    for (uint32_t j = s->first; j < s->first + s->count; j++) {
        if (mention_covering(m, nm, j) >= 0) continue;
        const tc_token *tok = &t[j];
        mention r;
        memset(&r, 0, sizeof r);
        if (n + nm + 2 > cap) break;
        uint32_t span_end;
        size_t two = the_two(dc, doc, s, m, nm, j, group, out + n, &span_end);
        if (two) {
            n += two;
            group++;
            j = span_end - 1;
            continue;
        }
        if (tok->tag == TAG_PRP && (tok_is(tok, "it") || tok_is(tok, "they"))) {
            size_t k = it_they(doc, m, nm, j, tok_is(tok, "they"), group, out + n);
            if (k) group++;
            n += k;
            continue;
        }
        if (tok_is(tok, "country") && j > s->first && t[j - 1].tag == TAG_PRPS && !tok_is(&t[j - 1], "my") &&
            !tok_is(&t[j - 1], "our") && !tok_is(&t[j - 1], "your")) {
            /* "Armenia's prime minister said his country would freeze ...":
             * the state of the actor named before (2.12) */
            const mention *o = NULL;
            for (size_t k = 0; k < nm; k++)
                if (m[k].end <= j - 1 && m[k].has_country && strlen(m[k].code) >= 3 && actor_state_based(m[k].code))
                    o = &m[k];
            if (!o) continue;
            out[n++] = phrase_reference(arena_strndup(&doc->mem, o->code, 3), o->name, j - 1, group++);
            continue;
        }
        if (j > s->first && tok_is(&t[j - 1], "the") && tok_is(tok, "island") &&
            (j + 1 >= s->first + s->count || (t[j + 1].tag != TAG_NN && t[j + 1].tag != TAG_NNS &&
                                              !tok_is(&t[j + 1], "of") && t[j + 1].tag != TAG_POS))) {
            /* "drills around the island": Taiwan named before (2.12) */
            const char *name = NULL;
            const char *code = island_before(dc, m, nm, j, &name);
            if (!code) continue;
            out[n++] = phrase_reference(arena_strndup(&doc->mem, code, 3), name ? name : "the island", j - 1, group++);
            continue;
        }
        if ((tok_is(tok, "office") || tok_is(tok, "government") || tok_is(tok, "administration")) &&
            j > s->first && (tok_is(&t[j - 1], "his") || tok_is(&t[j - 1], "her"))) {
            /* "Karim Khan said his office was investigating": the person's
             * own institution, coded as the person (2.12) */
            const mention *p = owner_before(dc, doc, m, nm, j - 1);
            if (!p || strlen(p->code) < 3) continue;
            out[n++] = phrase_reference(p->code, p->name, j - 1, group++);
            continue;
        }
        static const char *const bodies[] = {"alliance", "bloc", "organisation", "organization", "group",
                                             "militia", "movement", NULL};
        if (j > s->first && tok_is(&t[j - 1], "the") && tok->tag == TAG_NN && word_in(tok->norm, bodies) &&
            (j + 1 >= s->first + s->count || (t[j + 1].tag != TAG_NN && t[j + 1].tag != TAG_NNS &&
                                              !tok_is(&t[j + 1], "of")))) {
            /* "The alliance said it would send troops": the organisation
             * named before, not "the group of seven" or "the alliance's
             * members" */
            const mention *o = organisation_before(dc, m, nm, j);
            if (!o) continue;
            out[n++] = phrase_reference(o->code, o->name, j - 1, group++);
            continue;
        }
        if (speaker && j > q_first && j < q_end && tok->tag == TAG_PRP && (tok_is(tok, "we") || tok_is(tok, "i"))) {
            /* "We are requesting Serbia to withdraw," he continued: the speaker */
            r.code = speaker->code;
            r.name = speaker->name;
        } else if (tok->tag == TAG_PRP && (tok_is(tok, "he") || tok_is(tok, "she") || tok_is(tok, "him") || tok_is(tok, "her"))) {
            const mention *p = referent_before(dc, doc, m, nm, j);
            if (!p) continue;
            r.code = p->code;
            r.name = p->name;
        } else if ((tok->flags & TOK_CAP) && (tok->tag == TAG_NNP || tok->tag == TAG_NN)) {
            const char *name;
            const char *code = surname_code(dc, tok->norm, &name);
            if (!code) continue;
            r.code = code;
            r.name = name;
        } else {
            continue;
        }
        r.first = j;
        r.end = j + 1;
        r.has_country = strlen(r.code) >= 3;
        r.person = 1;
        r.group = group++;
        out[n++] = r;
    }
    return n;
}

/* "the minister": a bare title after a person with that role stands for
 * that person. */
static void resolve_titles(const discourse *dc, tc_doc *doc, mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (size_t k = 0; k < nm; k++) {
        if (!m[k].is_role || m[k].first == 0 || !tok_is(&t[m[k].first - 1], "the")) continue;
        if (t[m[k].end - 1].tag == TAG_NNS) continue;  /* "the demonstrators" are no one person's title */
        const mention *p = person_before(dc, m, nm, m[k].first);
        if (!p) continue;
        size_t pl = strlen(p->code), rl = strlen(m[k].code);
        if (pl > rl && !strcmp(p->code + pl - rl, m[k].code)) {
            m[k].code = p->code;
            m[k].name = p->name;
            m[k].is_role = 0;
            m[k].has_country = 1;
            m[k].person = 1;
        }
    }
}

/* A state code at the head of an actor code ("SRB" of "SRBGOV"), or 0. */
static int state_of(const mention *x, char out[4])
{
    if (!x->has_country || x->is_role || strlen(x->code) < 3) return 0;
    if (!strncmp(x->code, "IGO", 3) || !strncmp(x->code, "NGO", 3) || x->code[0] == '"') return 0;
    memcpy(out, x->code, 3);
    out[3] = '\0';
    return 1;
}

static int speech_lemma(const char *w)
{
    static const char *const verbs[] = {"say", "announce", "state", "declare", "confirm", "report", "claim", NULL};
    return word_in(w, verbs);
}

/* The nouns of a person's own institution: "his administration". */
static int institution_word(const tc_token *t)
{
    static const char *const words[] = {"administration", "government", "office", "cabinet", "ministry", NULL};
    return word_in(t->norm, words);
}

/* "the armed forces", "its army": a definite role with no country of its
 * own is the same role named before in the sentence, or belongs to the
 * state the article was about in the sentences before. */
static void resolve_definite_roles(const discourse *dc, tc_doc *doc, mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (size_t k = 0; k < nm; k++) {
        if (!m[k].is_role || m[k].first == 0) continue;
        const tc_token *p = &t[m[k].first - 1];
        if ((tok_is(p, "his") || tok_is(p, "her")) && institution_word(&t[m[k].end - 1])) {
            /* "Biden said his administration would send": the person's own
             * government (2.12) */
            const mention *who = owner_before(dc, doc, m, nm, m[k].first - 1);
            if (who && strlen(who->code) >= 3) {
                m[k].code = who->code;
                m[k].name = who->name;
                m[k].is_role = 0;
                m[k].has_country = 1;
            }
            continue;
        }
        if (!tok_is(p, "the") && !tok_is(p, "its") && !tok_is(p, "their")) continue;
        /* "KFOR troops took up positions ..., the peacekeeping force said":
         * an actor of that role named before in the sentence */
        size_t rl = strlen(m[k].code);
        long same = -1;
        int plural = t[m[k].end - 1].tag == TAG_NNS;  /* "the demonstrators" are no one person */
        for (size_t x = 0; x < k; x++) {
            size_t xl = strlen(m[x].code);
            int one_person = m[x].person || t[m[x].end - 1].tag == TAG_NNP;
            if (!m[x].is_role && !(plural && one_person) && xl > rl && !strcmp(m[x].code + xl - rl, m[k].code))
                same = (long)x;
        }
        if (same >= 0) {
            m[k].code = m[same].code;
            m[k].name = m[same].name;
            m[k].is_role = 0;
            m[k].has_country = 1;
            continue;
        }
        /* another state named in the same sentence is no owner: "Georgian
         * protesters" do not make "the government" Georgian (CODING-MANUAL
         * 2.7); the state the article was about before may be, and so is
         * the speaker's for "its" right after a verb of saying (2.12:
         * "Azerbaijan's defence ministry said its forces") */
        char c3[4] = "";
        if (dc->country[0]) memcpy(c3, dc->country, 4);
        uint32_t said = m[k].first - 1;  /* back past "on Tuesday", "that", "two of" */
        while (said > 0 && m[k].first - said < 5 && !(t[said - 1].lemma && speech_lemma(t[said - 1].lemma)) &&
               (t[said - 1].tag == TAG_IN || t[said - 1].tag == TAG_NNP || t[said - 1].tag == TAG_CD ||
                tok_is(&t[said - 1], "that")))
            said--;
        if (!tok_is(p, "the") && said > 0 && t[said - 1].lemma && speech_lemma(t[said - 1].lemma)) {
            const mention *speaker = NULL;
            for (size_t x = 0; x < k; x++)
                if (m[x].end <= said - 1 && !m[x].is_role) speaker = &m[x];
            if (speaker && organisation(speaker)) {
                /* "Islamic State said two of its suicide bombers": the group's own */
                m[k].code = speaker->code;
                m[k].name = speaker->name;
                m[k].is_role = 0;
                m[k].has_country = 1;
                continue;
            }
            if (speaker) state_of(speaker, c3);
        }
        if (!c3[0]) continue;
        char code[64];
        snprintf(code, sizeof code, "%s%s", c3, m[k].code);
        m[k].code = arena_strndup(&doc->mem, code, strlen(code));
        m[k].is_role = 0;
        m[k].has_country = 1;
    }
}

/* "his British counterpart": the same post in another state -- the role
 * of the person named before, with the counterpart's own state. */
static void resolve_counterparts(tc_doc *doc, mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (size_t k = 0; k < nm; k++) {
        const tc_token *head = &t[m[k].end - 1];
        if (!head->lemma || strcmp(head->lemma, "counterpart") != 0) continue;
        const mention *p = NULL;
        for (size_t x = 0; x < k; x++)
            if (m[x].person || (m[x].has_country && strlen(m[x].code) > 3)) p = &m[x];
        if (!p || strlen(p->code) <= 3) continue;
        char c3[4] = "";
        if (strlen(m[k].code) >= 3 && !m[k].is_role) memcpy(c3, m[k].code, 3);
        if (!c3[0]) continue;
        char code[64];
        snprintf(code, sizeof code, "%s%s", c3, p->code + 3);
        m[k].code = arena_strndup(&doc->mem, code, strlen(code));
    }
}

static void remember(discourse *dc, const tc_doc *doc, const mention *m, size_t nm)
{
    /* exactly two actors of two states, neither a bare role: the pair "the
     * two" may mean in the next sentence */
    const mention *two[2] = {NULL, NULL};
    int count = 0;
    for (size_t k = 0; k < nm; k++) {
        if (m[k].is_role || !m[k].has_country || m[k].town || !actor_state_based(m[k].code)) continue;
        if (count && !strncmp(two[count - 1]->code, m[k].code, 3)) continue;
        if (count == 2 && strncmp(two[0]->code, m[k].code, 3) && strncmp(two[1]->code, m[k].code, 3)) {
            count = 3;
            break;
        }
        if (count < 2 && !(count == 1 && !strncmp(two[0]->code, m[k].code, 3))) two[count++] = &m[k];
    }
    dc->has_pair = count == 2;
    if (count == 2) {
        dc->pair[0] = *two[0];
        dc->pair[1] = *two[1];
    }
    for (size_t k = 0; k < nm; k++) {
        char c3[4];
        if (state_of(&m[k], c3)) {
            memcpy(dc->country, c3, 4);
            if (island_state(c3)) memcpy(dc->island, c3, 4);
        }
    }
    for (size_t k = 0; k < nm; k++)
        if (organisation(&m[k])) {
            dc->org = m[k];
            dc->has_org = 1;
        }
    for (size_t k = 0; k < nm; k++) {
        if (!m[k].person) continue;
        dc->person = m[k];
        dc->has_person = 1;
        /* the surname: the last capitalised word before an appositive's comma */
        const tc_token *last = NULL;
        for (uint32_t j = m[k].first; j < m[k].end; j++) {
            const tc_token *tok = &doc->tokens[j];
            if (!strcmp(tok->norm, ",")) break;
            if ((tok->flags & TOK_CAP) && (tok->tag == TAG_NNP || tok->tag == TAG_NNPS)) last = tok;
        }
        if (!last || strlen(last->norm) >= sizeof dc->names[0].surname) continue;
        int i = dc->nnames < DISCOURSE_NAMES ? dc->nnames++ : DISCOURSE_NAMES - 1;
        if (i == DISCOURSE_NAMES - 1 && dc->nnames == DISCOURSE_NAMES)
            memmove(&dc->names[0], &dc->names[1], (DISCOURSE_NAMES - 1) * sizeof dc->names[0]);
        strcpy(dc->names[i].surname, last->norm);
        dc->names[i].code = m[k].code;
        dc->names[i].name = m[k].name;
    }
}

static int by_first(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

size_t coref_resolve(discourse *dc, tc_doc *doc, const tc_sentence *s, mention **m, size_t nm)
{
    resolve_titles(dc, doc, *m, nm);
    resolve_definite_roles(dc, doc, *m, nm);
    resolve_counterparts(doc, *m, nm);
    size_t cap = nm + 2 * (size_t)s->count + 2;
    mention *all = arena_alloc(&doc->mem, (nm + cap) * sizeof *all);
    memcpy(all, *m, nm * sizeof *all);
    size_t n = nm + add_references(dc, doc, s, *m, nm, all + nm, cap);
    if (n > nm) {
        qsort(all, n, sizeof *all, by_first);
        *m = all;
    }
    remember(dc, doc, *m, n);
    return n;
}
