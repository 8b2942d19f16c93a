/* gdelt.c -- events as rows of the GDELT 2.0 event export (61 columns).
 *
 * A GDELT row spreads what tocsin keeps in one CAMEO actor code over ten
 * columns (country, known group, ethnic, two religions, three types), and
 * uses FIPS 10-4 country codes, not ISO, for places. So the one idea here is
 * decomposition: cut each actor code into three-letter pieces and sort each
 * piece by the table it belongs to. What tocsin cannot know (tone, actor
 * geography, GAUL and GNS codes) is left empty rather than invented; the
 * column-by-column account is in include/tocsin.h. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sink/formats.h"

/* CAMEO role codes (GDELT's CAMEO.type table, plus PTY for parties). */
static const char *const types[] = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
    "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY", "PKO",
    "IGO", "IMG", "INT", "NGM", "NGO", "UIS", "SET", NULL};
/* CAMEO religion codes. */
static const char *const religions[] = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "ENR", "GNS", "HIN", "HSD",
    "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "MST", "MUS", "OTH", "PAG", "PRO", "SFI", "SHI",
    "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO", NULL};
/* CAMEO regions: country-like in first place, a scope inside an IGO code. */
static const char *const regions[] = {
    "AFR", "ASA", "BAL", "BLK", "CAU", "CFR", "CAS", "CEU", "CRB", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
    "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WEU", "WST", NULL};

/* US states and DC: name -> postal code, for GDELT's ADM1 "US" + code. */
static const char *const us_states[][2] = {
    {"Alabama", "AL"}, {"Alaska", "AK"}, {"Arizona", "AZ"}, {"Arkansas", "AR"}, {"California", "CA"},
    {"Colorado", "CO"}, {"Connecticut", "CT"}, {"Delaware", "DE"}, {"District of Columbia", "DC"},
    {"Florida", "FL"}, {"Georgia", "GA"}, {"Hawaii", "HI"}, {"Idaho", "ID"}, {"Illinois", "IL"},
    {"Indiana", "IN"}, {"Iowa", "IA"}, {"Kansas", "KS"}, {"Kentucky", "KY"}, {"Louisiana", "LA"},
    {"Maine", "ME"}, {"Maryland", "MD"}, {"Massachusetts", "MA"}, {"Michigan", "MI"}, {"Minnesota", "MN"},
    {"Mississippi", "MS"}, {"Missouri", "MO"}, {"Montana", "MT"}, {"Nebraska", "NE"}, {"Nevada", "NV"},
    {"New Hampshire", "NH"}, {"New Jersey", "NJ"}, {"New Mexico", "NM"}, {"New York", "NY"},
    {"North Carolina", "NC"}, {"North Dakota", "ND"}, {"Ohio", "OH"}, {"Oklahoma", "OK"}, {"Oregon", "OR"},
    {"Pennsylvania", "PA"}, {"Rhode Island", "RI"}, {"South Carolina", "SC"}, {"South Dakota", "SD"},
    {"Tennessee", "TN"}, {"Texas", "TX"}, {"Utah", "UT"}, {"Vermont", "VT"}, {"Virginia", "VA"},
    {"Washington", "WA"}, {"West Virginia", "WV"}, {"Wisconsin", "WI"}, {"Wyoming", "WY"}};

static int in_list(const char *const *list, const char *piece)
{
    for (; *list; list++)
        if (memcmp(*list, piece, 3) == 0) return 1;
    return 0;
}

/* The ten GDELT columns of one actor, each a three-letter code or "". */
typedef struct actor_parts {
    char country[4], group[4], ethnic[4], religion[2][4], type[3][4];
} actor_parts;

static void put3(char *dst, const char *piece)
{
    memcpy(dst, piece, 3);
    dst[3] = '\0';
}

/* Sorts the pieces of a CAMEO actor code into GDELT's columns. Only a
 * leading state or region is the country: later ones are the scope of an
 * organisation (EUR in IGOEUREEC). The organisation is the last piece no
 * table claims, the most specific one (HCR in IGOUNOREFHCR). "---" (the
 * PETRARCH placeholder for an unknown country) is skipped. */
static void decompose(const tocsin_formats *f, const char *code, actor_parts *p)
{
    memset(p, 0, sizeof *p);
    size_t len = code ? strlen(code) : 0, ntype = 0, nrel = 0;
    for (size_t i = 0; i + 3 <= len; i += 3) {
        const char *piece = code + i;
        if (memcmp(piece, "---", 3) == 0) continue;
        int place = formats_country_name(f, piece, 3) || in_list(regions, piece);
        if (place && i == 0) {
            put3(p->country, piece);
        } else if (in_list(types, piece)) {
            if (ntype < 3) put3(p->type[ntype++], piece);
        } else if (in_list(religions, piece)) {
            /* before places: MUS is Mauritius only in first place */
            if (nrel < 2) put3(p->religion[nrel++], piece);
        } else if (!place) {
            put3(p->group, piece);
        }
    }
}

/* A cell of free text: tabs and line breaks would break the row. */
static void text_cell(FILE *out, const char *s, int upper)
{
    putc('\t', out);
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        putc(upper && c < 0x80 ? toupper(c) : c, out);
    }
}

