/* file.h -- a whole file in memory. */
#ifndef TOCSIN_FILE_H
#define TOCSIN_FILE_H

#include <stddef.h>

/* Reads the file at 'path' into a malloc'd buffer with a NUL after its
 * last byte; its length goes to '*size' when 'size' is not NULL. Returns
 * NULL when the file cannot be opened, sized or read (errno tells why). */
char *file_read(const char *path, size_t *size);

#endif
