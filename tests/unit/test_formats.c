/* test_formats.c -- unit tests of the GDELT and PLOVER writers.
 *
 * Events are built by hand, so every branch of the column logic (actor
 * decomposition, geographic types, FIPS codes, dates, the CAMEO -> PLOVER
 * fallback from code to base to root) is checked without the coder. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tocsin.h"

static tocsin_formats *formats;

/* --- helpers ----------------------------------------------------------- */

static tocsin_event event(const char *source, const char *target, const char *code)
{
    tocsin_event ev;
    memset(&ev, 0, sizeof ev);
    ev.article = "a17";
    ev.sentence = 3;
    ev.date = "2023-09-29";
    ev.source = source;
    ev.source_name = "Source name";
    ev.target = target;
    ev.target_name = *target ? "Target name" : "";
    ev.code = code;
    memcpy(ev.root, code, 2);
    ev.quad = 1;
    ev.goldstein = -0.3;
    ev.text = "The sentence.";
    ev.text_len = strlen(ev.text);
    ev.verb = ev.pattern = ev.victims = "";
    ev.location = (tocsin_location){"Banjska", "KSV", "", 42.94, 20.82, "place"};
    return ev;
}

/* Writes one GDELT row and splits it into 'cols' (62 slots, NULL-padded). */
static char *gdelt_row(const tocsin_event *ev, uint64_t id, char **cols, int *ncols)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    assert_int_equal(tocsin_write_gdelt(out, formats, ev, id), 0);
    fclose(out);
    assert_true(len > 0 && buf[len - 1] == '\n');
    buf[len - 1] = '\0';
    *ncols = 0;
    for (char *p = buf;; p++) {
        if (*ncols < 62) cols[(*ncols)] = p;
        (*ncols)++;
        p = strchr(p, '\t');
        if (!p) break;
        *p = '\0';
    }
    return buf;
}

static cJSON *plover_record(const tocsin_event *ev)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    assert_int_equal(tocsin_write_plover(out, formats, ev), 0);
    fclose(out);
    assert_true(len > 0 && buf[len - 1] == '\n' && !memchr(buf, '\n', len - 1));
    cJSON *j = cJSON_Parse(buf);
    free(buf);
    assert_non_null(j);
    return j;
}

