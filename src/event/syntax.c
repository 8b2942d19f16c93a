/* syntax.c -- clause roles and modes from tags (see syntax.h).
 *
 * Each rule reads a handful of tokens around the verb; none looks beyond
 * the verb's sentence. The rules are deliberately conservative: when the
 * words do not say who acted, no source is better than a wrong one. */
#include <string.h>

#include "event/syntax.h"

enum {
    OBJECT_GAP = 7   /* how far past its words a pattern looks for an object */
};


static int lemma_is(const tc_token *t, const char *w) { return t->lemma && strcmp(t->lemma, w) == 0; }

int syn_is_verb(const tc_token *t) { return t->tag >= TAG_VB && t->tag <= TAG_VBZ; }

int syn_clause_break(const tc_token *t)
{
    /* not every COLON-tagged token: "anti- Gondor" and dashes do not end a clause */
    return t->tag == TAG_STOP || tok_is(t, ":") || tok_is(t, ";");
}

static int is_aux(const tc_token *t)
{
    return t->tag == TAG_MD || lemma_is(t, "be") || lemma_is(t, "have") || lemma_is(t, "do");
}

/* "while", "after", "before" ... + a gerund: a clause whose subject is the
 * main clause's. */
static int temporal(const tc_token *t)
{
    return tok_is(t, "while") || tok_is(t, "after") || tok_is(t, "before") || tok_is(t, "since") || tok_is(t, "when") || tok_is(t, "upon");
}

/* "signed a decree ORDERING ...", "issued an executive order IMPOSING ...":
 * a gerund right after an instrument that a verb before it enacts. */
int syn_enacted(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    static const char *const instruments[] = {"decree", "law", "order", "bill", "resolution", "directive",
                                              "regulation", "measure", "legislation", NULL};
    static const char *const enacting[] = {"sign", "issue", "adopt", "pass", "approve", "enact", "introduce",
                                           "announce", NULL};
    const tc_token *t = doc->tokens;
    if (v < s->first + 2) return 0;
    uint32_t at = v - 1;  /* the instrument, back past "on Monday" */
    if (at > s->first + 2 && t[at].tag == TAG_NNP && tok_is(&t[at - 1], "on")) at -= 2;
    if (at < s->first + 1 || !t[at].lemma || !word_in(t[at].lemma, instruments)) return 0;
    for (uint32_t j = at; j-- > s->first && at - j <= 4;) {
        if (syn_is_verb(&t[j])) return t[j].lemma && word_in(t[j].lemma, enacting);
        if (t[j].tag != TAG_DT && t[j].tag != TAG_JJ && t[j].tag != TAG_NN && t[j].tag != TAG_VBN) return 0;
    }
    return 0;
}

int syn_not_predicate(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    if (v == s->first) return is_aux(&t[v]) && v + 1 < end && syn_is_verb(&t[v + 1]);
    tc_tag before = (tc_tag)t[v - 1].tag;
    if (t[v].tag == TAG_VBN && v + 1 < end) {
        tc_tag after = (tc_tag)t[v + 1].tag;
        int det = before == TAG_DT || before == TAG_CD || before == TAG_JJ || before == TAG_PRPS || before == TAG_POS ||
                  before == TAG_IN;  /* "from frozen Russian assets", "over alleged war crimes" */
        int noun_after = after == TAG_NN || after == TAG_NNS || after == TAG_JJ || after == TAG_NNP;
        if (det && noun_after) return 1;
        /* "stationed advanced tanks": a participle between a verb and its noun */
        if (noun_after && syn_is_verb(&t[v - 1]) && !is_aux(&t[v - 1])) return 1;
    }
    /* "of terrorising", "without providing"; but "while rejecting reports, X
     * did ..." is X's act (see syn_subject) */
    if (t[v].tag == TAG_VBG && before == TAG_IN && !temporal(&t[v - 1])) return 1;
    /* "blamed Israeli shelling for": a gerund after a demonym inside a noun
     * phrase is a noun */
    if (t[v].tag == TAG_VBG && before == TAG_NNP && v >= s->first + 2 &&
        (syn_is_verb(&t[v - 2]) || t[v - 2].tag == TAG_IN || t[v - 2].tag == TAG_DT || t[v - 2].tag == TAG_POS) &&
        !syn_enacted(doc, s, v))
        return 1;
    /* "students protesting job quotas": a participle that describes a noun;
     * but what a decree or law signed or issued does, its signer does:
     * "signed a decree ordering the mobilisation of reservists" */
    if (t[v].tag == TAG_VBG && (before == TAG_NNS || before == TAG_NN) && !syn_enacted(doc, s, v)) return 1;
    /* an infinitive that belongs to a noun: "efforts to stop", "plans to attack" */
    if (t[v].tag == TAG_VB && before == TAG_TO && v >= s->first + 2 &&
        (t[v - 2].tag == TAG_NN || t[v - 2].tag == TAG_NNS) &&
        !(tok_is(&t[v - 2], "order") && v >= s->first + 3 && tok_is(&t[v - 3], "in")))  /* "in order to" */
        return 1;
    /* an auxiliary before its verb: "have postponed", "did not deny", "was seen" */
    if (is_aux(&t[v]) && t[v].tag != TAG_MD) {
        for (uint32_t j = v + 1; j < end && j <= v + 3; j++) {
            if (syn_is_verb(&t[j])) return 1;
            if (t[j].tag != TAG_RB && !tok_is(&t[j], "n't") && !tok_is(&t[j], "not")) break;
        }
    }
    return 0;
}

uint32_t syn_reduced_relative(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    /* a past form right before "by" is a participle: "children kidnapped by gunmen" */
    int by = v + 1 < s->first + s->count && tok_is(&t[v + 1], "by");
    if ((t[v].tag != TAG_VBN && !(t[v].tag == TAG_VBD && by)) || v <= s->first + 2) return 0;
    uint32_t noun = v - 1;
    if (t[noun].flags & TOK_QUOTE) noun--;  /* the "terrorists" backed by ... */
    if (t[noun].tag != TAG_NN && t[noun].tag != TAG_NNS) return 0;
    for (uint32_t j = noun; j-- > s->first;) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) return 0;
        /* a finite verb; the tagger reads some as participles ("troops rescued/VBN") */
        int finite = t[j].tag == TAG_VBD || t[j].tag == TAG_VBZ || t[j].tag == TAG_VBP ||
                     (t[j].tag == TAG_VBN && j > s->first &&
                      (t[j - 1].tag == TAG_NNS || t[j - 1].tag == TAG_NN || t[j - 1].tag == TAG_NNP ||
                       t[j - 1].tag == TAG_PRP));
        if (!finite || syn_subject_modifier(doc, s, j)) continue;
        /* "police said gunmen killed ...": after a speech verb a clause
         * begins, whose verb the tagger may read as a participle */
        static const char *const speech[] = {"say", "tell", "report", "announce", "claim", "state", "add",
                                             "warn", "believe", "think", "confirm", "accuse", "allege", NULL};
        return t[j].lemma && word_in(t[j].lemma, speech) ? 0 : noun;
    }
    return 0;
}

/* A participle that equips a noun: "armed with knives", "laden with explosives". */
static int equipping(const tc_token *t)
{
    static const char *const words[] = {"arm", "equip", "load", "laden", NULL};
    return t->lemma && word_in(t->lemma, words);
}

/* A participle that tells what a noun stands for or belongs to:
 * "protesters opposed to tax increases", "militias loyal to", "groups
 * linked to Iran", "fighters affiliated with al-Qaeda". */
static int standing(const tc_token *t, const tc_token *next)
{
    static const char *const to[] = {"oppose", "link", "tie", "ally", "devote", "commit", "connect", "close",
                                     "affiliate", NULL};
    static const char *const with[] = {"affiliate", "align", "ally", "associate", "connect", NULL};
    if (!t->lemma) return 0;
    if (tok_is(next, "to")) return word_in(t->lemma, to);
    return tok_is(next, "with") && word_in(t->lemma, with);
}

