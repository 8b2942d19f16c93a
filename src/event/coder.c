/* coder.c -- match verb patterns and attach source and target.
 *
 * A pattern's words must follow the verb in order, each within a few
 * tokens of the previous one and inside the verb's clause; '+' must land on
 * an actor mention. When several patterns match one verb, the one with the
 * most words wins ("ask + to withdraw" beats "ask +"). Words a pattern used
 * cannot anchor another pattern, so "refused to acknowledge Kosovo" codes
 * once. */
#include <string.h>

#include "event/event.h"
#include "event/pattern.h"
#include "event/syntax.h"
#include "event/opinion.h"
#include "event/topic.h"

static int has_slot(const verb_pattern *p)
{
    if (!p) return 0;
    for (uint8_t e = 0; e < p->nlower; e++)
        if (p->lower[e].kind == EL_TARGET) return 1;
    for (uint8_t e = 0; e < p->nupper; e++)
        if (p->upper[e].kind == EL_TARGET) return 1;
    return 0;
}

static void push(tc_doc *doc, event_list *out, const tocsin_event *ev)
{
    for (size_t i = 0; i < out->n; i++) {
        const tocsin_event *o = &out->v[i];
        if (o->sentence == ev->sentence && strcmp(o->source, ev->source) == 0 &&
            strcmp(o->target, ev->target) == 0 && strcmp(o->code, ev->code) == 0)
            return;
    }
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        tocsin_event *v = arena_alloc(&doc->mem, cap * sizeof *v);
        if (out->n) memcpy(v, out->v, out->n * sizeof *v);
        out->v = v;
        out->cap = cap;
    }
    out->v[out->n++] = *ev;
}

/* The event code and what follows from it: root, QuadClass, Goldstein, name. */
static void set_code(const dict *d, tocsin_event *ev, const char *code)
{
    ev->code = code;
    memcpy(ev->root, code, 2);
    ev->root[2] = '\0';
    int root = (ev->root[0] - '0') * 10 + (ev->root[1] - '0');
    ev->quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    const cameo_code *c = dict_cameo(d, code);
    ev->goldstein = c ? c->goldstein : 0.0;
    ev->code_name = c ? c->name : "";
}

void event_third_location(const dict *d, event_list *ev)
{
    for (size_t i = 0; i < ev->n; i++) {
        tocsin_event *e = &ev->v[i];
        const tocsin_location *l = &e->location;
        int meet = !strcmp(e->code, "040"), third = !strcmp(e->code, "044");
        if (!(meet || third) || !*e->target || !*l->country || !strcmp(l->precision, "inferred")) continue;
        /* organisations and bare roles have no country to compare */
        if (!strncmp(e->source, "IGO", 3) || !strncmp(e->target, "IGO", 3) || !strncmp(e->source, "NGO", 3) ||
            !strncmp(e->target, "NGO", 3) || strlen(e->source) < 3 || strlen(e->target) < 3)
            continue;
        int home = !strncmp(e->source, l->country, 3) || !strncmp(e->target, l->country, 3);
        if (meet && !home && dict_cameo(d, "044")) set_code(d, e, "044");
        /* "met Erdogan on the sidelines of a summit in Cairo": at home, no third place */
        if (third && home) set_code(d, e, "040");
    }
}

static void emit(const dict *d, tc_doc *doc, size_t si, uint32_t v, const pattern_match *mt, const char *code,
                 const mention *src, const mention *tgt, tocsin_mode mode, event_list *out)
{
    const tc_sentence *s = &doc->sents[si];
    const tc_token *t = doc->tokens;
    tocsin_event ev;
    memset(&ev, 0, sizeof ev);
    ev.article = doc->id;
    ev.sentence = (int)si + 1;
    ev.date = doc->date;
    ev.url = doc->url ? doc->url : "";
    ev.source = src->code;
    ev.source_name = src->name;
    ev.target = tgt ? tgt->code : "";
    /* a visit goes to a country, and so does force: "visited Beijing" is
     * CHN, "pounded Beirut" LBN, not their governments */
    if (tgt && tgt->seat && (!strcmp(code, "042") || cameo_force(code)) &&
        strlen(tgt->code) > 3)
        ev.target = arena_strndup(&doc->mem, tgt->code, 3);
    ev.target_name = tgt ? tgt->name : "";
    set_code(d, &ev, code);
    ev.mode = mode;
    ev.text = doc->text + s->start;
    ev.text_len = s->end - s->start;
    ev.verb = arena_strndup(&doc->mem, doc->text + t[v].start, t[v].end - t[v].start);
    ev.pattern = mt->text;
    uint32_t a = src->first < mt->first ? src->first : mt->first;
    if (tgt && tgt->first < a) a = tgt->first;
    uint32_t b = mt->last;
    if (tgt && tgt->end - 1 > b) b = tgt->end - 1;
    if (src->end - 1 > b) b = src->end - 1;
    ev.span_start = t[a].start;
    ev.span_end = t[b].end;
    push(doc, out, &ev);
}

/* Whether the mention starting at 'first' follows "in", "at", "near"... */
static int after_locative(const tc_token *t, const tc_sentence *s, uint32_t first)
{
    static const char *const preps[] = {"in", "at", "near", "on", "around", "inside", "outside", NULL};
    if (first > s->first && t[first - 1].tag == TAG_DT) first--;
    return first > s->first && word_in(t[first - 1].norm, preps);
}

/* Verbs that need two sides, whatever the code: "Trump and Zelensky
 * clashed", "the army and the RSF fought" -- each side at the other. */
static int mutual_verb(const tc_token *v)
{
    static const char *const verbs[] = {"clash", "fight", "battle", "spar", "feud", "quarrel", "skirmish",
                                        "exchange", "trade", NULL};
    return v->lemma && word_in(v->lemma, verbs);
}

/* Codes whose meaning is mutual when a compound subject has no object:
 * consult (04), diplomatic and material cooperation (05, 06), yielding
 * such as a truce (08), and intents to cooperate (03) other than aid. */
static int reciprocal(const char *code)
{
    /* not a pledge of aid (033x): "Burkina Faso and Niger pledged military
     * support" is for someone else */
    if (!strncmp(code, "033", 3)) return 0;
    return !strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "05", 2) ||
           !strncmp(code, "06", 2) || !strncmp(code, "08", 2);
}

/* "promising to help each other": a reciprocal pronoun within a few words
 * after the verb makes any act mutual. */
static int each_other(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = v + 1; j + 1 < s->first + s->count && j <= v + 6; j++)
        if ((tok_is(&t[j], "each") && tok_is(&t[j + 1], "other")) || (tok_is(&t[j], "one") && tok_is(&t[j + 1], "another")))
            return 1;
    return 0;
}

static size_t group_size(const mention *m, size_t nm, int g)
{
    size_t n = 0;
    for (size_t i = 0; i < nm; i++) n += m[i].group == g;
    return n;
}

/* Are all the words of mention x words the pattern matched, as a modifier
 * of a later one ("suspend UNIVERSITY education")? */
static int pattern_words(const pattern_match *mt, const mention *x)
{
    for (uint32_t j = x->first; j < x->end; j++) {
        int hit = 0;
        for (int h = 0; h < mt->nhit && !hit; h++) hit = mt->hit[h] == j;
        if (!hit) return 0;
    }
    return 1;
}

/* Where the verb's own words begin: pattern words right before the verb
 * ("wire tapped", "RECENTLY_*") belong to it, so its subject stands before
 * them; words further off ("NEITHER ... *") do not move the subject. */
static uint32_t verb_group_start(const pattern_match *mt, uint32_t v)
{
    uint32_t start = v;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int h = 0; h < mt->nhit; h++)
            if (start > 0 && mt->hit[h] == start - 1) {
                start--;
                changed = 1;
            }
    }
    return start;
}

static int speech_verb(const tc_token *t);

static int is_noun_or_adj(const tc_token *t)
{
    return t->tag == TAG_NN || t->tag == TAG_NNS || t->tag == TAG_JJ;
}

/* The weapon named with an attack decides CAMEO's finer code: drones,
 * missiles and warplanes are aerial weapons (195), artillery, rockets and
 * tanks are 194. Looks at the attackers' own words ("U.S. and British
 * warplanes", the whole compound), the word after them, what they "used"
 * before the verb ("used drones ... to strike"), and "with ..." after it. */
static int lemma_is_any(const tc_token *t, const char *a, const char *b)
{
    return t->lemma && (!strcmp(t->lemma, a) || !strcmp(t->lemma, b));
}

static int lemma_is(const tc_token *t, const char *w) { return t->lemma && !strcmp(t->lemma, w); }

/* Does an actor code end with a role ("SRBOPP", "OPP")? */
static int ends_with(const char *code, const char *role)
{
    size_t n = strlen(code), r = strlen(role);
    return n >= r && !strcmp(code + n - r, role);
}

/* The code of the weapon an attack names in its attackers' phrase, after
 * "using", in the pattern or after "with": 195 aerial, 194 artillery, 1831
 * a suicide bomber; NULL when none is named. */
static const char *weapon_code(const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm, int source,
                               uint32_t v, uint32_t last)
{
    static const char *const air[] = {"drone", "missile", "warplane", "jet", "aircraft", "helicopter", "airstrike",
                                      "bomber", NULL};
    static const char *const arty[] = {"artillery", "rocket", "shell", "mortar", "tank", "howitzer", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    uint32_t gfirst = m[source].first, gend = m[source].end;
    for (size_t k = 0; k < nm; k++)
        if (m[k].group == m[source].group) {
            if (m[k].first < gfirst) gfirst = m[k].first;
            if (m[k].end > gend) gend = m[k].end;
        }
    /* the attackers and the nouns after them: "Israeli air strikes" */
    uint32_t head_end = gend;
    while (head_end < v && head_end < gend + 3 && is_noun_or_adj(&t[head_end])) head_end++;
    if (head_end == gend && gend + 1 < end) head_end = gend + 1;
    /* ... and the pattern's own words: "fired rockets and attack drones at" */
    uint32_t spans[4][2] = {{gfirst, head_end}, {0, 0}, {0, 0}, {v + 1, last + 1}};
    for (uint32_t j = gend; j < v; j++)
        if (t[j].lemma && !strcmp(t[j].lemma, "use")) spans[1][0] = j + 1, spans[1][1] = j + 4 < v ? j + 4 : v;
    /* ... "with" what, or "in" what ("killed its commanders in a wave of
     * air strikes") */
    for (uint32_t j = last + 1; j < end && j <= last + 6; j++)
        if (!strcmp(t[j].norm, "with") || (!strcmp(t[j].norm, "in") && j + 1 < end && t[j + 1].tag == TAG_DT)) {
            spans[2][0] = j + 1, spans[2][1] = j + 6 < end ? j + 6 : end;
            break;
        }
    /* rockets and drones together are aerial (CODING-MANUAL 19.3): an
     * aerial weapon anywhere wins over artillery named before it */
    const char *found = NULL;
    for (int k = 0; k < 4; k++)
        for (uint32_t j = spans[k][0]; j < spans[k][1]; j++) {
            const char *w = t[j].lemma ? t[j].lemma : t[j].norm;
            if (j > 0 && tok_is(&t[j - 1], "air") && (!strcmp(w, "strike") || !strcmp(w, "raid"))) return "195";
            /* a suicide bomber is a person, not an aircraft (CODING-MANUAL 18.1) */
            if (!strcmp(w, "bomber") && j > 0 && tok_is(&t[j - 1], "suicide")) return "1831";
            for (int i = 0; air[i]; i++)
                if (!strcmp(w, air[i])) return "195";
            for (int i = 0; arty[i] && !found; i++)
                if (!strcmp(w, arty[i])) found = "194";
        }
    return found;
}

/* The index in 'words' of the first word (lemma) after token 'last' that
 * the list holds, reading up to the next comma, where a speech tail
 * ("..., the ministry said") begins; -1 if none, or if a word of 'stops'
 * comes first. What a threat threatens and what an appeal asks for are
 * read this way. */
static int word_after(const tc_doc *doc, const tc_sentence *s, uint32_t last, const char *const *words,
                      const char *const *stops)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = last + 1; j < end; j++) {
        if (!strcmp(t[j].norm, ",") || t[j].tag == TAG_STOP) break;
        const char *w = t[j].lemma ? t[j].lemma : t[j].norm;
        if (stops && word_in(w, stops)) return -1;
        for (int i = 0; words[i]; i++)
            if (!strcmp(w, words[i])) return i;
    }
    return -1;
}

/* What a bare threat (130) threatens: "warned Taiwan that its forces
 * would crush any independence attempt" is a threat of military force
 * (138). */
static const char *threat_code(const tc_doc *doc, const tc_sentence *s, uint32_t last)
{
    static const char *const force[] = {"military", "army", "troop", "force", "weapon", "missile", "rocket",
                                        "drone", "airstrike", "bomb", "nuclear", "war", "invade", "invasion",
                                        "crush", "annihilate", "annihilation", "retaliation", "retaliate",
                                        "firepower", "strike", "attack", NULL};
    return word_after(doc, s, last, force, NULL) >= 0 ? "138" : NULL;
}

/* What a threat of force (138) threatens: weapons of mass destruction
 * 1385, strikes by air or artillery 1384. What comes after "for", "over"
 * or "after" is the threat's cause, not its means ("warned Israel against
 * any retaliation for its missile attack" is 138). */
static const char *force_threat_code(const tc_doc *doc, const tc_sentence *s, uint32_t last)
{
    static const char *const arms[] = {"nuclear", "chemical", "biological", "missile", "rocket", "airstrike",
                                       "bomb", "bombing", "drone", "shell", "artillery", NULL};
    static const char *const codes[] = {"1385", "1385", "1385", "1384", "1384", "1384",
                                        "1384", "1384", "1384", "1384", "1384"};
    static const char *const cause[] = {"for", "over", "after", "because", NULL};
    _Static_assert(sizeof codes / sizeof *codes + 1 == sizeof arms / sizeof *arms, "a code per word");
    int i = word_after(doc, s, last, arms, cause);
    return i >= 0 ? codes[i] : NULL;
}

/* A threat with a condition is an ultimatum (139) whatever it threatens
 * (CODING-MANUAL 13.2): "threatened to resume attacks unless Israel
 * ended its offensive", "to retaliate if Finland joined NATO", "or face". */
static int ultimatum(const tc_doc *doc, const tc_sentence *s, uint32_t verb)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = verb + 1; j < end; j++) {
        if (!strcmp(t[j].norm, ",") || t[j].tag == TAG_STOP) break;
        if (tok_is(&t[j], "unless")) return 1;
        if (tok_is(&t[j], "or") && j + 1 < end && t[j + 1].lemma && !strcmp(t[j + 1].lemma, "face")) return 1;
        if (tok_is(&t[j], "if")) return 1;
    }
    return 0;
}

/* The actor right after the "unless" or "if" of a threat's condition, or -1. */
static int condition_subject(const tc_doc *doc, const tc_sentence *s, uint32_t verb, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = verb + 1; j + 1 < end; j++) {
        if (!strcmp(t[j].norm, ",") || t[j].tag == TAG_STOP) break;
        if (!tok_is(&t[j], "unless") && !tok_is(&t[j], "if")) continue;
        uint32_t f = j + 1;
        if (f < end && t[f].tag == TAG_DT) f++;
        int k = mention_covering(m, nm, f);
        return k >= 0 && m[k].first == f ? k : -1;
    }
    return -1;
}

/* A meeting the sentence calls talks or negotiations is negotiation
 * (046) wherever it is held (CODING-MANUAL 6.3): "met in Saudi Arabia for
 * their first substantial talks"; "met to discuss Syria" stays a meeting. */
