/* lemma.c -- dictionary forms of words, WordNet's "morphy".
 *
 * For a word and its part of speech: a base form stays as it is; an
 * irregular form is looked up in WordNet's exception lists (went -> go);
 * otherwise the suffix rules of that part of speech are tried in WordNet's
 * order and the first result that WordNet knows as a word wins (attacked ->
 * attack, parties -> party); failing all that, the word is its own lemma.
 * The table (tools/wordnet_lemmas.c) is loaded into strmaps whose stored
 * keys, and the file buffer itself, give the stable result pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/lex.h"
#include "util/file.h"
#include "util/strmap.h"

enum { NOUN, VERB, ADJ, ADV, NPOS };

struct lemmatizer {
    char *buf;            /* the file; exception bases point into it */
    strmap *base[NPOS];   /* words WordNet has, per part of speech */
    strmap *exc[NPOS];    /* irregular form -> offset of its base in buf */
};

typedef struct {
    const char *suffix, *repl;
} rule;

static const rule noun_rules[] = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                  {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
                                  {"ies", "y"}, {NULL, NULL}};
static const rule verb_rules[] = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
                                  {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
                                  {NULL, NULL}};
static const rule adj_rules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
                                 {NULL, NULL}};
static const rule no_rules[] = {{NULL, NULL}};
static const rule *const pos_rules[NPOS] = {noun_rules, verb_rules, adj_rules, no_rules};
static const char *const pos_names[NPOS] = {"noun", "verb", "adj", "adv"};

static lemmatizer *fail(lemmatizer *lm, char *err, size_t errcap, const char *path,
                        const char *why)
{
    if (err && errcap) snprintf(err, errcap, "%s: %s", path, why);
    lemmatizer_free(lm);
    return NULL;
}

/* Cuts the next line out of '*p' in place; NULL at the end. */
static char *next_line(char **p)
{
    if (!**p) return NULL;
    char *line = *p, *nl = strchr(line, '\n');
    if (nl) {
        *nl = '\0';
        *p = nl + 1;
    } else {
        *p = line + strlen(line);
    }
    return line;
}

/* Reads one "@pos NBASE NEXC" section; returns 0 or -1 if malformed. */
static int load_section(lemmatizer *lm, int pos, char **p)
{
    char *head = next_line(p), name[16];
    size_t nb, ne;
    if (!head || sscanf(head, "@%15s %zu %zu", name, &nb, &ne) != 3) return -1;
    if (strcmp(name, pos_names[pos]) != 0) return -1;
    lm->base[pos] = strmap_new(nb);
    lm->exc[pos] = strmap_new(ne);
    for (size_t i = 0; i < nb; i++) {
        char *w = next_line(p);
        if (!w) return -1;
        strmap_put(lm->base[pos], w, strlen(w), 0, NULL);
    }
    for (size_t i = 0; i < ne; i++) {
        char *form = next_line(p), *sp = form ? strchr(form, ' ') : NULL;
        if (!sp) return -1;
        *sp = '\0';
        strmap_put(lm->exc[pos], form, (size_t)(sp - form), (uint32_t)(sp + 1 - lm->buf), NULL);
    }
    return 0;
}

lemmatizer *lemmatizer_load(const char *path, char *err, size_t errcap)
{
    lemmatizer *lm = calloc(1, sizeof *lm);
    if (!lm) return fail(NULL, err, errcap, path, "out of memory");
    lm->buf = file_read(path, NULL);
    if (!lm->buf)
        return fail(lm, err, errcap, path, "cannot read the lemma table (build target tocsin_data makes it)");
    char *p = lm->buf, *head = next_line(&p);
    if (!head || strcmp(head, "tocsin-lemmas 1") != 0)
        return fail(lm, err, errcap, path, "not a tocsin lemma table (rebuild with wordnet_lemmas)");
    for (int pos = 0; pos < NPOS; pos++)
        if (load_section(lm, pos, &p) < 0)
            return fail(lm, err, errcap, path, "truncated or malformed lemma table");
    return lm;
}

