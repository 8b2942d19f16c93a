/* cmd_code.c -- `tocsin code`: articles in, events out. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

typedef enum { FORMAT_JSONL, FORMAT_TSV, FORMAT_GDELT, FORMAT_PLOVER } out_format;

typedef struct code_run {
    const tocsin_coder *coder;
    out_format format;
    FILE *out;
    tocsin_formats *formats; /* tables of --format gdelt|plover, else NULL */
    uint64_t next_id;        /* GLOBALEVENTID of the next GDELT row */
    const char *dump;  /* --dump STAGE instead of events */
    long articles, sentences, events;
    size_t bytes;
} code_run;

static void help(FILE *out)
{
    fputs("usage: tocsin code [options] [FILE|-]...\n"
          "\n"
          "Codes each article into CAMEO events, one per output line. With no FILE,\n"
          "or with -, reads standard input.\n"
          "\n"
          "options:\n"
          "  --input text|jsonl   text: each file is one article (id = file name);\n"
          "                       jsonl: one article per line, {\"id\",\"date\",\"source\",\n"
          "                       \"url\",\"title\",\"text\"}, only text required.\n"
          "                       Default: JSONL when the first byte is '{'.\n"
          "  --format jsonl|tsv|gdelt|plover\n"
          "                       output: JSON Lines (default); tsv, the same fields\n"
          "                       tab-separated with a header; gdelt, the 61-column GDELT 2.0\n"
          "                       event export (no header; GLOBALEVENTID numbers events 1, 2..;\n"
          "                       DATEADDED is now, or SOURCE_DATE_EPOCH when set); plover,\n"
          "                       one JSON object per event with PLOVER event_type, mode and\n"
          "                       context mapped from the CAMEO code (data/plover.txt).\n"
          "                       jsonl/tsv fields: article sentence date source source_name\n"
          "                       target target_name code root quad goldstein mode text evidence.\n"
          "  --date YYYY-MM-DD    date of articles that carry none (picks date-ranged\n"
          "                       actor codes, e.g. office-holders).\n"
          "  --dict DIR           use the dictionaries in DIR instead of the built-in ones\n"
          "                       (repeatable; the CAMEO table stays).\n"
          "  --add-dict DIR       add the dictionaries in DIR to the built-in ones.\n"
          "  --dump STAGE         print what a stage made instead of events: tokens,\n"
          "                       tags (token/TAG/lemma), sentences, actors.\n"
          "  --stats              print 'tocsin: articles=N sentences=N events=N bytes=N\n"
          "                       rejected=N' on stderr at the end.\n"
          "  --help               this text.\n"
          "\n"
          "Bad input (unreadable file, invalid UTF-8, NUL bytes, empty file, malformed\n"
          "JSON line, record without text) is named on stderr as file:line: reason;\n"
          "every other article is still coded, and the exit status is 1.\n",
          out);
}

static int code_article(const article *a, void *ctx)
{
    code_run *run = ctx;
    tocsin_doc *doc = tocsin_doc_new(a->id, a->date, a->text, a->len);
    if (!doc) return 1;
    if (a->url) tocsin_doc_set_url(doc, a->url);
    if (run->dump) {
        tocsin_doc_dump(run->coder, doc, run->dump, run->out);
        tocsin_doc_free(doc);
        return 0;
    }
    int n = tocsin_coder_code(run->coder, doc);
    for (int i = 0; i < n; i++) {
        const tocsin_event *ev = tocsin_doc_event(doc, (size_t)i);
        if (run->format == FORMAT_TSV) tocsin_write_tsv(run->out, ev);
        else if (run->format == FORMAT_GDELT) tocsin_write_gdelt(run->out, run->formats, ev, ++run->next_id);
        else if (run->format == FORMAT_PLOVER) tocsin_write_plover(run->out, run->formats, ev);
        else tocsin_write_jsonl(run->out, ev);
    }
    run->articles++;
    run->sentences += (long)tocsin_doc_sentence_count(doc);
    run->events += n > 0 ? n : 0;
    run->bytes += a->len;
    tocsin_doc_free(doc);
    return 0;
}