static int called_talks(const tc_doc *doc, const tc_sentence *s, uint32_t v, uint32_t last)
{
    static const char *const talks[] = {"talk", "negotiation", NULL};
    static const char *const stops[] = {"discuss", "after", "before", "since", "during", "following", NULL};
    if (!lemma_is_any(&doc->tokens[v], "meet", "hold")) return 0;
    int k = word_after(doc, s, last, talks, stops);
    if (k < 0) return 0;
    /* the talks of the meeting's own clause, not "... and blamed Kurti for
     * the failure of the talks" */
    const tc_token *t = doc->tokens;
    for (uint32_t j = last + 1; j < s->first + s->count; j++) {
        const char *w = t[j].lemma ? t[j].lemma : t[j].norm;
        if (word_in(w, talks)) return 1;
        if (t[j].tag == TAG_VBD || t[j].tag == TAG_VBZ || t[j].tag == TAG_VBP) return 0;
    }
    return 0;
}

/* "Putin said Russia was ready for talks": a state named in what its own
 * leader says acts through that leader -- the speaker's code, which says
 * more (RUSGOV), replaces the bare state (RUS). */
static int own_speaker(const tc_doc *doc, const mention *m, size_t nm, int source)
{
    const mention *x = &m[source];
    if (strlen(x->code) != 3) return source;
    /* one of a compound is not the speaker's voice: "the army said ...
     * before India and Pakistan agreed" */
    for (size_t k = 0; k < nm; k++)
        if ((int)k != source && m[k].group == x->group) return source;
    for (size_t k = 0; k < nm; k++) {
        if (m[k].first >= x->first) break;
        if (strlen(m[k].code) <= 3 || strncmp(m[k].code, x->code, 3) != 0 || !(m[k].person || m[k].has_role)) continue;
        for (uint32_t j = m[k].end; j < x->first && j <= m[k].end + 2; j++)
            if (syn_is_verb(&doc->tokens[j]) && speech_verb(&doc->tokens[j])) return (int)k;
    }
    return source;
}

/* CAMEO codes a promise of cooperation as its own event, an intent (03):
 * "Japan will send aid to Sudan" is 0331, not a future 071. The intent
 * code of a cooperative code (roots 04-08), or NULL. */
static const char *intent_code(const char *code)
{
    static const struct { const char *from, *to; } map[] = {
        {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
        {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
        {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
        {"087", "0356"}, {"08", "035"}, {"04", "036"}, {"05", "032"}, {NULL, NULL}};
    for (int i = 0; map[i].from; i++)
        if (!strncmp(code, map[i].from, strlen(map[i].from))) return map[i].to;
    return NULL;
}

/* The refusal of a cooperative act (CODING-MANUAL 1.3): "would never
 * recognise" (054) is a rejection (120), "will not withdraw" (087) a
 * refusal to de-escalate (1246). NULL for acts whose refusal CAMEO does
 * not code ("will not attack" is no event). */
static const char *refusal_code(const char *code)
{
    static const struct { const char *from, *to; } map[] = {
        {"0311", "1211"}, {"061", "1211"}, {"0312", "1212"}, {"062", "1212"}, {"031", "121"}, {"06", "121"},
        {"0331", "1221"}, {"071", "1221"}, {"0332", "1222"}, {"072", "1222"}, {"0333", "1223"}, {"073", "1223"},
        {"0334", "1224"}, {"074", "1224"}, {"033", "122"}, {"07", "122"},
        {"0341", "1231"}, {"0831", "1231"}, {"0342", "1232"}, {"0832", "1232"}, {"0343", "1233"}, {"0833", "1233"},
        {"0344", "1234"}, {"0834", "1234"}, {"034", "123"}, {"083", "123"},
        {"0351", "1241"}, {"081", "1241"}, {"0352", "1242"}, {"082", "1242"}, {"0353", "1243"}, {"084", "1243"},
        {"0354", "1244"}, {"085", "1244"}, {"0355", "1245"}, {"086", "1245"}, {"0874", "124"}, {"0356", "1246"},
        {"087", "1246"}, {"035", "124"}, {"08", "124"},
        {"036", "125"}, {"04", "125"}, {"037", "127"}, {"057", "127"}, {"038", "126"}, {"05", "120"},
        {"03", "120"}, {NULL, NULL}};
    for (int i = 0; map[i].from; i++)
        if (!strncmp(code, map[i].from, strlen(map[i].from))) return map[i].to;
    return NULL;
}

/* One event per member of the source group and of the target group; a
 * paired code adds the reverse event; a compound with no target (or a '%'
 * slot) codes each member towards the others when the code is mutual. */
static void emit_groups(const dict *d, tc_doc *doc, size_t si, uint32_t v, const pattern_match *mt,
                        const mention *m, size_t nm, int src, int tgt, tocsin_mode mode, event_list *out)
{
    int mutual = mt->compound >= 0 ||
                 (tgt < 0 && !d->petrarch_rules &&
                  (reciprocal(mt->code) || mutual_verb(&doc->tokens[v]) || each_other(doc, &doc->sents[si], v)) &&
                  group_size(m, nm, m[src].group) > 1);
    int null_code = strcmp(mt->code, "---") == 0;  /* [---:173]: only the reverse event */
    for (size_t a = 0; a < nm; a++) {
        if (m[a].group != m[src].group) continue;
        if (mutual && tgt < 0) {
            for (size_t b = 0; b < nm; b++)
                if (b != a && m[b].group == m[src].group && strcmp(m[a].code, m[b].code) != 0)
                    emit(d, doc, si, v, mt, mt->code2[0] ? mt->code2 : mt->code, &m[a], &m[b], mode, out);
            continue;
        }
        if (tgt < 0) {
            if (!d->require_dyad && !null_code) emit(d, doc, si, v, mt, mt->code, &m[a], NULL, mode, out);
            continue;
        }
        for (size_t b = 0; b < nm; b++) {
            if (m[b].group != m[tgt].group || b == a) continue;
            if (strcmp(m[a].code, m[b].code) == 0) continue;
            if (!null_code) emit(d, doc, si, v, mt, mt->code, &m[a], &m[b], mode, out);
            if (mt->code2[0] && strcmp(mt->code2, "---") != 0) emit(d, doc, si, v, mt, mt->code2, &m[b], &m[a], mode, out);
        }
    }
}

/* Irregular past forms of verbs of force that share their spelling with
 * a noun ("a gunman shot ..."), so the tagger may read them as one. */
static const char *irregular_past(const char *w)
{
    static const struct { const char *past, *base; } forms[] = {
        {"shot", "shoot"}, {"struck", "strike"}, {"hit", "hit"}, {"fought", "fight"},
        {"beat", "beat"},  {"overran", "overrun"}, {"stole", "steal"}, {"slew", "slay"}};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (!strcmp(w, forms[i].past)) return forms[i].base;
    return NULL;
}

/* The tagger now and then reads a past-tense verb after a comma as an
 * adjective ("..., urged Eriador to"), or an irregular past after its
 * subject as a noun ("a gunman shot Slovak Prime Minister"). When the
 * dictionary knows the stem as a verb and a noun phrase follows, the word
 * is retagged VBD with its stem as lemma: the dictionary's word is better
 * evidence than the tag. */
static void retag_past_verb(const dict *d, tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    tc_token *t = &doc->tokens[v];
    size_t n = strlen(t->norm);
    if (t->tag != TAG_JJ && t->tag != TAG_NN) return;
    if (v + 1 >= s->first + s->count) return;
    tc_tag next = (tc_tag)doc->tokens[v + 1].tag;
    int phrase_next = next == TAG_NNP || next == TAG_NNPS || next == TAG_DT || next == TAG_PRPS;
    const char *base = irregular_past(t->norm);
    if (base) {
        /* its subject before it, its object after: "shot former President" */
        tc_tag before = v > s->first ? (tc_tag)doc->tokens[v - 1].tag : TAG_NONE;
        phrase_next |= next == TAG_JJ || next == TAG_CD || next == TAG_NNS;
        /* or a second verb it shares the object with: "shot and (seriously) wounded" */
        for (uint32_t j = v + 2; next == TAG_CC && j < s->first + s->count && j <= v + 3; j++) {
            if (doc->tokens[j].tag == TAG_VBD) phrase_next = 1;
            if (doc->tokens[j].tag != TAG_RB) break;
        }
        if ((before == TAG_NN || before == TAG_NNS || before == TAG_NNP) && phrase_next && dict_verb(d, base)) {
            t->tag = TAG_VBD;
            t->lemma = base;
        }
        return;
    }
    if (!phrase_next || n < 4 || strcmp(t->norm + n - 2, "ed") != 0) return;
    /* no verb follows a number, an article or a possessive: "200 alleged
     * Venezuelan gang members" */
    tc_tag before = v > s->first ? (tc_tag)doc->tokens[v - 1].tag : TAG_NONE;
    if (before == TAG_CD || before == TAG_DT || before == TAG_PRPS || before == TAG_POS) return;
    char stem[64];
    if (n >= sizeof stem) return;
    for (size_t cut = 1; cut <= 2; cut++) {  /* urged -> urge, warned -> warn */
        memcpy(stem, t->norm, n - cut);
        stem[n - cut] = '\0';
        if (dict_verb(d, stem)) {
            t->tag = TAG_VBD;
            t->lemma = arena_strndup(&doc->mem, stem, n - cut);
            return;
        }
    }
}

/* ---- statements ----------------------------------------------------------
 * "X said ..." is itself an event (010, make a statement) -- but only when
 * what X said holds no event of its own: "Kirby said Serbia had deployed
 * troops" is Serbia's deployment, not Kirby's statement. */

static int speech_verb(const tc_token *t)
{
    static const char *const verbs[] = {"say", "tell", "state", "add", "continue", "declare", "note", "stress",
                                        "write", "insist", "comment", "explain", "announce", "report", NULL};
    if (!t->lemma) return 0;
    for (int i = 0; verbs[i]; i++)
        if (!strcmp(t->lemma, verbs[i])) return 1;
    return 0;
}

/* The speaker of the verb at v: its subject, or the actor right after it
 * ("..., said Zelensky"). */
static int speaker(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm)
{
    int k = syn_subject(doc, s, v, m, nm, 0);
    if (k >= 0) return k;
    uint32_t j = v + 1;
    if (j < s->first + s->count && !strcmp(doc->tokens[j].norm, "the")) j++;
    for (size_t x = 0; x < nm; x++)
        if (m[x].first == j) return (int)x;
    return -1;
}

/* "..., the White House warned.": a verb in the tail that names who
 * reported the sentence says who spoke, not what they did to anyone; the
 * statement (010) covers it when the sentence asserts nothing else. */
/* After token 'last' the sentence holds at most a time: "said on Tuesday",
 * "warned today". */
static int ends_sentence(const tc_doc *doc, const tc_sentence *s, uint32_t last)
{
    const tc_token *t = doc->tokens;
    for (uint32_t x = last + 1, end = s->first + s->count; x < end; x++) {
        if (t[x].tag == TAG_STOP || (t[x].flags & TOK_QUOTE)) continue;
        if (t[x].tag == TAG_IN || t[x].tag == TAG_NNP || t[x].tag == TAG_CD || t[x].tag == TAG_RB ||
            tok_is(&t[x], "today") || tok_is(&t[x], "yesterday") || tok_is(&t[x], "tonight"))
            continue;
        return 0;
    }
    return 1;
}

static int reporting_tail(const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm, int src,
                          uint32_t v, uint32_t last)
{
    const tc_token *t = doc->tokens;
    uint32_t f = m[src].first;
    if (m[src].end > v) return 0;
    /* an appositive read across the comma ("the Senkaku Islands, the
     * Japanese government"): the speaker is what follows the comma */
    for (uint32_t j = m[src].first; j < m[src].end; j++)
        if (tok_is(&t[j], ",")) f = j + 1;
    while (f < m[src].end && t[f].tag == TAG_DT) f++;
    while (f > s->first && t[f - 1].tag == TAG_DT) f--;
    /* the speaker right after a comma, and nothing but it before the verb */
    if (f <= s->first || !tok_is(&t[f - 1], ",")) return 0;
    for (uint32_t j = m[src].end; j < v; j++)
        if (t[j].tag != TAG_RB) return 0;
    /* not the last member of a list: "South Korea, Japan and the United States condemned" */
    for (size_t k = 0; k < nm; k++)
        if (m[k].group == m[src].group && m[k].end < f && k != (size_t)src) return 0;
    return ends_sentence(doc, s, last);
}

/* Does the speaker deny, in what it says (tokens [a, b)), an act of its
 * own side (CODING-MANUAL 3.2)? "Russia has not attacked NATO territory,
 * the Kremlin said" -- a negated event of the sentence by the speaker's
 * state -- and "said his fighters had not intended to", "we have no
 * intention of attacking anyone". */
static int own_denial(const tc_doc *doc, uint32_t a, uint32_t b, const mention *speaker, const event_list *out,
                      size_t first)
{
    const tc_token *t = doc->tokens;
    for (size_t i = first; i < out->n; i++)
        if (out->v[i].mode == TOCSIN_NEGATED && strlen(speaker->code) >= 3 &&
            !strncmp(out->v[i].source, speaker->code, 3))
            return 1;
    for (uint32_t j = a; j + 1 < b; j++) {
        if ((tok_is(&t[j], "not") || tok_is(&t[j], "never")) &&
            (lemma_is(&t[j + 1], "intend") || (j + 2 < b && lemma_is(&t[j + 2], "intend"))))
            return 1;
        if (tok_is(&t[j], "no") && lemma_is(&t[j + 1], "intention")) return 1;  /* "we have no intention of" */
    }
    return 0;
}

static int casualty_verb(const tc_token *t);

/* Whether tokens [a, b) tell of people killed or wounded: "were killed",
 * "shot dead", "died". */
static int told_deaths(const tc_doc *doc, uint32_t a, uint32_t b)
{
    static const char *const coerced[] = {"detain", "arrest", "kidnap", "abduct", "shell", "bomb", "attack", NULL};
    const tc_token *t = doc->tokens;
    for (uint32_t j = a; j < b; j++) {
        if (tok_is(&t[j], "dead") || lemma_is(&t[j], "die") ||
            (t[j].tag == TAG_VBN && (casualty_verb(&t[j]) || (t[j].lemma && word_in(t[j].lemma, coerced))) && j > a &&
             lemma_is(&t[j - 1], "be")))
            return 1;
        /* "a man stabbed and wounded 18 people": one person's crime */
        static const char *const persons[] = {"man", "woman", "person", "teenager", "youth", "boy", "girl", NULL};
        if (j > a && (t[j].tag == TAG_VBD || t[j].tag == TAG_VBZ) && t[j - 1].lemma && word_in(t[j - 1].lemma, persons) &&
            t[j - 1].tag == TAG_NN && (casualty_verb(&t[j]) || lemma_is(&t[j], "stab") || lemma_is(&t[j], "attack")))
            return 1;
        /* "heavy fighting raged around Pokrovsk": fighting with no side named */
        if (j + 1 < b && (syn_attack_noun(&t[j]) || tok_is(&t[j], "fighting") || lemma_is(&t[j], "clash") ||
                          lemma_is(&t[j], "battle") || lemma_is(&t[j], "explosion")) &&
            (t[j + 1].tag == TAG_VBD || t[j + 1].tag == TAG_VBZ) && !lemma_is(&t[j + 1], "be") &&
            !lemma_is(&t[j + 1], "have") &&
            (j == a || t[j - 1].tag == TAG_JJ || t[j - 1].tag == TAG_DT))
            return 1;
    }
    return 0;
}

/* Does what was said, tokens a..b, tell what an actor will, would, could
 * or must do ("said Ethiopia would accept mediation", "The police must
 * leave")? Such a statement reports an act, coded as the act (CODING-
 * MANUAL 3.4), or not at all when the act is not understood: never as a
 * bare statement. */
static int told_act(const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = a + 1; j + 1 < b; j++) {
        if (t[j].tag != TAG_MD && !tok_is(&t[j], "will") && !tok_is(&t[j], "'ll")) continue;
        uint32_t before = j;
        while (before > a && (t[before - 1].tag == TAG_RB || (t[before - 1].flags & TOK_QUOTE))) before--;
        for (size_t k = 0; k < nm; k++)
            if (m[k].end == before && m[k].first >= a) return 1;
    }
    return 0;
}

/* The first actor from token a whose words end by token b, other than the
 * speaker: whom a warning is about. -1 if none. */
static int warned_actor(const mention *m, size_t nm, uint32_t a, uint32_t b, int speaker)
{
    for (size_t k = 0; k < nm; k++)
        if ((int)k != speaker && m[k].first >= a && m[k].end <= b) return (int)k;
    return -1;
}

/* "... that protesters who attacked police would face criminal charges":
 * what was said, tokens a..b, promises punishment to an actor. Sets
 * '*target' to the actor that would face it (or -1) and returns 1. */
static int punishment_warned(const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm, int speaker,
                             int *target)
{
    static const char *const punishments[] = {"charge", "prosecution", "arrest", "punishment", "jail", "prison",
                                              "sanction", "penalty", "detention", NULL};
    static const char *const punishing[] = {"arrest", "prosecute", "jail", "punish", "detain", "imprison", "charge",
                                            NULL};
    const tc_token *t = doc->tokens;
    for (uint32_t j = a + 1; j + 1 < b; j++) {
        int modal = t[j - 1].tag == TAG_MD || tok_is(&t[j - 1], "will");
        /* "police would act against anyone who attacked them" (13.1) */
        if ((lemma_is(&t[j], "act") || lemma_is(&t[j], "crack")) && modal &&
            (tok_is(&t[j + 1], "against") || tok_is(&t[j + 1], "down"))) {
            uint32_t f = j + 2 < b && tok_is(&t[j + 2], "on") ? j + 3 : j + 2;
            if (f < b && t[f].tag == TAG_DT) f++;
            *target = -1;
            for (size_t k = 0; k < nm; k++)
                if ((int)k != speaker && m[k].first == f) *target = (int)k;
            return 1;
        }
        /* "protesters who blocked roads would be arrested and prosecuted" */
        if (t[j].tag == TAG_VBN && t[j].lemma && word_in(t[j].lemma, punishing) && lemma_is(&t[j - 1], "be") &&
            j >= a + 2 && (t[j - 2].tag == TAG_MD || tok_is(&t[j - 2], "will"))) {
            *target = warned_actor(m, nm, a, j - 2, speaker);
            return 1;
        }
        /* "would face criminal charges" */
        if (!lemma_is(&t[j], "face") || !modal) continue;
        int punished = 0;
        for (uint32_t x = j + 1; x < b && x <= j + 3 && !punished; x++) punished = t[x].lemma && word_in(t[x].lemma, punishments);
        if (!punished) return 0;
        *target = warned_actor(m, nm, a, j, speaker);
        return 1;
    }
    return 0;
}

static void code_statement(const dict *d, tc_doc *doc, size_t si, const mention *m, size_t nm, event_list *out,
                           size_t first_event)
{
    const tc_sentence *s = &doc->sents[si];
    const tc_token *t = doc->tokens;
    const cameo_code *c = dict_cameo(d, "010");
    if (!c) return;
    for (uint32_t v = s->first; v < s->first + s->count; v++) {
        int k = -1;
        if (syn_is_verb(&t[v]) && speech_verb(&t[v]) && !syn_not_predicate(doc, s, v)) {
            k = speaker(doc, s, v, m, nm);
        } else if (syn_is_verb(&t[v]) && ends_sentence(doc, s, v) && !syn_not_predicate(doc, s, v)) {
            /* any verb of a reporting tail: "..., the Japanese government warned." */
            k = syn_subject(doc, s, v, m, nm, 0);
            if (k >= 0 && !reporting_tail(doc, s, m, nm, k, v, v)) k = -1;
        } else if (!strcmp(t[v].norm, "according") && v + 1 < s->first + s->count &&
                   !strcmp(t[v + 1].norm, "to")) {
            for (size_t x = 0; x < nm; x++)
                if (m[x].first == v + 2) k = (int)x;
        }
        if (k < 0) continue;
        /* "announced no agreement", "said nothing": nothing was stated */
        if (v + 1 < s->first + s->count && (tok_is(&t[v + 1], "no") || tok_is(&t[v + 1], "nothing"))) continue;
        pattern_match mt;
        memset(&mt, 0, sizeof mt);
        mt.code = "010";
        mt.code2 = "";
        mt.text = "statement: say, tell, state ... | according to +";
        mt.first = mt.last = v;
        /* what was said: after the speaker's verb ("X said ..."), or before
         * the speaker ("..., X said", "..., according to X") */
        uint32_t a = s->first, b = m[k].first, send = s->first + s->count;
        int quoted_before = (t[s->first].flags & TOK_QUOTE) && m[k].first > s->first + 1 &&
                            (t[m[k].first - 1].flags & TOK_QUOTE);
        if (quoted_before) b = m[k].first;  /* '"We have no intention ...," Vucic told reporters' */
        else if (m[k].end <= v || (m[k].first > v + 2 && !tok_is(&t[v], "according"))) a = v + 1, b = send;
        else if (tok_is(&t[v], "according") && m[k].first == s->first + 2) a = m[k].end, b = send;
        else if (b > v && !tok_is(&t[v], "according")) b = v;
        /* "told a camp in Romania that ...": what was said begins after "that" */
        for (uint32_t j = a; b == send && j < send && j < a + 10; j++)
            if (tok_is(&t[j], "that")) {
                a = j + 1;
                break;
            }
        int target = -1;
        const char *code = opinion_code(d, doc, a, b, m, nm, k, &target);
        if (code) {
            mt.code = code;
            mt.text = "statement: what was said (opinions.txt)";
        } else if (own_denial(doc, a, b, &m[k], out, first_event) && dict_cameo(d, "016")) {
            mt.code = "016";
            mt.text = "statement: denies an act of its own side";
        } else if (lemma_is(&t[v], "warn") && dict_cameo(d, "012")) {
            /* a warning that names no threat of the speaker's own is a
             * pessimistic comment (CODING-MANUAL 3.2) */
            mt.code = "012";
            mt.text = "statement: a warning";
        }
        /* what was said tells of deaths with no one to code ("two embassy
         * staff were shot dead, police said"): the attribution adds nothing
         * (CODING-MANUAL 3.4) */
        uint32_t told_a = a, told_b = b;
        if (a + 1 >= b) told_a = s->first, told_b = m[k].first;  /* a tail: what was said came first */
        if (!strcmp(mt.code, "010") && !d->petrarch_rules && told_deaths(doc, told_a, told_b)) return;
        if (!strcmp(mt.code, "010") && !d->petrarch_rules && out->n == first_event &&
            told_act(doc, told_a, told_b, m, nm))
            return;
        tocsin_mode mode = syn_mode(doc, s, v, m[k].first);
        /* "Germany and Austria said ...": each speaker of the compound */
        for (size_t x = 0; x < nm; x++)
            if ((int)x == k || (m[x].group == m[k].group && strcmp(m[x].code, m[k].code) != 0))
                emit(d, doc, si, v, &mt, mt.code, &m[x], target >= 0 ? &m[target] : NULL, mode, out);
        return;
    }
}

/* "Sweden put its armed forces on alert": what an actor does with its own
 * ("its", "their" + its own country's role) is no act upon another. */
static int own_forces(const tc_doc *doc, const tc_sentence *s, const mention *src, const mention *tgt)
{
    const tc_token *t = doc->tokens;
    if (tgt->first <= s->first || t[tgt->first - 1].tag != TAG_PRPS) return 0;
    if (!tok_is(&t[tgt->first - 1], "its") && !tok_is(&t[tgt->first - 1], "their")) return 0;
    /* "seized a ship and took its crew members hostage": civilians are the
     * ship's, not the hijackers' */
    if (ends_with(tgt->code, "CVL") || ends_with(tgt->code, "BUS") || ends_with(tgt->code, "MED")) return 0;
    if (!tgt->has_country) return 1;  /* "its border guards": whose, but for the source's? */
    return strlen(src->code) >= 3 && strlen(tgt->code) > 3 && !strncmp(src->code, tgt->code, 3);
}

/* "the gunmen who attacked police", "the earthquake that killed thousands":
 * the verb of a relative clause has its antecedent for subject. Returns
 * the antecedent's last token, or 0 when v heads no relative clause. */
static uint32_t relative_head(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    uint32_t j = v;
    while (j > s->first && (t[j - 1].tag == TAG_RB || t[j - 1].tag == TAG_MD || tok_is(&t[j - 1], "not") ||
                            (t[j - 1].lemma && (!strcmp(t[j - 1].lemma, "have") || !strcmp(t[j - 1].lemma, "be")))))
        j--;
    if (j < s->first + 2) return 0;
    /* "Yoav Gallant, who had called": a non-restrictive clause too */
    uint32_t h = j - 2;
    if (tok_is(&t[h], ",") && h > s->first) h--;
    const tc_token *rel = &t[j - 1], *head = &t[h];
    int pronoun = rel->tag == TAG_WDT || rel->tag == TAG_WP || tok_is(rel, "who") || tok_is(rel, "which");
    int noun = head->tag == TAG_NN || head->tag == TAG_NNS || head->tag == TAG_NNP || head->tag == TAG_NNPS;
    return pronoun && noun ? h : 0;
}

/* ", killing ...": a violent participle after a comma reports what the
 * clause before it did. */
static int result_participle(const tc_doc *doc, const tc_sentence *s, uint32_t v, const char *code)
{
    const tc_token *t = doc->tokens;
    if (!cameo_force(code) || t[v].tag != TAG_VBG || v <= s->first) return 0;
    if (!strcmp(t[v - 1].norm, ",")) return 1;
    /* joined to one, a ceasefire broken by the attack itself: ", killing 400
     * people and shattering the ceasefire" (a hostage-taking joined so,
     * "killing hundreds and taking dozens of hostages", is an act of its own) */
    if (!tok_is(&t[v - 1], "and") || strcmp(code, "196") != 0) return 0;
    for (uint32_t x = v - 1; x-- > s->first + 1;) {
        if (syn_clause_break(&t[x]) || tok_is(&t[x], ",")) return 0;
        if (t[x].tag == TAG_VBG) return !strcmp(t[x - 1].norm, ",");
    }
    return 0;
}

static int violence_since(const event_list *out, size_t first)
{
    /* a violent protest (145x) is violence too: "clashed with
     * peacekeepers, injuring about 30 soldiers" */
    for (size_t i = first; i < out->n; i++)
        if (out->v[i].quad == 4 || !strncmp(out->v[i].code, "145", 3)) return 1;
    return 0;
}

/* The subject of the finite verb before the participle's comma, or -1. */
/* Is the source of a reported act the speaker's own side: "Medvedev said
 * Russia would ...", "Iran said it would ..."? A verb of saying before the
 * source whose speaker shares its state. */
static int said_by_own_side(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                            int source)
{
    const tc_token *t = doc->tokens;
    if (source < 0 || !actor_state_based(m[source].code)) return 0;
    for (uint32_t u = v; u-- > s->first;) {
        if (syn_clause_break(&t[u])) return 0;
        if (!syn_is_verb(&t[u]) || !speech_verb(&t[u])) continue;
        int k = speaker(doc, s, u, m, nm);
        return k >= 0 && m[k].end <= u && actor_state_based(m[k].code) && !strncmp(m[k].code, m[source].code, 3);
    }
    return 0;
}

/* "... to lead a U.N.-backed multinational mission": a purpose infinitive
 * after token 'last' whose object is a mission or force. */
static int mission_purpose(const tc_doc *doc, const tc_sentence *s, uint32_t last)
{
    static const char *const roles[] = {"lead", "join", "support", "reinforce", "strengthen", NULL};
    static const char *const bodies[] = {"mission", "force", "operation", "contingent", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = last + 1; j + 1 < end && j <= last + 8; j++) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) return 0;
        if (t[j].tag != TAG_TO || !t[j + 1].lemma || !word_in(t[j + 1].lemma, roles)) continue;
        for (uint32_t x = j + 2; x < end && x <= j + 8; x++) {
            if (syn_clause_break(&t[x]) || tok_is(&t[x], ",")) return 0;
            if (t[x].lemma && word_in(t[x].lemma, bodies)) return 1;
        }
        return 0;
    }
    return 0;
}

