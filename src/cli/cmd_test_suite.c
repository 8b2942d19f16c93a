/* cmd_test_suite.c -- `tocsin test-suite FILE.jsonl --dict DIR`: score the
 * coder on a PETRARCH-style validation suite.
 *
 * Each record (petrarch2_validation.jsonl's fields: id, date, category,
 * text, expected [[source, target, code]...], outcome, in_default_run,
 * config_in_effect) is coded on its own date with the record's options
 * (require_dyad, new_actor_length) applied to the loaded dictionary, and
 * the coded events are compared with the expected ones as a multiset of
 * (source, target, code) triples, as PETRARCH-1's harness did. Codes lose
 * a leading "---" (PETRARCH's null actor prefix), a "---" target counts as
 * none, records whose outcome is an error or a discard expect no events,
 * and records expecting quoted "new actor" texts are skipped while
 * new_actor_length is 0, as the original harness skipped them. Events of
 * every mode count: PETRARCH has no modes, its negations are patterns. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "api.h"
#include "cli/cli.h"

enum { MAX_TRIPLES = 64, MAX_CATS = 32 };

typedef struct triple {
    char s[48], t[48], c[16];
} triple;

typedef struct tally {
    char name[32];
    int records, passed;
    long tp, fp, fn;
} tally;

typedef struct suite {
    tocsin_coder *coder;
    int verbose, only_default;
    tally all, cats[MAX_CATS];
    int ncats, skipped;
} suite;

/* Copies a code without PETRARCH's leading "---" null prefix. */
static void clean_code(const char *in, char *out, size_t cap)
{
    if (!strncmp(in, "---", 3)) in += 3;
    snprintf(out, cap, "%s", in);
}

static tally *category(suite *s, const char *name)
{
    for (int i = 0; i < s->ncats; i++)
        if (!strcmp(s->cats[i].name, name)) return &s->cats[i];
    if (s->ncats == MAX_CATS) return &s->cats[MAX_CATS - 1];
    tally *t = &s->cats[s->ncats++];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    return t;
}

static int read_expected(const cJSON *rec, triple *want, int *quoted)
{
    const cJSON *outcome = cJSON_GetObjectItem(rec, "outcome");
    if (cJSON_IsString(outcome) && strcmp(outcome->valuestring, "events") != 0) return 0;
    int n = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(rec, "expected"))
    {
        if (n == MAX_TRIPLES || cJSON_GetArraySize(e) != 3) continue;
        const char *f[3];
        for (int i = 0; i < 3; i++) {
            const cJSON *x = cJSON_GetArrayItem(e, i);
            f[i] = cJSON_IsString(x) ? x->valuestring : "";
            if (f[i][0] == '"') *quoted = 1;
        }
        clean_code(f[0], want[n].s, sizeof want[n].s);
        clean_code(f[1], want[n].t, sizeof want[n].t);
        clean_code(f[2], want[n].c, sizeof want[n].c);
        n++;
    }
    return n;
}

/* Applies the record's PETRARCH options; returns new_actor_length. */
static int apply_config(suite *s, const cJSON *rec)
{
    dict *d = s->coder->dict;
    const cJSON *cfg = cJSON_GetObjectItem(rec, "config_in_effect");
    const cJSON *dy = cJSON_GetObjectItem(cfg, "require_dyad");
    const cJSON *na = cJSON_GetObjectItem(cfg, "new_actor_length");
    d->require_dyad = 1;
    if (cJSON_IsString(dy)) d->require_dyad = tolower((unsigned char)dy->valuestring[0]) == 't';
    d->new_actor_length = cJSON_IsString(na) ? atoi(na->valuestring) : 0;
    static const char *const names[] = {"comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax"};
    int *vals[] = {&d->comma_min, &d->comma_max, &d->comma_bmin, &d->comma_bmax, &d->comma_emin, &d->comma_emax};
    static const int defaults[] = {2, 8, 0, 0, 2, 8};
    for (int i = 0; i < 6; i++) {
        const cJSON *v = cJSON_GetObjectItem(cfg, names[i]);
        *vals[i] = cJSON_IsString(v) ? atoi(v->valuestring) : defaults[i];
    }
    return d->new_actor_length;
}

static int code_record(suite *s, const char *date, const char *text, triple *got)
{
    char iso[16] = "";
    if (strlen(date) == 8) snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    tocsin_doc *doc = tocsin_doc_new("suite", iso, text, strlen(text));
    int n = tocsin_coder_code(s->coder, doc), ngot = 0;
    for (int i = 0; i < n && ngot < MAX_TRIPLES; i++) {
        const tocsin_event *ev = tocsin_doc_event(doc, (size_t)i);
        clean_code(ev->source, got[ngot].s, sizeof got[ngot].s);
        clean_code(ev->target, got[ngot].t, sizeof got[ngot].t);
        clean_code(ev->code, got[ngot].c, sizeof got[ngot].c);
        ngot++;
    }
    tocsin_doc_free(doc);
    return ngot;
}