/* Columns 5-14 or 15-24. */
static void actor_columns(FILE *out, const tocsin_formats *f, const char *code, const char *name)
{
    actor_parts p;
    decompose(f, code, &p);
    text_cell(out, code, 0);
    text_cell(out, code && *code ? name : "", 1);
    fprintf(out, "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s", p.country, p.group, p.ethnic, p.religion[0], p.religion[1],
            p.type[0], p.type[1], p.type[2]);
}

/* Day of the year, 1-based, of a valid date. */
static int day_of_year(int y, int m, int d)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return before[m - 1] + d + (leap && m > 2);
}

/* Columns 1-4 from YYYY-MM-DD; four empty cells when the date is unknown. */
static void date_columns(FILE *out, const char *date)
{
    int y, m, d;
    char tail;
    if (!date || strlen(date) != 10 || sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 ||
        d < 1 || d > 31) {
        fputs("\t\t\t\t", out);
        return;
    }
    fprintf(out, "\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f", y, m, d, y, m, y, y + day_of_year(y, m, d) / 365.0);
}

static int same(const char *a, const char *b) { return a && b && *a && strcmp(a, b) == 0; }

/* GDELT's geographic resolution of a tocsin location (see tocsin.h). */
static int geo_type(const tocsin_location *l, const char *country_name)
{
    const char *prec = l->precision ? l->precision : "";
    int usa = same(l->country, "USA");
    int level = 0; /* 1 country, 2 subdivision, 3 place */
    if (strcmp(prec, "place") == 0) level = 3;
    else if (strcmp(prec, "adm1") == 0) level = 2;
    else if (strcmp(prec, "country") == 0) level = 1;
    else if (strcmp(prec, "inferred") == 0) {
        if (!l->name || !*l->name || same(l->name, country_name) || same(l->name, l->country)) level = 1;
        else if (same(l->name, l->adm1)) level = 2;
        else level = 3;
    }
    if (level == 0 || !l->country || !*l->country) return 0;
    static const int world[] = {0, 1, 5, 4}, us[] = {0, 1, 2, 3};
    return usa ? us[level] : world[level];
}

static const char *us_state_code(const char *adm1)
{
    for (size_t i = 0; adm1 && i < sizeof us_states / sizeof *us_states; i++)
        if (strcmp(us_states[i][0], adm1) == 0) return us_states[i][1];
    return NULL;
}

/* FIPS splits Palestine: Gaza (GZ) and the West Bank (WE, fips.txt). */
static const char *fips_of(const tocsin_formats *f, const tocsin_location *l)
{
    if (same(l->country, "PSE") && ((l->name && strstr(l->name, "Gaza")) || (l->adm1 && strstr(l->adm1, "Gaza"))))
        return "GZ";
    const char *fips = formats_fips(f, l->country);
    return fips ? fips : "";
}

/* Columns 51-58: type, full name, FIPS country, ADM1, ADM2, lat, long, feature. */
static void action_geo(FILE *out, const tocsin_formats *f, const tocsin_location *l)
{
    const char *cname = l->country && strlen(l->country) == 3 ? formats_country_name(f, l->country, 3) : NULL;
    int type = geo_type(l, cname);
    if (type == 0) {
        fputs("\t0\t\t\t\t\t\t\t", out);
        return;
    }
    if (!cname) cname = l->country;
    fprintf(out, "\t%d", type);
    /* "Banjska, Kosovo"; "Austin, Texas, United States"; "Texas, United States" */
    const char *adm1 = l->adm1 && *l->adm1 ? l->adm1 : NULL;
    putc('\t', out);
    if (type == 3 || type == 4) {
        fprintf(out, "%s, ", l->name);
        if (adm1 && !same(adm1, l->name)) fprintf(out, "%s, ", adm1);
    } else if (type == 2 || type == 5) {
        fprintf(out, "%s, ", adm1 ? adm1 : l->name);
    }
    fputs(cname, out);
    /* a city's own name is no state ("Washington"), so only type 2 falls back to it */
    const char *state = type == 2 ? us_state_code(adm1 ? adm1 : l->name) : type == 3 ? us_state_code(adm1) : NULL;
    const char *fips = fips_of(f, l);
    fprintf(out, "\t%s\t%s%s\t", fips, fips, same(l->country, "USA") && state ? state : "");
    if (isnan(l->lat) || isnan(l->lon)) fputs("\t\t", out);
    else fprintf(out, "\t%.4f\t%.4f", l->lat, l->lon);
    putc('\t', out);
}

int tocsin_write_gdelt(FILE *out, const tocsin_formats *f, const tocsin_event *ev, uint64_t id)
{
    fprintf(out, "%llu", (unsigned long long)id);
    date_columns(out, ev->date);
    actor_columns(out, f, ev->source, ev->source_name);
    actor_columns(out, f, ev->target, ev->target_name);
    const char *code = ev->code ? ev->code : "";
    fprintf(out, "\t%d\t%s\t%.3s\t%s\t%d\t%.1f\t1\t1\t1\t0", ev->sentence == 1, code, code, ev->root, ev->quad,
            ev->goldstein);
    /* Actor1Geo and Actor2Geo: tocsin does not locate actors */
    fputs("\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t", out);
    action_geo(out, f, &ev->location);
    fprintf(out, "\t%s", formats_dateadded(f));
    text_cell(out, ev->url && *ev->url ? ev->url : ev->article, 0);
    putc('\n', out);
    return ferror(out) ? -TOCSIN_EIO : 0;
}
