/* fuzz_coder.c -- libFuzzer target: any bytes through the whole coder.
 *
 * tocsin_doc_new promises to take any bytes (bad UTF-8 becomes U+FFFD, NUL a
 * space), so the fuzzer feeds raw input straight into a document, codes it
 * with the built-in dictionaries and writes every event as JSON Lines. The
 * coder is made once and shared by every input, as a long-running server
 * would share it; a crash, a sanitizer report or a leak in one document is a
 * bug. Writing to /dev/null still exercises the escaper on every event. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "tocsin.h"

static tocsin_coder *coder;
static FILE *sink;

/* Makes the shared coder on the first call; aborts when the data is
 * missing, since every later input would be a false negative. */
static void setup(void)
{
    tocsin_error err = {0};
    coder = tocsin_coder_new(NULL, &err);
    if (!coder) {
        fprintf(stderr, "fuzz_coder: no coder: %s:%d: %s\n", err.file, err.line, err.msg);
        abort();
    }
    sink = fopen("/dev/null", "w");
    if (!sink)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!coder)
        setup();
    tocsin_doc *doc = tocsin_doc_new("fuzz", "2024-01-01", (const char *)data, size);
    if (!doc)
        return 0; /* out of memory: not a bug of the coder */
    int n = tocsin_coder_code(coder, doc);
    for (int i = 0; i < n; i++) {
        const tocsin_event *ev = tocsin_doc_event(doc, (size_t)i);
        if (!ev)
            abort(); /* the count and the events disagree */
        tocsin_write_jsonl(sink, ev);
    }
    (void)tocsin_doc_sentence_count(doc);
    (void)tocsin_doc_invalid_bytes(doc);
    tocsin_doc_free(doc);
    return 0;
}