static void print_triples(const char *label, const triple *v, int n)
{
    printf("    %s:", label);
    if (!n) printf(" none");
    for (int i = 0; i < n; i++) printf(" [%s %s %s]", v[i].s, *v[i].t ? v[i].t : "-", v[i].c);
    printf("\n");
}

static void count(tally *t, int pass, int hit, int ngot, int nwant)
{
    t->records++;
    t->passed += pass;
    t->tp += hit;
    t->fp += ngot - hit;
    t->fn += nwant - hit;
}

static void run_record(suite *s, const cJSON *rec)
{
    const cJSON *def = cJSON_GetObjectItem(rec, "in_default_run");
    if (s->only_default && !cJSON_IsTrue(def)) return;
    const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(rec, "id"));
    const char *date = cJSON_GetStringValue(cJSON_GetObjectItem(rec, "date"));
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(rec, "text"));
    const char *cat = cJSON_GetStringValue(cJSON_GetObjectItem(rec, "category"));
    if (!id || !text) return;
    triple want[MAX_TRIPLES], got[MAX_TRIPLES];
    int quoted = 0;
    int nwant = read_expected(rec, want, &quoted);
    if (apply_config(s, rec) == 0 && quoted) {
        s->skipped++;
        return;
    }
    int ngot = code_record(s, date ? date : "", text, got);
    int used[MAX_TRIPLES] = {0}, hit = 0;
    for (int i = 0; i < nwant; i++)
        for (int j = 0; j < ngot; j++)
            if (!used[j] && !strcmp(want[i].s, got[j].s) && !strcmp(want[i].t, got[j].t) &&
                !strcmp(want[i].c, got[j].c)) {
                used[j] = 1;
                hit++;
                break;
            }
    int pass = hit == nwant && hit == ngot;
    count(&s->all, pass, hit, ngot, nwant);
    count(category(s, cat ? cat : "?"), pass, hit, ngot, nwant);
    if (!pass && s->verbose) {
        printf("FAIL %s [%s]: %s\n", id, date ? date : "", text);
        print_triples("expected", want, nwant);
        print_triples("got     ", got, ngot);
    }
}

static void print_tally(const tally *t)
{
    double p = t->tp + t->fp ? (double)t->tp / (double)(t->tp + t->fp) : 1.0;
    double r = t->tp + t->fn ? (double)t->tp / (double)(t->tp + t->fn) : 1.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("  %-10s %4d/%-4d records  precision %.3f  recall %.3f  F1 %.3f\n", t->name, t->passed, t->records, p, r,
           f);
}

static int usage(FILE *out)
{
    fputs("usage: tocsin test-suite FILE.jsonl --dict DIR [--only-default] [--verbose]\n"
          "  Codes every record of a PETRARCH validation suite (petrarch2_validation.jsonl\n"
          "  format) with the dictionaries of DIR and compares the events with the expected\n"
          "  ones: records passed, event precision, recall and F1, overall and by category.\n"
          "  --only-default  only the records the original harness ran (in_default_run)\n"
          "  --verbose       list every failing record with its expected and coded events\n",
          out);
    return out == stdout ? 0 : 2;
}

static int run_file(suite *s, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    while (getline(&line, &cap, f) >= 0) {
        lineno++;
        cJSON *rec = cJSON_Parse(line);
        if (!rec) {
            if (strspn(line, " \t\r\n") != strlen(line)) fprintf(stderr, "%s:%ld: not a JSON object\n", path, lineno);
            continue;
        }
        run_record(s, rec);
        cJSON_Delete(rec);
    }
    free(line);
    fclose(f);
    return 0;
}

int cmd_test_suite(int argc, char **argv)
{
    const char *file = NULL;
    const char *dirs[8] = {0};
    int ndirs = 0;
    suite s;
    memset(&s, 0, sizeof s);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return usage(stdout);
        if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) s.verbose = 1;
        else if (!strcmp(argv[i], "--only-default")) s.only_default = 1;
        else if (!strcmp(argv[i], "--dict") && i + 1 < argc && ndirs < 7) dirs[ndirs++] = argv[++i];
        else if (argv[i][0] != '-' && !file) file = argv[i];
        else return usage(stderr);
    }
    if (!file || !ndirs) return usage(stderr);
    s.coder = cli_coder(dirs, NULL);
    if (!s.coder) return 2;
    snprintf(s.all.name, sizeof s.all.name, "overall");
    int rc = run_file(&s, file);
    if (rc == 0) {
        printf("%s: %d records", file, s.all.records);
        if (s.skipped) printf(" (%d new-actor records skipped: new_actor_length is 0)", s.skipped);
        printf("\n");
        print_tally(&s.all);
        for (int i = 0; i < s.ncats; i++) print_tally(&s.cats[i]);
        printf("%d passed, %d failed\n", s.all.passed, s.all.records - s.all.passed);
    }
    tocsin_coder_free(s.coder);
    return rc;
}
