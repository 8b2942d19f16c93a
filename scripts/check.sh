#!/usr/bin/env bash
# check.sh -- set up, build and run every test: the normal build, then the
# same suite under AddressSanitizer + UndefinedBehaviorSanitizer (with clang),
# then a short fuzz run when FUZZ_SECONDS > 0 (CI sets 60).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh build
(cd build && ctest --output-on-failure -j2)

echo "== AddressSanitizer + UndefinedBehaviorSanitizer =="
CC=clang scripts/bootstrap.sh build-asan -DTOCSIN_SANITIZE=ON \
    -DTOCSIN_PREBUILT_DATA="$PWD/build/data"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j2)

if [ "${FUZZ_SECONDS:-0}" -gt 0 ] && [ -x fuzz/run.sh ]; then
    echo "== fuzz: ${FUZZ_SECONDS}s =="
    fuzz/run.sh "$FUZZ_SECONDS"
fi
