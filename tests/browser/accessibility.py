"""Accessibility on the demo city (示范市): axe-core run in the page on every role's home page,
the task list, a task, a suggestion, 待办 and the main forms, each as a user who may open it.

axe-core comes bundled with the PyPI package axe-playwright-python (scripts/setup-debian
installs it); only its axe.min.js is used: it is injected into each page and `axe.run()` is
called through Selenium, with the WCAG 2.0/2.1 A and AA rules and axe's best practices, on
the desktop window (1280x900).
Every page's violations, counted by impact, go to artifacts/browser/axe.json; any serious or
critical violation fails the run, listing the page, rule, element and what to fix."""

import importlib.util
import json
from pathlib import Path

from harness import ARTIFACTS, StepFailed, expect
from work_loop import sign_in_as

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
IMPACTS = ["critical", "serious", "moderate", "minor"]
FAILING = {"critical", "serious"}
SCRIPT_TIMEOUT = 120  # seconds for axe.run on one page (long tables on a slow machine)


def at(path, h1=None):
    """Opens `path` and waits for its h1 (`h1` exactly, or any)."""
    def open_it(b):
        b.open(path)
        b.wait_for_path(path)
        if h1:
            b.wait_for_h1(h1)
        else:
            b.wait_until(lambda: b.h1(), f"an h1 at {path}")
    return open_it


def first_link(list_path, prefix):
    """Opens `list_path` and follows the first link in its table to a page under `prefix`."""
    def follow(b):
        b.open(list_path)
        link = b.one(f"main table tbody a[href^='{prefix}']", f"a link to {prefix}… in the table of {list_path}")
        b.d.get(link.get_attribute("href"))
        b.wait_until(lambda: b.path.startswith(prefix) and b.h1(), f"a page under {prefix} with an h1")
    return follow


def via(*steps):
    """Opens `steps[0]`, then follows the first link matching each CSS selector after it."""
    def follow(b):
        b.open(steps[0])
        for css in steps[1:]:
            link = b.one(f"main {css}", f"a link {css}")
            b.d.get(link.get_attribute("href"))
            b.wait_until(lambda: b.h1(), f"a page with an h1 after {css}")
    return follow


# (username, page name, how to get there), grouped by user so each signs in once.
PAGES = [
    ("admin", "工作台（办公室）", at("/", "工作台")),
    ("admin", "任务清单", at("/tasks", "任务清单")),
    ("admin", "任务页", first_link("/tasks", "/tasks/")),
    ("admin", "建言页", first_link("/suggestions", "/suggestions/")),
    ("admin", "待办", at("/todo", "待办")),
    ("admin", "新建任务", at("/tasks/new", "新建任务")),
    ("admin", "发督办单", at("/notices/new", "发督办单")),
    ("admin", "新建单位", at("/units/new", "新建单位")),
    ("admin", "记录会议", at("/meetings/new", "记录会议")),
    ("admin", "会议日历", at("/meetings/calendar", "会议日历")),
    ("admin", "年度考核", at("/assessments", "年度考核")),
    ("admin", "考核方案", first_link("/assessments", "/assessments/")),
    ("admin", "考核排名（上年）", via("/assessments", "a[href$='/ranking']")),
    ("admin", "考核评分队列", at("/assessments/queue", "考核评分队列")),
    ("liaison-mzj", "待办（联络员）", at("/todo", "待办")),
    ("liaison-mzj", "考核评分表（联络员，可自评）", via("/assessments", "table tbody a[href^='/assessments/']",
                                                 "table tbody a[href^='/assessments/cards/']")),
    ("leader", "工作台（领导）", at("/", "工作台")),
    ("liaison-mzj", "工作台（联络员）", at("/", "工作台")),
    ("member-mj", "工作台（党派成员）", at("/", "工作台")),
    ("member-mj", "写建言", at("/suggestions/new", "写建言")),
    ("viewer", "工作台（只读）", at("/", "工作台")),
]


