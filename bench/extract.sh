#!/usr/bin/env bash
# Benchmarks the meeting-report reader (release build, one process) — see docs/performance.md:
#  1. decode + normalise + convert + extract over the corpus repeated to >= 50 MB, separately
#     for Simplified and Traditional reports, in MB/s (median of three passes);
#  2. `opencc -c t2s.json` alone over the same Traditional input, run after each reader pass,
#     and the reader's speed as a share of it (goal >= 0.7; OpenCC's conversion is the floor);
#  3. a 5 MB and a 10 MB input, and the ratio of their times (goal <= 2.2: linear);
#  4. 100,000 random and mutated inputs (BENCH_FUZZ_COUNT), which must not crash.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/dev}
FUZZ_COUNT=${BENCH_FUZZ_COUNT:-100000}
command -v opencc >/dev/null || { echo "opencc is missing: run scripts/setup-debian" >&2; exit 1; }

build_log=$(mktemp)
swift build -c release --product extract-bench >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
rm -f "$build_log"
BIN=.build/release/extract-bench
TRAD=$(mktemp); trap 'rm -f "$TRAD"' EXIT

echo "== reader throughput (>= 50 MB each), Traditional paired with OpenCC t2s alone"
"$BIN" throughput "$CORPUS" "$TRAD"

echo "== linearity"
"$BIN" linear "$CORPUS"

echo "== fuzz"
"$BIN" fuzz "$CORPUS" "$FUZZ_COUNT"
