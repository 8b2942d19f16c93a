/* input.c -- read articles from text files and JSON Lines.
 *
 * Lines are read with getline, so a 10 MB line costs 10 MB and nothing
 * breaks; a line is parsed with its length, so NUL bytes inside it are seen
 * (and cJSON's errors located) rather than silently cutting the record. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "cli/cli.h"

static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The 1-based line of the first byte that is NUL or not valid UTF-8, or 0. */
static long first_bad_line(const char *s, size_t len, long first_line)
{
    long line = first_line;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') line++;
        if (c == 0) return line;
        if (c < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 0) return line;
        i += (size_t)n;
    }
    return 0;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static long read_text(FILE *f, const char *path, const char *date, article_fn fn, void *ctx)
{
    size_t len;
    char *buf = slurp(f, &len);
    if (!buf) {
        fprintf(stderr, "%s: cannot read: %s\n", path, strerror(errno));
        return -1;
    }
    long rejected = 0;
    long bad = first_bad_line(buf, len, 1);
    if (len == 0) {
        fprintf(stderr, "%s:1: empty input: no article to code\n", path);
        free(buf);
        return 1;
    }
    if (bad) {
        fprintf(stderr, "%s:%ld: invalid UTF-8 or NUL bytes, replaced with U+FFFD or spaces; coded anyway\n", path, bad);
        rejected = 1;
    }
    article a = {.id = strcmp(path, "-") == 0 ? "stdin" : base_name(path), .date = date, .title = "",
                 .text = buf, .len = len, .file = path, .line = 1};
    fn(&a, ctx);
    free(buf);
    return rejected;
}

static const char *json_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* One JSONL record; returns 0 when coded, 1 when rejected. */
static int read_record(const char *line, size_t n, const char *path, long lineno, const char *date,
                       article_fn fn, void *ctx)
{
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(line, n, &end, 0);
    if (!o || !cJSON_IsObject(o)) {
        size_t col = end && end >= line ? (size_t)(end - line) + 1 : 1;
        fprintf(stderr, "%s:%ld:%zu: malformed JSON line: skipped\n", path, lineno, col);
        cJSON_Delete(o);
        return 1;
    }
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
    if (!cJSON_IsString(text)) {
        fprintf(stderr, "%s:%ld: record has no \"text\" string: skipped\n", path, lineno);
        cJSON_Delete(o);
        return 1;
    }
    char idbuf[64];
    const char *id = json_str(o, "id");
    const cJSON *idnum = cJSON_GetObjectItemCaseSensitive(o, "id");
    if (!id && cJSON_IsNumber(idnum)) {
        snprintf(idbuf, sizeof idbuf, "%.0f", idnum->valuedouble);
        id = idbuf;
    }
    if (!id) {
        snprintf(idbuf, sizeof idbuf, "%s:%ld", base_name(path), lineno);
        id = idbuf;
    }
    const char *d = json_str(o, "date");
    int rejected = 0;
    size_t tlen = strlen(text->valuestring);
    if (first_bad_line(text->valuestring, tlen, lineno)) {
        fprintf(stderr, "%s:%ld: invalid UTF-8 in \"text\", replaced with U+FFFD; coded anyway\n", path, lineno);
        rejected = 1;
    }
    article a = {.id = id, .date = d && *d ? d : date, .title = json_str(o, "title"), .url = json_str(o, "url"),
                 .text = text->valuestring, .len = tlen, .file = path, .line = lineno};
    fn(&a, ctx);
    cJSON_Delete(o);
    return rejected;
}

static long read_jsonl(FILE *f, const char *path, const char *date, article_fn fn, void *ctx)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, rejected = 0, records = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t len = (size_t)n;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
        size_t sp = 0;
        while (sp < len && (line[sp] == ' ' || line[sp] == '\t')) sp++;
        if (sp == len) continue;
        records++;
        if (memchr(line, '\0', len)) {
            fprintf(stderr, "%s:%ld: NUL byte in a JSON line: skipped\n", path, lineno);
            rejected++;
            continue;
        }
        rejected += read_record(line, len, path, lineno, date, fn, ctx);
    }
    free(line);
    if (ferror(f)) {
        fprintf(stderr, "%s:%ld: read error: %s\n", path, lineno, strerror(errno));
        return rejected + 1;
    }
    if (records == 0) {
        fprintf(stderr, "%s:1: empty input: no article to code\n", path);
        return rejected + 1;
    }
    return rejected;
}

long input_read(const char *path, input_kind kind, const char *date, article_fn fn, void *ctx)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
        return -1;
    }
    if (kind == INPUT_AUTO) {
        /* JSONL starts with '{' (after optional blanks); peek without losing it */
        int c;
        while ((c = getc(f)) == ' ' || c == '\t' || c == '\n' || c == '\r') {
        }
        kind = c == '{' ? INPUT_JSONL : INPUT_TEXT;
        if (c != EOF) ungetc(c, f);
    }
    long r = kind == INPUT_JSONL ? read_jsonl(f, path, date, fn, ctx) : read_text(f, path, date, fn, ctx);
    if (f != stdin) fclose(f);
    return r;
}