int syn_subject_modifier(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    if ((t[v].tag != TAG_VBN && t[v].tag != TAG_VBD) || v <= s->first || v + 1 >= end) return 0;
    int stands = standing(&t[v], &t[v + 1]);
    if (!tok_is(&t[v + 1], "by") && !(tok_is(&t[v + 1], "with") && equipping(&t[v])) && !stands) return 0;
    uint32_t noun = v - 1;
    if (tok_is(&t[noun], ",") && noun > s->first) noun--;
    else if (t[v].tag == TAG_VBD && !stands) return 0;  /* "Tusk spoke by phone": a past verb */
    tc_tag nt = (tc_tag)t[noun].tag;
    if (nt != TAG_NN && nt != TAG_NNS && nt != TAG_NNP && nt != TAG_NNPS) return 0;
    /* no finite verb before it in its clause, but a clause may begin after
     * a verb of saying ("the ministry said troops backed by tanks had ...") */
    for (uint32_t j = noun; j-- > s->first;) {
        if (syn_clause_break(&t[j])) break;
        if (t[j].tag == TAG_VBD || t[j].tag == TAG_VBZ || t[j].tag == TAG_VBP) {
            static const char *const speech[] = {"say", "tell", "report", "announce", "claim", "state", "add",
                                                 "confirm", NULL};
            if (t[j].lemma && word_in(t[j].lemma, speech)) break;
            return 0;
        }
    }
    /* ... and the subject's own finite verb after it */
    for (uint32_t j = v + 2; j < end; j++) {
        if (syn_clause_break(&t[j])) return 0;
        if (t[j].tag == TAG_VBD || t[j].tag == TAG_VBZ || t[j].tag == TAG_VBP || t[j].tag == TAG_MD) return 1;
        /* the tagger reads some past verbs as participles: ", seized/VBN
         * Goma", "artillery crossed/VBN into" */
        if (t[j].tag == TAG_VBN && (tok_is(&t[j - 1], ",") || t[j - 1].tag == TAG_NN || t[j - 1].tag == TAG_NNS))
            return 1;
    }
    return 0;
}

int syn_is_passive(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    if (t[v].tag != TAG_VBN && t[v].tag != TAG_VBD) return 0;
    for (uint32_t j = v; j > s->first && v - j < 3;) {
        j--;
        if (lemma_is(&t[j], "be")) return 1;
        if (t[j].tag != TAG_RB) break;
    }
    return syn_reduced_relative(doc, s, v) != 0;
}

/* The mention that covers token j, or -1. */
static int mention_at(const mention *m, size_t nm, uint32_t i)
{
    for (size_t k = 0; k < nm; k++)
        if (m[k].first == i) return (int)k;
    return -1;
}

/* Is token j inside a ", who ... ," / ", which ... ," / ", the ... ," span
 * that closes at the comma 'close'? Returns the opening comma, or 0. */
static uint32_t inserted_span(const tc_doc *doc, const tc_sentence *s, uint32_t close)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = close; j > s->first;) {
        j--;
        if (syn_clause_break(&t[j])) return 0;
        if (!tok_is(&t[j], ",")) continue;
        const tc_token *n = &t[j + 1];
        /* ", who ...,", ", the ...,", and a participle aside: ", visiting Belgrade,";
         * and a possessive one: ", Mali's allies in the Alliance of Sahel States," */
        if (n->tag == TAG_WP || n->tag == TAG_WDT || n->tag == TAG_DT || n->tag == TAG_WRB || n->tag == TAG_VBG)
            return j;
        if ((n->tag == TAG_NNP || n->tag == TAG_PRPS) && j + 2 < close &&
            (t[j + 2].tag == TAG_POS || n->tag == TAG_PRPS))
            return j;
        return 0;
    }
    return 0;
}

int syn_in_aside(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = v + 1; j < s->first + s->count; j++) {
        if (syn_clause_break(&t[j])) break;
        if (!tok_is(&t[j], ",")) continue;
        /* the commas around it, the opening one followed by "who"/"which" */
        uint32_t open = inserted_span(doc, s, j);
        return open && (tok_is(&t[open + 1], "who") || tok_is(&t[open + 1], "which"));
    }
    /* ... or one that runs to the sentence's end: "granted asylum to
     * Edmundo Gonzalez, who flew to Madrid on Sunday" (CODING-MANUAL 1.4) */
    for (uint32_t j = v; j-- > s->first + 1;) {
        if (syn_clause_break(&t[j])) return 0;
        if ((tok_is(&t[j], "who") || tok_is(&t[j], "which")) && tok_is(&t[j - 1], ",")) return 1;
        if (tok_is(&t[j], ",")) return 0;
    }
    return 0;
}

/* Not a subject: a mention that is the object of a preposition. */
static int in_pp(const tc_doc *doc, const tc_sentence *s, const mention *mm, int petrarch_rules)
{
    const tc_token *t = doc->tokens;
    uint32_t f = mm->first;
    int counted = 0;
    /* past the mention's modifiers: "of the EDUCATION minister" */
    while (f > s->first && (t[f - 1].tag == TAG_DT || t[f - 1].tag == TAG_JJ || t[f - 1].tag == TAG_CD ||
                            ((t[f - 1].tag == TAG_NN || t[f - 1].tag == TAG_NNS) && f - 1 > s->first &&
                             (t[f - 2].tag == TAG_DT || t[f - 2].tag == TAG_JJ)))) {
        counted |= t[f - 1].tag == TAG_CD;
        f--;
    }
    if (f <= s->first) return 0;
    const tc_token *p = &t[f - 1];
    /* "more than 1,000 protesters", "about 500 soldiers", "up to 20
     * people": a number's modifier, no preposition */
    if (counted && (tok_is(p, "than") || tok_is(p, "about") || tok_is(p, "around") || tok_is(p, "over") ||
                    tok_is(p, "nearly") || tok_is(p, "almost") || tok_is(p, "roughly") || tok_is(p, "some") ||
                    tok_is(p, "approximately") || (tok_is(p, "to") && f >= s->first + 2 && tok_is(&t[f - 2], "up"))))
        return 0;
    if (!petrarch_rules && (tok_is(p, "and") || tok_is(p, "or")) && f >= s->first + 2 && !mm->has_role) {
        /* "stocks in Tokyo and Seoul": the second name of a pair is in the
         * first one's phrase ("officials in Fornost and Gondor" are two
         * officials, which the actor stage has made of both names) */
        uint32_t g = f - 1;
        while (g > s->first && (t[g - 1].tag == TAG_NNP || t[g - 1].tag == TAG_NNPS)) g--;
        if (g < f - 1 && g > s->first) p = &t[g - 1];
    }
    /* "thousands of people", "a group of gunmen": the "of" of a quantity */
    if (tok_is(p, "of") && f >= s->first + 2) {
        const tc_token *q = &t[f - 2];
        static const char *const many[] = {"thousand", "hundred", "dozen", "score", "million", "ten", "group",
                                           "number", "member", "some", "many", "most", "all", "several", "band",
                                           "crowd", "couple",
                                           /* plurals read as names after a dateline: "TBILISI - Thousands/NNPS of" */
                                           "thousands", "hundreds", "dozens", "scores", "millions", "tens", NULL};
        if (q->tag == TAG_CD) return 0;
        for (int i = 0; many[i]; i++)
            if ((q->lemma && !strcmp(q->lemma, many[i])) || tok_is(q, many[i])) return 0;
    }
    /* "days after Azerbaijani forces fired": a subordinator opens a clause,
     * whose subject the mention is */
    static const char *const subordinators[] = {"after", "before", "since", "when", "while", "because", "although",
                                                "though", "if", "unless", "until", "as", "whereas", "once", NULL};
    for (int i = 0; subordinators[i]; i++)
        if (tok_is(p, subordinators[i])) return 0;
    /* a dash may be tagged IN ("Kosovo — Gunmen opened fire"): not a preposition */
    return (p->tag == TAG_IN || p->tag == TAG_TO) && !tok_is(p, "that") && !(p->flags & TOK_PUNCT);
}