def axe_source():
    """The text of axe.min.js (axe-core 4.x) as shipped inside the axe-playwright-python package.

    Only the script file is used, so the package is installed without its dependencies and is
    located, not imported."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        raise StepFailed("the Python package axe-playwright-python is missing; run scripts/setup-debian "
                         "(or: python3 -m pip install --no-deps axe-playwright-python)")
    return (Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


def run_axe(b, source):
    """Injects axe into the current page (once) and returns axe.run's results for TAGS.

    An older axe lacks some tags (3.1 has no rule tagged wcag21a) and refuses an unknown one,
    so only the tags this axe knows are asked for; the results say which."""
    if not b.d.execute_script("return typeof window.axe === 'object'"):
        b.d.execute_script(source)
    results = b.d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const tags = arguments[0].filter(tag => axe.getRules([tag]).length > 0);"
        "axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        "  .then(results => done({version: axe.version, tags: tags, violations: results.violations}))"
        "  .catch(error => done({error: String(error)}));", TAGS)
    expect("error" not in results, f"axe.run failed at {b.path}: {results.get('error')}")
    return results


def short(text, limit):
    """`text` on one line, cut to `limit` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def target(node):
    """A short CSS selector of the element axe flagged (the innermost one for frames)."""
    selector = node["target"][-1] if node.get("target") else "?"
    selector = " ".join(selector) if isinstance(selector, list) else str(selector)
    return short(selector, 90)


def step_audit(b, server, results):
    """Runs axe on every page of PAGES and writes the counts to artifacts/browser/axe.json."""
    source = axe_source()
    b.d.set_script_timeout(SCRIPT_TIMEOUT)
    # The desktop window make_driver opens (1280x900), whatever phone an earlier step emulated.
    b.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    version = tags = None
    signed_in = None
    for username, name, where in PAGES:
        if username != signed_in:
            sign_in_as(b, username, server.passwords[username])
            signed_in = username
        where(b)
        found = run_axe(b, source)
        version, tags = found["version"], found["tags"]
        violations = found["violations"]
        results.append({
            "page": name,
            "user": username,
            "path": b.path,
            # violated rules by impact, and the elements they flag by impact
            "violations": {impact: sum(v["impact"] == impact for v in violations) for impact in IMPACTS},
            "elements": {impact: sum(len(v["nodes"]) for v in violations if v["impact"] == impact)
                         for impact in IMPACTS},
            "rules": [{"id": v["id"], "impact": v["impact"], "help": v["help"], "elements": len(v["nodes"]),
                       "targets": [target(node) for node in v["nodes"][:5]],
                       "html": short(v["nodes"][0].get("html"), 200) if v["nodes"] else "",
                       "why": short(v["nodes"][0].get("failureSummary"), 300) if v["nodes"] else ""}
                      for v in violations],
        })
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "axe.json").write_text(
        json.dumps({"axe": version, "tags": tags, "pages": results}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
    print(f"# axe {version} ({', '.join(tags)}): violated rules per page (critical/serious/moderate/minor)")
    for page in results:
        counts = "/".join(str(page["violations"][impact]) for impact in IMPACTS)
        print(f"#   {counts:>9}  {page['page']} ({page['user']}, {page['path']})")


def step_no_serious(results):
    """Fails listing each serious or critical rule once, with the pages and elements it flags."""
    expect(results, "no page was audited")
    flagged = {}  # (rule, impact, help) -> one line per page
    for page in results:
        for rule in page["rules"]:
            if rule["impact"] in FAILING:
                more = rule["elements"] - len(rule["targets"])
                flagged.setdefault((rule["id"], rule["impact"], rule["help"]), []).append(
                    f"{page['page']} ({page['path']} as {page['user']}): {', '.join(rule['targets'])}"
                    + (f" and {more} more" if more > 0 else ""))
    lines = []
    for (rule, impact, help_text), pages in flagged.items():
        lines.append(f"{rule} [{impact}] {help_text}")
        lines.extend("    " + line for line in pages)
    expect(not flagged, f"{sum(len(pages) for pages in flagged.values())} serious or critical axe violations "
                        f"(why each fails: {ARTIFACTS / 'axe.json'}):\n" + "\n".join(lines))


def steps(server):
    results = []  # filled by the audit, judged by the next step
    return [
        (f"axe-core on {len(PAGES)} pages of the demo city, counts in axe.json",
         lambda b: step_audit(b, server, results)),
        ("no serious or critical accessibility violations", lambda b: step_no_serious(results)),
    ]
