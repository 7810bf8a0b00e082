"""Browser steps for turning a meeting report into a plan: the admin pastes a report, sees the
extracted items marked in the cleaned text, gives the first requirement a lead unit and a
deadline, leaves the second out, confirms; the task shows in the plan's responsibility table.
Runs after work_loop.py (the admin is signed in; 民族宗教事务局 exists)."""

import datetime
import pathlib
import tempfile

from selenium.webdriver.common.by import By

from harness import StepFailed, expect
from work_loop import UNIT_NAME, set_date

# A report written for this test (not from the corpus).
REPORT = """示范市召开民族团结进步创建工作推进会
2026年3月12日，示范市民族团结进步创建工作推进会在市行政中心召开。市委副书记王立新主持会议，市委常委、统战部部长陈晓华出席并讲话。
会议审议了《示范市民族团结进步创建工作责任分工方案》。
陈晓华强调，一是要压实工作责任，各成员单位要按照分工抓好落实。二是要加强宣传引导，营造浓厚的创建氛围。三是要强化督促检查，确保各项任务按时完成。"""
PLAN_TITLE = "示范市民族团结进步创建工作推进会部署的重点工作"
# The server runs on the real clock: the deadline is some weeks ahead of today.
DEADLINE = datetime.date.today() + datetime.timedelta(days=75)


def step_paste_report(b):
    b.by_xpath("//nav[@class='sidenav']//a[@href='/imports']", "nav link 导入会议报道").click()
    b.wait_for_h1("导入会议报道")
    field = b.one("textarea[name='text']", "the paste area")
    b.d.execute_script("arguments[0].value = arguments[1];", field, REPORT)
    b.by_xpath("//button[normalize-space()='读取']", "button 读取").click()
    b.wait_for_h1("核对导入")
    marked = {kind: [m.text for m in b.d.find_elements(By.CSS_SELECTOR, f"section.import-text > div mark.{kind}")]
              for kind in ("hl-person", "hl-document", "hl-requirement")}
    expect("王立新" in marked["hl-person"] and "陈晓华" in marked["hl-person"], f"people not marked: {marked}")
    expect(any("责任分工方案" in text for text in marked["hl-document"]), f"the document is not marked: {marked}")
    expect(len(marked["hl-requirement"]) == 3, f"expected 3 requirements marked: {marked}")
    b.screenshot("20-import-review.png")


def step_assign_and_confirm(b):
    b.select_text_containing("requirement-0-lead_unit_id", UNIT_NAME)
    set_date(b, "requirement-0-deadline", DEADLINE.isoformat())
    drop = b.one("input[name='requirement-1-drop']", "the checkbox leaving requirement 2 out")
    if not drop.is_selected():
        drop.click()
    b.screenshot("21-import-edited.png")
    b.by_xpath("//button[normalize-space()='确认导入']", "button 确认导入").click()
    b.wait_for_h1(PLAN_TITLE)
    flash = b.text(".flash-success")
    expect("2 项任务" in flash, f"the message says {flash!r}, expected 2 tasks")


def step_responsibility_table(b):
    table = b.text("table")
    expect("压实工作责任" in table, f"the assigned task is missing from the responsibility table:\n{table}")
    expect("强化督促检查" in table, f"the third requirement is missing:\n{table}")
    expect("加强宣传引导" not in table, f"the requirement left out is in the table:\n{table}")
    row = b.by_xpath("//table//tr[td[contains(., '压实工作责任')]]", "the row of the assigned task").text
    expect(UNIT_NAME in row, f"the row does not name {UNIT_NAME}: {row}")
    written = f"{DEADLINE.year}年{DEADLINE.month}月{DEADLINE.day}日"
    expect(written in row or DEADLINE.isoformat() in row, f"the row does not show the deadline {written}: {row}")
    source = b.text("main")
    expect("示范市民族团结进步创建工作推进会" in source, "the plan does not name the meeting it came from")
    b.screenshot("22-import-responsibility.png")


# Three short reports written for this test, uploaded at once.
BATCH = {
    f"batch-{n}.txt": f"示范市召开第{n}次民族工作联席会议\n2026年4月{n}日，示范市第{n}次民族工作联席会议召开。市委常委、统战部部长陈晓华主持会议并讲话。"
                      f"会议要求，一是要抓好第{n}批任务落实。二是要及时报送进展情况。"
    for n in (1, 2, 3)
}


def step_batch_import(b):
    b.open("/imports")
    b.wait_for_h1("导入会议报道")
    folder = pathlib.Path(tempfile.mkdtemp(prefix="tongxin-batch-"))
    for name, text in BATCH.items():
        (folder / name).write_text(text, encoding="utf-8")
    b.one("input[name='files[]']#f-batch-files", "the batch file input").send_keys("\n".join(str(folder / name) for name in BATCH))
    b.by_xpath("//button[normalize-space()='开始批量导入']", "button 开始批量导入").click()
    b.wait_for_h1("批量导入")
    # The page reloads itself (app.js) until the batch is finished.
    b.wait_until(lambda: "已完成" in b.text("[role=status][aria-live=polite]"), "the batch page to reach 已完成 by reloading")
    status = b.text("[role=status][aria-live=polite]")
    expect("新建 3" in status and "失败 0" in status, f"the batch says {status!r}, expected 3 created")
    rows = b.text("table")
    expect(all(name in rows for name in BATCH), f"the result table lacks a file:\n{rows}")
    b.screenshot("23-batch-import.png")


STEPS = [
    ("the admin pastes a meeting report and sees what was found, marked", step_paste_report),
    ("the admin assigns a requirement to a unit, leaves one out, confirms", step_assign_and_confirm),
    ("the task shows in the plan's responsibility table", step_responsibility_table),
    ("the admin uploads three reports at once and watches them imported", step_batch_import),
]
