/* tsv.c -- events as tab-separated values with a header line.
 *
 * Tabs and line breaks inside text would break the columns, so they become
 * spaces; nothing else is altered. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink/sink.h"

/* Bytes of 's' with tabs and line breaks as spaces, copied run by run. */
static void text_cell(sink_line *o, const char *s, size_t len)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c != '\t' && c != '\n' && c != '\r') continue;
        sink_bytes(o, s + run, i - run);
        sink_char(o, ' ');
        run = i + 1;
    }
    if (len) sink_bytes(o, s + run, len - run);
}

static void cell(sink_line *o, const char *s, size_t len)
{
    sink_char(o, '\t');
    text_cell(o, s, len);
}

static void cell_str(sink_line *o, const char *s) { cell(o, s, s ? strlen(s) : 0); }

static void cell_int(sink_line *o, long long v)
{
    sink_char(o, '\t');
    sink_int(o, v);
}

int tocsin_write_tsv_header(FILE *out)
{
    fputs("article\tsentence\tdate\tsource\tsource_name\ttarget\ttarget_name\tcode\troot\tquad\tgoldstein"
          "\tlocation\tcountry\tadm1\tlat\tlon\tprecision\tkilled\twounded\tarrested\tmissing\tvictims"
          "\tmode\tverb\tpattern\tspan_start\tspan_end\ttext\n",
          out);
    return ferror(out) ? -TOCSIN_EIO : 0;
}

int tocsin_write_tsv(FILE *out, const tocsin_event *ev)
{
    sink_line o;
    sink_line_start(&o, out);
    text_cell(&o, ev->article, strlen(ev->article));
    cell_int(&o, ev->sentence);
    cell_str(&o, ev->date);
    cell_str(&o, ev->source);
    cell_str(&o, ev->source_name);
    cell_str(&o, ev->target);
    cell_str(&o, ev->target_name);
    cell_str(&o, ev->code);
    cell_str(&o, ev->root);
    cell_int(&o, ev->quad);
    sink_char(&o, '\t');
    sink_fixed(&o, ev->goldstein, 1);
    const tocsin_location *l = &ev->location;
    cell_str(&o, l->name);
    cell_str(&o, l->country);
    cell_str(&o, l->adm1);
    /* unknown coordinates are empty cells */
    if (isnan(l->lat)) {
        sink_lit(&o, "\t\t");
    } else {
        sink_char(&o, '\t');
        sink_fixed(&o, l->lat, 5);
        sink_char(&o, '\t');
        sink_fixed(&o, l->lon, 5);
    }
    cell_str(&o, l->precision);
    cell_int(&o, ev->killed);
    cell_int(&o, ev->wounded);
    cell_int(&o, ev->arrested);
    cell_int(&o, ev->missing);
    cell_str(&o, ev->victims);
    cell_str(&o, tocsin_mode_name(ev->mode));
    cell_str(&o, ev->verb);
    cell_str(&o, ev->pattern);
    cell_int(&o, ev->span_start);
    cell_int(&o, ev->span_end);
    cell(&o, ev->text, ev->text_len);
    sink_char(&o, '\n');
    return sink_line_end(&o);
}
