/* fold.c -- the lookup form of a piece of text.
 *
 * Dictionaries are matched against folded text, so every spelling a reporter
 * might use has to land on one key: case goes, accents go (Vučić -> vucic),
 * typographic quotes, dashes and odd spaces become their ASCII forms. The
 * result never depends on the C locale. Most tokens are ASCII, so they take
 * a table lookup per byte; everything else goes through utf8proc's
 * compatibility decomposition with case folding and marks stripped.
 */
#include "text/text.h"

#include <string.h>

#include <utf8proc.h>

#define LOWER(b) ((b) >= 'A' && (b) <= 'Z' ? (b) + 32 : (b))
#define L16(b) LOWER(b), LOWER(b + 1), LOWER(b + 2), LOWER(b + 3), LOWER(b + 4), LOWER(b + 5), \
    LOWER(b + 6), LOWER(b + 7), LOWER(b + 8), LOWER(b + 9), LOWER(b + 10), LOWER(b + 11), \
    LOWER(b + 12), LOWER(b + 13), LOWER(b + 14), LOWER(b + 15)

/* ASCII lower-casing, independent of the C locale */
static const unsigned char lower_table[128] = {
    L16(0x00), L16(0x10), L16(0x20), L16(0x30), L16(0x40), L16(0x50), L16(0x60), L16(0x70),
};

static inline unsigned char fold_ascii(unsigned char c)
{
    return lower_table[c & 0x7F];
}

/* Code points with a fixed ASCII form, looked up before decomposition.
 * An empty string means "drop it" (zero-width and soft-hyphen characters). */
static const char *special_form(utf8proc_int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
        return "-";
    case 0x00A0: case 0x2007: case 0x202F: case 0x205F: case 0x3000:
        return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF:
        return "";
    case 0x2026:
        return "...";
    /* letters with no decomposition that readers still see as a base letter */
    case 0x0110: case 0x0111: return "d";  /* Đ đ: Đukanović */
    case 0x00D8: case 0x00F8: return "o";
    case 0x0141: case 0x0142: return "l";
    case 0x0131: return "i";
    case 0x00C6: case 0x00E6: return "ae";
    case 0x0152: case 0x0153: return "oe";
    case 0x00DE: case 0x00FE: return "th";
    default:
        if (cp >= 0x2000 && cp <= 0x200A) return " ";
        return NULL;
    }
}

/* Appends n bytes if they fit (keeping room for the NUL); 0 when full. */
static int put(char *out, size_t cap, size_t *o, const char *s, size_t n)
{
    if (*o + n + 1 > cap) return 0;
    memcpy(out + *o, s, n);
    *o += n;
    return 1;
}

/* Folds one non-ASCII code point; returns 0 when 'out' is full. */
static int fold_code_point(utf8proc_int32_t cp, char *out, size_t cap, size_t *o)
{
    const char *sp = special_form(cp);
    if (sp) return put(out, cap, o, sp, strlen(sp));
    utf8proc_int32_t buf[24];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 24,
        UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, &last);
    if (n < 0 || n > 24) {  /* not expected for valid code points; keep it */
        buf[0] = cp;
        n = 1;
    }
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        utf8proc_uint8_t enc[4];
        const char *sp2 = special_form(buf[i]);
        if (sp2) {
            if (!put(out, cap, o, sp2, strlen(sp2))) return 0;
            continue;
        }
        utf8proc_ssize_t k = utf8proc_encode_char(buf[i], enc);
        if (!put(out, cap, o, (const char *)enc, (size_t)k)) return 0;
    }
    return 1;
}

size_t text_fold(const char *s, size_t len, char *out, size_t cap)
{
    if (cap == 0) return 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0;
    /* fast path: copy ASCII until the first high byte */
    while (i < len && u[i] < 0x80 && o + 1 < cap)
        out[o++] = (char)fold_ascii(u[i++]);
    while (i < len && o + 1 < cap) {
        if (u[i] < 0x80) {
            out[o++] = (char)fold_ascii(u[i++]);
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {  /* callers promise valid UTF-8; step over a stray byte */
            i++;
            continue;
        }
        if (!fold_code_point(cp, out, cap, &o)) break;
        i += (size_t)n;
    }
    out[o] = '\0';
    return o;
}