uint32_t syn_purpose_main(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    uint32_t f = s->first, end = s->first + s->count;
    if (t[v].tag != TAG_VB || v < f + 1 || !tok_is(&t[v - 1], "to")) return 0;
    int opens = v - 1 == f || (v - 3 == f && tok_is(&t[f], "in") && tok_is(&t[f + 1], "order"));
    if (!opens) return 0;
    for (uint32_t j = v + 1; j < end; j++) {
        if (syn_clause_break(&t[j])) return 0;
        if (!tok_is(&t[j], ",")) continue;
        for (uint32_t x = j + 1; x < end; x++) {
            if (syn_clause_break(&t[x])) return 0;
            if (syn_is_verb(&t[x]) && !is_aux(&t[x])) return x;
        }
        return 0;
    }
    return 0;
}

/* A participle used as an adjective inside a noun phrase: "dozens of
 * CAPTURED Syrian soldiers", "the WOUNDED civilians". */
int syn_adjectival(const tc_token *t, uint32_t j, uint32_t end)
{
    if ((t[j].tag != TAG_VBN && t[j].tag != TAG_VBG) || j == 0 || j + 1 >= end) return 0;
    tc_tag b = (tc_tag)t[j - 1].tag, a = (tc_tag)t[j + 1].tag;
    int before = b == TAG_DT || b == TAG_IN || b == TAG_CD || b == TAG_JJ || b == TAG_PRPS;
    int after = a == TAG_JJ || a == TAG_NN || a == TAG_NNS || a == TAG_NNP || a == TAG_NNPS;
    return before && after;
}

/* The actor a participle phrase starting before token h belongs to:
 * "students [protesting job quotas]", "demonstrators [demanding the
 * president's resignation]" -- -1 if the words before h are no such phrase. */
static int participle_owner(const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm, uint32_t h)
{
    const tc_token *t = doc->tokens;
    /* back over the participle's object and its phrases: "demonstrators
     * demanding the resignation of the president marched" */
    for (uint32_t g = h; g > s->first + 1 && h - g < 10;) {
        g--;
        const tc_token *w = &t[g];
        if (w->tag == TAG_VBG) {
            int k = mention_covering(m, nm, g - 1);
            return k >= 0 && m[k].end == g && !in_pp(doc, s, &m[k], 0) ? k : -1;
        }
        if (syn_clause_break(w) || tok_is(w, ",") || (syn_is_verb(w) && !syn_adjectival(t, g, s->first + s->count)) ||
            w->tag == TAG_WDT || w->tag == TAG_WP)
            return -1;
    }
    return -1;
}

int syn_attack_noun(const tc_token *t)
{
    static const char *const attacks[] = {"attack", "strike", "airstrike", "raid", "bombardment", "shelling",
                                          "bombing", "assault", "offensive", "barrage", NULL};
    return (t->lemma && word_in(t->lemma, attacks)) || word_in(t->norm, attacks);
}

/* "A Russian missile strike on Odesa killed five people": when the words
 * before the verb are an attack noun and its "on"/"against" phrase, the
 * subject is the attacker named before the attack noun (Russian). */
static int attack_subject(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = v; j > s->first + 1 && v - j < 10;) {
        j--;
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",") || syn_is_verb(&t[j])) return -1;
        if (!tok_is(&t[j], "on") && !tok_is(&t[j], "against")) continue;
        if (!syn_attack_noun(&t[j - 1])) return -1;
        uint32_t h = j - 1;  /* past the attack noun and its modifiers: "missile", "drone", "air" */
        while (h > s->first && (t[h - 1].tag == TAG_NN || t[h - 1].tag == TAG_NNS || t[h - 1].tag == TAG_JJ) &&
               mention_covering(m, nm, h - 1) < 0)
            h--;
        if (h > s->first + 1 && t[h - 1].tag == TAG_POS) h--;  /* "Israel's strike on ..." */
        if (h == s->first) return -1;
        int k = mention_covering(m, nm, h - 1);
        return k >= 0 && !m[k].is_role ? k : -1;
    }
    return -1;
}

static int wanting(const tc_token *t);

/* Verbs whose object does what follows "to" ("helped Ukraine to
 * rebuild", "allowed aid trucks to enter"), besides the verbs of wanting
 * and asking. */
static int object_control(const tc_token *t)
{
    static const char *const verbs[] = {"help", "allow", "force", "tell", "persuade", "permit", "enable", "compel",
                                        "convince", "authorize", "authorise", "lead", "cause", "get", "prompt",
                                        "push", "spur", "drive", "pressure", "inspire", "mobilize",
                                        "mobilise", "train", "equip", NULL};
    return t->lemma && word_in(t->lemma, verbs);
}

/* Is the verb at x the verb of a clause opened by a subordinator a few
 * words before it ("after Iran hit", "as police fired"), or by "that" or
 * "who" after a noun ("Canada's allegation that it was involved", "a ship
 * that was carrying")? A "that" after a verb opens what was said, whose
 * verbs are the sentence's own events. */
static int subordinate_verb(const tc_doc *doc, const tc_sentence *s, uint32_t x)
{
    static const char *const subs[] = {"after", "before", "when", "while", "since", "because", "as", "until",
                                       "although", "though", "if", "unless", NULL};
    const tc_token *t = doc->tokens;
    for (uint32_t j = x; j > s->first && x - j < 6;) {
        j--;
        if (word_in(t[j].norm, subs)) return 1;
        if ((tok_is(&t[j], "that") || tok_is(&t[j], "who")) && j > s->first &&
            (t[j - 1].tag == TAG_NN || t[j - 1].tag == TAG_NNS || t[j - 1].tag == TAG_NNP || t[j - 1].tag == TAG_NNPS))
            return 1;
        if (is_aux(&t[j])) continue;
        if (tok_is(&t[j], ",") || syn_is_verb(&t[j]) || syn_clause_break(&t[j])) return 0;
    }
    return 0;
}

/* 'purpose': may hand over to a purpose clause's main verb. That verb's
 * own subject is found without the hand-over, so the search cannot come
 * back ("To qualify ..., an applicant must be ... and must meet"). */
