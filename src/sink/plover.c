/* plover.c -- events as PLOVER records, one JSON object per line.
 *
 * PLOVER (the Open Event Data Alliance's successor to CAMEO) names 16 event
 * types and qualifies each with a mode and contexts. tocsin codes CAMEO, so
 * the record is CAMEO read through data/plover.txt; the CAMEO code stays in
 * the record so nothing is lost in translation. PLOVER's word "mode" is the
 * sub-type from that table; tocsin's own mode (asserted, negated, ...) is
 * "modality", so the two are never confused. */
#include <stdio.h>
#include <string.h>

#include "sink/formats.h"
#include "sink/sink.h"

/* "context":["legal","military"] from "legal;military" */
static void context_array(sink_line *o, const char *ctx)
{
    sink_lit(o, ",\"context\":[");
    for (int first = 1; ctx && *ctx; first = 0) {
        size_t n = strcspn(ctx, ";");
        if (!first) sink_char(o, ',');
        sink_json_string(o, ctx, n);
        ctx += n + (ctx[n] == ';');
    }
    sink_char(o, ']');
}

/* {"code","name","country"}: the country is the code's leading state, if any. */
static void actor(sink_line *o, const tocsin_formats *f, const char *code, const char *name)
{
    if (!code || !*code) {
        sink_lit(o, "null");
        return;
    }
    sink_lit(o, "{\"code\":");
    sink_json_str(o, code);
    sink_member(o, "name", name);
    char country[4] = "";
    if (strlen(code) >= 3 && formats_country_name(f, code, 3)) memcpy(country, code, 3), country[3] = '\0';
    sink_member(o, "country", country);
    sink_char(o, '}');
}

int tocsin_write_plover(FILE *out, const tocsin_formats *f, const tocsin_event *ev)
{
    const plover_row *row = formats_plover(f, ev->code);
    sink_line o;
    sink_line_start(&o, out);
    sink_lit(&o, "{\"id\":\"");
    sink_json_chars(&o, ev->article, strlen(ev->article));
    sink_char(&o, ':');
    sink_int(&o, ev->sentence);
    sink_char(&o, '"');
    sink_member(&o, "date", ev->date);
    sink_key(&o, "event_type");
    if (row && *row->event_type) sink_json_str(&o, row->event_type);
    else sink_lit(&o, "null");
    sink_member(&o, "mode", row ? row->mode : "");
    context_array(&o, row ? row->context : "");
    sink_member(&o, "modality", tocsin_mode_name(ev->mode));
    sink_key(&o, "actor1");
    actor(&o, f, ev->source, ev->source_name);
    sink_key(&o, "actor2");
    actor(&o, f, ev->target, ev->target_name);
    sink_location(&o, &ev->location);
    sink_lit(&o, ",\"casualties\":{");
    sink_tolls(&o, ev);
    sink_member(&o, "victims", ev->victims);
    sink_lit(&o, "},\"cameo\":{\"code\":");
    sink_json_str(&o, ev->code);
    sink_member(&o, "root", ev->root);
    sink_key(&o, "quad");
    sink_int(&o, ev->quad);
    sink_key(&o, "goldstein");
    sink_fixed(&o, ev->goldstein, 1);
    sink_lit(&o, "},\"source\":{\"article\":");
    sink_json_str(&o, ev->article);
    sink_key(&o, "sentence");
    sink_int(&o, ev->sentence);
    sink_lit(&o, "},\"text\":");
    sink_json_string(&o, ev->text, ev->text ? ev->text_len : 0);
    sink_lit(&o, "}\n");
    return sink_line_end(&o);
}
