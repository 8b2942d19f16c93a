/* utf8.c -- the edge of the pipeline: raw bytes in, valid NFC UTF-8 out.
 *
 * One idea: decide the output size before writing anything. A first pass
 * walks the bytes with the Unicode "maximal subpart" rule and counts what the
 * cleaned text will need. Clean text whose characters NFC cannot change
 * (ASCII, Latin-1, curly quotes: most news) is copied straight into the
 * arena; only the rest pays for utf8proc's NFC. Every later stage may
 * assume valid, NUL-free UTF-8.
 */
#include "text/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* U+FFFD REPLACEMENT CHARACTER */
static const char REPLACEMENT[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* Length of the valid UTF-8 sequence at s[0..avail), or the negated length
 * of its maximal invalid subpart (at least 1 byte). The second byte's range
 * depends on the lead byte; this is what rejects overlongs (E0 80..9F,
 * F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF. */
static int seq_len(const unsigned char *s, size_t avail)
{
    unsigned char b = s[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b < 0x80) return 1;
    if (b < 0xC2 || b > 0xF4) return -1;
    if (b < 0xE0) need = 1;
    else if (b < 0xF0) {
        need = 2;
        if (b == 0xE0) lo = 0xA0;
        else if (b == 0xED) hi = 0x9F;
    } else {
        need = 3;
        if (b == 0xF0) lo = 0x90;
        else if (b == 0xF4) hi = 0x8F;
    }
    int i = 1;
    for (; i <= need; i++) {
        if ((size_t)i >= avail) return -i;
        unsigned char c = s[i];
        if (i == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return -i;
    }
    return need + 1;
}

/* Code points that are already NFC whatever surrounds them: they never
 * decompose, never combine with what precedes them, and have combining
 * class 0 (Latin-1, Latin Extended-A, typographic punctuation, currency).
 * Text whose non-ASCII is all in here -- most Western news -- skips NFC. */
static int nfc_inert(const unsigned char *s, int n)
{
    uint32_t cp = n == 2 ? ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F)
                : n == 3 ? ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F)
                         : 0;
    return (cp >= 0xA0 && cp <= 0x17F) || (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
           cp == 0xFFFD;
}

/* Repairs in[0..len) into out (NULL: only measure). Returns the output size;
 * *bad gets the number of bytes replaced, *high whether any code point
 * survives that NFC might change. */
static size_t repair(const unsigned char *in, size_t len, char *out, size_t *bad, int *high)
{
    size_t i = 0, o = 0;
    *bad = 0;
    *high = 0;
    while (i < len) {
        unsigned char b = in[i];
        if (b >= 0x01 && b < 0x80) {
            if (out) out[o] = (char)b;
            o++, i++;
            continue;
        }
        if (b == 0) {
            if (out) out[o] = ' ';
            o++, i++, (*bad)++;
            continue;
        }
        int n = seq_len(in + i, len - i);
        if (n > 0) {
            if (out) memcpy(out + o, in + i, (size_t)n);
            if (!*high && !nfc_inert(in + i, n)) *high = 1;
            o += (size_t)n;
            i += (size_t)n;
        } else {
            if (out) memcpy(out + o, REPLACEMENT, 3);
            o += 3;
            i += (size_t)-n;
            *bad += (size_t)-n;
        }
    }
    return o;
}

void text_clean(tc_doc *doc, const char *bytes, size_t len)
{
    const unsigned char *in = (const unsigned char *)(bytes ? bytes : "");
    if (!bytes) len = 0;
    size_t bad;
    int high;
    size_t outlen = repair(in, len, NULL, &bad, &high);
    doc->invalid_bytes = bad;
    if (!high) {
        /* the fast path: nothing NFC could change; repair only if needed */
        doc->text = arena_alloc(&doc->mem, outlen + 1);
        if (bad) repair(in, len, doc->text, &bad, &high);
        else memcpy(doc->text, in, len);
        doc->len = outlen;
        return;
    }
    char *tmp = malloc(outlen + 1);
    if (!tmp) {
        /* no memory for NFC: keep the repaired text as it is */
        doc->text = arena_alloc(&doc->mem, outlen + 1);
        repair(in, len, doc->text, &bad, &high);
        doc->len = outlen;
        return;
    }
    repair(in, len, tmp, &bad, &high);
    tmp[outlen] = '\0';
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)tmp, (utf8proc_ssize_t)outlen, &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n >= 0 && nfc) {
        doc->text = arena_strndup(&doc->mem, (const char *)nfc, (size_t)n);
        doc->len = (size_t)n;
    } else {
        /* utf8proc refuses only on out-of-memory here: the text is valid */
        doc->text = arena_strndup(&doc->mem, tmp, outlen);
        doc->len = outlen;
    }
    free(nfc);
    free(tmp);
}