static int subject_of(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                      int petrarch_rules, int purpose)
{
    const tc_token *t = doc->tokens;
    uint32_t main_verb = petrarch_rules || !purpose ? 0 : syn_purpose_main(doc, s, v);
    if (main_verb) return subject_of(doc, s, main_verb, m, nm, petrarch_rules, 0);
    if (!petrarch_rules && t[v].tag == TAG_VBG && v > s->first + 1 && temporal(&t[v - 1])) {
        /* "Serb gunmen attacked a patrol ..., before barricading themselves
         * inside a monastery, the minister said": a clause after the main
         * one is background to it, and the actor after its comma no subject */
        return -1;
    }
    if (t[v].tag == TAG_VBG && v > s->first && temporal(&t[v - 1])) {
        /* "While rejecting reports ..., Serbian leader Vucic did not deny": the
         * subject comes after the clause's comma */
        for (uint32_t j = v + 1; j < s->first + s->count; j++) {
            if (syn_clause_break(&t[j])) break;
            if (!tok_is(&t[j], ",")) continue;
            for (size_t k = 0; k < nm; k++)
                if (m[k].first > j && m[k].first <= j + 2) return (int)k;
            break;
        }
        return -1;
    }
    if (!petrarch_rules) {
        int attacker = attack_subject(doc, s, v, m, nm);
        if (attacker >= 0) return attacker;
    }
    /* right before the verb, past adverbs, auxiliaries and "not" */
    uint32_t j = v;
    while (j > s->first) {
        const tc_token *p = &t[j - 1];
        if ((p->tag == TAG_RB || is_aux(p) || tok_is(p, "n't")) && mention_covering(m, nm, j - 1) < 0) {
            j--;
            continue;
        }
        if (tok_is(p, ",")) {
            uint32_t open = inserted_span(doc, s, j - 1);
            if (open) {
                j = open;
                continue;
            }
        }
        break;
    }
    if (!petrarch_rules) {
        /* past a participle phrase that describes the subject: "troops
         * backed by tanks and armoured vehicles had crossed" */
        uint32_t x = j;
        if (x > s->first && tok_is(&t[x - 1], ",")) x--;
        for (uint32_t p = x; p > s->first && x - p < 12;) {
            p--;
            if (syn_subject_modifier(doc, s, p)) {
                j = p > s->first + 1 && tok_is(&t[p - 1], ",") ? p - 1 : p;
                break;
            }
            if (syn_clause_break(&t[p]) || tok_is(&t[p], ",") || t[p].tag == TAG_VBZ || t[p].tag == TAG_VBP ||
                t[p].tag == TAG_MD ||
                (t[p].tag == TAG_VBD && t[p + 1].tag != TAG_NN && t[p + 1].tag != TAG_NNS))  /* "armoured/VBD vehicles" */
                break;
        }
    }
    if (!petrarch_rules && j > s->first + 1 && t[j - 1].tag == TAG_TO) {
        /* "Pakistan summoned the Afghan envoy to protest": a purpose is the
         * main verb's subject's, unless the verb hands the act to its object
         * ("urged Iran to stop", "helped Ukraine to rebuild") */
        for (uint32_t x = j - 1; x-- > s->first;) {
            if (syn_clause_break(&t[x]) || tok_is(&t[x], ",")) break;
            /* a word of a name is no verb: "charge d'affaires/VBZ" */
            if (!syn_is_verb(&t[x]) || is_aux(&t[x]) || mention_covering(m, nm, x) >= 0) continue;
            /* a participle describes a noun: "drones smuggled into Russia to strike" */
            if ((t[x].tag == TAG_VBN || t[x].tag == TAG_VBG) && x > s->first && !is_aux(&t[x - 1])) continue;
            /* right after its verb the infinitive is that verb's subject's:
             * "vowed to defend", "refused to allow" */
            if (x == j - 2 && !object_control(&t[x])) return subject_of(doc, s, x, m, nm, petrarch_rules, purpose);
            if (wanting(&t[x]) || object_control(&t[x]) || mention_covering(m, nm, j - 2) < 0) break;
            return subject_of(doc, s, x, m, nm, petrarch_rules, purpose);
        }
    }
    if (j > s->first && t[j - 1].tag == TAG_CC) {
        /* "condemned the attack and promised aid": the verbs share a subject */
        for (uint32_t x = j - 1; x > s->first;) {
            x--;
            if (syn_clause_break(&t[x])) break;
            /* past a gerund: "accused Russia of targeting civilians and called on ...",
             * and a participle that describes a noun: "seized a ship linked
             * to an Israeli businessman and took ..." */
            if (!petrarch_rules && t[x].tag == TAG_VBG) continue;
            if (!petrarch_rules && t[x].tag == TAG_VBN && x > s->first && (t[x - 1].tag == TAG_NN || t[x - 1].tag == TAG_NNS) &&
                x + 1 < s->first + s->count && t[x + 1].tag == TAG_IN)
                continue;
            if (syn_is_verb(&t[x]) && !is_aux(&t[x]) && x < v) {
                /* not a verb of a subordinate clause: "Pakistan launched
                 * strikes, two days after Iran hit targets, and recalled" */
                if (!petrarch_rules && subordinate_verb(doc, s, x)) continue;
                return subject_of(doc, s, x, m, nm, petrarch_rules, purpose);
            }
        }
    }
    if (j > s->first) {
        int k = mention_covering(m, nm, j - 1);
        if (k >= 0 && !in_pp(doc, s, &m[k], petrarch_rules)) return k;
        const tc_token *p = &t[j - 1];
        if (p->tag == TAG_NN || p->tag == TAG_NNS || p->tag == TAG_PRP ||
            (!petrarch_rules && (p->tag == TAG_NNP || p->tag == TAG_NNPS))) {
            /* the noun phrase before the verb, and its possessor:
             * "Calenardhon crowds burned", "Eriador's death toll has risen" */
            uint32_t h = j - 1;
            while (h > s->first && mention_covering(m, nm, h - 1) < 0 &&
                   (t[h - 1].tag == TAG_NN || t[h - 1].tag == TAG_NNS || t[h - 1].tag == TAG_JJ ||
                    t[h - 1].tag == TAG_POS || t[h - 1].tag == TAG_CD ||
                    /* a place the gazetteer lacks: "students in Novi Sad demanded" */
                    (!petrarch_rules && (t[h - 1].tag == TAG_NNP || t[h - 1].tag == TAG_NNPS)) ||
                    (t[h - 1].tag == TAG_CC && h - 1 > s->first && (t[h - 2].tag == TAG_NN || t[h - 2].tag == TAG_NNS))))
                h--;
            if (h > s->first && (k = mention_covering(m, nm, h - 1)) >= 0 && p->tag != TAG_PRP) {
                int doer = petrarch_rules ? -1 : participle_owner(doc, s, m, nm, m[k].first);
                return doer >= 0 ? doer : k;
            }
            /* a participle phrase after the subject: "students protesting job quotas rioted" */
            if (!petrarch_rules && p->tag != TAG_PRP && (k = participle_owner(doc, s, m, nm, h)) >= 0) return k;
            /* a phrase after the subject: "Gollum in recent days did allow",
             * natively also a chain of them: "Western governments at a
             * conference in London pledged" */
            if (p->tag != TAG_PRP) {
                uint32_t x = h;
                while (x > s->first + 1 && t[x - 1].tag == TAG_IN && !(t[x - 1].flags & TOK_PUNCT) && !tok_is(&t[x - 1], "of")) {
                    if ((k = mention_covering(m, nm, x - 2)) >= 0) {
                        if (!in_pp(doc, s, &m[k], petrarch_rules)) return k;
                        if (petrarch_rules) break;
                        x = m[k].first;  /* "at a conference in London": one more phrase back */
                    } else {
                        if (petrarch_rules) break;
                        uint32_t y = x - 1;  /* past the phrase's noun words */
                        while (y > s->first + 1 && h - y < 8 &&
                               (t[y - 1].tag == TAG_DT || t[y - 1].tag == TAG_JJ || t[y - 1].tag == TAG_NN ||
                                t[y - 1].tag == TAG_NNS || t[y - 1].tag == TAG_CD) &&
                               mention_covering(m, nm, y - 1) < 0)
                            y--;
                        if (y == x - 1) break;
                        x = y;
                    }
                }
            }
            /* "analysts warned": a subject, but no actor. A pronoun ("it would
             * act") stands for the actor before it under PETRARCH's rules. */
            if (!petrarch_rules || p->tag != TAG_PRP) return -1;
        }
    }
    /* across commas and clauses of its own: the nearest free actor */
    for (size_t k = nm; k-- > 0;) {
        if (m[k].first >= j) continue;
        for (uint32_t x = m[k].end; x < j && m[k].end < j; x++)
            if (syn_clause_break(&t[x]) || tok_is(&t[x], "which")) return -1;
        if (in_pp(doc, s, &m[k], petrarch_rules)) continue;
        return (int)k;
    }
    return -1;
}

int syn_subject(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                int petrarch_rules)
{
    return subject_of(doc, s, v, m, nm, petrarch_rules, 1);
}

int syn_agent(const tc_doc *doc, uint32_t from, uint32_t end, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = from; j < end && j < from + 4; j++) {
        if (syn_clause_break(&t[j])) break;
        if (!tok_is(&t[j], "by")) continue;
        for (uint32_t k = j + 1; k < end && k <= j + 3; k++) {
            int x = mention_at(m, nm, k);
            if (x >= 0) return x;
        }
    }
    return -1;
}

/* A subordinator at j that opens a clause of its own, with a finite verb:
 * "after Chinese warships were spotted", "because Iran refused". */
static int clause_opener(const tc_token *t, uint32_t j, uint32_t end)
{
    static const char *const words[] = {"after", "because", "while", "when", "until", "since", "before", NULL};
    if (!word_in(t[j].norm, words)) return 0;
    for (uint32_t x = j + 1; x < end && x <= j + 8; x++) {
        if (tok_is(&t[x], ",") || syn_clause_break(&t[x])) return 0;
        if (t[x].tag == TAG_VBD || t[x].tag == TAG_VBZ || t[x].tag == TAG_VBP || t[x].tag == TAG_MD) return 1;
    }
    return 0;
}

/* A bare role that names an institution: the government, parliament, the
 * courts, the police. */