static const char *jstr(const cJSON *j, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* --- GDELT ------------------------------------------------------------- */

static void gdelt_columns_and_codes(void **state)
{
    (void)state;
    tocsin_event ev = event("USAGOV", "SRBGOV", "0256");
    char *c[62];
    int n;
    char *row = gdelt_row(&ev, 42, c, &n);
    assert_int_equal(n, 61);
    assert_string_equal(c[0], "42");
    assert_string_equal(c[1], "20230929");
    assert_string_equal(c[2], "202309");
    assert_string_equal(c[3], "2023");
    assert_string_equal(c[4], "2023.7452"); /* day 272 / 365 */
    assert_string_equal(c[5], "USAGOV");
    assert_string_equal(c[6], "SOURCE NAME");
    assert_string_equal(c[7], "USA");
    assert_string_equal(c[12], "GOV");
    assert_string_equal(c[17], "SRB");
    assert_string_equal(c[25], "0");   /* sentence 3 is not the lead */
    assert_string_equal(c[26], "0256"); /* leading zeros kept */
    assert_string_equal(c[27], "025");
    assert_string_equal(c[28], "02");
    assert_string_equal(c[29], "1");
    assert_string_equal(c[30], "-0.3");
    assert_string_equal(c[31], "1");
    assert_string_equal(c[34], "0");
    assert_string_equal(c[35], "0"); /* no actor geography */
    assert_string_equal(c[43], "0");
    assert_string_equal(c[51], "4"); /* a place outside the US: WORLDCITY */
    assert_string_equal(c[52], "Banjska, Kosovo");
    assert_string_equal(c[53], "KV");
    assert_string_equal(c[54], "KV");
    assert_string_equal(c[56], "42.9400");
    assert_string_equal(c[57], "20.8200");
    assert_string_equal(c[59], "19700101000000"); /* SOURCE_DATE_EPOCH=0 */
    assert_string_equal(c[60], "a17");
    free(row);
}

static void gdelt_actor_decomposition(void **state)
{
    (void)state;
    struct {
        const char *code, *country, *group, *rel1, *type1, *type2;
    } cases[] = {
        {"IGOUNOREFHCR", "", "HCR", "", "IGO", "REF"},
        {"IGOEUREEC", "", "EEC", "", "IGO", ""},
        {"IMGMUSISI", "", "ISI", "MUS", "IMG", ""},
        {"---REB", "", "", "", "REB", ""},
        {"UAF", "", "", "", "UAF", ""},
        {"KSVCOP", "KSV", "", "", "COP", ""},
        {"EUR", "EUR", "", "", "", ""},
        {"SRBMILREB", "SRB", "", "", "MIL", "REB"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tocsin_event ev = event(cases[i].code, "", "190");
        char *c[62];
        int n;
        char *row = gdelt_row(&ev, 1, c, &n);
        assert_int_equal(n, 61);
        assert_string_equal(c[5], cases[i].code);
        assert_string_equal(c[7], cases[i].country);
        assert_string_equal(c[8], cases[i].group);
        assert_string_equal(c[9], "");
        assert_string_equal(c[10], cases[i].rel1);
        assert_string_equal(c[12], cases[i].type1);
        assert_string_equal(c[13], cases[i].type2);
        assert_string_equal(c[15], ""); /* no target: Actor2 empty */
        assert_string_equal(c[16], "");
        free(row);
    }
}

static void gdelt_geography(void **state)
{
    (void)state;
    struct {
        tocsin_location loc;
        const char *type, *full, *fips, *adm1;
    } cases[] = {
        {{"Kosovo", "KSV", "", 42.56, 20.92, "country"}, "1", "Kosovo", "KV", "KV"},
        {{"Kosovo", "KSV", "", 42.56, 20.92, "inferred"}, "1", "Kosovo", "KV", "KV"},
        {{"Mitrovica", "KSV", "", 42.89, 20.87, "inferred"}, "4", "Mitrovica, Kosovo", "KV", "KV"},
        {{"Vojvodina", "SRB", "Vojvodina", 45.3, 19.8, "adm1"}, "5", "Vojvodina, Serbia", "RI", "RI"},
        {{"Texas", "USA", "Texas", 31.0, -99.0, "adm1"}, "2", "Texas, United States", "US", "USTX"},
        {{"Austin", "USA", "Texas", 30.27, -97.74, "place"}, "3", "Austin, Texas, United States", "US", "USTX"},
        {{"Gaza City", "PSE", "", 31.5, 34.47, "place"}, "4", "Gaza City, Palestine", "GZ", "GZ"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tocsin_event ev = event("SRB", "KSV", "0256");
        ev.location = cases[i].loc;
        char *c[62];
        int n;
        char *row = gdelt_row(&ev, 1, c, &n);
        assert_int_equal(n, 61);
        assert_string_equal(c[51], cases[i].type);
        assert_string_equal(c[52], cases[i].full);
        assert_string_equal(c[53], cases[i].fips);
        assert_string_equal(c[54], cases[i].adm1);
        free(row);
    }
    /* unknown place: type 0, every other geo cell empty */
    tocsin_event ev = event("SRB", "KSV", "0256");
    ev.location = (tocsin_location){"", "", "", NAN, NAN, ""};
    char *c[62];
    int n;
    char *row = gdelt_row(&ev, 1, c, &n);
    assert_int_equal(n, 61);
    assert_string_equal(c[51], "0");
    for (int k = 52; k <= 58; k++) assert_string_equal(c[k], "");
    free(row);
}

static void gdelt_dates_and_root(void **state)
{
    (void)state;
    tocsin_event ev = event("SRB", "KSV", "190");
    ev.date = "2024-03-01"; /* leap year: day 61 */
    ev.sentence = 1;
    char *c[62];
    int n;
    char *row = gdelt_row(&ev, 7, c, &n);
    assert_string_equal(c[4], "2024.1671");
    assert_string_equal(c[25], "1");
    assert_string_equal(c[27], "190");
    free(row);
    ev.date = ""; /* unknown date: empty cells, still 61 columns */
    row = gdelt_row(&ev, 8, c, &n);
    assert_int_equal(n, 61);
    for (int k = 1; k <= 4; k++) assert_string_equal(c[k], "");
    free(row);
}

static void gdelt_text_cannot_break_row(void **state)
{
    (void)state;
    tocsin_event ev = event("SRB", "KSV", "190");
    ev.source_name = "a\tname\nwith breaks";
    ev.article = "id\twith tab";
    char *c[62];
    int n;
    char *row = gdelt_row(&ev, 1, c, &n);
    assert_int_equal(n, 61);
    assert_string_equal(c[6], "A NAME WITH BREAKS");
    free(row);
}

/* --- PLOVER ------------------------------------------------------------ */

static void plover_types_modes_contexts(void **state)
{
    (void)state;
    struct {
        const char *code, *type, *mode, *ctx0;
        int nctx;
    } cases[] = {
        {"0256", "REQUEST", "yield", "military", 1}, {"094", "ACCUSE", "investigate", "military", 2},
        {"1831", "ASSAULT", "suicide-attack", NULL, 0}, /* base 183 */
        {"193", "ASSAULT", "firearms", "military", 1},   {"163", "COERCE", "restrict", "diplomatic", 1},
        {"042", "CONSULT", "visit", NULL, 0},            {"112", "ACCUSE", "disapprove", NULL, 0}, /* root 11 */
        {"057", "SUPPORT", "", "diplomatic", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tocsin_event ev = event("USAGOV", "SRBGOV", cases[i].code);
        cJSON *j = plover_record(&ev);
        assert_string_equal(jstr(j, "event_type"), cases[i].type);
        assert_string_equal(jstr(j, "mode"), cases[i].mode);
        const cJSON *ctx = cJSON_GetObjectItemCaseSensitive(j, "context");
        assert_true(cJSON_IsArray(ctx));
        assert_int_equal(cJSON_GetArraySize(ctx), cases[i].nctx);
        if (cases[i].ctx0) assert_string_equal(cJSON_GetArrayItem(ctx, 0)->valuestring, cases[i].ctx0);
        cJSON_Delete(j);
    }
}

static void plover_record_fields(void **state)
{
    (void)state;
    tocsin_event ev = event("USAGOV", "", "010");
    ev.mode = TOCSIN_NEGATED;
    cJSON *j = plover_record(&ev);
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "event_type"))); /* statements */
    assert_string_equal(jstr(j, "modality"), "negated");
    assert_string_equal(jstr(j, "id"), "a17:3");
    assert_string_equal(jstr(j, "date"), "2023-09-29");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "actor2")));
    const cJSON *a1 = cJSON_GetObjectItemCaseSensitive(j, "actor1");
    assert_string_equal(jstr(a1, "code"), "USAGOV");
    assert_string_equal(jstr(a1, "country"), "USA");
    const cJSON *cameo = cJSON_GetObjectItemCaseSensitive(j, "cameo");
    assert_string_equal(jstr(cameo, "code"), "010");
    const cJSON *loc = cJSON_GetObjectItemCaseSensitive(j, "location");
    assert_string_equal(jstr(loc, "country"), "KSV");
    assert_string_equal(jstr(j, "text"), "The sentence.");
    cJSON_Delete(j);
}

