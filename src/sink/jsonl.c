/* jsonl.c -- events as JSON Lines, one object per event.
 *
 * The text is valid UTF-8 by the time it gets here (text_clean), so escaping
 * only has to handle quotes, backslashes and control characters. */
#include <stdio.h>
#include <string.h>

#include "sink/sink.h"

/* "location":{...},"killed":..,"missing":.. (DESIGN.md section 2) */
static void where_and_toll(sink_line *o, const tocsin_event *ev)
{
    sink_location(o, &ev->location);
    sink_char(o, ',');
    sink_tolls(o, ev);
    sink_member(o, "victims", ev->victims);
    if (ev->url && *ev->url) {
        sink_member(o, "url", ev->url);
    }
}

int tocsin_write_jsonl(FILE *out, const tocsin_event *ev)
{
    sink_line o;
    sink_line_start(&o, out);
    sink_lit(&o, "{\"article\":");
    sink_json_str(&o, ev->article);
    sink_key(&o, "sentence");
    sink_int(&o, ev->sentence);
    sink_member(&o, "date", ev->date);
    sink_member(&o, "source", ev->source);
    sink_member(&o, "source_name", ev->source_name);
    sink_member(&o, "target", ev->target);
    sink_member(&o, "target_name", ev->target_name);
    sink_member(&o, "code", ev->code);
    sink_member(&o, "root", ev->root);
    sink_key(&o, "quad");
    sink_int(&o, ev->quad);
    sink_key(&o, "goldstein");
    sink_fixed(&o, ev->goldstein, 1);
    where_and_toll(&o, ev);
    sink_member(&o, "mode", tocsin_mode_name(ev->mode));
    sink_key(&o, "text");
    sink_json_string(&o, ev->text, ev->text_len);
    sink_lit(&o, ",\"evidence\":{\"verb\":");
    sink_json_str(&o, ev->verb);
    sink_member(&o, "pattern", ev->pattern);
    sink_lit(&o, ",\"span\":[");
    sink_int(&o, ev->span_start);
    sink_char(&o, ',');
    sink_int(&o, ev->span_end);
    sink_lit(&o, "]}}\n");
    return sink_line_end(&o);
}