void lemmatizer_free(lemmatizer *lm)
{
    if (!lm) return;
    for (int pos = 0; pos < NPOS; pos++) {
        strmap_free(lm->base[pos]);
        strmap_free(lm->exc[pos]);
    }
    free(lm->buf);
    free(lm);
}

static int pos_of(tc_tag tag)
{
    switch (tag) {
    case TAG_NN: case TAG_NNS: return NOUN;
    case TAG_VB: case TAG_VBD: case TAG_VBG: case TAG_VBN: case TAG_VBP: case TAG_VBZ:
    case TAG_MD: return VERB;
    case TAG_JJ: case TAG_JJR: case TAG_JJS: return ADJ;
    case TAG_RB: case TAG_RBR: case TAG_RBS: return ADV;
    default: return -1;
    }
}

/* Clitics and the stems tocsin's tokenizer leaves before "n't". */
static const char *clitic(const char *w, tc_tag tag, int pos)
{
    if (strcmp(w, "n't") == 0) return "not";
    if (pos != VERB) return NULL;
    if (strcmp(w, "'s") == 0) return tag == TAG_VBZ ? "be" : NULL;
    if (strcmp(w, "'re") == 0 || strcmp(w, "'m") == 0) return "be";
    if (strcmp(w, "'ve") == 0) return "have";
    if (strcmp(w, "'ll") == 0 || strcmp(w, "wo") == 0) return "will";
    if (strcmp(w, "'d") == 0) return tag == TAG_MD ? "would" : "have";
    if (strcmp(w, "ca") == 0) return "can";
    return NULL;
}

static int sibilant_end(const char *stem, size_t len)
{
    char c = stem[len - 1];
    return c == 's' || c == 'x' || c == 'z' || c == 'o' ||
           (len >= 2 && c == 'h' && (stem[len - 2] == 'c' || stem[len - 2] == 's'));
}

static const char *apply_rules(const lemmatizer *lm, const char *w, size_t len, int pos)
{
    char cand[256];
    if (len >= sizeof cand) return NULL;
    for (const rule *r = pos_rules[pos]; r->suffix; r++) {
        size_t sl = strlen(r->suffix), rl = strlen(r->repl);
        if (len <= sl || memcmp(w + len - sl, r->suffix, sl) != 0) continue;
        memcpy(cand, w, len - sl);
        /* plain "-es" only after s, x, z, ch, sh or o: "pushes", "goes", not "departes" */
        if (!strcmp(r->suffix, "es") && !*r->repl && !sibilant_end(cand, len - sl)) continue;
        memcpy(cand + len - sl, r->repl, rl);
        const char *hit = strmap_key(lm->base[pos], cand, len - sl + rl);
        if (hit) return hit;
    }
    return NULL;
}

int lemmatizer_knows(const lemmatizer *lm, const char *word, tc_tag tag)
{
    int pos = lm && word ? pos_of(tag) : -1;
    return pos >= 0 && strmap_get(lm->base[pos], word, strlen(word), NULL);
}

const char *lemmatizer_lemma(const lemmatizer *lm, const char *word, tc_tag tag)
{
    if (!word || !lm) return word;
    if (strcmp(word, "n't") == 0) return "not";
    int pos = pos_of(tag);
    if (pos < 0) return word;  /* proper nouns, pronouns, punctuation ... */
    const char *c = clitic(word, tag, pos);
    if (c) return c;
    size_t len = strlen(word);
    int base_tag = tag == TAG_NN || tag == TAG_VB || tag == TAG_VBP || tag == TAG_JJ ||
                   tag == TAG_RB || tag == TAG_MD;
    /* A base-form tag on a word WordNet knows: nothing to undo ("gas", not "ga"). */
    if (base_tag && strmap_get(lm->base[pos], word, len, NULL)) return word;
    uint32_t off;
    if (strmap_get(lm->exc[pos], word, len, &off)) return lm->buf + off;
    const char *r = apply_rules(lm, word, len, pos);
    return r ? r : word;
}
