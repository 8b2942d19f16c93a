/* topic.h -- what an appeal, a promise, a demand or a refusal is about.
 *
 * CAMEO's roots 02 (appeal), 03 (intent), 10 (demand) and 12 (reject)
 * share one list of topics -- material cooperation, aid, reform, yielding,
 * talks, settlement, mediation -- which decides their finer codes; a
 * protest's stated demand decides its last digit (141 -> 1412). The topics
 * and their phrases are data/topics.txt. */
#ifndef TOCSIN_TOPIC_H
#define TOCSIN_TOPIC_H

#include <stddef.h>
#include <stdint.h>

#include "actor/actor.h"
#include "dict/dict.h"
#include "doc.h"

/* The code that the first topic named after the verb at v, inside its
 * clause (the actors' own names skipped), gives 'code', a pattern's code
 * whose words end at token 'last'; NULL when it gives none. A family's
 * own code (020, 030, 100, 120) takes the topic's code of that family; a
 * three-digit code that has finer ones (023, 124) only a finer code of its
 * own; a protest (141-145) the topic's protest digit; a four-digit code
 * of the family the topic's, when the topic comes before the pattern's
 * last word (the pattern reached past it). A protest with no demand after
 * its verb takes one from a participle phrase right after its source 'src'
 * (NULL: none): "students PROTESTING job quotas rioted" 1452. A protest of
 * no stated form (140) with a demand is a demonstration (1412). Reads nothing for other codes,
 * or when d has no topics. */
const char *topic_code(const dict *d, const tc_doc *doc, const tc_sentence *s, uint32_t v, uint32_t last,
                       const mention *m, size_t nm, const char *code, const mention *src);

#endif
