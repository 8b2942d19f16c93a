/* cmd_test.c -- `tocsin test FILE.cases`: the binary runs its own cases.
 *
 * A case is a sentence, a "." line, then the expected events ("SRC TGT
 * CODE", '-' for no target) or "none"; a blank line ends it. "@date D" sets
 * the date of the cases after it; "@min-pass F" sets the share of cases
 * that must pass (default 1.0). Asserted events are compared as a multiset
 * with the expected ones; events in other modes (negated, hypothetical...)
 * are not expected.
 *
 * Two more expectation lines may follow the '.' line:
 *   at NAME COUNTRY PRECISION    the location of the case's first event
 *                                (NAME may be several words or '*';
 *                                COUNTRY and PRECISION come last)
 *   casualties killed=N wounded=N arrested=N missing=N [victims=CODE]
 *                                the article totals (omitted keys are 0)
 * A case with only such lines does not check its events. Locations are
 * scored at country level (the country matches) and at place level (name,
 * country and precision match); casualties are scored as exact or not. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "text/text.h"

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
    int places, place_country, place_exact;  /* 'at' lines and their hits */
    int tolls, tolls_exact;                  /* 'casualties' lines */
} test_run;

/* What one case expects beyond its events. */
typedef struct extra {
    int check_events;          /* events or "none" were listed */
    int has_at, has_toll;
    char at_name[256], at_cc[256], at_precision[256];
    tocsin_casualties toll;
    char victims[32];          /* casualties ... victims=CODE: the first event's victims */
} extra;

static int same_name(const char *want, const char *got)
{
    if (!strcmp(want, "*")) return 1;
    char a[256], b[256];
    text_fold(want, strlen(want), a, sizeof a);
    text_fold(got, strlen(got), b, sizeof b);
    return !strcmp(a, b);
}

/* Checks the location and casualty lines; returns 1 when all hold. */
static int check_extra(test_run *run, tocsin_doc *doc, int n, const extra *x, int line, const char *sentence)
{
    int ok = 1;
    if (x->has_at) {
        const tocsin_event *ev = n > 0 ? tocsin_doc_event(doc, 0) : NULL;
        const tocsin_location *l = ev ? &ev->location : NULL;
        int cc = l && !strcmp(l->country, x->at_cc);
        int exact = cc && !strcmp(l->precision, x->at_precision) && same_name(x->at_name, l->name);
        run->places++;
        run->place_country += cc;
        run->place_exact += exact;
        if (!exact) {
            printf("FAIL %s:%d: %s\n    location expected: %s %s %s\n    location got     : %s\n", run->file, line,
                   sentence, x->at_name, x->at_cc, x->at_precision,
                   !l ? "(no event)" : *l->precision ? "" : "(unknown)");
            if (l && *l->precision) printf("      %s %s %s\n", l->name, l->country, l->precision);
            ok = 0;
        }
    }
    if (x->has_toll) {
        tocsin_casualties c;
        tocsin_doc_casualties(doc, &c);
        const tocsin_casualties *w = &x->toll;
        const tocsin_event *ev = n > 0 ? tocsin_doc_event(doc, 0) : NULL;
        const char *victims = ev && ev->victims ? ev->victims : "";
        int exact = c.killed == w->killed && c.wounded == w->wounded && c.arrested == w->arrested &&
                    c.missing == w->missing && (!x->victims[0] || !strcmp(x->victims, victims));
        run->tolls++;
        run->tolls_exact += exact;
        if (!exact) {
            printf("FAIL %s:%d: %s\n    casualties expected: killed=%d wounded=%d arrested=%d missing=%d victims=%s\n"
                   "    casualties got     : killed=%d wounded=%d arrested=%d missing=%d victims=%s\n",
                   run->file, line, sentence, w->killed, w->wounded, w->arrested, w->missing, x->victims, c.killed,
                   c.wounded, c.arrested, c.missing, victims);
            ok = 0;
        }
    }
    return ok;
}

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

