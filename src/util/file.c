/* file.c -- a whole file in memory. */
#include "util/file.h"

#include <stdio.h>
#include <stdlib.h>

char *file_read(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc((size_t)n + 1);
        if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
            free(buf);
            buf = NULL;
        }
        if (buf) buf[n] = '\0';
    }
    fclose(f);
    if (buf && size) *size = (size_t)n;
    return buf;
}