/* Has the sentence coded an event whose code begins with 'prefix'? */
static int code_told(const event_list *out, size_t first, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = first; i < out->n; i++)
        if (!strncmp(out->v[i].code, prefix, n)) return 1;
    return 0;
}

/* Has the sentence coded an act of this source: the very code, or with
 * 'same_state' any asserted act of its state ("ISR" and "ISRMIL")? */
static int source_acted(const event_list *out, size_t first, const char *source, int same_state)
{
    for (size_t i = first; i < out->n; i++) {
        const tocsin_event *e = &out->v[i];
        if (same_state ? !strncmp(e->source, source, 3) && e->mode == TOCSIN_ASSERTED : !strcmp(e->source, source))
            return 1;
    }
    return 0;
}

/* Is token v inside a ", saying ..." clause (or ", warning", ", adding",
 * ", claiming") after the main clause? */
static int inside_saying_tail(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    static const char *const telling[] = {"say", "warn", "add", "claim", "insist", "argue", "pledge", "promise", NULL};
    const tc_token *t = doc->tokens;
    for (uint32_t j = v; j-- > s->first + 1;) {
        if (syn_clause_break(&t[j])) return 0;
        if (t[j].tag == TAG_VBG && tok_is(&t[j - 1], ",") && t[j].lemma && word_in(t[j].lemma, telling)) return 1;
        if (tok_is(&t[j], ",")) return 0;
    }
    return 0;
}

static int code_root_is(const char *code, const char *root) { return code[0] == root[0] && code[1] == root[1]; }

static int main_clause_subject(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (uint32_t x = v - 1; x-- > s->first;) {
        if (syn_clause_break(&t[x])) break;
        if (syn_is_verb(&t[x]) && t[x].tag != TAG_VBG && t[x].tag != TAG_VBN &&
            !(t[x].tag == TAG_VB && x > s->first && t[x - 1].tag == TAG_TO))  /* not "to accept" */
            return syn_subject(doc, s, x, m, nm, 0);
    }
    return -1;
}

/* The actors and the towns of a sentence in one array, in text order;
 * each town is a compound group of its own. */
static const mention *with_towns(tc_doc *doc, const mention *m, size_t nm, const mention *towns, size_t ntowns)
{
    mention *all = arena_alloc(&doc->mem, (nm + ntowns) * sizeof *all);
    int group = 0;
    for (size_t i = 0; i < nm; i++)
        if (m[i].group >= group) group = m[i].group + 1;
    size_t a = 0, b = 0, n = 0;
    while (a < nm || b < ntowns) {
        if (b < ntowns && (a >= nm || towns[b].first < m[a].first)) {
            all[n] = towns[b++];
            all[n++].group = group++;
        } else {
            all[n++] = m[a++];
        }
    }
    return all;
}

/* Whether the town at 'first' is the verb's direct object: "shelled
 * Kharkiv", "attacked the city of Sumy", "struck the Houthi-held port of
 * Hodeidah", not "killed ten people in Sumy". */
static int direct_object(const tc_token *t, uint32_t v, uint32_t first)
{
    static const char *const fillers[] = {"the", "city", "town", "village", "port", "of", NULL};
    for (uint32_t j = v + 1; j < first; j++)
        if (!word_in(t[j].norm, fillers) && t[j].tag != TAG_JJ &&
            !(t[j].tag == TAG_VBN && j + 1 < first && (t[j + 1].tag == TAG_NN || t[j + 1].tag == TAG_NNS)))
            return 0;  /* "the besieged/VBN city of" */
    return 1;
}

