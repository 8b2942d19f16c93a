/* wordnet_lemmas.c -- convert WordNet into tocsin's lemma table.
 *
 *   wordnet_lemmas WORDNET_DIR OUT
 *
 * Reads index.{noun,verb,adj,adv} (the base words: the first field of each
 * line) and {noun,verb,adj,adv}.exc (irregular forms: "form base ...") and
 * writes one plain-text file that src/lex/lemma.c loads in a few
 * milliseconds:
 *
 *   tocsin-lemmas 1
 *   @noun NBASE NEXC        then NBASE lines "word", then NEXC lines "form base"
 *   @verb ... @adj ... @adv ...
 *
 * WordNet joins the words of a multiword lemma with '_'; tokens are single
 * words, so those are dropped. An exception with several bases keeps the
 * first ("axes ax axis" -> ax). The licence header lines (they start with a
 * space) are skipped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const pos_names[4] = {"noun", "verb", "adj", "adv"};

typedef struct {
    char **lines;
    size_t n, cap;
} lines;

static void push(lines *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 1024;
        l->lines = realloc(l->lines, l->cap * sizeof *l->lines);
        if (!l->lines) exit(1);
    }
    l->lines[l->n] = strdup(s);
    if (!l->lines[l->n]) exit(1);
    l->n++;
}

static void clear(lines *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->lines[i]);
    free(l->lines);
    memset(l, 0, sizeof *l);
}

/* Reads the first 'fields' whitespace-separated fields (1 or 2) of each
 * line of 'path' whose fields hold no '_'. Returns -1 if unreadable. */
static int read_fields(const char *path, int fields, lines *out)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[8192], buf[1024];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ' || line[0] == '\n') continue;
        char *a = strtok(line, " \t\r\n"), *b = fields > 1 ? strtok(NULL, " \t\r\n") : NULL;
        if (!a || (fields > 1 && !b)) continue;
        if (strchr(a, '_') || (b && strchr(b, '_'))) continue;
        if (b) snprintf(buf, sizeof buf, "%s %s", a, b);
        else snprintf(buf, sizeof buf, "%s", a);
        push(out, buf);
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: wordnet_lemmas WORDNET_DIR OUT\n", stderr);
        return 2;
    }
    lines base[4] = {{0}}, exc[4] = {{0}};
    char path[4096];
    for (int p = 0; p < 4; p++) {
        snprintf(path, sizeof path, "%s/index.%s", argv[1], pos_names[p]);
        if (read_fields(path, 1, &base[p]) < 0) {
            fprintf(stderr, "wordnet_lemmas: %s: cannot read (install wordnet-base)\n", path);
            return 1;
        }
        snprintf(path, sizeof path, "%s/%s.exc", argv[1], pos_names[p]);
        if (read_fields(path, 2, &exc[p]) < 0) {
            fprintf(stderr, "wordnet_lemmas: %s: cannot read\n", path);
            return 1;
        }
    }
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        fprintf(stderr, "wordnet_lemmas: %s: cannot write\n", argv[2]);
        return 1;
    }
    fputs("tocsin-lemmas 1\n", out);
    for (int p = 0; p < 4; p++) {
        fprintf(out, "@%s %zu %zu\n", pos_names[p], base[p].n, exc[p].n);
        for (size_t i = 0; i < base[p].n; i++) fprintf(out, "%s\n", base[p].lines[i]);
        for (size_t i = 0; i < exc[p].n; i++) fprintf(out, "%s\n", exc[p].lines[i]);
        clear(&base[p]);
        clear(&exc[p]);
    }
    if (fclose(out) != 0) {
        fprintf(stderr, "wordnet_lemmas: %s: cannot write\n", argv[2]);
        return 1;
    }
    return 0;
}
