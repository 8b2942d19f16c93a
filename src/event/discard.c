/* discard.c -- sentences and stories a dictionary says not to code.
 *
 * PETRARCH's discard lists name phrases that mark sports, weather and other
 * non-political text: a sentence discard drops the sentence, a story discard
 * drops every event of the article. Matched like actor phrases, longest
 * first, on folded tokens. */
#include <string.h>

#include "event/event.h"

int event_discard(const dict *d, const tc_doc *doc, const tc_sentence *s)
{
    if (strmap_count(d->discards) == 0) return 0;
    const tc_token *t = doc->tokens;
    uint32_t end = s->first + s->count;
    int worst = 0;
    for (uint32_t i = s->first; i < end; i++) {
        uint32_t max = 0;
        if (!strmap_get(d->discard_first, t[i].norm, strlen(t[i].norm), &max)) continue;
        char key[512];
        size_t len = 0;
        for (uint32_t j = i; j < end && j < i + max; j++) {
            size_t w = strlen(t[j].norm);
            if (len + w + 2 > sizeof key) break;
            if (j > i) key[len++] = ' ';
            memcpy(key + len, t[j].norm, w);
            len += w;
            uint32_t kind;
            if (strmap_get(d->discards, key, len, &kind) && (int)kind > worst) worst = (int)kind;
        }
    }
    return worst;
}