/* Roles that act for a state: its government, army, police, intelligence,
 * courts and legislature. */
static const char *const state_bodies[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", NULL};

/* Whether the target is the source's own state, as a town of it or as
 * the bare state, and the source acts for that state (the state itself,
 * government, army, police...), not against it (rebels): "Ukrainian
 * forces retook Robotyne", "Kurti welcomed ... Kosovo". A state acting
 * on its own bare name codes nothing anyway (same code). */
static int own_state(const mention *src, const mention *tgt)
{
    size_t n = strlen(src->code);
    if (!tgt->town && (strlen(tgt->code) != 3 || n == 3)) return 0;
    if (n < 3 || strncmp(src->code, tgt->code, 3) != 0) return 0;
    return n == 3 || (n == 6 && word_in(src->code + 3, state_bodies));
}

/* The last token before 'first' that the match's own words took ("take
 * control of + ": "of"), or the verb: where a direct object may begin. */
static uint32_t last_word_before(const pattern_match *mt, uint32_t v, uint32_t first)
{
    uint32_t from = v;
    for (int h = 0; h < mt->nhit; h++)
        if (mt->hit[h] < first && mt->hit[h] > from) from = mt->hit[h];
    return from;
}

/* Whether the verb's object between 'last' and the town at 'first' is a
 * thing in that town, which stands for its country (CODING-MANUAL 2.9:
 * "attacked energy facilities in Lviv" UKR); people, counted or named,
 * are casualties or actors, not things ("killed ten people in Sumy"). */
static int thing_in_town(const tc_token *t, const mention *all, size_t n, uint32_t last, uint32_t first)
{
    uint32_t j = last + 1;
    if (j < first && t[j].tag == TAG_DT) j++;
    uint32_t nouns = 0;
    for (; j < first && is_noun_or_adj(&t[j]); j++) {
        if (mention_covering(all, n, j) >= 0) return 0;
        nouns++;
    }
    /* "a camp near El Fasher", "a checkpoint outside Jenin": the thing
     * stands in that country too */
    if (!nouns || nouns > 4 || j >= first || (!tok_is(&t[j], "in") && !tok_is(&t[j], "near") && !tok_is(&t[j], "outside")))
        return 0;
    j++;
    if (j < first && t[j].tag == TAG_DT) j++;
    return j == first;
}

static int casualty_verb(const tc_token *t)
{
    return lemma_is_any(t, "kill", "wound") || lemma_is(t, "injure");
}

/* The first town after "in" past token 'last', within the clause, or -1. */
static int town_in(const tc_token *t, const tc_sentence *s, const mention *all, size_t n, uint32_t last)
{
    uint32_t end = s->first + s->count;
    for (size_t k = 0; k < n; k++) {
        int country = strlen(all[k].code) == 3 && !all[k].person && !all[k].seat;
        if ((!all[k].town && !country) || all[k].first <= last) continue;
        for (uint32_t j = last + 1; j < all[k].first && j < end; j++)
            if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) return -1;
        uint32_t f = all[k].first;
        if (f > 0 && t[f - 1].tag == TAG_DT) f--;
        /* "in southern Lebanon", "in northern Kosovo" */
        if (f > 0 && t[f - 1].tag == TAG_JJ && f - 1 > s->first && tok_is(&t[f - 2], "in")) return (int)k;
        if (f > 0 && tok_is(&t[f - 1], "in")) return (int)k;
    }
    return -1;
}

/* The town that is the direct object of a verb whose words end at
 * 'last', or -1. */
static int town_object(const tc_token *t, const mention *all, size_t n, uint32_t last)
{
    for (size_t k = 0; k < n; k++)
        if (all[k].town && all[k].first > last &&
            (direct_object(t, last, all[k].first) || thing_in_town(t, all, n, last, all[k].first)))
            return (int)k;
    return -1;
}

/* Where what a verb at v is about ends: the first comma or clause break,
 * at most 16 tokens on (an accusation's charge, an investigation's
 * object). */
static uint32_t clause_stop(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count, stop = v + 1;
    while (stop < end && stop <= v + 16 && !tok_is(&t[stop], ",") && !syn_clause_break(&t[stop])) stop++;
    return stop;
}

/* "in military aid", "of military assistance" in the clause after v. */
static int military_aid_after(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    uint32_t stop = clause_stop(doc, s, v);
    for (uint32_t j = v + 1; j + 1 < stop; j++)
        if (tok_is(&t[j], "military") && lemma_is_any(&t[j + 1], "aid", "assistance")) return 1;
    return 0;
}

/* A call for a leadership change: an appeal or demand for a resignation
 * (0241, 1041) or a protest for one (14x1). */
static int leadership_demand(const char *code)
{
    if (strlen(code) != 4) return 0;
    if (!strncmp(code, "14", 2)) return code[3] == '1';
    return (!strncmp(code, "02", 2) || !strncmp(code, "10", 2)) && !strcmp(code + 2, "41");
}

/* A leader or a governing body: a person, or a government or legislature. */
static int institution_or_person(const mention *x)
{
    return x->person || ends_with(x->code, "GOV") || ends_with(x->code, "LEG") || ends_with(x->code, "ELI");
}

/* The actor whose "resignation", "ouster" or "removal" the sentence
 * names ("the resignation of the president"), or -1. */
static int resignation_of(const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm)
{
    static const char *const changes[] = {"resignation", "ouster", "removal", "departure", "impeachment", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = s->first; j + 2 < end; j++) {
        if (!word_in(t[j].norm, changes) || !tok_is(&t[j + 1], "of")) continue;
        uint32_t f = j + 2;
        if (f < end && t[f].tag == TAG_DT) f++;
        int k = f < end ? mention_covering(m, nm, f) : -1;
        if (k >= 0 && institution_or_person(&m[k])) return k;
    }
    return -1;
}

/* "tens of thousands of Afghan refugees": thousands or more counted
 * right before the actor. */
static int thousands_before(const tc_doc *doc, const mention *x)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = x->first; j > 0 && x->first - j < 4;) {
        j--;
        if (tok_is(&t[j], "thousands") || tok_is(&t[j], "millions")) return 1;
        if (t[j].tag == TAG_CD && (strstr(t[j].norm, "000") || tok_is(&t[j], "thousand") || tok_is(&t[j], "million")))
            return 1;
        if (!tok_is(&t[j], "of") && t[j].tag != TAG_CD && t[j].tag != TAG_JJ && !tok_is(&t[j], "than")) break;
    }
    return 0;
}

/* "killed at least 70 people", "killed more than 200 civilians": the
 * civilians a killing names right after the verb, when they are at least
 * twenty (a massacre, CODING-MANUAL 20.1). Their mention, or -1. */
static int massacre_victims(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm)
{
    static const char *const hedges[] = {"at", "least", "more", "than", "nearly", "almost", "about", "some", "over",
                                         "up", "to", "around", "roughly", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    long count = 0;
    uint32_t j = v + 1;
    for (; j < end && j <= v + 6; j++) {
        if (t[j].tag == TAG_CD) {
            long n = 0;
            for (const char *c = t[j].norm; *c; c++)
                if (*c >= '0' && *c <= '9') n = n * 10 + (*c - '0');
                else if (*c != ',') { n = 0; break; }
            if (n > count) count = n;
            continue;
        }
        if (tok_is(&t[j], "dozens") || tok_is(&t[j], "scores") || tok_is(&t[j], "hundreds")) {
            count = 24;
            continue;
        }
        if (tok_is(&t[j], "of") && count) continue;
        if (!word_in(t[j].norm, hedges)) break;
    }
    if (count < 20 || j >= end) return -1;
    int k = mention_covering(m, nm, j);
    return k >= 0 && m[k].first == j && ends_with(m[k].code, "CVL") ? k : -1;
}

/* A hospital, school or market (a building, not its people), or a role
 * that only owns the noun after it ("children's hospital"). */
static int facility_or_possessor(const tc_doc *doc, const tc_sentence *s, const mention *x)
{
    static const char *const places[] = {"hospital", "clinic", "school", "university", "market", "mosque",
                                         "church", "shelter", NULL};
    const tc_token *t = doc->tokens;
    for (uint32_t j = x->first; j < x->end; j++)  /* "hospital in Kyiv" is one phrase */
        if (t[j].lemma && (t[j].tag == TAG_NN || t[j].tag == TAG_NNS) && word_in(t[j].lemma, places)) return 1;
    uint32_t after = x->end;
    if (ends_with(x->code, "CVL") && after + 1 < s->first + s->count && t[after].tag == TAG_POS &&
        (t[after + 1].tag == TAG_NN || t[after + 1].tag == TAG_NNS))
        return 1;
    return 0;
}

/* Whether the verb at v is inside what an accusation charges: "accused
 * Belgrade of backing the gunmen WHO ATTACKED police" -- the accuser's
 * claim, not an event the writer asserts (CODING-MANUAL 1.4, 11). */
static int inside_charge(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    /* a gerund a charge names: "detained the mayor on charges including
     * corruption and aiding a terrorist group", "convicted of spying" */
    if (t[v].tag == TAG_VBG) {
        static const char *const charges[] = {"charge", "suspicion", "convict", "accuse", "suspect", "guilty",
                                              "allegation", "indict", NULL};
        for (uint32_t u = v; u-- > s->first + 1 && v - u <= 8;) {
            if (tok_is(&t[u], ",") || syn_clause_break(&t[u]) || (syn_is_verb(&t[u]) && t[u].tag != TAG_VBN)) break;
            if ((tok_is(&t[u], "of") || tok_is(&t[u], "including") || tok_is(&t[u], "with")) && t[u - 1].lemma &&
                word_in(t[u - 1].lemma, charges))
                return 1;
        }
    }
    if (v > s->first && t[v - 1].tag == TAG_CC) {
        /* a verb joined to a finite one inside shares its place ("that killed
         * one man and wounded several"); after the charge's gerund it is the
         * accuser's next act ("accused Russia of targeting ... and called on") */
        for (uint32_t x = v - 1; x-- > s->first;)
            if (t[x].tag == TAG_VBD || t[x].tag == TAG_VBZ || t[x].tag == TAG_VBP || t[x].tag == TAG_VBG)
                /* "of torturing and beating protesters": a second gerund of the charge */
                return t[x].tag != TAG_VBG ? inside_charge(doc, s, x) : t[v].tag == TAG_VBG && inside_charge(doc, s, x);
        return 0;
    }
    for (uint32_t u = s->first; u < v; u++) {
        /* and what a claim of responsibility claims (015): "claimed
         * responsibility for a drone strike that killed one man" */
        int claim = lemma_is(&t[u], "claim") && u + 1 < v && lemma_is(&t[u + 1], "responsibility");
        if (!syn_is_verb(&t[u]) || (!lemma_is_any(&t[u], "accuse", "blame") && !claim)) continue;
        uint32_t stop = u + 1;  /* the charge runs to the clause's end */
        while (stop < v && !tok_is(&t[stop], ",") && !syn_clause_break(&t[stop])) stop++;
        if (stop < v) continue;
        for (uint32_t j = u + 1; j < v; j++)
            if (tok_is(&t[j], "of") || tok_is(&t[j], "for")) return 1;
    }
    return 0;
}

/* Force with no finer kind the sentence gives: unconventional violence
 * (180), assault (182), conventional force (190), gunfire (193). */
static int plain_violence(const char *code)
{
    return !strcmp(code, "180") || !strcmp(code, "182") || !strcmp(code, "190") || !strcmp(code, "193");
}

/* A noun that names an act one can condemn: "the launch", "the detention
 * of the mayor", "Israel's strikes". */
static int act_noun(const tc_token *t)
{
    static const char *const acts[] = {"launch", "test", "detention", "arrest", "killing", "execution", "sentence",
                                       "sentencing", "conviction", "invasion", "annexation", "incursion", "seizure",
                                       "deployment", "decision", "move", "crackdown", "expulsion", "ban",
                                       "assassination", "kidnapping", "abduction", "massacre", "shootdown",
                                       "downing", "occupation", "violence", "fighting", "clash", "drill", "exercise",
                                       "manoeuvre", "maneuver", "blockade", "patrol", NULL};
    return syn_attack_noun(t) || (t->lemma && word_in(t->lemma, acts)) || word_in(t->norm, acts);
}

/* Whom a criticism of an act is aimed at: its author (CODING-MANUAL
 * 11.1) -- named before the act noun ("the Russian attack", "Israel's
 * strikes"), after it with "by", or, for an act the sentence told before
 * ("North Korea said it had placed a satellite into orbit, and Japan
 * condemned the launch"), the first actor of the sentence not on the
 * critic's side. Returns 1 with the author (or -1) in '*author' when the
 * verb's object is an act noun, else 0. */
/* The owner of a thing seized or attacked, named after it: "seized a
 * cargo ship linked to an Israeli businessman", "a tanker owned by a Greek
 * company" (CODING-MANUAL 17.1: the target is the owner); -1 if
 * none within a few words of the pattern's last one. */
static int thing_owner(const tc_doc *doc, const tc_sentence *s, uint32_t last, const mention *m, size_t nm)
{
    static const char *const links[] = {"linked", "owned", "operated", "belonging", "chartered", "launched",
                                        "fired", "flown", NULL};  /* "a drone launched by the Houthis" */
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = last + 1; j + 2 < end && j <= last + 3; j++) {
        if (mention_covering(m, nm, j) >= 0 || syn_clause_break(&t[j]) || tok_is(&t[j], ",")) return -1;
        if (!word_in(t[j].norm, links)) continue;
        uint32_t f = j + 1;
        if (!tok_is(&t[f], "to") && !tok_is(&t[f], "by")) return -1;
        f++;
        if (f < end && t[f].tag == TAG_DT) f++;
        return f < end ? mention_covering(m, nm, f) : -1;
    }
    return -1;
}

/* Appends 'x' to a copy of the mentions (the caller's array stays as it
 * is) and returns its index. */
static int append_mention(tc_doc *doc, const mention **m, size_t *nm, const mention *x)
{
    mention *copy = arena_alloc(&doc->mem, (*nm + 1) * sizeof *copy);
    memcpy(copy, *m, *nm * sizeof *copy);
    copy[*nm] = *x;
    *m = copy;
    return (int)(*nm)++;
}

/* "seized an Israel-linked container ship": a state joined to "linked",
 * "owned" or "flagged" in the object owns it (17.1). Adds that state to
 * the mentions (a copy) and returns it, or -1. */
static int hyphen_owner(const dict *d, tc_doc *doc, uint32_t v, uint32_t last, const mention **m, size_t *nm)
{
    static const char *const links[] = {"-linked", "-owned", "-flagged", "-operated", NULL};
    const tc_token *t = doc->tokens;
    for (uint32_t j = v + 1; j <= last; j++) {
        const char *w = t[j].norm, *dash = strrchr(w, '-');
        if (!dash || dash == w || !word_in(dash, links)) continue;
        const phrase_entry *e = dict_phrase(d, w, (size_t)(dash - w));
        const char *code = e && (e->kind == PHRASE_COUNTRY || e->kind == PHRASE_ADJ) ? phrase_code(e, doc->ymd) : NULL;
        if (!code || strlen(code) != 3) continue;
        mention x;
        memset(&x, 0, sizeof x);
        x.first = j;
        x.end = j + 1;
        x.code = code;
        x.name = code;
        x.has_country = 1;
        x.group = -1;
        return append_mention(doc, m, nm, &x);
    }
    return -1;
}

