#!/usr/bin/env bash
# The yearly assessment's figures (issue 16) on a release build and SQLite: seeds 200 units
# with 100,000 tasks and 1,000,000 progress reports (as bench/web.sh), issues a scheme of 12
# indicators (all ten automatic figures and two scored by hand) to the 200 units, then
#   - times closing the scoring: every automatic figure counted over the year's records for
#     every unit, frozen into 2,400 entries, and the ranking computed (goal < 2 s);
#   - runs wrk on the ranking page (goal p99 < 50 ms), and times the ranking's first view
#     after each of 20 writes (a bonus added to a card: the kept page is retired each time).
# Results go to stdout as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-20s}"
PORT="${BENCH_PORT:-18082}"
TASKS="${BENCH_TASKS:-100000}"
REPORTS_PER_TASK="${BENCH_REPORTS_PER_TASK:-10}"
command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup-debian first" >&2; exit 1; }

swift build -c release --product tongxin >/dev/null
swift build -c release --product web-bench-seed >/dev/null
BIN=.build/release/tongxin
DATA="${BENCH_DATA:-$(mktemp -d)}"
SERVER_PID=""
cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [[ -n "${BENCH_DATA:-}" ]] || rm -rf "$DATA"
}
trap cleanup EXIT

export TONGXIN_DATA="$DATA" TONGXIN_ADMIN_PASSWORD="bench-admin-password" LOG_LEVEL=warning TONGXIN_REMINDERS=off
if [[ ! -f "$DATA/seeded" ]]; then
    seed_start=$(date +%s)
    .build/release/web-bench-seed "$TASKS" "$REPORTS_PER_TASK"
    echo "seed: $(( $(date +%s) - seed_start )) s, database $(du -h "$DATA/tongxin.sqlite" | cut -f1)" >&2
    touch "$DATA/seeded"
fi

source bench/server.sh
start_server
sign_in_admin
session=$(awk '$6 == "tongxin_session" {print $7}' "$JAR")
cookie="Cookie: tongxin_session=$session"
token=$("$BIN" token create --username admin --name assessment-bench 2>/dev/null | tail -1)
api() { # method, path, [json]
    curl -sf -X "$1" -H "Authorization: Bearer $token" -H "Content-Type: application/json" ${3:+-d "$3"} "$base$2"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

year=$(date +%Y)
office=$(api GET /api/v1/units | field 'next(u["id"] for u in d["items"] if u["kind"] == "office")')
scheme=$(api POST /api/v1/assessments "{\"year\":$year,\"title\":\"基准考核\",\"unitKinds\":[\"member_unit\"]}" \
    | field 'd["scheme"]["id"]' || true)
if [[ -z "$scheme" ]]; then
    echo "a scheme for $year already exists in $DATA; use a fresh BENCH_DATA" >&2; exit 1
fi
for metric in tasks_on_time reports_on_time rectification_closed rectification_on_time notices_on_time \
    suggestions_on_time suggestions_class_a suggestion_satisfaction relays_on_time meeting_attendance; do
    api POST "/api/v1/assessments/$scheme/indicators" \
        "{\"category\":\"工作落实\",\"name\":\"$metric\",\"points\":8,\"method\":\"auto\",\"metric\":\"$metric\",\"scorerUnitId\":\"$office\"}" >/dev/null
done
for name in 理论学习 议事日程; do
    api POST "/api/v1/assessments/$scheme/indicators" \
        "{\"category\":\"组织领导\",\"name\":\"$name\",\"points\":10,\"method\":\"manual\",\"scorerUnitId\":\"$office\"}" >/dev/null
done
api POST "/api/v1/assessments/$scheme/issue" >/dev/null

# The live ranking while scoring is open: every figure counted for every unit on each view.
live_ms=$(curl -sf -o /dev/null -w '%{time_total}' -H "$cookie" "$base/assessments/$scheme/ranking" \
    | awk '{printf "%d", $1 * 1000}')
close_ms=$(curl -sf -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
    "$base/api/v1/assessments/$scheme/close" | awk '{printf "%d", $1 * 1000}')
units=$(api GET "/api/v1/assessments/$scheme/ranking" | field 'len(d["results"])')
rows=$(curl -sf -H "$cookie" "$base/assessments/$scheme/ranking" | { grep -o '<tr' || true; } | wc -l)

out=$(wrk -t2 -c16 -d"$DURATION" --latency -H "$cookie" "$base/assessments/$scheme/ranking")
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)

card=$(api GET "/api/v1/assessments/$scheme" | field 'd["cards"][0]["cardId"]')
# After each write the kept page and results are retired: the page (which also recounts the
# office's 待办 for the top bar) and the API's ranking, each timed once per write.
after=() after_api=()
for i in $(seq 1 20); do
    api POST "/api/v1/assessments/cards/$card/adjustments" "{\"kind\":\"bonus\",\"points\":\"0.01\",\"reason\":\"基准 $i\"}" >/dev/null
    ms=$(curl -sf -o /dev/null -w '%{time_total}' -H "$cookie" "$base/assessments/$scheme/ranking" | awk '{printf "%d", $1 * 1000}')
    after+=("$ms")
    api POST "/api/v1/assessments/cards/$card/adjustments" "{\"kind\":\"bonus\",\"points\":\"0.01\",\"reason\":\"基准 API $i\"}" >/dev/null
    ms=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/api/v1/assessments/$scheme/ranking" | awk '{printf "%d", $1 * 1000}')
    after_api+=("$ms")
done
sorted=$(printf '%s\n' "${after[@]}" | sort -n)
sorted_api=$(printf '%s\n' "${after_api[@]}" | sort -n)

echo "## Assessment figures ($(date -u +%Y-%m-%d), $(nproc) cores, release build, SQLite, $TASKS tasks, $(( TASKS * REPORTS_PER_TASK )) reports, $units units)"
echo
echo "| measure | figure |"
echo "|---|---|"
echo "| close scoring: ten automatic figures for $units units counted, 2,400 entries frozen, ranking (goal < 2 s) | $close_ms ms |"
echo "| the live ranking while scoring is open (every figure counted on the view) | $live_ms ms |"
echo "| the ranking page after closing, wrk -t2 -c16 -d$DURATION (goal p99 < 50 ms) | $rps req/s, p99 $p99, errors: ${errors:-none} |"
echo "| the ranking page's first view after each of 20 writes, with the 待办 count (median / max) | $(sed -n 10p <<<"$sorted") / $(tail -1 <<<"$sorted") ms |"
echo "| the API's ranking (200 results) first read after each of 20 writes (median / max) | $(sed -n 10p <<<"$sorted_api") / $(tail -1 <<<"$sorted_api") ms |"
echo "| rows in the ranking table | $(( rows - 1 )) |"
