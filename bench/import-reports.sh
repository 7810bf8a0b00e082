#!/usr/bin/env bash
# `tongxin import` of 1,000 meeting reports (issue 5), release build, SQLite: each report is
# read, kept as an import, and confirmed into a meeting with its participants and documents
# and a draft plan with a task per requirement. Then the same command again, which must create
# nothing. Goal: < 30 s for the first run. Results go to stdout as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${BENCH_REPORTS:-1000}"
CORPUS="${BENCH_CORPUS:-../shared/corpus/dev}"
swift build -c release --product tongxin >/dev/null
BIN=.build/release/tongxin
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/reports" "$WORK/data"

# Distinct reports: the corpus's reports in turn, each with its own closing line (the same
# bytes twice would be one import). ASCII is appended only to byte-compatible encodings.
python3 - "$CORPUS" "$WORK/reports" "$COUNT" <<'PY'
import pathlib, sys
corpus, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sources = [p.read_bytes() for p in sorted(corpus.glob("*.txt"))]
sources = [b for b in sources if not b.startswith((b"\xff\xfe", b"\xfe\xff"))]
if not sources:
    sys.exit("no reports in " + str(corpus))
for i in range(count):
    (out / f"report-{i:05d}.txt").write_bytes(sources[i % len(sources)] + f"\n(bench {i})\n".encode())
PY

export TONGXIN_DATA="$WORK/data" TONGXIN_ADMIN_PASSWORD="bench-admin-password" LOG_LEVEL=warning
"$BIN" migrate >/dev/null 2>&1 || true
run() { # label
    local start output ms
    start=$(date +%s%N)
    output=$("$BIN" import "$WORK/reports" 2>/dev/null)
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf '| %s | %d.%d s | %s |\n' "$1" $((ms / 1000)) $((ms % 1000 / 100)) "$(tr '\n' ' ' <<<"$output" | sed 's/  */ /g')"
}
echo "## tongxin import ($(date -u +%Y-%m-%d), $(nproc) cores, release build, SQLite, $COUNT reports)"
echo
echo "| run | time | summary |"
echo "|---|---|---|"
run "first (creates)"
run "again (creates nothing)"
