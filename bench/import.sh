#!/usr/bin/env bash
# Times importing a 1,000-task responsibility table from Excel (issue 4: < 2 s), end to end
# through the upload form on a release build with SQLite: seeds 1,000 tasks over 200 units
# in 10 areas, exports the plan's responsibility.xlsx, creates an empty plan, uploads the
# file into it and checks that 1,000 tasks arrived. Prints the median of 3 uploads.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-18082}"
swift build -c release --product tongxin >/dev/null
swift build -c release --product web-bench-seed >/dev/null
BIN=.build/release/tongxin
DATA=$(mktemp -d)
SERVER_PID=""
cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT

export TONGXIN_DATA="$DATA" TONGXIN_ADMIN_PASSWORD="bench-admin-password" LOG_LEVEL=warning TONGXIN_REMINDERS=off
.build/release/web-bench-seed 1000 0 >&2
source bench/server.sh
start_server
sign_in_admin
csrf=$(curl -s -c "$JAR" -b "$JAR" "$base/plans/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
plan=$(curl -sf -b "$JAR" "$base/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -sf -b "$JAR" -o "$DATA/plan.xlsx" "$base/plans/$plan/responsibility.xlsx"
echo "exported $(du -h "$DATA/plan.xlsx" | cut -f1) responsibility.xlsx" >&2

times=()
for run in 1 2 3; do
    target=$(curl -sf -b "$JAR" -H "X-CSRF-Token: $csrf" -H "Content-Type: application/json" \
        -d "{\"title\":\"导入测试$run\",\"period\":\"2026\"}" "$base/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    result=$(curl -s -b "$JAR" -o "$DATA/out.html" -w '%{http_code} %{time_total}' -F "_csrf=$csrf" \
        -F "file=@$DATA/plan.xlsx" "$base/plans/$target/import")
    status=${result% *}
    [[ "$status" == "303" ]] || { echo "import $run answered $status" >&2; head -c 2000 "$DATA/out.html" >&2; exit 1; }
    count=$(curl -sf -b "$JAR" "$base/api/v1/tasks?planId=$target&per=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    [[ "$count" == "1000" ]] || { echo "import $run created $count tasks, expected 1000" >&2; exit 1; }
    times+=("${result#* }")
    echo "import $run: ${result#* } s, $count tasks" >&2
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
echo "| import a 1,000-task responsibility.xlsx through the upload form (median of 3) | ${median} s |"
