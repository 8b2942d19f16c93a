#!/usr/bin/env bash
# bad_input.sh -- the CLI meets broken input and keeps its contract.
#
# Usage: bash tests/bad_input.sh BIN [SOURCE_DIR]   (ctest passes both)
#
# DESIGN.md section 1: `tocsin code` exits 0 when all is well, 1 when some
# inputs were rejected (each named on stderr as file:line: reason, the rest
# still processed), 2 on bad usage. Every check below feeds the real binary
# one kind of damage -- missing files, bad UTF-8, NUL bytes, an empty file, a
# 10 MB line, malformed JSONL -- next to a good article, and checks that the
# good article is still coded, the output is valid JSON Lines, and nothing
# crashed (no signal, no sanitizer report). One line per check, then
# "N passed, M failed"; exit 1 if any failed.
set -u

bin="${1:?usage: bad_input.sh BIN [SOURCE_DIR]}"
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
tmp="$(mktemp -d "${TMPDIR:-/tmp}/tocsin-bad.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

GOOD="The United States asked Serbia to withdraw its forces from the border."
passed=0
failed=0

ok()   { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }

# Runs `tocsin ARGS...`; sets rc and leaves out/err in files.
run() {
    "$bin" "$@" >out 2>err
    rc=$?
}

# Prints why the last run looks like a crash, or nothing.
crash_reason() {
    if [ "$rc" -ge 124 ]; then echo "exit $rc (signal or timeout)"; return; fi
    if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' err; then
        echo "sanitizer report: $(grep -m1 -E 'Sanitizer|runtime error' err)"
    fi
}

# Succeeds when every non-empty line of out is a JSON object.
valid_jsonl() {
    python3 - out <<'EOF'
import json, sys
with open(sys.argv[1], "rb") as f:
    for n, raw in enumerate(f, 1):
        if raw.strip():
            try:
                if not isinstance(json.loads(raw.decode("utf-8")), dict):
                    raise ValueError("not an object")
            except Exception as e:
                print(f"line {n}: {e}", file=sys.stderr)
                sys.exit(1)
EOF
}

# Prints the distinct "article" values of the events in out, one a line.
articles_of() {
    python3 - out <<'EOF'
import json, sys
seen = set()
with open(sys.argv[1], "rb") as f:
    for raw in f:
        try:
            seen.add(str(json.loads(raw.decode("utf-8", "replace")).get("article")))
        except Exception:
            pass
print("\n".join(sorted(seen)))
EOF
}

has_event() { grep -q '"code"' out; }

# Checks the common postconditions; $1 = check name. Returns 1 after fail().
sound() {
    local why
    why="$(crash_reason)"
    if [ -n "$why" ]; then fail "$1" "$why"; return 1; fi
    if ! valid_jsonl 2>jerr; then fail "$1" "output is not valid JSON Lines: $(cat jerr)"; return 1; fi
    return 0
}

printf '%s\n' "$GOOD" >good1.txt
printf 'Earlier, %s\n' "$GOOD" >good2.txt

# (0) the good sentence alone is coded: otherwise the checks below prove nothing.
name="good article is coded"
run code --input text --format jsonl good1.txt
if sound "$name"; then
    if [ "$rc" -eq 0 ] && has_event; then ok "$name"
    else fail "$name" "exit $rc, events: $(grep -c . out)"; fi
fi

# (a) a missing file among good files: exit 1, named, the others coded.
name="missing file among good files"
run code --input text --format jsonl good1.txt does-not-exist.txt good2.txt
if sound "$name"; then
    arts="$(articles_of)"
    if [ "$rc" -ne 1 ]; then fail "$name" "exit $rc, want 1"
    elif ! grep -q 'does-not-exist.txt' err; then fail "$name" "stderr does not name the file"
    elif ! grep -q good1 <<<"$arts" || ! grep -q good2 <<<"$arts"; then
        fail "$name" "good files not both coded (articles: $(echo $arts))"
    else ok "$name"; fi
fi

# (b) invalid UTF-8 inside an article: coded anyway (bad bytes become
# U+FFFD), named on stderr with file:line, exit 1, valid JSON out.
name="invalid UTF-8 bytes"
printf 'Caf\xc3 \xff\xfe\xed\xa0\x80 report \xc0\xaf. %s \xf4\x90\x80\x80 end\xe2\x82\n' "$GOOD" >badutf8.txt
run code --input text --format jsonl badutf8.txt
if sound "$name"; then
    if [ "$rc" -ne 1 ]; then fail "$name" "exit $rc, want 1: $(head -c 200 err)"
    elif ! grep -q 'badutf8.txt:1:' err; then fail "$name" "stderr does not name badutf8.txt:1"
    elif ! has_event; then fail "$name" "no event for the good sentence"
    else ok "$name"; fi
