#!/usr/bin/env python3
"""measure.py -- time `tocsin code` on corpora and print the benchmark table.

run.sh prepares the corpora and calls this. Each corpus is coded N times,
pinned to one core (taskset -c 0 execs tocsin, so the process we wait for
is tocsin itself); the best wall time counts, and os.wait4 gives the peak
RSS without an external `time` binary. Output goes to /dev/null so the
figure is the coder's, not the disk's.

Counts come from the coder itself: with --stats, tocsin prints one line
`tocsin: articles=N sentences=N events=N bytes=N rejected=N` on stderr.
When the CLI lacks --stats, sentences fall back to the corpus's own count
(marked ~) and events to a line count of one extra untimed run.

Usage: measure.py --bin BIN [--runs N] [--dict DIR]... CORPUS.jsonl...
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

STATS = re.compile(r"tocsin: (.*)")


def run_once(argv, stdin_path=None, stdout=subprocess.DEVNULL):
    """Runs argv; returns (seconds, peak_rss_kb, exit_code, stderr_text)."""
    with tempfile.TemporaryFile() as err, \
         open(stdin_path or os.devnull, "rb") as inp:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=inp, stdout=stdout, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return secs, usage.ru_maxrss, proc.returncode, text


def parse_stats(stderr_text):
    """The last `tocsin: k=v ...` line as a dict of ints, or {}."""
    found = {}
    for line in stderr_text.splitlines():
        m = STATS.search(line)
        if m and "=" in m.group(1):
            pairs = (kv.split("=", 1) for kv in m.group(1).split())
            found = {k: int(v) for k, v in pairs if v.isdigit()}
    return found


def pin(argv):
    return (["taskset", "-c", "0"] if shutil.which("taskset") else []) + argv


def code_argv(args, stats):
    argv = [args.bin, "code"]
    for d in args.dict or []:
        argv += ["--dict", d]
    argv += ["--input", "jsonl", "--format", "jsonl"]
    return argv + (["--stats"] if stats else [])


def supports_stats(args, empty):
    """True when `tocsin code --stats` is accepted. Exits when tocsin cannot
    start at all (exit 2 without --stats too: an unusable dictionary)."""
    _, _, rc, err = run_once(code_argv(args, True) + [empty])
    if rc != 2:
        return True
    _, _, rc, err = run_once(code_argv(args, False) + [empty])
    if rc == 2:
        sys.exit("measure.py: tocsin cannot start (exit 2):\n" + err.strip())
    return False


def corpus_meta(path):
    try:
        with open(path + ".meta.json", encoding="utf-8") as f:
            return json.load(f)
    except OSError:
        return {}


def count_events(argv):
    """Line count of one untimed run's output: one event per line."""
    with tempfile.TemporaryFile() as out:
        subprocess.run(argv, stdout=out, stderr=subprocess.DEVNULL)
        out.seek(0)
        return sum(1 for _ in out)


def bench_corpus(args, path, stats):
    argv = pin(code_argv(args, stats) + [path])
    best, peak, rc, err = None, 0, 0, ""
    for _ in range(args.runs):
        secs, rss, rc, err = run_once(argv)
        best = secs if best is None else min(best, secs)
        peak = max(peak, rss)
    st = parse_stats(err)
    meta = corpus_meta(path)
    size = os.path.getsize(path)
    sents = st.get("sentences")
    approx = sents is None
    if approx:
        sents = meta.get("sentences", 0)
    events = st.get("events")
    if events is None:
        events = count_events(argv)
    return {"corpus": os.path.basename(path), "articles": st.get("articles", meta.get("articles", 0)),
            "sentences": sents, "approx": approx, "mb": size / 1e6, "secs": best,
            "events": events, "rss_mb": peak / 1024.0, "rc": rc,
            "rejected": st.get("rejected", 0), "stderr_tail": err.strip().splitlines()[-3:]}


def startup(args, empty, stats):
    argv = pin(code_argv(args, stats) + [empty])
    best, rss = None, 0
    for _ in range(10):
        secs, peak, _, _ = run_once(argv)
        best = secs if best is None else min(best, secs)
        rss = max(rss, peak)
    return best, rss / 1024.0


def print_table(rows, start, start_rss, stats):
    print("| corpus | articles | sentences | MB | seconds | sentences/s/core | MB/s/core | events | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        mark = "~" if r["approx"] else ""
        rate = r["sentences"] / r["secs"] if r["secs"] > 0 else 0
        print(f"| {r['corpus']} | {r['articles']} | {mark}{r['sentences']} | {r['mb']:.1f} | "
              f"{r['secs']:.3f} | {mark}{rate:,.0f} | {r['mb'] / r['secs']:.2f} | "
              f"{r['events']} | {r['rss_mb']:.1f} |")
    print(f"\nstart-up (`tocsin code` on an empty input, best of 10): "
          f"{start * 1000:.1f} ms, peak RSS {start_rss:.1f} MB")
    if not stats:
        print("note: the CLI has no --stats; sentences marked ~ are the corpus's own count")
    for r in rows:
        if r["rc"] != 0:
            print(f"note: {r['corpus']}: exit {r['rc']}, rejected={r['rejected']}: "
                  + " / ".join(r["stderr_tail"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dict", action="append")
    ap.add_argument("corpora", nargs="+")
    args = ap.parse_args()

    with tempfile.NamedTemporaryFile(suffix=".jsonl") as empty:
        stats = supports_stats(args, empty.name)
        start, start_rss = startup(args, empty.name, stats)
        rows = []
        for path in args.corpora:
            print(f"measure.py: coding {path} x{args.runs} ...", file=sys.stderr)
            rows.append(bench_corpus(args, path, stats))
    print_table(rows, start, start_rss, stats)


if __name__ == "__main__":
    main()