static int institution(const mention *x)
{
    size_t n = strlen(x->code);
    if (n < 3) return 0;
    const char *r = x->code + n - 3;
    return !strcmp(r, "GOV") || !strcmp(r, "LEG") || !strcmp(r, "JUD") || !strcmp(r, "COP");
}

static int locative(const tc_token *t)
{
    return tok_is(t, "in") || tok_is(t, "at") || tok_is(t, "near") || tok_is(t, "inside") || tok_is(t, "within") ||
           tok_is(t, "throughout") || tok_is(t, "along") || tok_is(t, "across") || tok_is(t, "through");
}

static int border_word(const tc_token *t)
{
    return (t->lemma && !strcmp(t->lemma, "border")) || tok_is(t, "frontier") || tok_is(t, "boundary") ||
           tok_is(t, "line");
}

/* "the border with Kosovo", "the administrative line with Kosovo", "the
 * Ukrainian border": a place, not a party */
static int border_of(const tc_token *t, uint32_t f, uint32_t from)
{
    return f >= from + 2 && (tok_is(&t[f - 1], "with") || tok_is(&t[f - 1], "of")) && border_word(&t[f - 2]);
}

/* An actor that names where a meeting takes place, not whom it is with:
 * "on the sidelines of the BRICS summit", "at the G20 summit". */
static int venue(const tc_token *t, const mention *x, uint32_t end)
{
    if (x->end < end && (tok_is(&t[x->end], "summit") || tok_is(&t[x->end], "summits"))) return 1;
    uint32_t f = x->first;
    if (f > 0 && t[f - 1].tag == TAG_DT) f--;
    return f >= 2 && tok_is(&t[f - 1], "of") && (tok_is(&t[f - 2], "sidelines") || tok_is(&t[f - 2], "sideline"));
}

int syn_object(const tc_doc *doc, uint32_t v, uint32_t last, uint32_t end, const mention *m, size_t nm,
               int petrarch_rules, const char *code)
{
    const tc_token *t = doc->tokens;
    /* "demanded that Russia pay": a request is addressed to the subject of
     * what it asks for */
    int request = !strncmp(code, "02", 2) || !strncmp(code, "10", 2);
    if (!petrarch_rules && request) {
        uint32_t that = last > v && tok_is(&t[last], "that") ? last : 0;
        for (uint32_t j = v + 1; !that && j < end && j <= last + 2; j++)
            if (tok_is(&t[j], "that")) that = j;
        if (that)
            for (uint32_t j = that + 1; j < end && j <= that + 3; j++) {
                if (syn_clause_break(&t[j]) || syn_is_verb(&t[j])) break;
                int k = mention_at(m, nm, j);
                if (k >= 0) return k;
            }
    }
    /* "warned that ...": what follows is what was said, not whom to */
    if (!petrarch_rules && last > v && tok_is(&t[last], "that")) return -1;
    int posture = !strncmp(code, "15", 2), protest = !strncmp(code, "14", 2);
    int coercive = code[0] == '1' && code[1] == '7';
    /* those set free are the target, a role too ("freed political
     * prisoners" OPP); in a swap each side is the other's target */
    int release = code[0] == '0' && code[1] == '8' && code[2] == '4' && !lemma_is(&t[v], "exchange") &&
                  !lemma_is(&t[v], "swap") && !lemma_is(&t[v], "trade");
    int mass = code[0] == '2' && code[1] == '0';  /* a massacre is of its victims (CODING-MANUAL 20.1) */

    int violent = cameo_force(code);
    int cooperative = code[0] == '0' && code[1] >= '3' && code[1] <= '8';
    int denial = !strcmp(code, "016");
    int intent = !strncmp(code, "03", 2), refusal = !strncmp(code, "12", 2);
    /* what is discussed is a topic; whom with comes after "with" */
    int topic = lemma_is(&t[v], "discuss") || lemma_is(&t[v], "debate");
    int place = -1;  /* a place after a violent verb: the country attacked, if nothing else is */
    uint32_t reach = last + OBJECT_GAP;
    /* a protest names what it is against however far it is said: "rallied
     * for a second night on Friday against the prime minister's decision" */
    for (uint32_t j = last + 1; protest && !petrarch_rules && j < end && j <= last + 2 * OBJECT_GAP; j++) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",") || (syn_is_verb(&t[j]) && !syn_adjectival(t, j, end))) break;
        if (tok_is(&t[j], "against")) {
            reach = j + OBJECT_GAP;
            break;
        }
    }
    for (uint32_t j = v + 1; j < end && (petrarch_rules || j <= reach); j++) {
        if (syn_clause_break(&t[j])) break;
        /* the object is not inside a clause of its own: "warned that ..." */
        /* a promise or refusal acts on the object of its infinitive:
         * "agreed to expand trade with Iraq", "refused to allow U.S. planes" */
        if (j == last + 1 && t[j].tag == TAG_VB && tok_is(&t[last], "to") && (intent || refusal)) continue;
        /* "amid tensions with Pakistan", "after Chinese warships were
         * spotted": the circumstances, not the object ("after the
         * Azerbaijani offensive" may still name it) */
        if (j > last && !petrarch_rules &&
            (tok_is(&t[j], ",") || (syn_is_verb(&t[j]) && !syn_adjectival(t, j, end)) || tok_is(&t[j], "that") ||
             /* a clause of its own with no "that": "lifted the curfew HE imposed" */
             (t[j].tag == TAG_PRP && j + 1 < end && (syn_is_verb(&t[j + 1]) || t[j + 1].tag == TAG_MD)) ||
             tok_is(&t[j], "whether") ||
             tok_is(&t[j], "amid") || tok_is(&t[j], "amidst") || clause_opener(t, j, end)))
            break;
        int k = mention_at(m, nm, j);
        /* PETRARCH resolves pronouns as subjects only: "question whether HE has ..." */
        if (petrarch_rules && k >= 0 && t[m[k].first].tag != TAG_PRP) return k;
        if (petrarch_rules) continue;
        /* a bare role is no one to talk to, but can be coerced: detained,
         * fired on as protesters (17x: "opened fire on the protesters"),
         * or massacred (20x). Widening this to 18x-19x cost held-out heldout.cases a case. A
         * protest is against the government or institution it names
         * ("against the government's reform", CODING-MANUAL 14.1). */
        /* ... and an appeal or demand may be put to one ("demanded the
         * resignation of the government"), named by a noun, not an
         * adjective ("parliamentary elections") */
        int addressed = k >= 0 && request && institution(&m[k]) && t[m[k].end - 1].tag != TAG_JJ;
        if (k < 0 || (m[k].is_role && !coercive && !mass && !release && !(protest && institution(&m[k])) && !addressed) ||
            venue(t, &m[k], end))
            continue;
        uint32_t f = m[k].first;
        if (f > v + 1 && t[f - 1].tag == TAG_DT) f--;
        /* "an end to violence in Myanmar": the place is what it is about;
         * what an appeal or demand asks for happens in the place named
         * ("appealed for a ceasefire in Lebanon", CODING-MANUAL 5.3); a
         * protest against a war has no target (14.1) */
        int about = request ? f > v + 2 && tok_is(&t[f - 1], "in") : !protest && f > v + 2 && t[f - 2].lemma &&
                    (!strcmp(t[f - 2].lemma, "violence") || !strcmp(t[f - 2].lemma, "fighting") ||
                     !strcmp(t[f - 2].lemma, "war") || !strcmp(t[f - 2].lemma, "conflict") ||
                     !strcmp(t[f - 2].lemma, "crisis") || !strcmp(t[f - 2].lemma, "situation") ||
                     !strcmp(t[f - 2].lemma, "hostility"));
        /* the victim of a killing the verb is about is no target: "vowed
         * revenge for the killing of Hamas leader Ismail Haniyeh" */
        int inquiry = code[0] == '0' && code[1] == '9';  /* an inquiry reads its victims (10.2) */
        uint32_t of = f;
        while (of > v + 1 && t[of - 1].tag == TAG_JJ) of--;  /* "of senior Hamas official" */
        static const char *const killings[] = {"killing", "death", "assassination", "murder", NULL};
        if (!violent && !inquiry && of > v + 2 && tok_is(&t[of - 1], "of") && t[of - 2].lemma &&
            word_in(t[of - 2].lemma, killings))
            continue;
        /* cooperation "on" or "about" something: a topic, not a partner
         * ("exchanged intelligence on North Korean troops") */
        if (cooperative && f > v + 1 && (tok_is(&t[f - 1], "on") || tok_is(&t[f - 1], "about") || tok_is(&t[f - 1], "regarding")))
            continue;
        /* nor whose aid it is: "paused all U.S. military aid to Ukraine" */
        static const char *const aid[] = {"aid", "assistance", "funding", "support", "weapon", "arm", "loan", NULL};
        if (m[k].end < end && t[m[k].end].lemma && word_in(t[m[k].end].lemma, aid) && (cooperative || code[0] == '1'))
            continue;
        /* nor where the help comes from: "profits from frozen Russian
         * assets to back a loan for Ukraine" */
        uint32_t h = f;
        while (h > v + 1 && (t[h - 1].tag == TAG_JJ || t[h - 1].tag == TAG_VBN)) h--;
        if (cooperative && h > v + 1 && tok_is(&t[h - 1], "from")) continue;
        if (topic && !(f > v + 1 && tok_is(&t[f - 1], "with"))) continue;
        /* a capital is where protesters gather, not whom they protest
         * against, unless they protest against or outside it ("rallied in
         * Yerevan", "blocked roads in the centre of Yerevan") */
        if (protest && m[k].seat && !(f > v + 1 && (tok_is(&t[f - 1], "against") || tok_is(&t[f - 1], "outside"))))
            continue;
        /* a protest is against someone: not whom it supports ("in support
         * of the Palestinians") nor where it heads or spreads ("marched
         * toward New Delhi", "blocked roads around Nairobi", CODING-MANUAL
         * 14.1) */
        if (protest && f > v + 1 &&
            (tok_is(&t[f - 1], "toward") || tok_is(&t[f - 1], "towards") || tok_is(&t[f - 1], "around") ||
             tok_is(&t[f - 1], "into") || (f > v + 2 && tok_is(&t[f - 1], "of") && (tok_is(&t[f - 2], "support") || tok_is(&t[f - 2], "solidarity")))))
            continue;
        /* a denial is answered to someone, not to what it is about: "denied
         * any role in the attack on a U.S. base" has no target */
        if (denial && f > v + 1 && (tok_is(&t[f - 1], "on") || tok_is(&t[f - 1], "against") || tok_is(&t[f - 1], "in")))
            continue;
        /* a show of force near a country is aimed at it: "held drills near Taiwan" */
        if (posture && f > v + 1 && (tok_is(&t[f - 1], "near") || tok_is(&t[f - 1], "around") || tok_is(&t[f - 1], "off")))
            return k;
        /* troops sent "to northern Kosovo" go to a place (CODING-MANUAL 15.2) */
        uint32_t g = f;
        while (g > v + 1 && t[g - 1].tag == TAG_JJ) g--;
        if (posture && g > v + 1 && (tok_is(&t[g - 1], "to") || tok_is(&t[g - 1], "into")) &&
            !(g > v + 2 && lemma_is(&t[g - 2], "deter")))
            continue;
        if (f > v + 1 && locative(&t[f - 1]) && !about) {
            if (place < 0 && !m[k].person) place = k;
            continue;
        }
        /* a border is where things happen, also for troops sent to it
         * (CODING-MANUAL 15.2: "deployed troops to its border with Belarus"
         * aims at no one) */
        if (border_of(t, f, v + 1) || (m[k].end < end && border_word(&t[m[k].end]))) continue;
        return k;
    }
    if (violent) return place;
    /* talks suspended on joining a body are with that body: "suspended
     * talks on joining the European Union" */
    if (!petrarch_rules && code[0] == '1' && code[1] == '6') {
        for (uint32_t j = last + 1; j + 1 < end && j <= last + 6; j++) {
            if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
            if (!lemma_is(&t[j], "join") && !tok_is(&t[j], "accession") && !tok_is(&t[j], "membership")) continue;
            uint32_t f = j + 1;
            if (f < end && (tok_is(&t[f], "to") || tok_is(&t[f], "of") || tok_is(&t[f], "in"))) f++;
            if (f < end && t[f].tag == TAG_DT) f++;
            int k = f < end ? mention_at(m, nm, f) : -1;
            if (k >= 0 && !m[k].is_role) return k;
            break;
        }
    }
    /* sanctions and cuts aimed at no one named are aimed at whose conduct
     * they answer: "imposed sanctions on 500 targets over Russia's war" */
    if (!petrarch_rules && code[0] == '1' && code[1] == '6') {
        for (uint32_t j = last + 1; j + 1 < end && j <= last + 20; j++) {
            if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
            if (!tok_is(&t[j], "over") && !tok_is(&t[j], "for")) continue;
            uint32_t f = j + 1;
            if (t[f].tag == TAG_DT) f++;
            int k = mention_at(m, nm, f);
            if (k < 0 || m[k].is_role || m[k].end >= end) continue;
            tc_tag after = (tc_tag)t[m[k].end].tag;
            if (after == TAG_POS || after == TAG_NN || after == TAG_NNS) return k;
        }
    }
    return -1;
}