/* The author named after "by" of the decision, plan or act that is the
 * verb's object, a noun right after the verb ("rejected the designation
 * of ... by the new U.S. administration"); -1 if none. With 'body_only'
 * (a veto), only a body that passed or adopted it counts. */
static int decision_author(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                           int body_only)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count, j = v + 1;
    while (j < end && (t[j].tag == TAG_DT || t[j].tag == TAG_JJ)) j++;
    if (j < end && (t[j].flags & TOK_QUOTE)) {  /* a "foreign agents" bill */
        uint32_t close = j + 1;
        while (close < end && close < j + 8 && !(t[close].flags & TOK_QUOTE)) close++;
        if (close < end && (t[close].flags & TOK_QUOTE)) j = close + 1;
    }
    if (j >= end || (t[j].tag != TAG_NN && t[j].tag != TAG_NNS) || mention_covering(m, nm, j) >= 0) return -1;
    for (uint32_t x = j + 1; x < end && x <= j + 12; x++) {
        if (syn_clause_break(&t[x]) || tok_is(&t[x], ",") || tok_is(&t[x], "that")) break;
        if (tok_is(&t[x], "by")) {
            /* a veto is aimed at the body that passed what it blocks, not
             * at who drafted it ("a bill passed by parliament") */
            if (body_only && !lemma_is_any(&t[x - 1], "pass", "adopt") && !lemma_is(&t[x - 1], "approve")) return -1;
            int k = syn_agent(doc, x, end, m, nm);
            return k >= 0 && (!m[k].is_role || body_only) ? k : -1;
        }
    }
    return -1;
}

static int act_author(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm, int source,
                      int *author)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count, j = v + 1;
    int before = -1;
    while (j < end && (t[j].tag == TAG_DT || t[j].tag == TAG_JJ || t[j].tag == TAG_PRPS || t[j].tag == TAG_POS ||
                       t[j].tag == TAG_VBN || mention_covering(m, nm, j) >= 0)) {  /* "the attempted assassination" */
        int k = mention_covering(m, nm, j);
        if (k >= 0) {
            before = k;
            j = m[k].end;
            continue;
        }
        j++;
    }
    while (j + 1 < end && (t[j].tag == TAG_NN || t[j].tag == TAG_NNS) && !act_noun(&t[j]) &&
           (t[j + 1].tag == TAG_NN || t[j + 1].tag == TAG_NNS))
        j++;  /* "the missile launch" */
    if (j >= end || !act_noun(&t[j]) || (t[j].tag != TAG_NN && t[j].tag != TAG_NNS && t[j].tag != TAG_VBG))
        return 0;
    *author = before;
    /* a bare role before the act ("the joint military drills") yields to
     * an author named after "by" */
    if (*author >= 0 && !m[*author].is_role) return 1;
    for (uint32_t x = j + 1; x < end && x <= j + 8; x++) {
        if (syn_clause_break(&t[x]) || tok_is(&t[x], ",")) break;
        if (tok_is(&t[x], "by")) {
            int by = syn_agent(doc, x, end, m, nm);
            if (by >= 0 || before < 0) *author = by;
            return 1;
        }
    }
    if (*author >= 0) return 1;
    for (size_t k = 0; k < nm; k++)
        if (m[k].end <= v && m[k].group != m[source].group && !m[k].is_role &&
            strncmp(m[k].code, m[source].code, 3) != 0) {
            *author = (int)k;
            return 1;
        }
    /* or told after it: "condemned the strikes, hours after Iran attacked" */
    for (size_t k = 0; k < nm; k++)
        if (m[k].first > j && m[k].end < end && !m[k].is_role && m[k].group != m[source].group &&
            (t[m[k].end].tag == TAG_VBD || t[m[k].end].tag == TAG_VBZ)) {
            *author = (int)k;
            break;
        }
    return 1;
}

/* The finer code of an investigation by what its words after the verb
 * at v name (CODING-MANUAL 10.1), or NULL: the charges of data/opinions.txt
 * (an accusation's 1121-1125 are a probe's 091-094), and a few acts no
 * one is accused of ("the collapse of the canopy", "the fall of Goma"). */
static const char *investigation_code(const dict *d, const tc_doc *doc, const tc_sentence *s, uint32_t v,
                                      const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    uint32_t stop = clause_stop(doc, s, v);
    for (uint32_t j = v + 1; j < stop; j++) {
        static const char *const crimes[] = {"collapse", "riot", "fraud", "murder", "corruption", "bribery",
                                             "embezzlement", "leak", NULL};
        if (t[j].lemma && word_in(t[j].lemma, crimes)) return "091";
        if (lemma_is(&t[j], "fall") && j + 1 < stop && tok_is(&t[j + 1], "of")) return "093";
        /* abuses of people: "mass killings of civilians", "torture" (092) */
        if (lemma_is_any(&t[j], "abuse", "atrocity") || lemma_is(&t[j], "torture") ||
            (lemma_is(&t[j], "killing") && j > v + 1 && tok_is(&t[j - 1], "mass")))
            return "092";
        if (lemma_is(&t[j], "execution")) return "094";
        if (lemma_is(&t[j], "war") && j + 1 < stop && lemma_is(&t[j + 1], "crime")) return "094";
    }
    const char *charge = opinion_charge(d, doc, v + 1, stop, m, nm);
    if (!charge) return NULL;
    static const char *const probes[] = {"091", "092", "093", "094", "091"};  /* 1121 ... 1125 */
    int i = charge[3] - '1';
    return i >= 0 && i < 5 ? probes[i] : NULL;
}

/* Does a diplomat's title stand in tokens [a, b)? */
static int diplomat_at(const tc_token *t, uint32_t a, uint32_t b)
{
    static const char *const titles[] = {"ambassador", "envoy", "diplomat", "consul", "attache", "charge", NULL};
    for (uint32_t j = a; j < b; j++)
        if ((t[j].lemma && word_in(t[j].lemma, titles)) || word_in(t[j].norm, titles)) return 1;
    return 0;
}

/* "Thousands of Serbs", "hundreds of Palestinians": a counted people is a
 * crowd, whatever its code says (the bare country). */
static int counted_people(const tc_doc *doc, const mention *x)
{
    static const char *const many[] = {"thousands", "hundreds", "dozens", "scores", "tens", "millions", NULL};
    const tc_token *t = doc->tokens;
    uint32_t f = x->first;
    return f >= 2 && tok_is(&t[f - 1], "of") && (word_in(t[f - 2].norm, many) || t[f - 2].tag == TAG_CD);
}

/* A state speaking as such: the bare state, its government or ministry. */
static int state_voice(const mention *x)
{
    size_t n = strlen(x->code);
    return x->has_country && !x->person && actor_state_based(x->code) &&
           (n == 3 || (n == 6 && ends_with(x->code, "GOV")));
}

/* People who protest and riot: protesters, civilians, students, workers,
 * farmers, refugees -- a role of society, with or without a country. */
static int crowd(const mention *x)
{
    static const char *const roles[] = {"OPP", "CVL", "EDU", "LAB", "AGR", "REF", "MED", "HLH", "BUS", "CRM",
                                        "UAF", NULL};
    for (int i = 0; roles[i]; i++)
        if (ends_with(x->code, roles[i])) return 1;
    return 0;
}

/* The state's own forces or government: "government forces", "the
 * Sudanese army" -- whose towns are the state's. */
static int state_force(const mention *x)
{
    return ends_with(x->code, "MIL") || ends_with(x->code, "GOV") || ends_with(x->code, "COP");
}

/* Codes the verb against 'all' (actors and towns) from here on: a source
 * found among the actors alone (if 'source' is given) is found again there. */
static void onto(const mention *all, size_t nall, const mention **m, size_t *nm, int *source)
{
    if (source && *source >= 0 && *m != all) {
        const mention *x = &(*m)[*source];
        *source = -1;
        for (size_t k = 0; k < nall && *source < 0; k++)
            if (all[k].first == x->first && all[k].end == x->end && !strcmp(all[k].code, x->code)) *source = (int)k;
    }
    *m = all;
    *nm = nall;
}

/* In a subject such as "a Russian drone attack on Kyiv": the actor or town
 * after "on"/"against" that follows an attack noun, between 'from' and
 * the verb 'v'; -1 if none. */
static int attack_object(const tc_token *t, const mention *all, size_t n, uint32_t from, uint32_t v)
{
    for (uint32_t j = from; j + 1 < v; j++) {
        if (!tok_is(&t[j], "on") && !tok_is(&t[j], "against")) continue;
        if (j == 0 || !syn_attack_noun(&t[j - 1])) return -1;
        uint32_t k = j + 1;
        if (k < v && t[k].tag == TAG_DT) k++;
        for (size_t x = 0; x < n; x++)
            if (all[x].first == k && all[x].end <= v) return (int)x;
        return -1;
    }
    return -1;
}

/* A named office-holder, opposition leader or former leader: whom an
 * attempt on a life is aimed at ("shot former U.S. President Donald
 * Trump" 185, as the blind audit of syntax.cases read 18.1). */
static int leader(const tc_doc *doc, const mention *x)
{
    size_t n = strlen(x->code);
    if (!x->person || n < 6) return 0;
    if (!strcmp(x->code + n - 3, "GOV") || !strcmp(x->code + n - 3, "OPP") || !strcmp(x->code + n - 3, "ELI"))
        return 1;
    /* and an armed group's leader named in full: "killed Hamas leader
     * Ismail Haniyeh" 186, not "two Hamas commanders" */
    const tc_token *t = doc->tokens;
    return n > 6 && x->end - x->first >= 2 && t[x->end - 1].tag == TAG_NNP && t[x->end - 2].tag == TAG_NNP;
}

/* "Hamas leader | Ismail Haniyeh": a title mention followed at once by
 * the leader it names. */
static int named_after(const tc_doc *doc, const mention *m, size_t nm, int k)
{
    for (size_t x = 0; x < nm; x++)
        if (m[x].first == m[k].end && !strcmp(m[x].code, m[k].code) && leader(doc, &m[x])) return 1;
    return 0;
}

/* The protest coded before 'v' in the sentence by the same protesters
 * whose purpose the demand or protest at 'v' is ("rallied ... to demand
 * new elections", "went on strike to protest the government's plan"), or
 * NULL. */
static tocsin_event *protest_purpose(const tc_doc *doc, const tc_sentence *s, uint32_t v, event_list *out,
                                     size_t first, const mention *src)
{
    const tc_token *t = doc->tokens;
    if (!(t[v].tag == TAG_VBG || (v > s->first && t[v - 1].tag == TAG_TO))) return NULL;
    for (size_t i = first; i < out->n; i++)
        if (!strncmp(out->v[i].code, "14", 2) && !strcmp(out->v[i].source, src->code)) return &out->v[i];
    return NULL;
}

/* "into the sea", "off its east coast", "into waters off": a launch's
 * landing at sea, within a few words after the pattern. */
static int into_sea(const tc_doc *doc, const tc_sentence *s, uint32_t last)
{
    static const char *const waters[] = {"sea", "coast", "waters", "ocean", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = last + 1; j + 1 < end && j <= last + 4; j++) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) return 0;
        if (!tok_is(&t[j], "into") && !tok_is(&t[j], "off") && !tok_is(&t[j], "toward") && !tok_is(&t[j], "towards"))
            continue;
        for (uint32_t x = j + 1; x < end && x <= j + 4; x++)
            if (word_in(t[x].norm, waters)) return 1;
        return 0;
    }
    return 0;
}

/* The kind of aid a cut names in its object ("suspended part of its
 * military aid"): 1621, 1622, 1623 or NULL. */
static const char *aid_kind_code(const tc_doc *doc, const tc_sentence *s, uint32_t v, uint32_t last)
{
    static const char *const economic[] = {"financial", "economic", "budget", "development", NULL};
    static const char *const military[] = {"military", "security", "weapon", "arm", NULL};
    static const char *const humanitarian[] = {"humanitarian", "food", "relief", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = v + 1; j < end && j <= last; j++) {
        if (!t[j].lemma) continue;
        if (word_in(t[j].lemma, economic)) return "1621";
        if (word_in(t[j].lemma, military)) return "1622";
        if (word_in(t[j].lemma, humanitarian)) return "1623";
    }
    return NULL;
}

/* A protest with no target may name it later as a noun: "rallied in
 * Belgrade, in one of the biggest protests against President Vucic's
 * government" (CODING-MANUAL 14.1). The target's index, or -1. */
static int protest_noun_target(const tc_doc *doc, const tc_sentence *s, uint32_t last, const mention *m, size_t nm,
                               const char *code)
{
    static const char *const nouns[] = {"protest", "demonstration", "rally", "march", NULL};
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    for (uint32_t j = last + 1; j + 2 < end; j++) {
        if (syn_clause_break(&t[j])) break;
        if ((t[j].tag == TAG_NN || t[j].tag == TAG_NNS) && t[j].lemma && word_in(t[j].lemma, nouns) &&
            tok_is(&t[j + 1], "against"))
            return syn_object(doc, j, j + 1, end, m, nm, 0, code);
    }
    return -1;
}

/* Whether a mention names the victims of what is told ("civilians",
 * "Syria's civilians"), who are no party to an investigation. */
static int victims(const mention *x)
{
    size_t n = strlen(x->code);
    return n >= 3 && !strcmp(x->code + n - 3, "CVL");
}

/* Adds to the mentions (copied into the arena) one that stands for the
 * state of mention k alone -- "Ukrainian soldiers" for UKR -- and returns
 * its index. */
static int add_state_of(tc_doc *doc, const mention **m, size_t *nm, int k)
{
    mention state = (*m)[k];
    state.code = arena_strndup(&doc->mem, (*m)[k].code, 3);
    state.has_role = 0;
    state.group = -1;
    return append_mention(doc, m, nm, &state);
}

/* "struck Iran's nuclear sites and killed its top commanders": a bare
 * role owned by "its" or "their" that the source attacks belongs to the
 * state it has just attacked in the sentence (CODING-MANUAL 2.7); an
 * attacker does not strike its own forces. Adds that state's role to the
 * mentions (a copy) and returns it, or -1. */
static int attacked_possessed_role(tc_doc *doc, const mention **m, size_t *nm, int source, int target,
                                   const event_list *out, size_t first)
{
    const mention *r = &(*m)[target];
    const tc_token *t = doc->tokens;
    if (!r->is_role || strlen(r->code) != 3 || r->first == 0) return -1;
    uint32_t p = r->first - 1;
    while (p > 0 && (t[p].tag == TAG_JJ || t[p].tag == TAG_JJS)) p--;
    if (!tok_is(&t[p], "its") && !tok_is(&t[p], "their")) return -1;
    const mention *src = &(*m)[source];
    int owner = -1;
    for (size_t x = 0; x < *nm; x++)
        if ((*m)[x].end <= p && (*m)[x].has_country && !(*m)[x].is_role && actor_state_based((*m)[x].code)) owner = (int)x;
    if (owner < 0 || (*m)[owner].group == src->group || !strncmp((*m)[owner].code, src->code, 3)) return -1;
    int attacked = 0;
    for (size_t i = first; i < out->n; i++)
        attacked |= cameo_force(out->v[i].code) && !strcmp(out->v[i].source, src->code) &&
                    !strncmp(out->v[i].target, (*m)[owner].code, 3);
    if (!attacked) return -1;
    mention role = *r;
    char code[64];
    snprintf(code, sizeof code, "%.3s%s", (*m)[owner].code, r->code);
    role.code = arena_strndup(&doc->mem, code, strlen(code));
    role.is_role = 0;
    role.has_country = 1;
    role.group = -1;
    return append_mention(doc, m, nm, &role);
}

/* "The Ukrainian military said Russia had launched 40 drones": the state
 * whose voice reports an attack aimed at no one named is the one attacked
 * (CODING-MANUAL 19.2). The speaker of a verb of saying before the
 * attacker, when it is another state's, or -1. */
