/* cmd_test.c -- `tocsin test FILE.cases`: the binary runs its own cases.
 *
 * A case is a sentence, a "." line, then the expected events ("SRC TGT
 * CODE", '-' for no target) or "none"; a blank line ends it. "@date D" sets
 * the date of the cases after it; "@min-pass F" sets the share of cases
 * that must pass (default 1.0). Asserted events are compared as a multiset
 * with the expected ones; events in other modes (negated, hypothetical...)
 * are not expected. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

enum { MAX_EVENTS = 32 };

typedef struct triple {
    char s[32], t[32], c[8];
} triple;

typedef struct test_run {
    const tocsin_coder *coder;
    const char *file;
    char date[16];
    double min_pass;
    int cases, passed, verbose;
    long tp, fp, fn;
} test_run;

static int triple_eq(const triple *a, const triple *b)
{
    return !strcmp(a->s, b->s) && !strcmp(a->t, b->t) && !strcmp(a->c, b->c);
}

static void print_triples(const char *label, const triple *v, int n)
{
    printf("    %s:", label);
    if (!n) printf(" none");
    for (int i = 0; i < n; i++) printf(" [%s %s %s]", v[i].s, v[i].t, v[i].c);
    printf("\n");
}

static void run_case(test_run *run, int line, const char *sentence, const triple *want, int nwant)
{
    tocsin_doc *doc = tocsin_doc_new("case", run->date, sentence, strlen(sentence));
    int n = tocsin_coder_code(run->coder, doc);
    triple got[MAX_EVENTS];
    int ngot = 0;
    for (int i = 0; i < n && ngot < MAX_EVENTS; i++) {
        const tocsin_event *ev = tocsin_doc_event(doc, (size_t)i);
        if (ev->mode != TOCSIN_ASSERTED) continue;
        snprintf(got[ngot].s, sizeof got[ngot].s, "%s", ev->source);
        snprintf(got[ngot].t, sizeof got[ngot].t, "%s", *ev->target ? ev->target : "-");
        snprintf(got[ngot].c, sizeof got[ngot].c, "%s", ev->code);
        ngot++;
    }
    tocsin_doc_free(doc);
    int used[MAX_EVENTS] = {0}, hit = 0;
    for (int i = 0; i < nwant; i++)
        for (int j = 0; j < ngot; j++)
            if (!used[j] && triple_eq(&want[i], &got[j])) {
                used[j] = 1;
                hit++;
                break;
            }
    run->cases++;
    run->tp += hit;
    run->fp += ngot - hit;
    run->fn += nwant - hit;
    if (hit == nwant && hit == ngot) {
        run->passed++;
        return;
    }
    printf("FAIL %s:%d: %s\n", run->file, line, sentence);
    print_triples("expected", want, nwant);
    print_triples("got     ", got, ngot);
}

static int parse_triple(char *s, triple *t)
{
    char *f[4];
    int n = 0;
    for (char *p = strtok(s, " \t"); p && n < 4; p = strtok(NULL, " \t")) f[n++] = p;
    if (n != 3) return -1;
    snprintf(t->s, sizeof t->s, "%s", f[0]);
    snprintf(t->t, sizeof t->t, "%s", f[1]);
    snprintf(t->c, sizeof t->c, "%s", f[2]);
    return 0;
}

/* Reads the file and runs each case; returns -1 on a syntax error. */
static int run_file(test_run *run, FILE *f)
{
    char *line = NULL, *sentence = NULL;
    size_t cap = 0;
    int lineno = 0, case_line = 0, state = 0, nwant = 0, rc = 0;
    triple want[MAX_EVENTS];
    for (;;) {
        ssize_t n = getline(&line, &cap, f);
        if (n >= 0) {
            lineno++;
            while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        }
        int blank = n <= 0;
        if (blank || n < 0) {
            if (state == 2) run_case(run, case_line, sentence, want, nwant);
            else if (state == 1) {
                fprintf(stderr, "%s:%d: case without its '.' line\n", run->file, case_line);
                rc = -1;
            }
            state = 0;
            nwant = 0;
            if (n < 0) break;
            continue;
        }
        if (line[0] == '#') continue;
        if (state == 0 && line[0] == '@') {
            if (!strncmp(line, "@date ", 6)) snprintf(run->date, sizeof run->date, "%s", line + 6);
            else if (!strncmp(line, "@min-pass ", 10)) run->min_pass = atof(line + 10);
            else {
                fprintf(stderr, "%s:%d: unknown directive '%s'\n", run->file, lineno, line);
                rc = -1;
            }
            continue;
        }
        if (state == 0) {
            free(sentence);
            sentence = strdup(line);
            case_line = lineno;
            state = 1;
        } else if (state == 1) {
            if (strcmp(line, ".") != 0) {
                fprintf(stderr, "%s:%d: expected '.' after the sentence (one line per sentence)\n", run->file, lineno);
                rc = -1;
            }
            state = 2;
        } else if (strcmp(line, "none") != 0) {
            if (nwant == MAX_EVENTS || parse_triple(line, &want[nwant])) {
                fprintf(stderr, "%s:%d: expected 'SOURCE TARGET CODE' or 'none'\n", run->file, lineno);
                rc = -1;
            } else {
                nwant++;
            }
        }
    }
    free(line);
    free(sentence);
    return rc;
}

int cmd_test(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        puts("usage: tocsin test [--dict DIR] FILE.cases...\n\n"
             "Runs case files: a sentence on one line, a '.' line, then the expected\n"
             "events 'SOURCE TARGET CODE' ('-' for no target) or 'none'; a blank line\n"
             "ends a case; '#' comments; '@date YYYY-MM-DD' and '@min-pass 0.9'\n"
             "directives. Prints each failure, then 'N passed, M failed' and event\n"
             "precision and recall. Exit 1 when fewer cases pass than @min-pass asks.");
        return argc < 2 ? 2 : 0;
    }
    const char *dicts[2] = {NULL, NULL};
    int i = 1;
    if (!strcmp(argv[i], "--dict") && i + 1 < argc) {
        dicts[0] = argv[i + 1];
        i += 2;
    }
    tocsin_coder *c = cli_coder(dicts[0] ? dicts : NULL, NULL);
    if (!c) return 2;
    int status = 0;
    for (; i < argc; i++) {
        test_run run = {.coder = c, .file = argv[i], .min_pass = 1.0};
        FILE *f = fopen(argv[i], "r");
        if (!f) {
            fprintf(stderr, "%s: cannot open\n", argv[i]);
            status = 2;
            continue;
        }
        int rc = run_file(&run, f);
        fclose(f);
        double p = run.tp + run.fp ? (double)run.tp / (double)(run.tp + run.fp) : 0;
        double r = run.tp + run.fn ? (double)run.tp / (double)(run.tp + run.fn) : 0;
        double rate = run.cases ? (double)run.passed / run.cases : 0;
        printf("%s: events P=%.3f R=%.3f; cases %.1f%% (bar %.1f%%)\n", argv[i], p, r, 100 * rate,
               100 * run.min_pass);
        printf("%d passed, %d failed\n", run.passed, run.cases - run.passed);
        if (rc || run.cases == 0 || rate + 1e-9 < run.min_pass) status = status ? status : 1;
    }
    tocsin_coder_free(c);
    return status;
}
