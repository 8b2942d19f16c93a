/* jsonl.c -- events as JSON Lines, one object per event.
 *
 * The text is valid UTF-8 by the time it gets here (text_clean), so escaping
 * only has to handle quotes, backslashes and control characters. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink/sink.h"

void sink_json_string(FILE *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    putc('"', out);
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        fwrite(s + run, 1, i - run, out);
        run = i + 1;
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            fputs("\\u00", out);
            putc(hex[c >> 4], out);
            putc(hex[c & 15], out);
        }
    }
    fwrite(s + run, 1, len - run, out);
    putc('"', out);
}

static void field(FILE *out, const char *name, const char *value)
{
    fprintf(out, ",\"%s\":", name);
    sink_json_string(out, value ? value : "", value ? strlen(value) : 0);
}

static void coordinate(FILE *out, const char *name, double v)
{
    if (isnan(v)) fprintf(out, ",\"%s\":null", name);
    else fprintf(out, ",\"%s\":%.5f", name, v);
}

/* "location":{...},"killed":..,"missing":.. (DESIGN.md section 2) */
static void where_and_toll(FILE *out, const tocsin_event *ev)
{
    const tocsin_location *l = &ev->location;
    fputs(",\"location\":{\"name\":", out);
    sink_json_string(out, l->name ? l->name : "", l->name ? strlen(l->name) : 0);
    field(out, "country", l->country);
    field(out, "adm1", l->adm1);
    coordinate(out, "lat", l->lat);
    coordinate(out, "lon", l->lon);
    field(out, "precision", l->precision);
    fprintf(out, "},\"killed\":%d,\"wounded\":%d,\"arrested\":%d,\"missing\":%d", ev->killed, ev->wounded,
            ev->arrested, ev->missing);
    field(out, "victims", ev->victims);
    if (ev->url && *ev->url) field(out, "url", ev->url);
}

int tocsin_write_jsonl(FILE *out, const tocsin_event *ev)
{
    fputs("{\"article\":", out);
    sink_json_string(out, ev->article, strlen(ev->article));
    fprintf(out, ",\"sentence\":%d", ev->sentence);
    field(out, "date", ev->date);
    field(out, "source", ev->source);
    field(out, "source_name", ev->source_name);
    field(out, "target", ev->target);
    field(out, "target_name", ev->target_name);
    field(out, "code", ev->code);
    field(out, "root", ev->root);
    fprintf(out, ",\"quad\":%d,\"goldstein\":%.1f", ev->quad, ev->goldstein);
    where_and_toll(out, ev);
    field(out, "mode", tocsin_mode_name(ev->mode));
    fputs(",\"text\":", out);
    sink_json_string(out, ev->text, ev->text_len);
    fputs(",\"evidence\":{\"verb\":", out);
    sink_json_string(out, ev->verb, strlen(ev->verb));
    fputs(",\"pattern\":", out);
    sink_json_string(out, ev->pattern, strlen(ev->pattern));
    fprintf(out, ",\"span\":[%u,%u]}}\n", ev->span_start, ev->span_end);
    return ferror(out) ? -TOCSIN_EIO : 0;
}
