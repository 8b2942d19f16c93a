/* tags.c -- names of the part-of-speech tags.
 *
 * The names are the Penn Treebank spellings, so dumps and tests read like
 * every other tagger's output; the folded punctuation tags use the character
 * they stand for. The table is indexed by tc_tag, so adding a tag to doc.h
 * means adding its name here in the same place. */
#include <string.h>

#include "lex/lex.h"

static const char *const tag_names[TAG_COUNT] = {
    [TAG_NONE] = "NONE",
    [TAG_NN] = "NN", [TAG_NNS] = "NNS", [TAG_NNP] = "NNP", [TAG_NNPS] = "NNPS",
    [TAG_PRP] = "PRP", [TAG_PRPS] = "PRP$",
    [TAG_VB] = "VB", [TAG_VBD] = "VBD", [TAG_VBG] = "VBG", [TAG_VBN] = "VBN",
    [TAG_VBP] = "VBP", [TAG_VBZ] = "VBZ", [TAG_MD] = "MD",
    [TAG_JJ] = "JJ", [TAG_JJR] = "JJR", [TAG_JJS] = "JJS",
    [TAG_RB] = "RB", [TAG_RBR] = "RBR", [TAG_RBS] = "RBS", [TAG_RP] = "RP",
    [TAG_IN] = "IN", [TAG_TO] = "TO", [TAG_DT] = "DT", [TAG_PDT] = "PDT",
    [TAG_CC] = "CC", [TAG_CD] = "CD", [TAG_EX] = "EX", [TAG_POS] = "POS",
    [TAG_WDT] = "WDT", [TAG_WP] = "WP", [TAG_WPS] = "WP$", [TAG_WRB] = "WRB",
    [TAG_UH] = "UH", [TAG_FW] = "FW", [TAG_SYM] = "SYM",
    [TAG_COMMA] = ",", [TAG_STOP] = ".", [TAG_COLON] = ":",
    [TAG_LQUOTE] = "``", [TAG_RQUOTE] = "''", [TAG_LPAREN] = "(", [TAG_RPAREN] = ")",
};

const char *tag_name(tc_tag tag)
{
    if ((unsigned)tag >= TAG_COUNT || !tag_names[tag]) return "NONE";
    return tag_names[tag];
}

/* Linear search: called when loading dictionaries and tests, never per token. */
tc_tag tag_from_name(const char *name)
{
    if (!name) return TAG_NONE;
    for (int t = 1; t < TAG_COUNT; t++)
        if (tag_names[t] && strcmp(tag_names[t], name) == 0) return (tc_tag)t;
    return TAG_NONE;
}