int syn_beneficiary(const tc_doc *doc, uint32_t v, uint32_t end, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = v + 1; j + 1 < end && j <= v + 24; j++) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
        uint32_t f = j + 1;
        if (lemma_is(&t[j], "help") && t[j].tag == TAG_VB) {
            while (f < end && t[f].tag == TAG_VB) f++;  /* "help rebuild" */
        } else if (!tok_is(&t[j], "for")) {
            continue;
        }
        if (f < end && t[f].tag == TAG_DT) f++;
        int k = f < end ? mention_at(m, nm, f) : -1;
        if (k >= 0 && !m[k].is_role && !m[k].person) return k;
    }
    return -1;
}

/* Verbs that carry on what follows them and take their own mode to it:
 * "would keep working to deliver aid", "will continue to send". */
static int aspectual(const tc_token *t)
{
    static const char *const verbs[] = {"continue", "keep", "work", "strive", "resume", NULL};
    return t->lemma && word_in(t->lemma, verbs);
}

/* Verbs whose infinitive complement has not happened: "urged Iran to stop",
 * "plans to visit". Implicative verbs ("managed to", "decided to") are not
 * here. */
static int wanting(const tc_token *t)
{
    static const char *const verbs[] = {"urge", "ask", "call", "demand", "want", "plan", "threaten", "vow",
                                        "pledge", "promise", "seek", "try", "agree", "refuse", "hope", "intend",
                                        "offer", "propose", "request", "appeal", "press", "expect", "aim", "need",
                                        "warn", "order", "encourage", "invite", "prepare", "attempt", "fail", NULL};
    for (int i = 0; verbs[i]; i++)
        if (lemma_is(t, verbs[i])) return 1;
    return 0;
}

static int is_historical(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    int year = doc->ymd / 10000;
    if (!year) return 0;
    for (uint32_t j = v; j > s->first;) {
        j--;
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
        const char *w = t[j].norm;
        if ((t[j].flags & TOK_NUMBER) && strlen(w) >= 4 && w[0] >= '1' && w[0] <= '2') {
            int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
            if (y >= 1800 && y < year && (w[4] == '\0' || w[4] == '-')) return 1;
        }
    }
    /* "signed a peace agreement in 2018": "in" and a past year after the
     * verb, in its clause */
    for (uint32_t j = v + 1; j + 1 < s->first + s->count && j <= v + 8; j++) {
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",") || (syn_is_verb(&t[j]) && j > v + 1)) break;
        const char *w = t[j + 1].norm;
        if (!tok_is(&t[j], "in") || !(t[j + 1].flags & TOK_NUMBER) || strlen(w) != 4) continue;
        int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
        if (y >= 1800 && y < year) return 1;
    }
    return 0;
}