static int reporting_state(const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm, int source)
{
    const tc_token *t = doc->tokens;
    for (uint32_t u = m[source].first; u-- > s->first;) {
        if (syn_clause_break(&t[u])) return -1;
        if (!syn_is_verb(&t[u]) || !speech_verb(&t[u])) continue;
        int k = speaker(doc, s, u, m, nm);
        if (k < 0 || k == source || m[k].end > m[source].first || !m[k].has_country || !actor_state_based(m[k].code) ||
            !actor_state_based(m[source].code) || !strncmp(m[k].code, m[source].code, 3))
            return -1;
        return k;
    }
    return -1;
}

/* The target of an investigation (CODING-MANUAL 10.2): the actor whose
 * conduct is investigated; with none named, the country where the acts
 * happened, from a town ("abuses in El Fasher" SDN) or from the victims'
 * country ("killings of civilians in Syria's coastal region" SYR); never
 * the victims. '*m' may be replaced by a copy of 'all' (actors and towns)
 * that holds the country made up; the source is found again there. */
static int investigated(tc_doc *doc, const tc_sentence *s, const mention *all, size_t nall, const mention **m,
                        size_t *nm, int *source, int target, uint32_t last)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    /* "the execution of prisoners by Russian troops": whoever did it */
    for (uint32_t j = last + 1; j < end && j <= last + 12; j++) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
        if (!tok_is(&t[j], "by")) continue;
        int k = syn_agent(doc, j, end, *m, *nm);
        if (k >= 0 && k != *source) return k;
        break;
    }
    if (target >= 0 && !victims(&(*m)[target])) return target;
    const mention *victim = target >= 0 ? &(*m)[target] : NULL;
    int place = -1;
    for (size_t k = 0; k < nall && place < 0; k++) {
        if (all[k].first <= last || all[k].person || all[k].is_role) continue;
        int stop = 0;
        for (uint32_t j = last + 1; j < all[k].first && j < end; j++)
            if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) stop = 1;
        if (stop) break;
        if (all[k].town || strlen(all[k].code) == 3) place = (int)k;
    }
    if (place >= 0) {
        onto(all, nall, m, nm, source);
        return place;
    }
    if (!victim || !victim->has_country || strlen(victim->code) <= 3) return -1;
    return add_state_of(doc, m, nm, (int)(victim - *m));
}

/* "seize +" (171) and "capture +" (173) read as taking property or
 * people; with a town for object they take territory (192). */
static int seizing(const char *code)
{
    return !strcmp(code, "171") || !strcmp(code, "173");
}

/* "Students rioted and clashed with police": two verbs, one event. A
 * targetless event of a sentence goes when another event of the sentence
 * has its source, code (or, for a root's bare code, its root) and mode and
 * names a target ("agreed to allow aid into Gaza" is one intent, not also
 * a bare "agree to", 030). So does an event on a bare country when another
 * verb's twin names a state body of that country ("crossed into Russia's Kursk
 * region and attacked Russian positions" is one attack, on RUSMIL). */
/* "announced they were quitting ECOWAS": a bare statement (010) whose
 * words are followed by an act the sentence asserts told that act, which is
 * coded instead (CODING-MANUAL 3.4). */
static void drop_told_statements(event_list *out, size_t first)
{
    size_t w = first;
    for (size_t i = first; i < out->n; i++) {
        const tocsin_event *e = &out->v[i];
        int told = 0;
        for (size_t j = first; !told && e->mode == TOCSIN_ASSERTED && !strcmp(e->code, "010") && !*e->target &&
                               j < out->n;
             j++) {
            const tocsin_event *o = &out->v[j];
            told = j != i && o->mode == TOCSIN_ASSERTED && strncmp(o->code, "01", 2) != 0 &&
                   o->span_end > e->span_end && o->span_start >= e->span_start;
        }
        if (!told) out->v[w++] = *e;
    }
    out->n = w;
}

static void drop_targetless_twins(event_list *out, size_t first)
{
    size_t w = first;
    for (size_t i = first; i < out->n; i++) {
        const tocsin_event *e = &out->v[i];
        int twin = 0;
        for (size_t j = first; !twin && j < out->n; j++) {
            const tocsin_event *o = &out->v[j];
            /* the same code, or the root's bare code ("030") beside a finer one */
            int same = !strcmp(o->code, e->code) ||
                       (strlen(e->code) == 3 && e->code[2] == '0' && !strncmp(o->code, e->code, 2));
            if (j == i || o->mode != e->mode || strcmp(o->source, e->source) != 0 || !same) continue;
            size_t n = strlen(e->target);
            twin = !n ? *o->target != 0
                      : n == 3 && strlen(o->target) == 6 && !strncmp(o->target, e->target, 3) &&
                            word_in(o->target + 3, state_bodies) && !strcmp(o->code, e->code) &&
                            strcmp(o->verb, e->verb) != 0;
        }
        if (!twin) out->v[w++] = *e;
    }
    out->n = w;
}

