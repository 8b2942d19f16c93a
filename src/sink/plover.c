/* plover.c -- events as PLOVER records, one JSON object per line.
 *
 * PLOVER (the Open Event Data Alliance's successor to CAMEO) names 16 event
 * types and qualifies each with a mode and contexts. tocsin codes CAMEO, so
 * the record is CAMEO read through data/plover.txt; the CAMEO code stays in
 * the record so nothing is lost in translation. PLOVER's word "mode" is the
 * sub-type from that table; tocsin's own mode (asserted, negated, ...) is
 * "modality", so the two are never confused. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink/formats.h"
#include "sink/sink.h"

static void str(FILE *out, const char *s) { sink_json_string(out, s ? s : "", s ? strlen(s) : 0); }

static void key_str(FILE *out, const char *key, const char *s)
{
    fprintf(out, ",\"%s\":", key);
    str(out, s);
}

static void number(FILE *out, const char *key, double v, const char *fmt)
{
    fprintf(out, ",\"%s\":", key);
    if (isnan(v)) fputs("null", out);
    else fprintf(out, fmt, v);
}

/* "context":["legal","military"] from "legal;military" */
static void context_array(FILE *out, const char *ctx)
{
    fputs(",\"context\":[", out);
    for (int first = 1; ctx && *ctx; first = 0) {
        size_t n = strcspn(ctx, ";");
        if (!first) putc(',', out);
        sink_json_string(out, ctx, n);
        ctx += n + (ctx[n] == ';');
    }
    putc(']', out);
}

/* {"code","name","country"}: the country is the code's leading state, if any. */
static void actor(FILE *out, const tocsin_formats *f, const char *key, const char *code, const char *name)
{
    fprintf(out, ",\"%s\":", key);
    if (!code || !*code) {
        fputs("null", out);
        return;
    }
    fputs("{\"code\":", out);
    str(out, code);
    key_str(out, "name", name);
    char country[4] = "";
    if (strlen(code) >= 3 && formats_country_name(f, code, 3)) memcpy(country, code, 3), country[3] = '\0';
    key_str(out, "country", country);
    putc('}', out);
}

static void location(FILE *out, const tocsin_location *l)
{
    fputs(",\"location\":{\"name\":", out);
    str(out, l->name);
    key_str(out, "country", l->country);
    key_str(out, "adm1", l->adm1);
    number(out, "lat", l->lat, "%.5f");
    number(out, "lon", l->lon, "%.5f");
    key_str(out, "precision", l->precision);
    putc('}', out);
}

int tocsin_write_plover(FILE *out, const tocsin_formats *f, const tocsin_event *ev)
{
    const plover_row *row = formats_plover(f, ev->code);
    fputs("{\"id\":", out);
    char id[600];
    snprintf(id, sizeof id, "%s:%d", ev->article, ev->sentence);
    str(out, id);
    key_str(out, "date", ev->date);
    fputs(",\"event_type\":", out);
    if (row && *row->event_type) str(out, row->event_type);
    else fputs("null", out);
    key_str(out, "mode", row ? row->mode : "");
    context_array(out, row ? row->context : "");
    key_str(out, "modality", tocsin_mode_name(ev->mode));
    actor(out, f, "actor1", ev->source, ev->source_name);
    actor(out, f, "actor2", ev->target, ev->target_name);
    location(out, &ev->location);
    fprintf(out, ",\"casualties\":{\"killed\":%d,\"wounded\":%d,\"arrested\":%d,\"missing\":%d", ev->killed,
            ev->wounded, ev->arrested, ev->missing);
    key_str(out, "victims", ev->victims);
    fputs("},\"cameo\":{\"code\":", out);
    str(out, ev->code);
    key_str(out, "root", ev->root);
    fprintf(out, ",\"quad\":%d,\"goldstein\":%.1f}", ev->quad, ev->goldstein);
    fputs(",\"source\":{\"article\":", out);
    str(out, ev->article);
    fprintf(out, ",\"sentence\":%d}", ev->sentence);
    fputs(",\"text\":", out);
    sink_json_string(out, ev->text ? ev->text : "", ev->text ? ev->text_len : 0);
    fputs("}\n", out);
    return ferror(out) ? -TOCSIN_EIO : 0;
}