static int reported(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* "the martial law he had declared", "Serbia had deployed troops": the
 * past perfect places an event before the news, as background (CODING-
 * MANUAL 1.2), unless a verb of saying reports it ("the army said it had
 * fired rockets" is the firing). */
static int past_perfect_background(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    if (t[v].tag != TAG_VBN) return 0;
    uint32_t j = v;
    while (j > s->first && t[j - 1].tag == TAG_RB) j--;
    if (j == s->first || !tok_is(&t[j - 1], "had")) return 0;
    return !reported(doc, s, v);
}

tocsin_mode syn_mode(const tc_doc *doc, const tc_sentence *s, uint32_t v, uint32_t subject)
{
    const tc_token *t = doc->tokens;
    for (uint32_t j = v; j > s->first && v - j <= 4;) {
        j--;
        const char *w = t[j].norm;
        if (!strcmp(w, "not") || !strcmp(w, "n't") || !strcmp(w, "never")) return TOCSIN_NEGATED;
        if (!strcmp(w, "will") || !strcmp(w, "'ll") || !strcmp(w, "shall")) return TOCSIN_FUTURE;
        if (t[j].tag == TAG_MD) return TOCSIN_HYPOTHETICAL;
        if (t[j].tag == TAG_TO) {
            /* "is set to meet", "is due to visit", "is about to sign": not yet */
            static const char *const ahead[] = {"set", "due", "scheduled", "poised", "slated", "likely", "expected",
                                                "about", "going", NULL};
            if (j > s->first && word_in(t[j - 1].norm, ahead) && j >= s->first + 2 &&
                (lemma_is(&t[j - 2], "be") || t[j - 2].tag == TAG_RB || lemma_is(&t[j - 1], "set")))
                return TOCSIN_FUTURE;
            /* "was ready to send troops": readiness is no act (an intent
             * where a promise reads it so, CODING-MANUAL 4.1) */
            static const char *const ready[] = {"ready", "willing", "prepared", "able", "determined", NULL};
            if (j > s->first && t[j - 1].tag == TAG_JJ && word_in(t[j - 1].norm, ready)) return TOCSIN_HYPOTHETICAL;
            /* an infinitive: what the verb before "to" says of it */
            /* past the verb's object: "pledged more than $60 billion to help" */
            for (uint32_t k = j; k > s->first && j - k < 8;) {
                k--;
                if (syn_is_verb(&t[k]) && aspectual(&t[k]) && k + 1 == j) return syn_mode(doc, s, k, subject);
                if (syn_is_verb(&t[k]) && wanting(&t[k])) return TOCSIN_HYPOTHETICAL;
                /* an infinitive of an infinitive: "offered ... to send police
                 * officers to help" has not happened either */
                if (syn_is_verb(&t[k]) && t[k].tag == TAG_VB) return syn_mode(doc, s, k, subject);
                /* a purpose is as real as the act it is for: "reports that
                 * troops had been deployed to fight" asserts no fighting */
                if (syn_is_verb(&t[k])) {
                    tocsin_mode outer = syn_mode(doc, s, k, subject);
                    return outer == TOCSIN_HYPOTHETICAL ? outer : TOCSIN_ASSERTED;
                }
                if (syn_clause_break(&t[k]) || tok_is(&t[k], ",")) break;
            }
            break;
        }
        if (t[j].tag != TAG_RB && !is_aux(&t[j]) && !(t[j].flags & TOK_QUOTE)) break;
    }
    /* "to help restore order": a bare verb after "help" or "let" is as
     * real as the help */
    if (t[v].tag == TAG_VB && v > s->first && (lemma_is(&t[v - 1], "help") || lemma_is(&t[v - 1], "let")) &&
        t[v - 1].tag == TAG_VB)
        return syn_mode(doc, s, v - 1, subject);
    /* "stop supplying", "halt shelling" */
    if (t[v].tag == TAG_VBG && v > s->first && syn_is_verb(&t[v - 1])) {
        const tc_token *p = &t[v - 1];
        if (lemma_is(p, "stop") || lemma_is(p, "halt") || lemma_is(p, "cease") || lemma_is(p, "quit"))
            return TOCSIN_NEGATED;
        /* "denied targeting civilians": the one telling it says it did not happen */
        if (lemma_is(p, "deny") || lemma_is(p, "refute")) return TOCSIN_NEGATED;
        /* "was considering supplying weapons": weighed, not done */
        static const char *const weighing[] = {"consider", "weigh", "mull", "contemplate", "discuss", "propose",
                                               "suggest", "recommend", "explore", "avoid", NULL};
        if (p->lemma && word_in(p->lemma, weighing)) return TOCSIN_HYPOTHETICAL;
        tocsin_mode outer = syn_mode(doc, s, v - 1, subject);
        if (outer != TOCSIN_ASSERTED) return outer;
    }
    /* a condition: "threatened to retaliate if Finland joined NATO" */
    for (uint32_t j = v; j > s->first && v - j <= 8;) {
        j--;
        if (tok_is(&t[j], "if") || tok_is(&t[j], "unless")) return TOCSIN_HYPOTHETICAL;
        /* "would not approve the bid until Stockholm cracked down": the
         * condition of something not yet done */
        if (tok_is(&t[j], "until") || tok_is(&t[j], "till")) {
            for (uint32_t k = j; k-- > s->first && j - k <= 14;) {
                if (syn_clause_break(&t[k])) break;
                if (t[k].tag == TAG_MD || tok_is(&t[k], "will") || tok_is(&t[k], "not") || tok_is(&t[k], "n't") ||
                    tok_is(&t[k], "never"))
                    return TOCSIN_HYPOTHETICAL;
            }
            break;
        }
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",") || (syn_is_verb(&t[j]) && !is_aux(&t[j]))) break;
    }
    /* "protesters who attacked police would face charges", "anyone who
     * attacked them": a relative clause that describes whom a rule or
     * warning is for tells no act that happened */
    uint32_t rel = v;  /* the clause's first verb: "who attacked police or BLOCKED roads" */
    if (v > s->first + 2 && (tok_is(&t[v - 1], "or") || tok_is(&t[v - 1], "and")))
        for (uint32_t j = v - 1; j > s->first + 1 && v - j <= 6; j--) {
            if (tok_is(&t[j], ",") || syn_clause_break(&t[j])) break;
            if (tok_is(&t[j - 1], "who")) {
                rel = j;
                break;
            }
        }
    if (rel > s->first + 1 && (tok_is(&t[rel - 1], "who") || tok_is(&t[rel - 1], "whoever"))) {
        static const char *const anyone[] = {"anyone", "anybody", "whoever", "those", NULL};
        if (word_in(t[rel - 2].norm, anyone)) return TOCSIN_HYPOTHETICAL;
        for (uint32_t j = v + 1; j < s->first + s->count; j++) {
            if (syn_clause_break(&t[j]) || tok_is(&t[j], ",") || t[j].tag == TAG_PRP) break;
            if (t[j].tag == TAG_MD || tok_is(&t[j], "will")) return TOCSIN_HYPOTHETICAL;
        }
    }
    /* "demanding that Rwanda withdraw its troops and that M23 rebels halt
     * their offensive": what a demand or appeal asks for has not happened */
    for (uint32_t j = v; j > s->first + 1;) {
        j--;
        if (syn_clause_break(&t[j]) || tok_is(&t[j], ",")) break;
        if (!tok_is(&t[j], "that")) continue;
        uint32_t k = j - 1;
        while (k > s->first && (t[k].tag == TAG_RB || t[k].tag == TAG_NNP || tok_is(&t[k], "on") ||
                                tok_is(&t[k], "and")))
            k--;  /* "demanded on Friday that", "and that" */
        if (t[k].lemma && (wanting(&t[k]) || lemma_is(&t[k], "insist") || lemma_is(&t[k], "demand") ||
                           lemma_is(&t[k], "request") || lemma_is(&t[k], "recommend")))
            return TOCSIN_HYPOTHETICAL;
        if (!tok_is(&t[j - 1], "and")) break;
    }
    /* "rejected accusations that it had armed the group": what a claim,
     * report or fear says has not been asserted by the one telling it */
    for (uint32_t j = v; j > s->first + 1;) {
        j--;
        if (syn_clause_break(&t[j])) break;
        if (!tok_is(&t[j], "that")) continue;
        static const char *const nouns[] = {"accusation", "claim", "allegation", "report", "rumour", "rumor",
                                            "suggestion", "fear", "speculation", "charge", "assertion", NULL};
        /* the noun right before "that", or before its author: "accusations
         * by Ukraine that", "claims from Kyiv that" */
        for (uint32_t k = j; k-- > s->first && j - k <= 6;) {
            if (k < j - 1 && !tok_is(&t[k + 1], "by") && !tok_is(&t[k + 1], "from")) continue;
            if (t[k].lemma && word_in(t[k].lemma, nouns) && (subject == SYN_NO_SUBJECT || subject > k))
                return TOCSIN_HYPOTHETICAL;
        }
        break;
    }
    if (is_historical(doc, s, v) || past_perfect_background(doc, s, v)) return TOCSIN_HISTORICAL;
    return TOCSIN_ASSERTED;
}

