/* dump.c -- show what one stage made of a document (--dump), so a person
 * can see why an event was or was not coded, and tests can diff it. */
#include <string.h>

#include "actor/actor.h"
#include "api.h"

static void dump_tokens(const tc_doc *d, FILE *out, int tags)
{
    for (size_t s = 0; s < d->nsents; s++) {
        const tc_sentence *st = &d->sents[s];
        for (uint32_t i = st->first; i < st->first + st->count; i++) {
            const tc_token *t = &d->tokens[i];
            fwrite(d->text + t->start, 1, t->end - t->start, out);
            if (tags) fprintf(out, "/%s/%s", tag_name((tc_tag)t->tag), t->lemma ? t->lemma : "");
            fputc(i + 1 < st->first + st->count ? ' ' : '\n', out);
        }
    }
}

static void dump_sentences(const tc_doc *d, FILE *out)
{
    for (size_t s = 0; s < d->nsents; s++) {
        const tc_sentence *st = &d->sents[s];
        fprintf(out, "%zu\t%u\t%u\t", s + 1, st->start, st->end);
        for (uint32_t b = st->start; b < st->end; b++) fputc(d->text[b] == '\n' ? ' ' : d->text[b], out);
        fputc('\n', out);
    }
}

static void dump_actors(const tocsin_coder *c, tc_doc *d, FILE *out)
{
    for (size_t s = 0; s < d->nsents; s++) {
        mention *m;
        size_t n = actor_find(c->dict, d, &d->sents[s], &m);
        for (size_t i = 0; i < n; i++) {
            uint32_t a = d->tokens[m[i].first].start, b = d->tokens[m[i].end - 1].end;
            fprintf(out, "%zu\t%s\t%s\tgroup %d\t", s + 1, m[i].code, m[i].name, m[i].group);
            fwrite(d->text + a, 1, b - a, out);
            fputc('\n', out);
        }
    }
}

int tocsin_doc_dump(const tocsin_coder *c, tocsin_doc *doc, const char *what, FILE *out)
{
    if (!c || !doc || !what) return -TOCSIN_EARG;
    api_prepare(c, doc);
    tc_doc *d = &doc->d;
    if (!strcmp(what, "tokens")) dump_tokens(d, out, 0);
    else if (!strcmp(what, "tags")) dump_tokens(d, out, 1);
    else if (!strcmp(what, "sentences")) dump_sentences(d, out);
    else if (!strcmp(what, "actors")) dump_actors(c, d, out);
    else return -TOCSIN_EARG;
    return 0;
}
