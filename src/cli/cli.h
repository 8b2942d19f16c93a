/* cli.h -- the subcommands of the tocsin program and what they share. */
#ifndef TOCSIN_CLI_H
#define TOCSIN_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "tocsin.h"

int cmd_code(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_test_suite(int argc, char **argv);

/* One article read from an input. */
typedef struct article {
    const char *id, *date, *title, *url;
    const char *text;
    size_t len;
    const char *file;  /* where it came from, for messages */
    long line;         /* its line in that file (JSONL), or 1 */
} article;

typedef enum { INPUT_AUTO, INPUT_TEXT, INPUT_JSONL } input_kind;

/* Called for each article; return non-zero to stop reading. */
typedef int (*article_fn)(const article *a, void *ctx);

/* Reads 'path' ("-" for stdin) as text (one article) or JSONL (one per
 * line), calling 'fn' for each article. Problems with one record are
 * reported on stderr as "file:line: reason" and the rest is read on.
 * Returns the number of records rejected, or -1 if the file cannot be read. */
long input_read(const char *path, input_kind kind, const char *default_date, article_fn fn, void *ctx);

/* Loads a coder from --dict/--add-dict lists; prints the error and returns
 * NULL on failure. */
tocsin_coder *cli_coder(const char *const *dicts, const char *const *add_dicts);

/* The directory of the bundled samples. */
const char *cli_samples_dir(void);

#endif