/* Counts the words (tokens that are not punctuation) in [a, b). */
static int words(const tc_token *t, uint32_t a, uint32_t b)
{
    int n = 0;
    for (uint32_t i = a; i < b; i++) n += !(t[i].flags & TOK_PUNCT);
    return n;
}

/* A list of actors (", Kestria and Osterholm"), not a clause: the words
 * are only actors and their determiners, or the first actor after the
 * comma continues a compound begun before it. */
static int actor_list(const tc_doc *doc, uint32_t a, uint32_t b, const mention *m, size_t nm)
{
    const tc_token *t = doc->tokens;
    int before = a >= 2 ? mention_covering(m, nm, a - 2) : -1;
    uint32_t f = a;
    while (f < b && (t[f].tag == TAG_DT || t[f].tag == TAG_CC || t[f].tag == TAG_JJ)) f++;
    int after = f < b ? mention_covering(m, nm, f) : -1;
    if (before >= 0 && after >= 0 && m[before].group == m[after].group) return 1;
    int actors = 0;
    for (uint32_t i = a; i < b; i++) {
        int k = mention_covering(m, nm, i);
        if (k >= 0) {
            actors = 1;
            i = m[k].end - 1;
            continue;
        }
        if (t[i].tag != TAG_DT && t[i].tag != TAG_CC && !tok_is(&t[i], ",") && t[i].tag != TAG_JJ) return 0;
    }
    return actors;
}

static void mark(uint8_t *deleted, const tc_sentence *s, uint32_t a, uint32_t b)
{
    for (uint32_t x = a; x < b; x++) deleted[x - s->first] = 1;
}

static int in_range(int n, int min, int max) { return max > 0 && n >= min && n <= max; }

void syn_comma_clauses(const dict *d, const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm,
                       uint8_t *deleted)
{
    enum { MAX_COMMAS = 64 };
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    while (end > s->first && (t[end - 1].tag == TAG_STOP || (t[end - 1].flags & TOK_QUOTE))) end--;
    uint32_t comma[MAX_COMMAS];
    int nc = 0;
    for (uint32_t i = s->first; i < end && nc < MAX_COMMAS; i++)
        if (tok_is(&t[i], ",")) comma[nc++] = i;
    if (!nc) return;
    /* internal clauses: ", which had long stayed neutral," */
    for (int c = 1; c < nc; c++) {
        int n = words(t, comma[c - 1] + 1, comma[c]);
        if (in_range(n, d->comma_min, d->comma_max) && !actor_list(doc, comma[c - 1] + 1, comma[c], m, nm))
            mark(deleted, s, comma[c - 1], comma[c]);
    }
    /* an initial clause: "After the vote in Norrland, ..." */
    int n = words(t, s->first, comma[0]);
    if (in_range(n, d->comma_bmin, d->comma_bmax) && !actor_list(doc, s->first, comma[0], m, nm))
        mark(deleted, s, s->first, comma[0] + 1);
    /* the final clause, only when what comes before it has a verb of its
     * own: ", a senior official said" goes, "..., condemned Kestria" stays */
    uint32_t last = comma[nc - 1];
    n = words(t, last + 1, end);
    if (!in_range(n, d->comma_emin, d->comma_emax) || actor_list(doc, last + 1, end, m, nm)) return;
    for (uint32_t i = s->first; i < last; i++)
        if (!deleted[i - s->first] && syn_is_verb(&t[i])) {
            mark(deleted, s, last, end);
            return;
        }
}

/* Verbs and adjectives by which a subject commits itself to what follows:
 * "pledged to send", "is ready to sign", "agreed to release". Requests
 * ("urged X to") commit no one. */
static int committing(const tc_token *t)
{
    static const char *const words[] = {"pledge", "promise", "vow", "plan", "intend", "agree", "offer", "hope",
                                        "prepare", "aim", "expect", "ready", "willing", "prepared", "decide",
                                        "commit", NULL};
    for (int i = 0; words[i]; i++)
        if ((t->lemma && !strcmp(t->lemma, words[i])) || !strcmp(t->norm, words[i])) return 1;
    return 0;
}

/* Is there a verb of saying before token v in the sentence? */
static int reported(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    static const char *const verbs[] = {"say", "announce", "tell", "state", "declare", "pledge", "promise", "vow",
                                        "confirm", NULL};
    for (uint32_t j = s->first; j < v; j++)
        for (int i = 0; verbs[i]; i++)
            if (doc->tokens[j].lemma && !strcmp(doc->tokens[j].lemma, verbs[i])) return 1;
    /* or a reporting tail: "Germany will supply ..., Scholz said." */
    int comma = 0;
    for (uint32_t j = v; j < s->first + s->count; j++) {
        if (tok_is(&doc->tokens[j], ",")) comma = 1;
        else if (comma && syn_is_verb(&doc->tokens[j]) && doc->tokens[j].lemma &&
                 word_in(doc->tokens[j].lemma, verbs))
            return 1;
    }
    return 0;
}

int syn_promise(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    /* "would keep working to deliver": the promise of the verb carried on */
    if (v > s->first && t[v].tag == TAG_VBG && aspectual(&t[v - 1])) return syn_promise(doc, s, v - 1);
    for (uint32_t j = v; j > s->first && v - j <= 4;) {
        j--;
        /* "Japan said it would provide aid" is a promise; "Xi will visit
         * Serbia" only tells the future */
        if (tok_is(&t[j], "would")) return 1;
        if (tok_is(&t[j], "will") || tok_is(&t[j], "'ll") || tok_is(&t[j], "shall")) return reported(doc, s, j);
        if (t[j].tag == TAG_TO) {
            for (uint32_t k = j; k > s->first && j - k < 3;) {
                k--;
                /* "X is expected to meet": others expect it, X has promised nothing */
                if (lemma_is(&t[k], "expect") && k > s->first && lemma_is(&t[k - 1], "be")) return 0;
                if (committing(&t[k])) return 1;
                if (tok_is(&t[k], "would")) return 1;  /* "would have to use" */
                if (k + 1 == j && syn_is_verb(&t[k]) && aspectual(&t[k])) return syn_promise(doc, s, k);
                if (t[k].tag != TAG_RB && !is_aux(&t[k])) break;
            }
            return 0;
        }
        if (t[j].tag != TAG_RB && !is_aux(&t[j]) && !(t[j].flags & TOK_QUOTE)) break;
    }
    return 0;
}

int syn_stated_refusal(const tc_doc *doc, const tc_sentence *s, uint32_t v)
{
    const tc_token *t = doc->tokens;
    int negated = 0;
    for (uint32_t j = v; j > s->first && v - j <= 4;) {
        j--;
        if (tok_is(&t[j], "not") || tok_is(&t[j], "never") || tok_is(&t[j], "n't")) {
            negated = 1;
            continue;
        }
        int future = tok_is(&t[j], "will") || tok_is(&t[j], "would") || tok_is(&t[j], "'ll") ||
                     tok_is(&t[j], "shall") || tok_is(&t[j], "wo");  /* "wo" of "won't" */
        if (future) return negated && reported(doc, s, j);
        if (t[j].tag != TAG_RB && !is_aux(&t[j]) && !(t[j].flags & TOK_QUOTE)) break;
    }
    return 0;
}
