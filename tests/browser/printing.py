"""Official output printed by headless Chromium and read back from the PDF.

On the demo city (示范市) plus a plan of 200 tasks made through the API, prints the
责任分工方案, the 整改台账, the task list and a 督办单 to PDF through the DevTools protocol
(the print stylesheet, as a user's 打印 gets it) and checks with pdfinfo/pdftotext:
A4 everywhere, landscape from the first page where the table is wide, the title and the
table's first rows on page 1, 第 N 页 共 M 页 on every page, and nothing after the table
(no management headings or buttons)."""

import base64
import json
import re
import shutil
import subprocess
import tempfile
import urllib.request
from pathlib import Path

import docx

from harness import ARTIFACTS, expect

A4_PORTRAIT = (595, 842)


def api(server, token, method, path, body=None):
    request = urllib.request.Request(
        server.base + path, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def admin_token(server):
    if not hasattr(server, "admin_token"):
        server.admin_token = server.command("token", "create", "--username", "admin", "--name", "print-test").strip(
        ).splitlines()[-1]
    return server.admin_token


def download(server, path):
    request = urllib.request.Request(server.base + path, headers={"Authorization": f"Bearer {admin_token(server)}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def make_long_plan(server, tasks=200):
    """A plan of `tasks` tasks spread over the demo's units; returns its id."""
    token = admin_token(server)
    units = [u for u in api(server, token, "GET", "/api/v1/units?per=200")["items"] if u.get("kind") != "office"]
    plan = api(server, token, "POST", "/api/v1/plans", {"title": "二百项任务的责任分工", "period": "2026"})
    for index in range(tasks):
        unit = units[index % len(units)]
        api(server, token, "POST", "/api/v1/tasks", {
            "planId": plan["id"], "title": f"第{index + 1}项重点任务：推进民族团结进步示范创建并按月报送进展",
            "leadUnitId": unit["id"], "deadline": "2026-12-31"})
    return plan["id"]


def print_pdf(b, path, name):
    """Opens `path` and prints it as a user would (the print stylesheet, its @page sizes)."""
    b.open(path)
    b.wait_until(lambda: b.d.execute_script("return document.readyState") == "complete", f"{path} loaded")
    result = b.d.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    target = ARTIFACTS / name
    target.write_bytes(base64.b64decode(result["data"]))
    return target


def pages(pdf):
    """Each page's size in points and its text (in reading order)."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    texts = []
    for number in range(1, len(sizes) + 1):
        texts.append(subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                                    capture_output=True, text=True, check=True).stdout)
    return sizes, texts


def check_printout(pdf, title, first_rows, landscape, last_row=None, columns=None):
    """`columns`: header names that must stand on one line somewhere, as a printed table's header does
    (a table laid out as phone cards puts each cell on a line of its own)."""
    sizes, texts = pages(pdf)
    expect(sizes, f"{pdf.name} has no pages")
    for number, (width, height) in enumerate(sizes, 1):
        short, long = sorted((round(width), round(height)))
        expect((short, long) == A4_PORTRAIT, f"{pdf.name} page {number} is {width}x{height} pt, not A4")
        expect((width > height) == landscape,
               f"{pdf.name} page {number} is {'portrait' if width < height else 'landscape'}")
        footer = f"第{number}页共{len(sizes)}页"
        expect(footer in re.sub(r"\s", "", texts[number - 1]),
               f"{pdf.name} page {number} lacks “第 {number} 页 共 {len(sizes)} 页”:\n{texts[number - 1][-300:]}")
    first = texts[0]
    expect(re.sub(r"\s", "", title) in re.sub(r"\s", "", first), f"{pdf.name}: page 1 lacks the title {title}:\n{first[:600]}")
    for row in first_rows:
        expect(row in first, f"{pdf.name}: page 1 lacks the row {row}:\n{first[:1200]}")
    if columns:
        expect(any(all(column in line for column in columns) for text in texts for line in text.splitlines()),
               f"{pdf.name}: the columns {columns} are on no one line (cards, not a table?):\n{first[:1200]}")
    whole = "\n".join(texts)
    lines = {line.strip() for line in whole.splitlines()}
    expect("管理" not in lines, f"{pdf.name}: the printout has a stray heading “管理”")
    for stray in ("导入责任分工表", "印发计划", "导出 Excel", "筛选", "上一页"):
        expect(stray not in whole, f"{pdf.name}: the printout shows “{stray}”")
    if last_row:
        tail = texts[-1].split(last_row, 1)
        expect(len(tail) == 2, f"{pdf.name}: the last page lacks the last row {last_row}")
        after = re.sub(r"第\s*\d+\s*页\s*共\s*\d+\s*页", "", tail[1]).strip()
        expect(len(after) < 80, f"{pdf.name}: text after the table's last row: {after[:200]}")
    for text in texts:
        broken = re.search(r"(\d{4}-\d{2}-|\d{4}年\d{1,2}月\d{0,2})[ \t]*$", text, re.MULTILINE)
        expect(not broken, f"{pdf.name}: a date breaks inside its cell: {broken and broken.group(0)}")
    return len(sizes)


def step_print_plans(b, server):
    from work_loop import sign_in_as
    sign_in_as(b, "admin", server.passwords["admin"])
    b.open("/plans")
    link = b.by_xpath("//main//table//a[contains(@href,'/plans/')]", "the demo plan in the plan list")
    demo_title = link.text
    demo_plan = link.get_attribute("href").split("/plans/")[1]
    pdf = print_pdf(b, f"/plans/{demo_plan}", "print-plan-demo.pdf")
    check_printout(pdf, f"{demo_title}责任分工方案", ["序号", "牵头单位"], landscape=True, columns=["序号", "牵头单位"])
    long_plan = make_long_plan(server)
    pdf = print_pdf(b, f"/plans/{long_plan}", "print-plan-200.pdf")
    count = check_printout(pdf, "二百项任务的责任分工责任分工方案", ["第1项重点任务", "第2项重点任务"], landscape=True,
                           last_row="第200项重点任务")
    expect(count >= 5, f"a 200-task plan printed on {count} pages")


def step_print_supervision(b, server):
    pdf = print_pdf(b, "/rectification", "print-ledger.pdf")
    check_printout(pdf, "整改台账", ["序号", "整改单位"], landscape=True)
    b.open("/notices")
    notice = b.by_xpath("//main//table//a[contains(@href,'/notices/')]", "a notice in the list")
    number = notice.text
    pdf = print_pdf(b, notice.get_attribute("href").replace(server.base, ""), "print-notice.pdf")
    check_printout(pdf, "督 办 单", [number], landscape=False)
    pdf = print_pdf(b, "/tasks", "print-tasks.pdf")
    check_printout(pdf, "任务清单", ["序号", "督办灯"], landscape=True)


def word_text(path):
    """The paragraphs and table cells of a .docx, as python-docx reads them."""
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    return document, paragraphs, cells


def to_pdf(path):
    """Converts a .docx to PDF with LibreOffice headless (its own profile, so runs do not collide)."""
    profile = Path(tempfile.mkdtemp(prefix="tongxin-lo-"))
    try:
        done = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(path.parent), str(path)], capture_output=True, text=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = path.with_suffix(".pdf")
    expect(done.returncode == 0 and pdf.is_file(), f"LibreOffice could not convert {path.name}: {done.stderr[-500:]}")
    return pdf


def step_word(b, server):
    units = [u["name"] for u in api(server, admin_token(server), "GET", "/api/v1/units?per=200")["items"]]
    plans = api(server, admin_token(server), "GET", "/api/v1/plans")["items"]
    demo = next(plan for plan in plans if "责任分工" not in plan["title"])
    target = ARTIFACTS / "word-responsibility.docx"
    target.write_bytes(download(server, f"/api/v1/plans/{demo['id']}/responsibility.docx"))
    document, paragraphs, cells = word_text(target)
    expect(paragraphs[0] == f"{demo['title']}责任分工方案", f"the Word document's title is {paragraphs[:1]}")
    expect(cells[0] == ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], f"the table's header is {cells[:1]}")
    expect(len(cells) > 10, f"the Word table has {len(cells)} rows")
    expect(any(cell in units for row in cells for cell in row), "no unit named in the Word table")
    expect(any(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", cell) for row in cells for cell in row), "no date in the table")
    section = document.sections[0]
    expect(section.page_width > section.page_height, "the 责任分工方案 is not on landscape pages")
    expect(round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210, "not A4")
    pdf = to_pdf(target)
    expect(pages(pdf)[0], "the converted 责任分工方案 has no pages")
    notices = api(server, admin_token(server), "GET", "/api/v1/notices")["items"]
    notice = notices[0]
    target = ARTIFACTS / "word-notice.docx"
    target.write_bytes(download(server, f"/api/v1/notices/{notice['id']}/notice.docx"))
    document, paragraphs, cells = word_text(target)
    expect(paragraphs[0].replace(" ", "") == "督办单" and paragraphs[1] == notice["number"],
           f"the 督办单's title and number are {paragraphs[:2]}")
    labels = [row[0] for row in cells]
    expect(labels[:1] == ["被督办单位"] and "督办事由" in labels and "答复时限" in labels, f"the form's labels: {labels}")
    expect(round(document.sections[0].top_margin.mm) == 37 and round(document.sections[0].left_margin.mm) == 28,
           "the 督办单's margins are not GB/T 9704's (37 mm top, 28 mm left)")
    pdf = to_pdf(target)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(ARTIFACTS / "word-notice")],
                   check=True)


def step_print_assessment(b, server):
    """Last year's ranking and one unit's scorecard, as the office files them."""
    b.open("/assessments")
    ranking = b.one("main a[href$='/ranking']", "last year's ranking").get_attribute("href").replace(server.base, "")
    pdf = print_pdf(b, ranking, "print-assessment-ranking.pdf")
    count = check_printout(pdf, "考核排名", ["名次", "总分", "等次"], landscape=True, columns=["名次", "总分", "等次"])
    expect(count <= 3, f"last year's ranking of the demo city's units printed on {count} pages")
    b.open(ranking)
    card = b.one("main table tbody a[href^='/assessments/cards/']", "a unit in the ranking")
    unit = card.text
    pdf = print_pdf(b, card.get_attribute("href").replace(server.base, ""), "print-assessment-card.pdf")
    check_printout(pdf, "考核评分表", [unit, "分值", "得分"], landscape=True, columns=["分值", "得分"])


def steps(server):
    return [
        ("print the 责任分工方案 of the demo plan and of a 200-task plan to A4 landscape PDF",
         lambda b: step_print_plans(b, server)),
        ("print the 整改台账, a 督办单 and the task list to PDF", lambda b: step_print_supervision(b, server)),
        ("print last year's assessment ranking and a unit's scorecard to A4 landscape PDF",
         lambda b: step_print_assessment(b, server)),
        ("the 责任分工方案 and a 督办单 as Word documents: python-docx reads them, LibreOffice converts them",
         lambda b: step_word(b, server)),
    ]