/* --- loading ----------------------------------------------------------- */

static void load_errors_name_the_place(void **state)
{
    (void)state;
    tocsin_error err;
    assert_null(tocsin_formats_load("/nonexistent-dir", &err));
    assert_int_equal(err.code, TOCSIN_EMODEL);
    assert_non_null(strstr(err.file, "countries.txt"));

    char dir[] = "/tmp/test_formats_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    const char *files[][2] = {{"countries.txt", "KSV\tKosovo\n"},
                              {"fips.txt", "# comment\nKSV\tKV\n"},
                              {"plover.txt", "02\tREQUEST\t-\t-\n0256\tREQUEST\tyield\n"}};
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(files[i][1], f);
        fclose(f);
    }
    assert_null(tocsin_formats_load(dir, &err));
    assert_int_equal(err.code, TOCSIN_EMODEL);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.file, "plover.txt"));
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        remove(path);
    }
    rmdir(dir);
    tocsin_formats_free(NULL);
}

static int setup(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", "0", 1);
    tocsin_error err;
    formats = tocsin_formats_load(TOCSIN_SOURCE_DIR "/data", &err);
    if (!formats) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.msg);
    return formats ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    tocsin_formats_free(formats);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gdelt_columns_and_codes),   cmocka_unit_test(gdelt_actor_decomposition),
        cmocka_unit_test(gdelt_geography),           cmocka_unit_test(gdelt_dates_and_root),
        cmocka_unit_test(gdelt_text_cannot_break_row), cmocka_unit_test(plover_types_modes_contexts),
        cmocka_unit_test(plover_record_fields),      cmocka_unit_test(load_errors_name_the_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
