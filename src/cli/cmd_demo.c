/* cmd_demo.c -- `tocsin demo`: the main job on the bundled samples.
 *
 * Codes samples/articles.jsonl and prints, per article, the events with the
 * words that prove them, then the country pairs with the most conflict. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

enum { MAX_DYADS = 512, MAX_DAYS = 4096 };

/* One day of one country pair, for the timeline of the most conflictual. */
typedef struct dyad_day {
    char a[4], b[4], date[11];
    int events, material;
    double goldstein;
} dyad_day;

typedef struct dyad {
    char a[4], b[4];
    int events, conflict, material_conflict;
    double goldstein;
} dyad;

typedef struct demo_run {
    const tocsin_coder *coder;
    long articles, sentences, events, quad[5];
    dyad dyads[MAX_DYADS];
    int ndyads;
    dyad_day days[MAX_DAYS];
    int ndays;
} demo_run;

static void count_day(demo_run *run, const char *a, const char *b, const tocsin_event *ev)
{
    int i;
    for (i = 0; i < run->ndays; i++)
        if (!strcmp(run->days[i].a, a) && !strcmp(run->days[i].b, b) && !strcmp(run->days[i].date, ev->date)) break;
    if (i == run->ndays) {
        if (run->ndays == MAX_DAYS) return;
        memset(&run->days[i], 0, sizeof run->days[i]);
        memcpy(run->days[i].a, a, 4), memcpy(run->days[i].b, b, 4);
        snprintf(run->days[i].date, sizeof run->days[i].date, "%s", ev->date);
        run->ndays++;
    }
    run->days[i].events++;
    run->days[i].material += ev->quad == 4;
    run->days[i].goldstein += ev->goldstein;
}

static int by_date(const void *x, const void *y)
{
    return strcmp(((const dyad_day *)x)->date, ((const dyad_day *)y)->date);
}

/* The day-by-day course of one pair: where a conflict turns material. */
static void print_timeline(demo_run *run, const dyad *d)
{
    qsort(run->days, (size_t)run->ndays, sizeof *run->days, by_date);
    printf("\n%s-%s day by day (events, material conflict, Goldstein sum):\n", d->a, d->b);
    for (int i = 0; i < run->ndays; i++) {
        const dyad_day *x = &run->days[i];
        if (strcmp(x->a, d->a) || strcmp(x->b, d->b)) continue;
        printf("  %s  %2d events  %2d material  %+6.1f  ", x->date, x->events, x->material, x->goldstein);
        for (int k = 0; k < x->events && k < 30; k++) putchar(k < x->material ? '#' : '.');
        putchar('\n');
    }
}

/* Country pairs: both actors must belong to a state ("SRBGOV", "KSVCOP"). */
static void count_dyad(demo_run *run, const tocsin_event *ev)
{
    char a[4], b[4];
    if (!tocsin_actor_state(run->coder, ev->source, a) || !tocsin_actor_state(run->coder, ev->target, b)) return;
    if (strcmp(a, b) == 0) return;
    if (strcmp(a, b) > 0) {
        char t[4];
        memcpy(t, a, 4), memcpy(a, b, 4), memcpy(b, t, 4);
    }
    int i;
    for (i = 0; i < run->ndyads; i++)
        if (!strcmp(run->dyads[i].a, a) && !strcmp(run->dyads[i].b, b)) break;
    if (i == run->ndyads) {
        if (run->ndyads == MAX_DYADS) return;
        memset(&run->dyads[i], 0, sizeof run->dyads[i]);
        memcpy(run->dyads[i].a, a, 4), memcpy(run->dyads[i].b, b, 4);
        run->ndyads++;
    }
    count_day(run, a, b, ev);
    dyad *d = &run->dyads[i];
    d->events++;
    d->goldstein += ev->goldstein;
    if (ev->quad >= 3) d->conflict++;
    if (ev->quad == 4) d->material_conflict++;
}

static void print_quote(const tocsin_event *ev)
{
    /* the evidence span, trimmed to fit one line */
    const char *s = ev->text;
    size_t n = ev->text_len;
    printf("      \"");
    if (n > 110) {
        fwrite(s, 1, 107, stdout);
        printf("...\"\n");
    } else {
        fwrite(s, 1, n, stdout);
        printf("\"\n");
    }
}

static int demo_article(const article *a, void *ctx)
{
    demo_run *run = ctx;
    tocsin_doc *doc = tocsin_doc_new(a->id, a->date, a->text, a->len);
    int n = tocsin_coder_code(run->coder, doc);
    run->articles++;
    run->sentences += (long)tocsin_doc_sentence_count(doc);
    printf("\n%s  %s  %s\n", a->date ? a->date : "", a->id, a->title ? a->title : "");
    for (int i = 0; i < n; i++) {
        const tocsin_event *ev = tocsin_doc_event(doc, (size_t)i);
        if (ev->mode == TOCSIN_ASSERTED) {
            run->events++;
            run->quad[ev->quad]++;
            count_dyad(run, ev);
        }
        printf("  %-12s -> %-12s %-4s %s (%+.1f)%s%s\n", ev->source, *ev->target ? ev->target : "-", ev->code,
               ev->code_name, ev->goldstein, ev->mode == TOCSIN_ASSERTED ? "" : "  [",
               ev->mode == TOCSIN_ASSERTED ? "" : tocsin_mode_name(ev->mode));
        print_quote(ev);
    }
    if (n == 0) printf("  (no events)\n");
    tocsin_doc_free(doc);
    return 0;
}

static int by_conflict(const void *x, const void *y)
{
    const dyad *a = x, *b = y;
    if (a->conflict != b->conflict) return b->conflict - a->conflict;
    return b->events - a->events;
}

int cmd_demo(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        puts("usage: tocsin demo\n\nCodes the bundled sample articles (samples/articles.jsonl) and prints\n"
             "each article's events with their evidence, then a summary by QuadClass\n"
             "and the country pairs with the most conflict events.");
        return 0;
    }
    if (argc > 1) {
        fprintf(stderr, "tocsin demo: takes no arguments (see tocsin demo --help)\n");
        return 2;
    }
    demo_run *run = calloc(1, sizeof *run);
    if (!run) return 1;
    run->coder = cli_coder(NULL, NULL);
    if (!run->coder) {
        free(run);
        return 2;
    }
    char path[1024];
    snprintf(path, sizeof path, "%s/articles.jsonl", cli_samples_dir());
    printf("tocsin demo: coding %s\n", path);
    long rejected = input_read(path, INPUT_JSONL, NULL, demo_article, run);
    printf("\n== summary ==\n%ld articles, %ld sentences, %ld asserted events\n", run->articles, run->sentences,
           run->events);
    printf("verbal cooperation %ld, material cooperation %ld, verbal conflict %ld, material conflict %ld\n",
           run->quad[1], run->quad[2], run->quad[3], run->quad[4]);
    qsort(run->dyads, (size_t)run->ndyads, sizeof *run->dyads, by_conflict);
    printf("\ncountry pairs by conflict events:\n");
    for (int i = 0; i < run->ndyads && i < 10; i++) {
        const dyad *d = &run->dyads[i];
        printf("  %s-%s  %3d events, %3d conflict (%d material), mean Goldstein %+.1f\n", d->a, d->b, d->events,
               d->conflict, d->material_conflict, d->goldstein / d->events);
    }
    if (run->ndyads > 0) print_timeline(run, &run->dyads[0]);
    tocsin_coder_free((tocsin_coder *)run->coder);
    free(run);
    return rejected ? 1 : 0;
}
