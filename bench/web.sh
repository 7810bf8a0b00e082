#!/usr/bin/env bash
# The work loop's web figures (issue 4) on a release build and SQLite: seeds 100,000 tasks
# over 200 units with 1,000,000 progress reports, then runs wrk on loopback (2 threads,
# 16 connections, 20 s) against the filtered task list (25 rows), a task page, the overdue
# list, the per-unit completion table, the office's home page and its 待办 list, signed in as the
# office's admin.
# Goal: each ≥ 2,000 req/s with p99 ≤ 25 ms. Results go to stdout as a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-20s}"
PORT="${BENCH_PORT:-18081}"
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
unit=$(curl -sf -H "$cookie" "$base/api/v1/units" | python3 -c 'import json,sys; print(next(u["id"] for u in json.load(sys.stdin)["items"] if u["code"] == "u001"))')
task=$(curl -sf -H "$cookie" "$base/api/v1/tasks?unitId=$unit&per=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
list="/tasks?unitId=$unit&status=in_progress&sort=deadline"
for path in "$list" "/tasks/$task" /tasks/overdue /tasks/completion / /todo; do
    start_ns=$(date +%s%N)
    rows=$(curl -sf -H "$cookie" "$base$path" | { grep -o '<tr' || true; } | wc -l)
    echo "check: $path → 200, $rows table rows, first request $(( ($(date +%s%N) - start_ns) / 1000000 )) ms (cold cache)" >&2
done

run_wrk() { # name, path
    local out rps p99 errors
    out=$(wrk -t2 -c16 -d"$DURATION" --latency -H "$cookie" "$base$2")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
    printf '| %s | %s | %s | %s |\n' "$1" "$rps" "$p99" "${errors:-none}"
}

echo "## Work loop figures ($(date -u +%Y-%m-%d), $(nproc) cores, release build, SQLite, $TASKS tasks, $(( TASKS * REPORTS_PER_TASK )) reports)"
echo
echo "| page (wrk -t2 -c16 -d$DURATION, signed in as admin) | req/s | p99 | errors |"
echo "|---|---|---|---|"
run_wrk "filtered task list, 25 rows" "$list"
run_wrk "a task page" "/tasks/$task"
run_wrk "the overdue list" /tasks/overdue
run_wrk "the per-unit completion table" /tasks/completion
run_wrk "the office's home page (待办, figures, four charts)" /
run_wrk "the office's 待办 list" /todo

# A cache cannot help the first view after a write: create a task through the API, then time
# the office's home page and its 待办 list once each, five times.
token=$("$BIN" token create --username admin --name web-bench 2>/dev/null | tail -1)
plan=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
home_ms=() todo_ms=()
for i in 1 2 3 4 5; do
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
        -d "{\"planId\":\"$plan\",\"title\":\"基准写入 $i\",\"leadUnitId\":\"$unit\",\"deadline\":\"2026-12-31\"}" \
        "$base/api/v1/tasks"
    for page in / /todo; do
        start_ns=$(date +%s%N)
        curl -sf -o /dev/null -H "$cookie" "$base$page"
        ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
        if [[ $page == / ]]; then home_ms+=("$ms"); else todo_ms+=("$ms"); fi
    done
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo
echo "| first view after a task is created (median of 5) | ms |"
echo "|---|---|"
echo "| the office's home page | $(median "${home_ms[@]}") |"
echo "| the office's 待办 list | $(median "${todo_ms[@]}") |"
