/* tsv.c -- events as tab-separated values with a header line.
 *
 * Tabs and line breaks inside text would break the columns, so they become
 * spaces; nothing else is altered. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink/sink.h"

static void text_cell(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        putc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
    }
}

static void cell(FILE *out, const char *s, size_t len)
{
    putc('\t', out);
    text_cell(out, s, len);
}

static void cell_str(FILE *out, const char *s) { cell(out, s ? s : "", s ? strlen(s) : 0); }

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
    text_cell(out, ev->article, strlen(ev->article));
    fprintf(out, "\t%d", ev->sentence);
    cell_str(out, ev->date);
    cell_str(out, ev->source);
    cell_str(out, ev->source_name);
    cell_str(out, ev->target);
    cell_str(out, ev->target_name);
    cell_str(out, ev->code);
    cell_str(out, ev->root);
    fprintf(out, "\t%d\t%.1f", ev->quad, ev->goldstein);
    const tocsin_location *l = &ev->location;
    cell_str(out, l->name);
    cell_str(out, l->country);
    cell_str(out, l->adm1);
    /* unknown coordinates are empty cells */
    if (isnan(l->lat)) fputs("\t\t", out);
    else fprintf(out, "\t%.5f\t%.5f", l->lat, l->lon);
    cell_str(out, l->precision);
    fprintf(out, "\t%d\t%d\t%d\t%d", ev->killed, ev->wounded, ev->arrested, ev->missing);
    cell_str(out, ev->victims);
    cell_str(out, tocsin_mode_name(ev->mode));
    cell_str(out, ev->verb);
    cell_str(out, ev->pattern);
    fprintf(out, "\t%u\t%u", ev->span_start, ev->span_end);
    cell(out, ev->text, ev->text_len);
    putc('\n', out);
    return ferror(out) ? -TOCSIN_EIO : 0;
}