fi

# (c) NUL bytes inside an article: still coded.
name="NUL bytes inside an article"
printf 'Before\0\0the news.\0 %s\0 After.\n' "$GOOD" >nul.txt
run code --input text --format jsonl nul.txt
if sound "$name"; then
    # NUL is not text: exit 1 with a file:line warning is as good as 0.
    if [ "$rc" -gt 1 ]; then fail "$name" "exit $rc, want 0 or 1: $(head -c 200 err)"
    elif ! has_event; then fail "$name" "no event for the good sentence"
    else ok "$name"; fi
fi

# (d) an empty file: no crash; exit 0, or 1 with a message.
name="empty file"
: >empty.txt
run code --input text --format jsonl empty.txt
if sound "$name"; then
    if [ "$rc" -eq 0 ] || { [ "$rc" -eq 1 ] && [ -s err ]; }; then ok "$name"
    else fail "$name" "exit $rc, stderr: $(head -c 200 err)"; fi
fi

# (e) one 10 MB line with no sentence end: done within 20 s, no crash.
name="10 MB single line"
python3 -c '
import sys
unit = b"Serbian forces and Kosovo police near the border with Albania, "
sys.stdout.buffer.write(unit * (10_000_000 // len(unit)) + b"\n")' >huge.txt
start=$(date +%s.%N)
timeout 60 "$bin" code --input text --format jsonl huge.txt >out 2>err
rc=$?
secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
if sound "$name"; then
    if [ "$rc" -gt 1 ]; then fail "$name" "exit $rc after ${secs}s: $(head -c 200 err)"
    elif python3 -c "import sys; sys.exit(0 if $secs <= 20 else 1)"; then ok "$name (${secs}s)"
    else fail "$name" "took ${secs}s, limit 20s"; fi
fi

# (f) JSONL with a malformed line between two good lines.
name="malformed JSONL line"
{
    printf '{"id":"g1","date":"2023-09-29","text":"%s"}\n' "$GOOD"
    printf '{"id":"broken","text":"unterminated\n'
    printf '{"id":"g3","text":"%s"}\n' "$GOOD"
} >mixed.jsonl
run code --input jsonl --format jsonl mixed.jsonl
if sound "$name"; then
    arts="$(articles_of)"
    if [ "$rc" -ne 1 ]; then fail "$name" "exit $rc, want 1"
    elif ! grep -q 'mixed.jsonl:2:' err; then fail "$name" "stderr lacks mixed.jsonl:2: ($(head -c 200 err))"
    elif ! grep -qx g1 <<<"$arts" || ! grep -qx g3 <<<"$arts"; then
        fail "$name" "good articles not both coded (articles: $(echo $arts))"
    else ok "$name"; fi
fi

# (g) a JSONL line without "text" is named on stderr; the others coded.
name="JSONL line without text"
{
    printf '{"id":"t1","text":"%s"}\n' "$GOOD"
    printf '{"id":"notext","title":"A title only","date":"2023-09-29"}\n'
    printf '{"id":"t3","text":"%s"}\n' "$GOOD"
} >notext.jsonl
run code --input jsonl --format jsonl notext.jsonl
if sound "$name"; then
    arts="$(articles_of)"
    if [ "$rc" -ne 1 ]; then fail "$name" "exit $rc, want 1"
    elif ! grep -q 'notext.jsonl:2:' err; then fail "$name" "stderr lacks notext.jsonl:2: ($(head -c 200 err))"
    elif ! grep -qx t1 <<<"$arts" || ! grep -qx t3 <<<"$arts"; then
        fail "$name" "good articles not both coded (articles: $(echo $arts))"
    else ok "$name"; fi
fi

# (h) --help: exit 0, documents --input and --format.
name="code --help"
run code --help
if [ "$rc" -ne 0 ]; then fail "$name" "exit $rc, want 0"
elif ! cat out err | grep -q -- '--input' || ! cat out err | grep -q -- '--format'; then
    fail "$name" "help does not mention --input and --format"
else ok "$name"; fi

# (i) an unknown option is a usage error.
name="unknown option"
run code --no-such-option good1.txt
if [ "$rc" -eq 2 ]; then ok "$name"; else fail "$name" "exit $rc, want 2"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
