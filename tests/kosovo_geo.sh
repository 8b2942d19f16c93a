#!/usr/bin/env bash
# kosovo_geo.sh -- the reference article's places and casualties.
#
# usage: kosovo_geo.sh TOCSIN SOURCE_DIR
# Every event of ../shared/samples/kosovo-serbia.txt must be located in
# Kosovo or Serbia, and the article must count 4 killed (a police officer
# and three gunmen, told three times) and 3 arrested.
set -euo pipefail
tocsin=$1
src=$2
article=$src/../shared/samples/kosovo-serbia.txt
[ -f "$article" ] || article=/work/shared/samples/kosovo-serbia.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail=0
"$tocsin" code --date 2023-09-29 --format tsv "$article" >"$tmp/events.tsv"
col=$(head -1 "$tmp/events.tsv" | tr '\t' '\n' | grep -n '^country$' | cut -d: -f1)
events=$(($(wc -l <"$tmp/events.tsv") - 1))
bad=$(tail -n +2 "$tmp/events.tsv" | cut -f"$col" | grep -cv -e '^KSV$' -e '^SRB$' || true)
if [ "$events" -eq 0 ] || [ "$bad" -ne 0 ]; then
    echo "FAIL: $bad of $events events located outside KSV/SRB"
    fail=1
fi

# the whole article as one case (its lines joined), checked for totals only
{
    echo "@date 2023-09-29"
    tr '\n' ' ' <"$article"
    printf '\n.\ncasualties killed=4 wounded=0 arrested=3 missing=0\n'
} >"$tmp/article.cases"
if ! "$tocsin" test "$tmp/article.cases" >"$tmp/out.txt"; then
    cat "$tmp/out.txt"
    fail=1
fi
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
