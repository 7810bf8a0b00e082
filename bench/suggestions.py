"""Writes suggestions through the API, routes every third to a unit, and times the duplicate
check, a suggestion's page, the list (sorted by due day), its Excel export and the home page;
called by bench/suggestions.sh with the server's address, the admin's session cookie, its CSRF
token and how many to write. Prints a Markdown table. The texts are made from a fixed list of matters and phrasings (seeded
random), so that many suggestions share words, as real ones do."""

import datetime
import http.client
import json
import random
import statistics
import sys
import time
import urllib.parse

base, session, csrf, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
host = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(host.hostname, host.port)
headers = {"Cookie": f"tongxin_session={session}", "X-CSRF-Token": csrf, "Content-Type": "application/json"}


def call(method, path, body=None):
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = conn.getresponse()
    data = response.read()
    if response.status >= 400:
        raise SystemExit(f"{method} {path} → {response.status}: {data[:300]!r}")
    return json.loads(data) if data and response.getheader("Content-Type", "").startswith("application/json") else data


MATTERS = ["老旧小区加装电梯", "中小企业融资", "垃圾分类", "夜间经济", "乡村振兴", "养老服务", "托育服务", "职业教育", "停车难",
           "城市内涝", "农村饮水安全", "民营经济", "营商环境", "文旅融合", "非遗保护", "社区治理", "少数民族流动人口服务",
           "新就业群体", "心理健康", "食品安全", "校园安全", "公共文化服务", "数字政府", "人才引进", "河道治理", "口袋公园",
           "背街小巷整治", "农村电商", "社区医院", "知识产权保护"]
ACTIONS = ["建议加大财政投入", "建议简化审批流程", "建议建立部门协作机制", "建议出台专项扶持政策", "建议加强宣传引导",
           "建议开展专项督查", "建议引入社会资本参与", "建议建立考核评价制度", "建议完善基础设施", "建议搭建信息共享平台"]
PROBLEMS = ["群众反映强烈", "存在资金缺口", "部门职责不清", "基层力量薄弱", "政策落实不到位", "服务供给不足"]
rng = random.Random(6)


def text():
    matter = rng.choice(MATTERS)
    body = f"当前我市{matter}工作{rng.choice(PROBLEMS)}，{rng.choice(PROBLEMS)}。" + "".join(
        f"{rng.choice(ACTIONS)}，推动{matter}工作取得实效。" for _ in range(rng.randint(2, 6)))
    return {"title": f"关于{rng.choice(['推进', '加强', '改进', '做好'])}{matter}工作的建议", "body": body}


units = call("GET", "/api/v1/units")["items"]
party = next((u for u in units if u["code"] == "bench-party"), None) or call(
    "POST", "/api/v1/units", {"name": "民建示范市委会", "code": "bench-party", "kind": "democratic_party"})
member = call("POST", "/api/v1/users", {"username": "bench-member", "displayName": "张委员", "unitId": party["id"],
                                        "role": "member", "password": "bench-member-password"})
started = time.time()
ids = []
for _ in range(count):
    created = call("POST", "/api/v1/suggestions", {**text(), "category": "livelihood", "authorId": member["id"]})
    call("POST", f"/api/v1/suggestions/{created['id']}/submit", {})
    ids.append(created["id"])
written = time.time() - started
last_id = created["id"]
# Every third accepted and routed, due over the next four months, so that the list's due-day
# order and the home page's counts have something to sort and count.
lead = next((u for u in units if u["code"] == "bench-lead"), None) or call(
    "POST", "/api/v1/units", {"name": "市发展改革委", "code": "bench-lead", "kind": "member_unit"})
today = datetime.date.today()
for index, suggestion_id in enumerate(ids[::3]):
    call("POST", f"/api/v1/suggestions/{suggestion_id}/accept", {"isKey": index % 10 == 0})
    due = today + datetime.timedelta(days=1 + index % 120)
    call("POST", f"/api/v1/suggestions/{suggestion_id}/route", {"leadUnitId": lead["id"], "answerDue": due.isoformat()})


def timed(method, path, body=None, rounds=300):
    times, results = [], []
    for _ in range(rounds):
        payload = body() if callable(body) else body
        start = time.perf_counter()
        results.append(call(method, path, payload))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times, results


def typing():
    draft = text()
    return {"title": draft["title"], "body": draft["body"][: rng.randint(0, len(draft["body"]))]}


check, found = timed("POST", "/api/v1/suggestions/similar", typing)
page, _ = timed("GET", f"/suggestions/{last_id}", rounds=100)
listed, _ = timed("GET", "/suggestions?sort=due", rounds=100)
exported, _ = timed("GET", "/suggestions?format=xlsx", rounds=10)
home, _ = timed("GET", "/", rounds=100)
shown = statistics.mean(len(items) for items in found)


def row(name, times):
    return f"| {name} | {len(times)} | {statistics.median(times):.1f} | {times[int(len(times) * 0.95) - 1]:.1f} | {times[-1]:.1f} |"


print(f"## Duplicate check ({time.strftime('%Y-%m-%d')}, release build, SQLite, {count} suggestions written in {written:.0f} s)")
print()
print("| request (one client, one at a time) | requests | median ms | p95 ms | max ms |")
print("|---|---|---|---|---|")
print(row("POST /api/v1/suggestions/similar (a title and part of a body)", check))
print(row("GET /suggestions/{id} (the page, with its similar suggestions)", page))
print(row("GET /suggestions?sort=due (the list's first page of 25, by due day)", listed))
print(row(f"GET /suggestions?format=xlsx (all {count} as Excel)", exported))
print(row("GET / (the office's home page, with its suggestion counts)", home))
print()
print(f"The check listed {shown:.1f} similar suggestions on average (at most 5).")
