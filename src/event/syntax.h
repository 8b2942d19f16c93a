/* syntax.h -- who did what to whom, from the tagged words of one clause.
 *
 * tocsin has no full parser: these functions read the structure English
 * marks with a few words -- "be" + participle for the passive, "by" for its
 * agent, commas around appositives and relative clauses, modal verbs,
 * "not", "to" before an infinitive -- from the part-of-speech tags. */
#ifndef TOCSIN_SYNTAX_H
#define TOCSIN_SYNTAX_H

#include <stddef.h>
#include <stdint.h>

#include "actor/actor.h"
#include "dict/dict.h"
#include "doc.h"
#include "tocsin.h"

int syn_is_verb(const tc_token *t);
int syn_clause_break(const tc_token *t);

/* A verb that is not a clause's own: a participle used as an adjective
 * ("the three arrested officers"), a gerund after a preposition
 * ("accused Pristina of terrorising Serbs"), or an auxiliary before its
 * verb ("have postponed"). */
int syn_not_predicate(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* A noun that names an attack: "strike", "raid", "shelling", "offensive"... */
int syn_attack_noun(const tc_token *t);

/* Whether the verb at v stands in a comma-set relative clause ("The
 * minister, who visited Kyiv on Monday, pledged ..."): background to the
 * sentence's news, not news of its own. */
int syn_in_aside(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* "was attacked", "were reportedly detained", and a participle after the
 * object of an earlier verb ("executed a man convicted of spying"). */
int syn_is_passive(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* A participle that describes the subject before its own verb: "M23
 * rebels, backed by Rwandan troops, seized Goma", "personnel armed with
 * knives boarded the boats". It tells who the subject is, not what
 * happened (CODING-MANUAL 1.5). */
int syn_subject_modifier(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* A gerund right after an instrument that the verb before enacts: "signed
 * a decree ORDERING the mobilisation", "issued an executive order IMPOSING
 * sanctions". What the instrument does, its signer does (CODING-MANUAL 1.5). */
int syn_enacted(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* For a participle after the object of an earlier verb (not a speech
 * verb), the object's head token: "Iran executed a MAN convicted of
 * spying", "began a CEASEFIRE brokered by the United States". Else 0. */
uint32_t syn_reduced_relative(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* The subject mention of the verb at v, or -1: the actor right before the
 * verb (past adverbs and auxiliaries), else, across commas, the nearest
 * actor before it that is not inside a prepositional phrase, an appositive
 * or a relative clause. A plain noun right before the verb ("analysts
 * warned") is a subject that is no actor: -1 -- except under PETRARCH's
 * rules, where the nearest actor before the verb is always its source. */
int syn_subject(const tc_doc *doc, const tc_sentence *s, uint32_t v, const mention *m, size_t nm,
                int petrarch_rules);

/* A sentence-initial purpose clause ("To ease tensions, ...", "In order to
 * urge ..., Blinken called Vucic"): returns the main clause's verb, whose
 * subject and object the infinitive at v shares, or 0 when v heads none. */
uint32_t syn_purpose_main(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* The passive agent: a mention shortly after "by". */
int syn_agent(const tc_doc *doc, uint32_t from, uint32_t end, const mention *m, size_t nm);

/* The object of a pattern with no '+' slot: an actor among the words the
 * pattern spans or shortly after them, not a bare role ("deployed troops")
 * and not a place ("in Belgrade", "the border with Kosovo") -- except that
 * a show of force ('code' 15x) near a country is aimed at it ("drills near
 * Taiwan"), and violence (18x-20x) with no other object strikes the place
 * ("struck targets in southern Lebanon"). With 'petrarch_rules', PETRARCH's
 * reading: the first actor anywhere after the verb in its clause. */
int syn_object(const tc_doc *doc, uint32_t v, uint32_t last, uint32_t end, const mention *m, size_t nm,
               int petrarch_rules, const char *code);

/* Whom aid promised or given by the verb at v is for, when no one follows
 * the verb: "pledged $60 billion to help rebuild Ukraine", "agreed to use
 * the profits to back a $50 billion loan for Ukraine" (a state or group
 * after "for" or "help", within the clause); -1 if none. */
int syn_beneficiary(const tc_doc *doc, uint32_t v, uint32_t end, const mention *m, size_t nm);

/* A participle used as an adjective between a determiner, number or
 * adjective and a noun: "three surrendering Ukrainian soldiers", "the
 * besieged city". */
int syn_adjectival(const tc_token *t, uint32_t j, uint32_t end);

/* The mode of the verb at v: negated, future, hypothetical (modal verbs, an
 * infinitive after a verb of wanting or asking, what a claim says),
 * historical (a past year in the clause), else asserted. 'subject' is the
 * first token of the verb's subject, or SYN_NO_SUBJECT: a verb whose
 * subject comes before a claim is not what the claim says ("India
 * rejected Canada's allegation that it was involved ... and expelled a
 * diplomat"). */
#define SYN_NO_SUBJECT UINT32_MAX
tocsin_mode syn_mode(const tc_doc *doc, const tc_sentence *s, uint32_t v, uint32_t subject);

/* Does the subject commit itself to the verb at v: "will send", "would
 * restore", "pledged to send", "is ready to sign" -- not "urged X to"? */
int syn_promise(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* Does the subject refuse, in words it is reported to have said, the act
 * at v: "said he would never recognise Kosovo", "'We will not
 * surrender,' Zelensky said" -- not the writer's own "Germany will not
 * deliver"? */
int syn_stated_refusal(const tc_doc *doc, const tc_sentence *s, uint32_t v);

/* PETRARCH's comma-clause rule: marks in 'deleted' (indexed from s->first)
 * the tokens of an initial "... ,", internal ", ... ," or final ", ..."
 * clause whose length is within the dictionary's comma options (by default
 * internal and final clauses of 2 to 8 words), so "..., a senior official said on Saturday." neither
 * acts nor is acted on. A list of actors is no clause, and a final clause
 * stays when the words before it have no verb (it is the main clause). */
void syn_comma_clauses(const dict *d, const tc_doc *doc, const tc_sentence *s, const mention *m, size_t nm,
                       uint8_t *deleted);

#endif
