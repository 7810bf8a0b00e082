"""Browser steps for the work loop: the admin creates a plan and two tasks; the liaison of
民族宗教事务局 reports; the admin sends the report back; the liaison reports again; the
admin accepts; the task's history shows all four steps. Runs after run.py has created the
unit and its liaison (liaison1)."""

from selenium.webdriver.common.by import By

from harness import ADMIN_PASSWORD, StepFailed, expect

PLAN_TITLE = "2026年民族团结进步工作要点"
TASK_ONE = "创建全国民族团结进步示范市"
TASK_TWO = "开展民族团结进步宣传月活动"
UNIT_NAME = "民族宗教事务局"
LIAISON = ("liaison1", "liaison-pass-1")


def sign_in_as(b, username, password):
    b.d.delete_all_cookies()
    b.open("/signin")
    b.fill("username", username)
    b.fill("password", password)
    b.one("button[type='submit']").click()
    b.wait_for_h1("工作台")


def set_date(b, name, value):
    """Date inputs take typed digits in the browser's locale order; set the value directly."""
    field = b.one(f"input[name='{name}']", f"date field {name}")
    b.d.execute_script("arguments[0].value = arguments[1];", field, value)


def open_task(b, title):
    b.by_xpath(f"//a[normalize-space()='{title}']", f"a link to the task {title}").click()
    b.wait_for_h1(title)


def wait_for_flash(b, text):
    b.wait_until(lambda: any(text in flash.text for flash in b.d.find_elements(By.CSS_SELECTOR, ".flash-success")),
                 f"the message {text}")


def history(b):
    return [item.find_element(By.TAG_NAME, "strong").text for item in b.d.find_elements(By.CSS_SELECTOR, "ol.history li")]


def step_create_plan(b):
    b.by_xpath("//nav[@class='sidenav']//a[@href='/plans']", "nav link 工作计划").click()
    b.wait_for_h1("工作计划")
    b.by_xpath("//a[normalize-space()='新建计划']", "link 新建计划").click()
    b.fill("title", PLAN_TITLE)
    b.fill("period", "2026")
    b.one("form.stacked button[type='submit']").click()
    b.wait_for_h1(PLAN_TITLE)
    b.screenshot("10-plan-created.png")


def create_task(b, title, lead, co=None):
    b.by_xpath("//main//a[normalize-space()='新建任务' and contains(@href,'planId=')]", "button 新建任务 on the plan").click()
    b.wait_for_h1("新建任务")
    b.fill("title", title)
    b.select_text_containing("leadUnitId", lead)
    if co:
        b.select_text_containing("coUnitId[]", co)
        b.fill("coPart[]", "提供政策支持")
    b.fill("leader", "王某某 副市长")
    set_date(b, "deadline", "2026-12-31")
    b.one("form.stacked button[type='submit']").click()
    b.wait_for_h1(title)


def step_create_tasks(b):
    create_task(b, TASK_ONE, UNIT_NAME)
    b.screenshot("11-task-created.png")
    b.by_xpath("//nav[@class='crumbs']//a[normalize-space()='%s']" % PLAN_TITLE, "breadcrumb to the plan").click()
    b.wait_for_h1(PLAN_TITLE)
    create_task(b, TASK_TWO, "领导小组办公室", co=UNIT_NAME)
    b.by_xpath("//nav[@class='crumbs']//a[normalize-space()='%s']" % PLAN_TITLE, "breadcrumb to the plan").click()
    b.wait_for_h1(PLAN_TITLE)
    table = b.text("table")
    for expected in (TASK_ONE, TASK_TWO, UNIT_NAME, "2026年12月31日"):
        expect(expected in table, f"the responsibility table lacks {expected!r}:\n{b.snippet('table')}")
    b.screenshot("12-responsibility-table.png")


def report(b, text, progress):
    b.fill("text", text)
    b.fill("progress", str(progress))
    b.one("form[action$='/reports'] button[type='submit']").click()
    wait_for_flash(b, "进展已报送")


def step_liaison_reports(b):
    sign_in_as(b, *LIAISON)
    mine = b.text("main")
    for title in (TASK_ONE, TASK_TWO):
        expect(title in mine, f"the liaison's home does not list {title!r}:\n{b.snippet()}")
    b.screenshot("13-liaison-home.png")
    open_task(b, TASK_ONE)
    report(b, "已成立创建工作专班，完成自评", 30)
    b.screenshot("14-reported.png")


def step_admin_returns(b):
    sign_in_as(b, "admin", ADMIN_PASSWORD)
    b.open("/tasks")
    open_task(b, TASK_ONE)
    b.fill("comment", "请补充专班成员和时间表")
    b.by_xpath("//form[contains(@action,'/return')]//button[normalize-space()='退回']", "button 退回").click()
    wait_for_flash(b, "已退回进展报告")
    b.screenshot("15-returned.png")


def step_liaison_reports_again(b):
    sign_in_as(b, *LIAISON)
    open_task(b, TASK_ONE)
    expect("请补充专班成员和时间表" in b.text("main"), f"the liaison does not see why it was returned:\n{b.snippet()}")
    text = b.one("textarea[name='text']").get_attribute("value")
    expect(text == "已成立创建工作专班，完成自评", f"the form is not filled with the returned report; it holds {text!r}")
    report(b, "已成立创建工作专班（成员12人），完成自评，时间表见附件", 40)
    b.screenshot("16-reported-again.png")


def step_admin_accepts(b):
    sign_in_as(b, "admin", ADMIN_PASSWORD)
    b.open("/tasks")
    open_task(b, TASK_ONE)
    b.by_xpath("//form[contains(@action,'/accept')]//button[normalize-space()='采纳']", "button 采纳").click()
    wait_for_flash(b, "已采纳进展报告")
    steps = history(b)
    expected = ["创建任务", "报送进展", "退回进展", "报送进展", "采纳进展"]
    if steps != expected:
        raise StepFailed(f"the history shows {steps}, expected {expected}:\n{b.snippet('ol.history')}")
    facts = b.text("dl.details")
    expect("40%" in facts and "推进中" in facts, f"the task does not show 40% 推进中:\n{b.snippet('dl.details')}")
    b.screenshot("17-accepted-history.png")


STEPS = [
    ("the admin creates a plan", step_create_plan),
    ("the admin creates two tasks and sees the responsibility table", step_create_tasks),
    ("the liaison sees both tasks and reports on one", step_liaison_reports),
    ("the admin sends the report back with a comment", step_admin_returns),
    ("the liaison corrects the report and sends it again", step_liaison_reports_again),
    ("the admin accepts; the history shows all four steps", step_admin_accepts),
]