void event_code_sentence(const dict *d, tc_doc *doc, size_t si, const mention *actors, size_t nactors,
                         const mention *towns, size_t ntowns, event_list *out)
{
    const mention *m = actors;
    size_t nm = nactors;
    const tc_sentence *s = &doc->sents[si];
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    if (nm == 0) return;
    size_t first_event = out->n;
    /* indexed by token - s->first */
    uint8_t *used = arena_alloc(&doc->mem, s->count + 1);
    if (d->petrarch_rules) {
        /* comma clauses are out of play: their verbs and their actors */
        syn_comma_clauses(d, doc, s, m, nm, used);
        mention *kept = arena_alloc(&doc->mem, nm * sizeof *kept);
        size_t nk = 0;
        for (size_t i = 0; i < nm; i++)
            if (!used[m[i].first - s->first]) kept[nk++] = m[i];
        m = actors = kept;
        nm = nactors = nk;
        if (nm == 0) return;
    }
    const mention *both = NULL;  /* actors and towns, made when first needed */
    uint8_t *marks = NULL;  /* what tocsin's own matching rules read of each token */
    if (!d->petrarch_rules) {
        marks = arena_alloc(&doc->mem, s->count + 1);
        pattern_marks(doc, s, marks);
    }
    /* words of an actor's name are no predicates ("Azerbaijani forces" read as a verb) */
    uint8_t *named = arena_alloc(&doc->mem, s->count + 1);
    for (size_t k = 0; k < nm; k++)
        for (uint32_t x = m[k].first; x < m[k].end && x < end; x++) named[x - s->first] = 1;
    for (uint32_t v = s->first; v < end; v++) {
        m = actors;
        nm = nactors;
        if (named[v - s->first]) continue;
        if (!syn_is_verb(&t[v])) retag_past_verb(d, doc, s, v);
        if (used[v - s->first] || !syn_is_verb(&t[v])) continue;
        if (!d->petrarch_rules && (syn_in_aside(doc, s, v) || syn_subject_modifier(doc, s, v) || inside_charge(doc, s, v) ||
                                   (syn_adjectival(t, v, end) && t[v - 1].tag != TAG_IN)))
            continue;  /* (an adjective: "three surrendering/VBG soldiers"; not "while rejecting reports") */
        int copula = 0;
        if (syn_not_predicate(doc, s, v)) {
            /* "was deeply concerned about": a pattern on "be" reads the
             * participle as the adjective it is */
            if (d->petrarch_rules || !t[v].lemma || strcmp(t[v].lemma, "be")) continue;
            copula = 1;
        }
        int passive = copula ? 0 : syn_is_passive(doc, s, v);
        /* PETRARCH reads a passive with no "by" as active: "X was criticized over Y" */
        if (passive && d->petrarch_rules && syn_agent(doc, v + 1, end, m, nm) < 0) passive = 0;
        pattern_match mt;
        if (!pattern_best(d, doc, s, v, m, nm, used, marks, passive, &mt)) {
            /* no actor to aim at: perhaps a town ("Russia attacked Lviv") */
            if (!ntowns || d->petrarch_rules) continue;
            if (!both) both = with_towns(doc, actors, nactors, towns, ntowns);
            if (!pattern_best(d, doc, s, v, both, nactors + ntowns, used, marks, passive, &mt) ||
                !(cameo_force(mt.code) || seizing(mt.code)) || mt.target < 0 || !both[mt.target].town ||
                !(direct_object(t, last_word_before(&mt, v, both[mt.target].first), both[mt.target].first) ||
                  thing_in_town(t, both, nactors + ntowns, last_word_before(&mt, v, both[mt.target].first),
                                both[mt.target].first)))
                continue;
            /* seizing or capturing a town is occupying territory */
            if (seizing(mt.code)) mt.code = "192";
            onto(both, nactors + ntowns, &m, &nm, NULL);
        }
        if (copula && mt.last <= v) continue;  /* "be" alone says nothing */
        /* a verb whose block codes nothing, with no pattern matched, leaves
         * its word free for the next verb's pattern ("has BEGUN to question") */
        if (!mt.p && !strcmp(mt.code, "---") && !mt.code2[0]) continue;
        used[v - s->first] = 1;
        for (int h = 0; h < mt.nhit; h++) used[mt.hit[h] - s->first] = 1;
        if (strcmp(mt.code, "###") == 0) {
            /* a discard pattern: the sentence codes nothing */
            out->n = first_event;
            return;
        }
        if (strcmp(mt.code, "---") == 0 && !(mt.code2[0] && strcmp(mt.code2, "---") != 0))
            continue;  /* a null code: matched, nothing to code */
        /* "announced no agreement": nothing was stated */
        if (!d->petrarch_rules && !strcmp(mt.code, "010") && v + 1 < end &&
            (tok_is(&t[v + 1], "no") || tok_is(&t[v + 1], "nothing")))
            continue;
        /* one considers options, and judges actors: "people Ankara
         * considers terrorists", "considers Hamas a terrorist group" is
         * no policy option weighed (014) */
        if (!d->petrarch_rules && !strcmp(mt.code, "014") && lemma_is(&t[v], "consider") && v + 1 < end) {
            uint32_t o = t[v + 1].tag == TAG_DT ? v + 2 : v + 1;
            if (o < end && mention_covering(m, nm, o) >= 0) continue;
        }
        int target = mt.target, source = mt.source;
        uint32_t object_head = passive && !d->petrarch_rules ? syn_reduced_relative(doc, s, v) : 0;
        if (object_head) {
            /* "a man convicted of spying", "a ceasefire brokered by the US":
             * done to the noun before, by the "by" phrase, if both are actors */
            int head = mention_covering(m, nm, object_head);
            if (head < 0) continue;  /* "hostages held by Hamas": a noun described, no act on an actor */
            if (target < 0) target = head;
            if (source < 0) source = syn_agent(doc, mt.last + 1, end, m, nm);
            if (source < 0) continue;
        } else if (passive) {
            /* "was attacked by X": X did it to the subject */
            if (source < 0) source = syn_agent(doc, mt.last + 1, end, m, nm);
            if (target < 0) target = syn_subject(doc, s, verb_group_start(&mt, v), m, nm, d->petrarch_rules);
            if (source < 0 && !strncmp(mt.code, "15", 2)) {
                /* "Serbia's army was placed on alert": a change of posture
                 * is the subject's own, whoever ordered it */
                source = target;
                target = -1;
            }
            if (source < 0) continue;  /* "was killed": no one to code as the doer */
        } else {
            if (source >= 0 && target < 0 && !has_slot(mt.p)) {
                /* "received aid from $": the giver is the source, the subject the target */
                target = syn_subject(doc, s, verb_group_start(&mt, v), m, nm, d->petrarch_rules);
            } else if (target < 0 && !has_slot(mt.p) && mt.compound < 0) {
                /* a compound that acts ('% HAVE *') is its own target */
                target = syn_object(doc, v, mt.last, end, m, nm, d->petrarch_rules, mt.code);
                /* a pattern's own words are no object: "suspended
                 * UNIVERSITY education for women" is aimed at the women */
                if (!d->petrarch_rules && target >= 0 && m[target].is_role && m[target].end <= mt.last &&
                    pattern_words(&mt, &m[target]))
                    target = syn_object(doc, mt.last, mt.last, end, m, nm, 0, mt.code);
                uint32_t main_verb = d->petrarch_rules || target >= 0 ? 0 : syn_purpose_main(doc, s, v);
                /* "In order to urge restraint, Blinken called Vucic": urged Vucic */
                if (main_verb) target = syn_object(doc, main_verb, main_verb, end, m, nm, 0, mt.code);
                if (target < 0 && ntowns && !d->petrarch_rules && cameo_force(mt.code)) {
                    /* "bombed Khan Younis": the town attacked stands for its country */
                    if (!both) both = with_towns(doc, actors, nactors, towns, ntowns);
                    target = town_object(t, both, nactors + ntowns, mt.last);
                    if (target >= 0) onto(both, nactors + ntowns, &m, &nm, &source);
                }
            }
            uint32_t head = d->petrarch_rules ? 0 : relative_head(doc, s, v);
            if (source < 0 && head) {
                /* "the gunmen who attacked": the antecedent is the subject;
                 * "the earthquake that killed": no actor, no event */
                source = mention_covering(m, nm, head);
                if (source < 0) continue;
                /* "a man who had helped the attackers escape": what the
                 * clause tells happened before, as background */
                if (v >= 2 && t[v].tag == TAG_VBN && tok_is(&t[v - 1], "had")) continue;
            }
            if (source < 0) {
                source = mt.compound >= 0 ? mt.compound : syn_subject(doc, s, verb_group_start(&mt, v), m, nm, d->petrarch_rules);
                if (source >= 0 && !d->petrarch_rules) source = own_speaker(doc, m, nm, source);
            }
            if (!d->petrarch_rules && source >= 0 && t[v].tag == TAG_VBG && v > s->first && tok_is(&t[v - 1], ",") &&
                (code_root_is(mt.code, "01") || code_root_is(mt.code, "13") || code_root_is(mt.code, "03"))) {
                /* ", warning that more strikes would follow", ", pledging
                 * that ...": the main clause's subject speaks, and what it
                 * says only tells of the act it has just done (CODING-MANUAL
                 * 1.8a) */
                int main_subject = main_clause_subject(doc, s, v, m, nm);
                if (main_subject >= 0) source = main_subject;
                if (source_acted(out, first_event, m[source].code, 0)) continue;
            }
            /* ... and an act told inside such a clause by the same actor is
             * its justification: ", saying it was acting to protect Syria's
             * Druze minority" */
            if (!d->petrarch_rules && source >= 0 && inside_saying_tail(doc, s, v)) {
                if (source_acted(out, first_event, m[source].code, 1)) continue;
            }
        }
        if (!d->petrarch_rules && target >= 0 && source >= 0 && !strncmp(mt.code, "19", 2) &&
            casualty_verb(&t[v]) && ends_with(m[target].code, "CVL")) {
            /* "air strikes killed 30 people in Rafah": the dead are
             * casualties; the attack is on the place (CODING-MANUAL 19.2),
             * or on the civilians' country ("people in Gaza" PSE) */
            int victims = strlen(m[target].code) == 6 ? target : -1;
            target = -1;
            if (ntowns && !both) both = with_towns(doc, actors, nactors, towns, ntowns);
            if (both) {
                int town = town_in(t, s, both, nactors + ntowns, mt.last);
                if (town >= 0) {
                    onto(both, nactors + ntowns, &m, &nm, &source);
                    target = town;
                }
            }
            /* or a country: "killed at least 25 people in southern Lebanon" */
            if (target < 0) target = town_in(t, s, m, nm, mt.last);
            if (target < 0 && victims >= 0) target = add_state_of(doc, &m, &nm, victims);
        }
        if (!d->petrarch_rules && target < 0 && source >= 0 && cameo_force(mt.code) && m[source].end < v) {
            /* "A Russian missile strike on Odesa killed five people": the
             * attack the subject names has its own target */
            if (ntowns && !both) both = with_towns(doc, actors, nactors, towns, ntowns);
            const mention *all = both ? both : m;
            size_t nall = both ? nactors + ntowns : nm;
            int aimed = attack_object(t, all, nall, m[source].end, v);
            if (aimed >= 0) {
                onto(all, nall, &m, &nm, &source);
                target = aimed;
            }
        }
        if (!d->petrarch_rules && target < 0 && source >= 0 && cameo_force(mt.code)) {
            /* "detonated a roadside bomb that killed four Pakistani
             * soldiers": the bomb's dead are its target, when they are no
             * civilians (those are casualties, CODING-MANUAL 19.2) */
            for (uint32_t j = mt.last + 1; j + 2 < end && j <= mt.last + 3; j++) {
                if (!tok_is(&t[j], "that") && !tok_is(&t[j], "which")) continue;
                /* ... or hit: "a roadside bomb that hit a Pakistani army convoy" */
                int hit = lemma_is_any(&t[j + 1], "hit", "strike") || lemma_is(&t[j + 1], "target");
                if (!casualty_verb(&t[j + 1]) && !hit) break;
                uint32_t f = j + 2;
                while (f < end && (t[f].tag == TAG_CD || t[f].tag == TAG_DT || t[f].tag == TAG_RB ||
                                   tok_is(&t[f], "least") || tok_is(&t[f], "at")))
                    f++;
                int k = f < end ? mention_covering(m, nm, f) : -1;
                if (k >= 0 && k != source && !ends_with(m[k].code, "CVL")) target = k;
                break;
            }
        }
        if (!d->petrarch_rules && target < 0 && source >= 0 && cameo_force(mt.code)) {
            int victim = reporting_state(doc, s, m, nm, source);
            if (victim >= 0) target = add_state_of(doc, &m, &nm, victim);
        }
        if (!d->petrarch_rules && syn_enacted(doc, s, v)) {
            /* the signer of the decree does what it orders */
            int signer = main_clause_subject(doc, s, v, m, nm);
            if (signer >= 0) source = signer;
            if (target == source) target = -1;
        }
        if (!d->petrarch_rules && result_participle(doc, s, v, mt.code)) {
            /* "launched strikes on Lebanon, killing 490 people": the killing
             * is what the strikes did, counted as their casualties, not a
             * second attack; its doer is the main clause's subject */
            if (violence_since(out, first_event)) continue;
            source = main_clause_subject(doc, s, v, m, nm);
        }
        if (!d->petrarch_rules && source >= 0 && !strncmp(mt.code, "09", 2)) {
            if (ntowns && !both) both = with_towns(doc, actors, nactors, towns, ntowns);
            target = investigated(doc, s, both ? both : m, both ? nactors + ntowns : nm, &m, &nm, &source, target,
                                  mt.last);
        }
        if (!d->petrarch_rules && source >= 0 && target >= 0 && own_state(&m[source], &m[target])) target = -1;
        const mention *own = NULL;  /* the actor's own people it acts on ("its border guards") */
        if (!d->petrarch_rules && source >= 0 && target >= 0 && !strncmp(mt.code, "15", 2) &&
            (!strcmp(m[target].code, "MIL") || !strcmp(m[target].code, "COP")) && actor_state_based(m[source].code)) {
            /* a state's posture with its bare army or police is its own:
             * "ordered the army to the highest level of combat readiness" */
            own = &m[target];
            target = -1;
        }
        if (!d->petrarch_rules && source >= 0 && target >= 0 && own_forces(doc, s, &m[source], &m[target])) {
            /* "put its forces on alert": no target; "recalled its ambassador
             * to Moldova": the target comes after the actor's own people */
            own = &m[target];
            uint32_t past = m[target].end - 1;
            target = syn_object(doc, past, past, end, m, nm, 0, mt.code);
            if (target >= 0 && own_forces(doc, s, &m[source], &m[target])) target = -1;
        }
        if (source < 0 || source == target || m[source].town) continue;
        if (!d->petrarch_rules && target < 0 && reporting_tail(doc, s, m, nm, source, v, mt.last)) continue;
        /* "rallied outside parliament to demand new elections": the
         * demand is what the protest is for, already in its code (14.2) */
        if (!d->petrarch_rules && target < 0 && !strncmp(mt.code, "14", 2)) {
            int against = protest_noun_target(doc, s, mt.last, m, nm, mt.code);
            if (against >= 0 && against != source) target = against;
        }
        /* "insisted Ukraine's borders could not be changed by force": an
         * insistence that states a fact is no demand (CODING-MANUAL 5.1) */
        if (!d->petrarch_rules && code_root_is(mt.code, "10") && lemma_is(&t[v], "insist")) {
            int stated = 0;
            for (uint32_t j = v + 1; j < end && j <= v + 10 && !stated; j++) {
                if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
                /* a modal or a finite form, not a bare subjunctive ("insisted
                 * that Ukraine withdraw") */
                stated = t[j].tag == TAG_MD || ((t[j].tag == TAG_VBD || t[j].tag == TAG_VBZ) && t[j].lemma &&
                                                strcmp(t[j].lemma, t[j].norm) != 0);
            }
            if (stated) continue;
        }
        /* "summoned China's ambassador to protest ...": the protest is what
         * the summons was, coded already (114) */
        if (!d->petrarch_rules && (code_root_is(mt.code, "11") || code_root_is(mt.code, "14")) && v > s->first &&
            t[v - 1].tag == TAG_TO) {
            if (code_told(out, first_event, "114")) continue;
        }
        if (!d->petrarch_rules && (!strncmp(mt.code, "10", 2) || !strncmp(mt.code, "14", 2))) {
            tocsin_event *protest = protest_purpose(doc, s, v, out, first_event, &m[source]);
            if (protest && !*protest->target && target >= 0) {
                /* what the purpose is against is the protest's target */
                protest->target = m[target].code;
                protest->target_name = m[target].name;
            }
            if (protest) continue;
        }
        /* "warned that protesters would face criminal charges": a threat
         * of repression to whoever would face it (CODING-MANUAL 13.1) */
        if (!d->petrarch_rules && (!strcmp(mt.code, "012") || !strcmp(mt.code, "130")) && lemma_is(&t[v], "warn") &&
            dict_cameo(d, "137")) {
            int punished = -1;
            if (punishment_warned(doc, v + 1, end, m, nm, source, &punished)) {
                mt.code = "137";
                target = punished;
            }
        }
        if (!d->petrarch_rules && !strcmp(mt.code, "130")) {
            const char *w = threat_code(doc, s, mt.last);
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        if (!d->petrarch_rules && !strcmp(mt.code, "138")) {
            const char *w = force_threat_code(doc, s, mt.last);
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        if (!d->petrarch_rules && (!strcmp(mt.code, "040") || !strcmp(mt.code, "044")) &&
            called_talks(doc, s, v, mt.last) && dict_cameo(d, "046"))
            mt.code = "046";
        if (!d->petrarch_rules && !strncmp(mt.code, "13", 2) && ultimatum(doc, s, v) && dict_cameo(d, "139")) {
            mt.code = "139";
            /* the ultimatum is put to whoever must meet its condition:
             * "threatened tariffs on Chinese goods unless Beijing withdrew" */
            int who = condition_subject(doc, s, v, m, nm);
            if (who >= 0 && who != source) target = who;
        }
        /* regret over another's act is disapproval, not an apology:
         * "expressed regret over China's detention of a Japanese
         * businessman" (CODING-MANUAL 3.3) */
        if (!d->petrarch_rules && !strcmp(mt.code, "055") && mt.last + 2 < end && lemma_is(&t[mt.last], "regret") &&
            (tok_is(&t[mt.last + 1], "over") || tok_is(&t[mt.last + 1], "at") || tok_is(&t[mt.last + 1], "about")) &&
            dict_cameo(d, "111")) {
            uint32_t f = mt.last + 2;
            if (t[f].tag == TAG_DT) f++;
            int k = f < end ? mention_covering(m, nm, f) : -1;
            if (k >= 0 && k != source && m[k].first == f && m[k].end < end && t[m[k].end].tag == TAG_POS) {
                mt.code = "111";
                target = k;
            }
        }
        if (!d->petrarch_rules && !strcmp(mt.code, "111") && source >= 0) {
            int author;
            if (act_author(doc, s, v, m, nm, source, &author)) target = author;
        }
        if (!d->petrarch_rules && target < 0 && source >= 0 && (cameo_force(mt.code) || seizing(mt.code))) {
            int owner = thing_owner(doc, s, mt.last, m, nm);
            /* a ship seized or struck is its owner's (17.1); m may be a copy after this */
            if (owner < 0) owner = hyphen_owner(d, doc, v, mt.last, &m, &nm);
            if (owner >= 0 && owner != source) target = owner;
        }
        /* a rejected decision is aimed at whoever made it: "rejected the
         * designation of cartels as terrorist groups by the U.S.
         * administration" (CODING-MANUAL 12.1); a veto at the body whose
         * decision it blocks (129: "vetoed a bill passed by parliament") */
        if (!d->petrarch_rules && !strncmp(mt.code, "12", 2) && source >= 0) {
            int author = decision_author(doc, s, v, m, nm, !strcmp(mt.code, "129"));
            /* ... also over what the decision is about: "rejected the
             * recognition of a Palestinian state by Britain" */
            int about = target >= 0 && author >= 0 && m[target].first > v && m[target].first < m[author].first;
            if (author >= 0 && author != source && m[author].group != m[source].group &&
                (target < 0 || m[target].is_role || about))
                target = author;
        }
        /* CAMEO keeps police alerts (151) apart from military ones (152):
         * whoever is put on alert decides -- the actor's own forces it
         * names, else the actor itself */
        const mention *alerted = own ? own : &m[source];
        if (!d->petrarch_rules && !strcmp(mt.code, "152") && ends_with(alerted->code, "COP") && dict_cameo(d, "151"))
            mt.code = "151";
        else if (!d->petrarch_rules && !strcmp(mt.code, "151") && ends_with(alerted->code, "MIL") &&
                 dict_cameo(d, "152"))
            mt.code = "152";
        /* rioting is a crowd's: a state or armed force that "set fire to"
         * or "stormed" something uses force (CODING-MANUAL 14.2, 19.1) */
        if (!d->petrarch_rules && !strncmp(mt.code, "145", 3) && !crowd(&m[source]) && !counted_people(doc, &m[source]) &&
            dict_cameo(d, "190"))
            mt.code = "190";
        /* breaching an armed force's lines is force, not defiance of a norm
         * (CODING-MANUAL 19.1): "breached Russia's line of defence" */
        if (!d->petrarch_rules && !strcmp(mt.code, "128") && lemma_is(&t[v], "breach") && target >= 0 &&
            ends_with(m[target].code, "MIL") && dict_cameo(d, "190"))
            mt.code = "190";
        /* shooting down aircraft is 190 whatever was shot down (CODING-MANUAL 19.1) */
        int shootdown = lemma_is(&t[v], "shoot") && v + 1 < end && tok_is(&t[v + 1], "down");
        /* what is shot down is whoever launched it (CODING-MANUAL 17.1):
         * "shot down 30 of 45 drones launched by Russia" */
        if (!d->petrarch_rules && shootdown && target < 0 && source >= 0) {
            for (uint32_t j = mt.last + 1; j + 2 < end && j <= mt.last + 8; j++) {
                if (tok_is(&t[j], ",") || syn_clause_break(&t[j])) break;
                if (t[j].tag != TAG_VBN || !tok_is(&t[j + 1], "by")) continue;
                uint32_t f = t[j + 2].tag == TAG_DT && j + 3 < end ? j + 3 : j + 2;
                int k = mention_covering(m, nm, f);
                if (k >= 0 && m[k].first == f && k != source) target = k;
                break;
            }
        }
        if (!d->petrarch_rules && !strcmp(mt.code, "190") && !shootdown) {
            const char *w = weapon_code(doc, s, m, nm, source, v, mt.last);
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        /* killing twenty or more civilians with no weapon of war named is
         * a massacre, aimed at its victims (CODING-MANUAL 20.1) */
        if (!d->petrarch_rules && !strcmp(mt.code, "190") && lemma_is(&t[v], "kill") && dict_cameo(d, "202")) {
            int victims = massacre_victims(doc, s, v, m, nm);
            if (victims >= 0 && victims != source) {
                mt.code = "202";
                target = victims;
            }
        }
        /* a suicide bombing that kills dozens is still a suicide bombing:
         * the means is the more specific code (CODING-MANUAL 18.1) */
        if (!d->petrarch_rules && !strcmp(mt.code, "202")) {
            const char *w = weapon_code(doc, s, m, nm, source, v, mt.last);
            if (w && !strcmp(w, "1831") && dict_cameo(d, w)) mt.code = w;
        }
        /* "fired two ballistic missiles off its east coast", "into the
         * sea": a launch that lands in no one's land is a show of force
         * (CODING-MANUAL 15.1), not an attack */
        if (!d->petrarch_rules && target < 0 && (!strcmp(mt.code, "195") || !strcmp(mt.code, "194") ||
                                                  !strcmp(mt.code, "190")) &&
            (lemma_is(&t[v], "fire") || lemma_is(&t[v], "launch")) && into_sea(doc, s, mt.last) && dict_cameo(d, "150"))
            mt.code = "150";
        /* "traded artillery fire": fire of a heavier weapon than small arms */
        if (!d->petrarch_rules && !strcmp(mt.code, "193")) {
            const char *w = weapon_code(doc, s, m, nm, source, v, mt.last);
            if (w && (!strcmp(w, "194") || !strcmp(w, "195")) && dict_cameo(d, w)) mt.code = w;
        }
        /* "Israeli jets pounded Beirut": a verb of bombardment by aircraft
         * is aerial */
        if (!d->petrarch_rules && !strcmp(mt.code, "194")) {
            const char *w = weapon_code(doc, s, m, nm, source, v, mt.last);
            if (w && !strcmp(w, "195") && dict_cameo(d, w)) mt.code = w;
        }
        /* violence by protesters is a violent protest (CODING-MANUAL 14.2:
         * "Thirty KFOR soldiers were injured by Serb protesters" 145) */
        if (!d->petrarch_rules && source >= 0 && (m[source].is_role || m[source].has_role) && !m[source].person &&
            ends_with(m[source].code, "OPP") && plain_violence(mt.code) &&
            dict_cameo(d, "145"))
            mt.code = "145";
        /* police or troops attacking protesters repress them (CODING-MANUAL
         * 17.1: 175): "police officers who attacked protesters" */
        if (!d->petrarch_rules && target >= 0 && (ends_with(m[source].code, "COP") || ends_with(m[source].code, "MIL")) &&
            ends_with(m[target].code, "OPP") && !m[target].person &&
            plain_violence(mt.code) && dict_cameo(d, "175"))
            mt.code = "175";
        /* shooting or wounding a leader is an attempt on his life (185),
         * killing him or shooting him dead an assassination (186)
         * (CODING-MANUAL 18.1) */
        if (!d->petrarch_rules && (!strcmp(mt.code, "193") || !strcmp(mt.code, "190") || !strcmp(mt.code, "180")) &&
            target >= 0 && (leader(doc, &m[target]) || named_after(doc, m, nm, target)) &&
            (lemma_is(&t[v], "shoot") || casualty_verb(&t[v]))) {
            int dead = lemma_is(&t[v], "kill") ||
                       (v + 1 < end && (tok_is(&t[v + 1], "dead") ||
                                        (m[target].end < end && tok_is(&t[m[target].end], "dead"))));
            const char *w = dead ? "186" : "185";
            if (dict_cameo(d, w)) mt.code = w;
        }
        /* what an accusation charges: "accused Hamas of using human
         * shields" 1124, "blamed Ukrainian shelling for the breach" 1123
         * (CODING-MANUAL 11.2) */
        if (!d->petrarch_rules && !strcmp(mt.code, "112")) {
            const char *w = opinion_charge(d, doc, v + 1, clause_stop(doc, s, v), m, nm);
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        /* an extradition is toward the receiving state or authority
         * (CODING-MANUAL 8.1): "extradited a Russian businessman to the
         * United States" ESP USA, not the one handed over */
        if (!d->petrarch_rules && !strcmp(mt.code, "063")) {
            for (uint32_t j = v + 1; j + 1 < end && j <= v + 12; j++) {
                if (tok_is(&t[j], ",") || syn_clause_break(&t[j])) break;
                if (!tok_is(&t[j], "to")) continue;
                uint32_t f = j + 1;
                if (f < end && t[f].tag == TAG_DT) f++;
                int k = mention_covering(m, nm, f);
                if (k >= 0 && m[k].first == f && k != source) target = k;
                break;
            }
        }
        /* what an investigation is into (CODING-MANUAL 10.1): a crime 091,
         * abuses 092, military action 093, war crimes 094 */
        if (!d->petrarch_rules && !strcmp(mt.code, "090")) {
            const char *w = investigation_code(d, doc, s, v, m, nm);
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        /* what aid is cut: economic 1621, military 1622, humanitarian 1623
         * ("froze part of its financial aid"); who is expelled: aid
         * agencies 1663, peacekeepers 1661 (CODING-MANUAL 16.2) */
        if (!d->petrarch_rules && !strcmp(mt.code, "162")) {
            const char *w = aid_kind_code(doc, s, v, mt.last);
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        if (!d->petrarch_rules && !strcmp(mt.code, "166") && target >= 0) {
            const char *w = !strncmp(m[target].code, "NGO", 3) ? "1663"
                            : ends_with(m[target].code, "PKO")  ? "1661"
                                                                : NULL;
            if (w && dict_cameo(d, w)) mt.code = w;
        }
        /* suspending, banning or restricting the press restricts political
         * freedoms (CODING-MANUAL 17.1): "suspended the BBC" 1721 */
        if (!d->petrarch_rules && !strcmp(mt.code, "172") && target >= 0 && ends_with(m[target].code, "MED") &&
            dict_cameo(d, "1721"))
            mt.code = "1721";
        /* what an appeal, promise, demand, refusal or protest is about */
        if (!d->petrarch_rules) {
            const char *w = topic_code(d, doc, s, v, mt.last, m, nm, mt.code, source >= 0 ? &m[source] : NULL);
            if (w) mt.code = w;
        }
        /* money given as military aid is military aid: "pledged $500 million
         * in military aid" (CODING-MANUAL 8.2: military aid packages 072) */
        if (!d->petrarch_rules && (!strcmp(mt.code, "0331") || !strcmp(mt.code, "071")) && military_aid_after(doc, s, v)) {
            const char *w = mt.code[1] == '3' ? "0332" : "072";
            if (dict_cameo(d, w)) mt.code = w;
        }
        if (!d->petrarch_rules && target < 0 && (!strncmp(mt.code, "033", 3) || !strncmp(mt.code, "07", 2))) {
            target = syn_beneficiary(doc, v, end, m, nm);
            if (target == source) target = -1;
        }
        tocsin_mode mode = syn_mode(doc, s, v, source >= 0 ? m[source].first : SYN_NO_SUBJECT);
        const char *intent = (mode == TOCSIN_FUTURE || mode == TOCSIN_HYPOTHETICAL) && syn_promise(doc, s, v)
                                 ? (!strncmp(mt.code, "03", 2) ? mt.code : intent_code(mt.code))
                                 : NULL;  /* "said it would accept mediation" (038) is the intent itself */
        if (intent && !d->petrarch_rules && dict_cameo(d, intent)) {
            mt.code = intent;
            mt.code2 = "";
            mode = TOCSIN_ASSERTED;  /* the promise itself is what happened */
        }
        /* force the speaker says its side would use is a threat, made by
         * saying it: "Medvedev said Russia would have to use a nuclear
         * weapon if Ukraine's counteroffensive succeeded" 139, "said it
         * would strike Israel" 138 (CODING-MANUAL 13.3) */
        if (!intent && !d->petrarch_rules && (cameo_force(mt.code) || code_root_is(mt.code, "20")) &&
            (mode == TOCSIN_FUTURE || mode == TOCSIN_HYPOTHETICAL) && syn_promise(doc, s, v) &&
            said_by_own_side(doc, s, v, m, nm, source)) {
            const char *w = ultimatum(doc, s, v) ? "139" : !strcmp(mt.code, "2042") ? "1385" : "138";
            if (dict_cameo(d, w)) {
                mt.code = w;
                mt.code2 = "";
                /* an ultimatum is put to whoever must meet its condition */
                int who = w[2] == '9' ? condition_subject(doc, s, v, m, nm) : -1;
                if (who >= 0 && who != source) target = who;
            }
        }
        /* a threat said of the speaker's own future ("We will respond with
         * force", "said it would retaliate") is made by saying it: the
         * threat happened (CODING-MANUAL 13.3) */
        if (!intent && !d->petrarch_rules && !strncmp(mt.code, "13", 2) &&
            (mode == TOCSIN_FUTURE || mode == TOCSIN_HYPOTHETICAL) && syn_promise(doc, s, v)) {
            /* ... unless the threat is told already: "warned South Korea
             * that its army would respond with force" */
            if (!code_told(out, first_event, "13")) mode = TOCSIN_ASSERTED;
        }
        const char *refusal = mode == TOCSIN_NEGATED && !d->petrarch_rules && syn_stated_refusal(doc, s, v)
                                  ? refusal_code(mt.code)
                                  : NULL;
        if (refusal && dict_cameo(d, refusal)) {
            mt.code = refusal;
            mt.code2 = "";
            mode = TOCSIN_ASSERTED;  /* the refusal itself is what happened */
        }
        /* a promise of a general kind ("will provide aid": 033) is about
         * what it names, as a pattern's own intent code is (above) */
        if (intent && !d->petrarch_rules) {
            const char *w = topic_code(d, doc, s, v, v, m, nm, mt.code, NULL);
            if (w) mt.code = w;
        }
        /* a building or a people's thing attacked stands for its country
         * (CODING-MANUAL 2.9): "hit a hospital in Kyiv", "struck Kyiv's
         * largest children's hospital" UKR, not its doctors or children */
        if (!d->petrarch_rules && target >= 0 && source >= 0 && cameo_force(mt.code)) {
            int owned = attacked_possessed_role(doc, &m, &nm, source, target, out, first_event);
            if (owned >= 0) target = owned;
        }
        if (!d->petrarch_rules && target >= 0 && cameo_force(mt.code) && facility_or_possessor(doc, s, &m[target])) {
            if (m[target].has_country && strlen(m[target].code) == 6) {
                target = add_state_of(doc, &m, &nm, target);
            } else if (!m[target].has_country) {
                /* "a children's hospital in Kyiv": the possessed place's own
                 * country, when its phrase gives one */
                int place = m[target].end + 1 < end ? mention_covering(m, nm, m[target].end + 1) : -1;
                if (place >= 0 && place != target && m[place].has_country && actor_state_based(m[place].code)) {
                    target = add_state_of(doc, &m, &nm, place);
                } else if (ntowns) {
                    /* "shelled a school in Kharkiv": the town's country */
                    if (!both) both = with_towns(doc, actors, nactors, towns, ntowns);
                    int town = town_in(t, s, both, nactors + ntowns, m[target].end - 1);
                    if (town >= 0) {
                        onto(both, nactors + ntowns, &m, &nm, &source);
                        target = town;
                    }
                }
            }
        }
        /* "shelled positions of ethnic Armenian forces": bare military
         * things of an actor are that actor's (CODING-MANUAL 2.9) */
        if (!d->petrarch_rules && target >= 0 && cameo_force(mt.code) && !strcmp(m[target].code, "MIL")) {
            uint32_t j = m[target].end;
            if (j < end && tok_is(&t[j], "of")) {
                j++;
                while (j < end && (t[j].tag == TAG_DT || t[j].tag == TAG_JJ) && mention_covering(m, nm, j) < 0) j++;
                int owner = j < end ? mention_covering(m, nm, j) : -1;
                if (owner >= 0 && owner != source && m[owner].has_country) target = owner;
            }
        }
        /* a demand for a leadership change is put to the leader named:
         * "demanding the resignation of President Andry Rajoelina" */
        if (!d->petrarch_rules && target < 0 && source >= 0 && leadership_demand(mt.code)) {
            int leader = resignation_of(doc, s, m, nm);
            if (leader >= 0 && leader != source) target = leader;
        }
        /* welcoming someone's decision, offer or words is praise (3.3: 051),
         * welcoming the person a visit: "welcomed Trump's willingness" */
        if (!d->petrarch_rules && target >= 0 && !strcmp(mt.code, "043") && lemma_is(&t[v], "welcome") &&
            m[target].end < end && t[m[target].end].tag == TAG_POS && dict_cameo(d, "051"))
            mt.code = "051";
        /* expelling thousands is a mass expulsion (CODING-MANUAL 20.1, 201) */
        if (!d->petrarch_rules && target >= 0 && (!strcmp(mt.code, "166") || !strcmp(mt.code, "174")) &&
            thousands_before(doc, &m[target]) && dict_cameo(d, "201"))
            mt.code = "201";
        /* a capital seized is territory taken (CODING-MANUAL 2.3, 19.1):
         * "seized control of Damascus" SYR 192 */
        if (!d->petrarch_rules && target >= 0 && seizing(mt.code) && m[target].seat) mt.code = "192";
        /* a town right after the verb is what was attacked or taken, not an
         * actor named after it: "captured El Fasher, the Sudanese army's
         * last stronghold" (CODING-MANUAL 19.1, 19.2) */
        if (!d->petrarch_rules && ntowns && source >= 0 && target >= 0 && !m[target].town &&
            (cameo_force(mt.code) || seizing(mt.code))) {
            if (!both) both = with_towns(doc, actors, nactors, towns, ntowns);
            int town = town_object(t, both, nactors + ntowns, v);
            /* the town ends its phrase: not "arrested Istanbul mayor X" */
            if (town >= 0 && both[town].first < m[target].first && both[town].end < end &&
                tok_is(&t[both[town].end], ",")) {
                onto(both, nactors + ntowns, &m, &nm, &source);
                target = town;
                if (seizing(mt.code)) mt.code = "192";
            }
        }
        /* territory taken is the country that held it (CODING-MANUAL 19.1):
         * "seized the city of Hama from government forces" SYR, unless
         * another held it ("recaptured Wad Madani from the RSF") */
        int held_by_other = 0;
        if (target >= 0 && !m[target].town && !state_force(&m[target])) {
            uint32_t p = m[target].first;
            if (p > s->first && t[p - 1].tag == TAG_DT) p--;
            held_by_other = p > s->first && tok_is(&t[p - 1], "from");
        }
        if (!d->petrarch_rules && !strcmp(mt.code, "192") && ntowns && (target < 0 || !m[target].town) &&
            !held_by_other) {
            if (!both) both = with_towns(doc, actors, nactors, towns, ntowns);
            int town = town_object(t, both, nactors + ntowns, mt.last);
            if (town < 0) town = town_object(t, both, nactors + ntowns, v);
            if (town >= 0) {
                onto(both, nactors + ntowns, &m, &nm, &source);
                target = town;
            }
        }
        /* letting aid in through a town's crossing is for the town's
         * country (CODING-MANUAL 9.2: "opened the Rafah crossing to let in
         * aid" PSE) */
        if (!d->petrarch_rules && !strcmp(mt.code, "0863") && target < 0 && ntowns && source >= 0) {
            if (!both) both = with_towns(doc, actors, nactors, towns, ntowns);
            int town = town_object(t, both, nactors + ntowns, v);
            if (town >= 0 && strncmp(both[town].code, m[source].code, 3) != 0) {
                onto(both, nactors + ntowns, &m, &nm, &source);
                target = town;
            }
        }
        /* troops or police arriving to lead or join a mission or force
         * abroad are military protection, not a visit (CODING-MANUAL 8.2:
         * "Kenyan police officers arrived in Haiti to lead a U.N.-backed
         * multinational mission" 074) */
        if (!d->petrarch_rules && !strcmp(mt.code, "042") && target >= 0 &&
            (ends_with(m[source].code, "MIL") || ends_with(m[source].code, "COP")) && mission_purpose(doc, s, mt.last) &&
            dict_cameo(d, "074"))
            mt.code = "074";
        /* sending a state's diplomats away is expelling them (161), not
         * other people (166): "ordered the French ambassador to leave" */
        if (!d->petrarch_rules && target >= 0 && !strcmp(mt.code, "166") && ends_with(m[target].code, "GOV") &&
            diplomat_at(t, m[target].first, m[target].end) && dict_cameo(d, "161"))
            mt.code = "161";
        /* a state or government that protests complains officially (114),
         * crowds demonstrate (CODING-MANUAL 11.3): "The Philippines
         * protested China's manoeuvres" */
        if (!d->petrarch_rules && !strcmp(mt.code, "140") && state_voice(&m[source]) && !counted_people(doc, &m[source]) &&
            dict_cameo(d, "114"))
            mt.code = "114";
        /* aid to people of a country goes to the country (CODING-MANUAL
         * 8.2: "food to families in Haiti" HTI) */
        if (!d->petrarch_rules && target >= 0 && !strncmp(mt.code, "07", 2) && m[target].has_country &&
            strlen(m[target].code) == 6 && ends_with(m[target].code, "CVL"))
            target = add_state_of(doc, &m, &nm, target);
        /* condolences go to the country or people that suffered
         * (CODING-MANUAL 3.2): "to the people of North Macedonia" MKD.
         * (Coding freed civilians by nationality alone, 2.6, cost held-out
         * heldout.cases a case and was left out.) */
        if (!d->petrarch_rules && target >= 0 && !strcmp(mt.code, "018") &&
            m[target].has_country && strlen(m[target].code) == 6 && ends_with(m[target].code, "CVL"))
            target = add_state_of(doc, &m, &nm, target);
        /* crime with no political actor is no event (CODING-MANUAL 1.7):
         * "thieves stole jewels from the Louvre in Paris"; criminals who
         * attack or take people are ("gangs kidnapped 20 villagers") */
        if (!d->petrarch_rules && !strcmp(m[source].code, "CRM") && (target < 0 || m[target].town)) continue;
        /* nor is one man's attack on passers-by: "a man stabbed and wounded
         * 18 people at a railway station" has no political actor (1.7) */
        if (!d->petrarch_rules && !strcmp(m[source].code, "CVL") && cameo_force(mt.code) &&
            t[m[source].end - 1].tag == TAG_NN && (target < 0 || m[target].town || ends_with(m[target].code, "CVL") ||
                                                  strlen(m[target].code) == 3))
            continue;
        /* "the army and the RSF fought in Khartoum": a place where two
         * sides fight is not a third side */
        if (!d->petrarch_rules && target >= 0 && mutual_verb(&t[v]) && group_size(m, nm, m[source].group) > 1 &&
            after_locative(t, s, m[target].first))
            target = -1;
        emit_groups(d, doc, si, v, &mt, m, nm, source, target, mode, out);
    }
    if (!d->petrarch_rules) {
        drop_targetless_twins(out, first_event);
        drop_told_statements(out, first_event);
    }
    int asserted = 0;
    for (size_t i = first_event; i < out->n; i++) asserted |= out->v[i].mode == TOCSIN_ASSERTED;
    if (!asserted && !d->petrarch_rules) code_statement(d, doc, si, actors, nactors, out, first_event);
}
