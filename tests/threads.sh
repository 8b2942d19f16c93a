#!/usr/bin/env bash
# threads.sh -- `tocsin code --threads N` writes exactly what one thread
# writes, in input order, for every output format.
# Usage (ctest): bash tests/threads.sh <tocsin-binary> <source-dir>
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
# a corpus large enough for several batches: the samples, repeated
for i in $(seq 1 12); do cat "$src/samples/articles.jsonl"; done >"$tmp/in.jsonl"
for fmt in jsonl tsv gdelt; do
    SOURCE_DATE_EPOCH=0 "$bin" code --format "$fmt" --input jsonl "$tmp/in.jsonl" >"$tmp/one.$fmt" 2>/dev/null
    for t in 2 3; do
        SOURCE_DATE_EPOCH=0 "$bin" code --threads "$t" --format "$fmt" --input jsonl "$tmp/in.jsonl" \
            >"$tmp/many.$fmt" 2>/dev/null
        if [ -s "$tmp/one.$fmt" ] && cmp -s "$tmp/one.$fmt" "$tmp/many.$fmt"; then
            echo "ok   --threads $t --format $fmt"
            pass=$((pass + 1))
        else
            echo "FAIL --threads $t --format $fmt differs from one thread"
            fail=$((fail + 1))
        fi
    done
done
if "$bin" code --threads -1 "$tmp/in.jsonl" >/dev/null 2>&1; then
    echo "FAIL --threads -1 accepted"
    fail=$((fail + 1))
else
    echo "ok   --threads -1 refused"
    pass=$((pass + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
