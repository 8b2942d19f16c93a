#!/usr/bin/env bash
# run.sh -- build the libFuzzer targets with clang + ASan/UBSan and fuzz the coder.
#
# Usage: fuzz/run.sh [SECONDS]     (default 60)
#
# Builds build-fuzz/ with -DTOCSIN_FUZZ=ON -DTOCSIN_SANITIZE=ON. The library
# itself is compiled with -fsanitize=fuzzer-no-link so libFuzzer sees coverage
# inside the coder, not only in the harness. The generated corpus grows in
# fuzz/corpus/ (gitignored); seeds stay in fuzz/seeds/. A crash leaves its
# input in fuzz/crashes/ (crash-*, leak-*, timeout-*) and this script exits
# non-zero; copy the file into fuzz/seeds/ once the bug is fixed, so it is
# replayed forever. Replay one input: build-fuzz/fuzz_coder fuzz/crashes/crash-...
set -euo pipefail

secs="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
cd "$root"

command -v clang >/dev/null || { echo "fuzz/run.sh: clang is required (apt-get install -y clang)" >&2; exit 2; }

# The tables (tagger model, lemmas) come from an uninstrumented build:
# training the tagger under ASan and coverage takes many minutes.
tables="$build/tables"
cmake -S "$root" -B "$tables" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tables" -j2 --target tocsin_data
export TOCSIN_BUILD_DATA="$tables/data"

CC=clang cmake -S "$root" -B "$build" -DTOCSIN_FUZZ=ON -DTOCSIN_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
cmake --build "$build" -j2 --target fuzz_coder

mkdir -p fuzz/corpus fuzz/crashes
# ASan's leak check runs at exit; halt_on_error keeps the first report clean.
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

set +e
"$build/fuzz_coder" -max_total_time="$secs" -max_len=65536 -timeout=20 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="fuzz/crashes/" \
    fuzz/corpus fuzz/seeds
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    echo "fuzz/run.sh: fuzz_coder failed (exit $rc); inputs kept in fuzz/crashes/:" >&2
    ls -l fuzz/crashes/ >&2
    exit 1
fi
echo "fuzz/run.sh: no crash in ${secs}s"