/* Collects a repeatable option's values into a NULL-terminated list. */
static void push_dir(const char ***list, int *n, const char *v)
{
    *list = realloc(*list, (size_t)(*n + 2) * sizeof **list);
    if (!*list) abort();
    (*list)[(*n)++] = v;
    (*list)[*n] = NULL;
}

int cmd_code(int argc, char **argv)
{
    const char **dicts = NULL, **adds = NULL, **files = NULL;
    int nd = 0, na = 0, nf = 0, stats = 0;
    input_kind kind = INPUT_AUTO;
    const char *date = NULL;
    code_run run = {.format = FORMAT_JSONL, .out = stdout};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_value = i + 1 < argc;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help(stdout);
            return 0;
        } else if (strcmp(a, "--stats") == 0) {
            stats = 1;
        } else if (strcmp(a, "--input") == 0 && has_value) {
            const char *v = argv[++i];
            if (strcmp(v, "text") == 0) kind = INPUT_TEXT;
            else if (strcmp(v, "jsonl") == 0) kind = INPUT_JSONL;
            else goto bad;
        } else if (strcmp(a, "--format") == 0 && has_value) {
            const char *v = argv[++i];
            if (strcmp(v, "jsonl") == 0) run.format = FORMAT_JSONL;
            else if (strcmp(v, "tsv") == 0) run.format = FORMAT_TSV;
            else if (strcmp(v, "gdelt") == 0) run.format = FORMAT_GDELT;
            else if (strcmp(v, "plover") == 0) run.format = FORMAT_PLOVER;
            else goto bad;
        } else if (strcmp(a, "--dump") == 0 && has_value) {
            run.dump = argv[++i];
            if (strcmp(run.dump, "tokens") && strcmp(run.dump, "tags") && strcmp(run.dump, "sentences") &&
                strcmp(run.dump, "actors"))
                goto bad;
        } else if (strcmp(a, "--date") == 0 && has_value) {
            date = argv[++i];
        } else if (strcmp(a, "--dict") == 0 && has_value) {
            push_dir(&dicts, &nd, argv[++i]);
        } else if (strcmp(a, "--add-dict") == 0 && has_value) {
            push_dir(&adds, &na, argv[++i]);
        } else if (a[0] == '-' && a[1] != '\0') {
            goto bad;
        } else {
            push_dir(&files, &nf, a);
        }
        continue;
    bad:
        fprintf(stderr, "tocsin code: bad option '%s'%s (see tocsin code --help)\n", a,
                has_value || a[0] != '-' ? "" : " or missing value");
        free(dicts), free(adds), free(files);
        return 2;
    }
    if (!nf) push_dir(&files, &nf, "-");
    tocsin_coder *c = cli_coder(dicts, adds);
    if (!c) {
        free(dicts), free(adds), free(files);
        return 2;
    }
    run.coder = c;
    if ((run.format == FORMAT_GDELT || run.format == FORMAT_PLOVER) && !run.dump) {
        tocsin_error err;
        if (!(run.formats = tocsin_formats_load(NULL, &err))) {
            if (err.line) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.msg);
            else fprintf(stderr, "tocsin: %s%s%s\n", err.file, err.file[0] ? ": " : "", err.msg);
            tocsin_coder_free(c);
            free(dicts), free(adds), free(files);
            return 2;
        }
    }
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    if (run.format == FORMAT_TSV && !run.dump) tocsin_write_tsv_header(run.out);
    long rejected = 0;
    for (int i = 0; i < nf; i++) {
        long r = input_read(files[i], kind, date, code_article, &run);
        rejected += r < 0 ? 1 : r;
    }
    fflush(stdout);
    if (stats)
        fprintf(stderr, "tocsin: articles=%ld sentences=%ld events=%ld bytes=%zu rejected=%ld\n", run.articles,
                run.sentences, run.events, run.bytes, rejected);
    tocsin_formats_free(run.formats);
    tocsin_coder_free(c);
    free(dicts), free(adds), free(files);
    if (ferror(stdout)) {
        fputs("tocsin: error writing output\n", stderr);
        return 1;
    }
    return rejected ? 1 : 0;
}
