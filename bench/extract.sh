#!/usr/bin/env bash
# Benchmarks the meeting-report reader (release build, one process) — see docs/performance.md:
#  1. decode + normalise + convert + extract over the corpus repeated to >= 50 MB, separately
#     for Simplified and Traditional reports, in MB/s (median of three passes);
#  2. `opencc -c t2s.json` alone over the same Traditional input, and the reader's speed as a
#     share of it (goal >= 0.7; OpenCC's conversion is the floor);
#  3. a 5 MB and a 10 MB input, and the ratio of their times (goal <= 2.2: linear);
#  4. 100,000 random and mutated inputs (BENCH_FUZZ_COUNT), which must not crash.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/dev}
FUZZ_COUNT=${BENCH_FUZZ_COUNT:-100000}
command -v opencc >/dev/null || { echo "opencc is missing: run scripts/setup-debian" >&2; exit 1; }

swift build -c release --product extract-bench >/dev/null
BIN=.build/release/extract-bench
TRAD=$(mktemp); trap 'rm -f "$TRAD"' EXIT

echo "== reader throughput (>= 50 MB each)"
out=$("$BIN" throughput "$CORPUS" "$TRAD")
echo "$out"
hant=$(awk '$1 == "hant" {print $(NF-1)}' <<<"$out")

echo "== OpenCC t2s alone over the same Traditional input (median of 3 runs)"
size=$(stat -c %s "$TRAD")
times=()
for _ in 1 2 3; do
    start=$(date +%s%N)
    opencc -c t2s.json -i "$TRAD" -o /dev/null
    times+=($(( $(date +%s%N) - start )))
done
python3 - "$size" "$hant" "${times[@]}" <<'PY'
import sys
size, reader = int(sys.argv[1]), float(sys.argv[2])
rates = sorted(size / 1e6 / (int(ns) / 1e9) for ns in sys.argv[3:])
opencc = rates[len(rates) // 2]
print(f"opencc {size/1e6:.1f} MB: {', '.join(f'{r:.2f}' for r in rates)} MB/s, median {opencc:.2f} MB/s; "
      f"reader/opencc = {reader/opencc:.2f}")
PY

echo "== linearity"
"$BIN" linear "$CORPUS"

echo "== fuzz"
"$BIN" fuzz "$CORPUS" "$FUZZ_COUNT"
