/* abbrev.c -- which words keep their period.
 *
 * The table is compiled in: it is short, it changes rarely, and the text
 * stage then needs no files at run time. Matching is case-sensitive because
 * case is the evidence: "Gen." before a name is a rank, "gen." is not news
 * prose. Titles are kept apart from the rest because only they are certain
 * never to end a sentence. */
#include "text/abbrev.h"

#include <string.h>

typedef struct {
    const char *word;
    abbr_kind kind;
} abbr_entry;

static const abbr_entry table[] = {
    /* titles and ranks, and place prefixes that always precede a name */
    {"Mr", ABBR_TITLE}, {"Mrs", ABBR_TITLE}, {"Ms", ABBR_TITLE}, {"Mx", ABBR_TITLE},
    {"Messrs", ABBR_TITLE}, {"Dr", ABBR_TITLE}, {"Prof", ABBR_TITLE}, {"Rev", ABBR_TITLE},
    {"Hon", ABBR_TITLE}, {"Amb", ABBR_TITLE}, {"Msgr", ABBR_TITLE}, {"Fr", ABBR_TITLE},
    {"Gen", ABBR_TITLE}, {"Gens", ABBR_TITLE}, {"Lt", ABBR_TITLE}, {"Col", ABBR_TITLE},
    {"Maj", ABBR_TITLE}, {"Capt", ABBR_TITLE}, {"Cpt", ABBR_TITLE}, {"Sgt", ABBR_TITLE},
    {"Cpl", ABBR_TITLE}, {"Pvt", ABBR_TITLE}, {"Pfc", ABBR_TITLE}, {"Adm", ABBR_TITLE},
    {"Cmdr", ABBR_TITLE}, {"Cdr", ABBR_TITLE}, {"Brig", ABBR_TITLE}, {"Gov", ABBR_TITLE},
    {"Govs", ABBR_TITLE}, {"Sen", ABBR_TITLE}, {"Sens", ABBR_TITLE}, {"Rep", ABBR_TITLE},
    {"Reps", ABBR_TITLE}, {"Pres", ABBR_TITLE}, {"Supt", ABBR_TITLE}, {"Insp", ABBR_TITLE},
    {"Det", ABBR_TITLE}, {"Atty", ABBR_TITLE}, {"Mt", ABBR_TITLE}, {"Ft", ABBR_TITLE},
    {"Lieut", ABBR_TITLE}, {"Comdr", ABBR_TITLE},
    /* months */
    {"Jan", ABBR_OTHER}, {"Feb", ABBR_OTHER}, {"Mar", ABBR_OTHER}, {"Apr", ABBR_OTHER},
    {"Jun", ABBR_OTHER}, {"Jul", ABBR_OTHER}, {"Aug", ABBR_OTHER}, {"Sep", ABBR_OTHER},
    {"Sept", ABBR_OTHER}, {"Oct", ABBR_OTHER}, {"Nov", ABBR_OTHER}, {"Dec", ABBR_OTHER},
    /* companies, people, places, and the rest */
    {"Inc", ABBR_OTHER}, {"Corp", ABBR_OTHER}, {"Co", ABBR_OTHER}, {"Ltd", ABBR_OTHER},
    {"Bros", ABBR_OTHER}, {"Jr", ABBR_OTHER}, {"Sr", ABBR_OTHER}, {"St", ABBR_OTHER},
    {"Ave", ABBR_OTHER}, {"Blvd", ABBR_OTHER}, {"Rd", ABBR_OTHER}, {"Dept", ABBR_OTHER},
    {"Univ", ABBR_OTHER}, {"Assn", ABBR_OTHER}, {"Vol", ABBR_OTHER}, {"Fig", ABBR_OTHER},
    {"Ala", ABBR_OTHER}, {"Ariz", ABBR_OTHER}, {"Ark", ABBR_OTHER}, {"Calif", ABBR_OTHER},
    {"Colo", ABBR_OTHER}, {"Conn", ABBR_OTHER}, {"Fla", ABBR_OTHER}, {"Kan", ABBR_OTHER},
    {"Ky", ABBR_OTHER}, {"Md", ABBR_OTHER}, {"Mich", ABBR_OTHER}, {"Minn", ABBR_OTHER},
    {"Neb", ABBR_OTHER}, {"Nev", ABBR_OTHER}, {"Okla", ABBR_OTHER}, {"Ore", ABBR_OTHER},
    {"Tenn", ABBR_OTHER}, {"Tex", ABBR_OTHER}, {"Vt", ABBR_OTHER}, {"Wis", ABBR_OTHER},
    {"Wyo", ABBR_OTHER}, {"vs", ABBR_OTHER}, {"etc", ABBR_OTHER}, {"approx", ABBR_OTHER},
    {"incl", ABBR_OTHER}, {"cf", ABBR_OTHER}, {"ca", ABBR_OTHER}, {"No", ABBR_NUMERAL},
    {"Nos", ABBR_NUMERAL}, {"no", ABBR_NUMERAL}, {"Art", ABBR_NUMERAL}, {"pp", ABBR_NUMERAL},
    {"Ph", ABBR_OTHER},  /* Ph. of Ph.D.; the D. is an initial */
};

abbr_kind abbrev_kind(const char *s, size_t len)
{
    if (len == 0 || len > 8) return ABBR_NONE;
    if (len == 1 && s[0] >= 'A' && s[0] <= 'Z') return ABBR_INITIAL;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        const char *w = table[i].word;
        if (w[0] == s[0] && strlen(w) == len && memcmp(w, s, len) == 0) return table[i].kind;
    }
    return ABBR_NONE;
}
