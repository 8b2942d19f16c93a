/* cmd_code.c -- `tocsin code`: articles in, events out.
 *
 * With --threads N, articles are read in batches, coded by N threads at
 * once (a coder is read-only, so they share it with no locks), then
 * written in input order by the main thread: the output is the same
 * bytes as with one thread. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    int threads;             /* --threads; 1 codes as it reads */
    struct job *batch;       /* articles read, waiting to be coded */
    size_t nbatch, cap_batch;
} code_run;

/* One article of a batch: its own copy of the input, and its coded doc. */
typedef struct job {
    char *id, *date, *url, *text;
    size_t len;
    tocsin_doc *doc;
    int n;
} job;

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
          "  --threads N          code with N threads (0: one per core); the output is\n"
          "                       the same, in input order.\n"
          "  --stats              print 'tocsin: articles=N sentences=N events=N bytes=N\n"
          "                       rejected=N' on stderr at the end.\n"
          "  --help               this text.\n"
          "\n"
          "Bad input (unreadable file, invalid UTF-8, NUL bytes, empty file, malformed\n"
          "JSON line, record without text) is named on stderr as file:line: reason;\n"
          "every other article is still coded, and the exit status is 1.\n",
          out);
}

/* Writes a coded document's events, counts it, frees it. */
static void write_doc(code_run *run, tocsin_doc *doc, int n, size_t len)
{
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
    run->bytes += len;
    tocsin_doc_free(doc);
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

typedef struct worker {
    code_run *run;
    atomic_size_t *next;
} worker;

static void *code_jobs(void *arg)
{
    worker *w = arg;
    for (;;) {
        size_t i = atomic_fetch_add(w->next, 1);
        if (i >= w->run->nbatch) return NULL;
        job *j = &w->run->batch[i];
        j->doc = tocsin_doc_new(j->id, j->date, j->text, j->len);
        if (j->doc && j->url) tocsin_doc_set_url(j->doc, j->url);
        j->n = j->doc ? tocsin_coder_code(w->run->coder, j->doc) : 0;
    }
}

/* Codes the batch on run->threads threads, then writes it in order. */
static void flush_batch(code_run *run)
{
    enum { MAX_THREADS = 64 };
    pthread_t tid[MAX_THREADS];
    atomic_size_t next = 0;
    worker w = {run, &next};
    int started = 0;
    for (int t = 1; t < run->threads && t < MAX_THREADS; t++)
        if (pthread_create(&tid[started], NULL, code_jobs, &w) == 0) started++;
    code_jobs(&w);  /* the main thread works too */
    for (int t = 0; t < started; t++) pthread_join(tid[t], NULL);
    for (size_t i = 0; i < run->nbatch; i++) {
        job *j = &run->batch[i];
        if (j->doc) write_doc(run, j->doc, j->n, j->len);
        free(j->id), free(j->date), free(j->url), free(j->text);
    }
    run->nbatch = 0;
}

static int code_article(const article *a, void *ctx)
{
    code_run *run = ctx;
    if (run->threads > 1 && !run->dump) {
        if (run->nbatch == run->cap_batch) flush_batch(run);
        job *j = &run->batch[run->nbatch++];
        memset(j, 0, sizeof *j);
        j->id = dup_or_null(a->id), j->date = dup_or_null(a->date), j->url = dup_or_null(a->url);
        j->text = malloc(a->len + 1);
        if (!j->text) abort();
        memcpy(j->text, a->text, a->len);
        j->len = a->len;
        return 0;
    }
    tocsin_doc *doc = tocsin_doc_new(a->id, a->date, a->text, a->len);
    if (!doc) return 1;
    if (a->url) tocsin_doc_set_url(doc, a->url);
    if (run->dump) {
        tocsin_doc_dump(run->coder, doc, run->dump, run->out);
        tocsin_doc_free(doc);
        return 0;
    }
    write_doc(run, doc, tocsin_coder_code(run->coder, doc), a->len);
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
    code_run run = {.format = FORMAT_JSONL, .out = stdout, .threads = 1};
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
        } else if (strcmp(a, "--threads") == 0 && has_value) {
            char *end;
            long t = strtol(argv[++i], &end, 10);
            if (*end || t < 0 || t > 64) goto bad;
            run.threads = t ? (int)t : (int)sysconf(_SC_NPROCESSORS_ONLN);
            if (run.threads < 1) run.threads = 1;
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
    if (run.threads > 1) {
        /* enough articles per batch that no thread waits long for the others */
        run.cap_batch = (size_t)run.threads * 64;
        run.batch = calloc(run.cap_batch, sizeof *run.batch);
        if (!run.batch) abort();
    }
    long rejected = 0;
    for (int i = 0; i < nf; i++) {
        long r = input_read(files[i], kind, date, code_article, &run);
        rejected += r < 0 ? 1 : r;
    }
    if (run.nbatch) flush_batch(&run);
    free(run.batch);
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