static void run_case(test_run *run, int line, const char *sentence, const triple *want, int nwant, const extra *x)
{
    tocsin_doc *doc = tocsin_doc_new("case", run->date, sentence, strlen(sentence));
    int n = tocsin_coder_code(run->coder, doc);
    int extra_ok = check_extra(run, doc, n, x, line, sentence);
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
    run->cases++;
    if (!x->check_events) {
        run->passed += extra_ok;
        return;
    }
    int used[MAX_EVENTS] = {0}, hit = 0;
    for (int i = 0; i < nwant; i++)
        for (int j = 0; j < ngot; j++)
            if (!used[j] && triple_eq(&want[i], &got[j])) {
                used[j] = 1;
                hit++;
                break;
            }
    run->tp += hit;
    run->fp += ngot - hit;
    run->fn += nwant - hit;
    if (hit == nwant && hit == ngot) {
        run->passed += extra_ok;
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

/* "at Novi Pazar SRB place": the last two words are country and precision. */
static int parse_at(const char *s, extra *x)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", s);
    char *p2 = strrchr(buf, ' ');
    if (!p2) return -1;
    *p2 = '\0';
    char *p1 = strrchr(buf, ' ');
    if (!p1 || p1 == buf) return -1;
    *p1 = '\0';
    snprintf(x->at_name, sizeof x->at_name, "%s", buf);
    snprintf(x->at_cc, sizeof x->at_cc, "%s", p1 + 1);
    snprintf(x->at_precision, sizeof x->at_precision, "%s", p2 + 1);
    x->has_at = 1;
    return 0;
}

/* "casualties killed=4 arrested=3" */
static int parse_toll(char *s, extra *x)
{
    memset(&x->toll, 0, sizeof x->toll);
    x->victims[0] = '\0';
    for (char *p = strtok(s, " \t"); p; p = strtok(NULL, " \t")) {
        int v;
        if (sscanf(p, "victims=%31s", x->victims) == 1) continue;
        if (sscanf(p, "killed=%d", &v) == 1) x->toll.killed = v;
        else if (sscanf(p, "wounded=%d", &v) == 1) x->toll.wounded = v;
        else if (sscanf(p, "arrested=%d", &v) == 1) x->toll.arrested = v;
        else if (sscanf(p, "missing=%d", &v) == 1) x->toll.missing = v;
        else return -1;
    }
    x->has_toll = 1;
    return 0;
}

/* One expectation line after the '.': an event, "none", "at ..." or
 * "casualties ..."; returns -1 when it is none of those. */
static int parse_expectation(char *line, triple *want, int *nwant, extra *x)
{
    if (!strncmp(line, "at ", 3)) return parse_at(line + 3, x);
    if (!strncmp(line, "casualties ", 11)) return parse_toll(line + 11, x);
    x->check_events = 1;
    if (!strcmp(line, "none")) return 0;
    if (*nwant == MAX_EVENTS || parse_triple(line, &want[*nwant])) return -1;
    ++*nwant;
    return 0;
}

/* Reads the file and runs each case; returns -1 on a syntax error. */
static int run_file(test_run *run, FILE *f)
{
    char *line = NULL, *sentence = NULL;
    size_t cap = 0;
    int lineno = 0, case_line = 0, state = 0, nwant = 0, rc = 0;
    triple want[MAX_EVENTS];
    extra x;
    memset(&x, 0, sizeof x);
    for (;;) {
        ssize_t n = getline(&line, &cap, f);
        if (n >= 0) {
            lineno++;
            while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        }
        int blank = n <= 0;
        if (blank || n < 0) {
            if (state == 2) run_case(run, case_line, sentence, want, nwant, &x);
            else if (state == 1) {
                fprintf(stderr, "%s:%d: case without its '.' line\n", run->file, case_line);
                rc = -1;
            }
            state = 0;
            nwant = 0;
            memset(&x, 0, sizeof x);
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
        } else if (parse_expectation(line, want, &nwant, &x)) {
            fprintf(stderr, "%s:%d: expected 'SOURCE TARGET CODE', 'none', 'at NAME CC PRECISION' or "
                    "'casualties killed=N ...'\n", run->file, lineno);
            rc = -1;
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
             "events 'SOURCE TARGET CODE' ('-' for no target) or 'none', and/or\n"
             "'at NAME COUNTRY PRECISION' (first event's location) and\n"
             "'casualties killed=N wounded=N arrested=N missing=N'; a blank line\n"
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
        printf("%s: events P=%.3f R=%.3f (right %ld, wrong %ld, missed %ld); cases %.1f%% (bar %.1f%%)\n", argv[i],
               p, r, run.tp, run.fp, run.fn, 100 * rate, 100 * run.min_pass);
        if (run.places)
            printf("%s: places %d: country level %.1f%%, place level %.1f%%\n", argv[i], run.places,
                   100.0 * run.place_country / run.places, 100.0 * run.place_exact / run.places);
        if (run.tolls)
            printf("%s: casualties %d: exact %.1f%%\n", argv[i], run.tolls, 100.0 * run.tolls_exact / run.tolls);
        printf("%d passed, %d failed\n", run.passed, run.cases - run.passed);
        if (rc || run.cases == 0 || rate + 1e-9 < run.min_pass) status = status ? status : 1;
    }
    tocsin_coder_free(c);
    return status;
}
