"""Browser steps for the suggestions channel (建言直通车): a member submits with a co-signer,
the office accepts and routes it, the unit answers B, the member rates 不满意, the unit answers
again A, the member rates 满意; then the duplicate check while typing another, and publication. Runs after report_import.py (the admin is signed in; the unit
民族宗教事务局 and its liaison exist)."""

import datetime

from selenium.webdriver.support.ui import Select

from harness import ADMIN_PASSWORD, expect
from work_loop import LIAISON, UNIT_NAME, set_date, sign_in_as, wait_for_flash

PARTY = "民建示范市委会"
AUTHOR = ("member1", "member-pass-1", "张委员")
COSIGNER = ("member2", "member-pass-2", "李委员")
TITLE = "关于加强少数民族流动人口服务管理的建议"
DUE = datetime.date.today() + datetime.timedelta(days=30)


def create_member(b, username, password, name):
    b.open("/users/new")
    b.wait_for_h1("新建用户")
    b.fill("username", username)
    b.fill("displayName", name)
    b.select_text_containing("unitId", PARTY)
    b.select_value("role", "member")
    b.fill("password", password)
    b.one("form.stacked button[type='submit']").click()
    b.wait_for_h1(name)


def open_suggestion(b):
    b.open("/suggestions")
    b.wait_for_h1("建言直通车")
    b.by_xpath(f"//a[normalize-space()='{TITLE}']", "the suggestion in the list").click()
    b.wait_for_h1(TITLE)


def press(b, label):
    b.by_xpath(f"//button[normalize-space()='{label}']", f"button {label}").click()


def status(b):
    return b.text("dl.details")


def step_members(b):
    b.open("/units/new")
    b.fill("name", PARTY)
    b.fill("code", "mj")
    b.select_value("kind", "democratic_party")
    b.one("form.stacked button[type='submit']").click()
    b.wait_for_h1(PARTY)
    create_member(b, *AUTHOR[:2], AUTHOR[2])
    create_member(b, *COSIGNER[:2], COSIGNER[2])


def step_member_submits(b):
    sign_in_as(b, AUTHOR[0], AUTHOR[1])
    b.open("/suggestions/new")
    b.wait_for_h1("写建言")
    b.fill("title", TITLE)
    b.fill("body", "建议建立流入地与流出地协作机制，为少数民族流动人口提供就业、就学和法律援助服务。")
    # The co-signer is found by typing part of the name, then ticked.
    b.one("#f-cosigner-search", "the co-signer search box").send_keys(COSIGNER[2][-2:])
    b.by_xpath(f"//ul[@id='cosigner-list']/li[not(@hidden)]/label[normalize-space()='{COSIGNER[2]}（{PARTY}）']",
               "the co-signer found by name").click()
    b.screenshot("24-suggestion-form.png")
    press(b, "提交")
    b.wait_for_h1(TITLE)
    expect("联名确认中" in status(b), f"expected 联名确认中: {status(b)}")
    sign_in_as(b, COSIGNER[0], COSIGNER[1])
    open_suggestion(b)
    press(b, "确认联名")
    wait_for_flash(b, "已回复联名邀请")
    expect("待受理" in status(b), f"expected 待受理 once co-signed: {status(b)}")


def step_office_routes(b):
    sign_in_as(b, "admin", ADMIN_PASSWORD)
    open_suggestion(b)
    press(b, "受理")
    wait_for_flash(b, "已受理")
    b.select_text_containing("leadUnitId", UNIT_NAME)
    set_date(b, "answerDue", DUE.isoformat())
    press(b, "交办")
    wait_for_flash(b, "已交办")
    expect("办理中" in status(b), f"expected 办理中: {status(b)}")


def unit_answers(b, answer_class, text):
    sign_in_as(b, *LIAISON)
    open_suggestion(b)
    b.select_value("answerClass", answer_class)
    b.fill("text", text)
    press(b, "提交答复")
    wait_for_flash(b, "答复已提交")
    sign_in_as(b, "admin", ADMIN_PASSWORD)
    open_suggestion(b)
    press(b, "发送给建言人")
    wait_for_flash(b, "已处理答复")


def rate(b, who, rating, comment=""):
    sign_in_as(b, who[0], who[1])
    open_suggestion(b)
    b.select_value("rating", rating)
    if comment:
        b.fill("comment", comment)
    press(b, "提交评价")
    wait_for_flash(b, "已评价")


def step_answer_b_rated_dissatisfied(b):
    unit_answers(b, "B", "已列入明年工作计划，正在研究具体方案。")
    rate(b, COSIGNER, "satisfied")
    rate(b, AUTHOR, "dissatisfied", "没有明确的时间表")
    expect("办理中" in status(b) and "第 2 次答复" in status(b), f"expected the suggestion reopened: {status(b)}")
    b.screenshot("25-suggestion-reopened.png")


def step_answer_a_rated_satisfied(b):
    unit_answers(b, "A", "协作机制已于本月建立，首批服务站已挂牌运行。")
    rate(b, COSIGNER, "satisfied")
    rate(b, AUTHOR, "satisfied")
    expect("已办结" in status(b), f"expected 已办结: {status(b)}")
    answer = b.text("main")
    expect("A类" in answer and "协作机制已于本月建立" in answer, "the page does not show the A answer")
    b.screenshot("26-suggestion-closed.png")
    sign_in_as(b, "admin", ADMIN_PASSWORD)


def step_figures_chart(b):
    b.open("/suggestions/figures")
    b.wait_for_h1(f"{b.d.execute_script('return new Date().getFullYear()')}年建言办理情况")
    chart = b.text("figure")
    expect("各单位答复分类（A/B/C）" in chart and "A 1" in chart and "共 1 件" in chart, f"unexpected chart: {chart}")
    b.screenshot("29-suggestion-figures-chart.png")


def step_duplicate_check_while_typing(b):
    sign_in_as(b, COSIGNER[0], COSIGNER[1])
    b.open("/suggestions/new")
    b.wait_for_h1("写建言")
    b.one("input[name='title']").send_keys("关于做好少数民族流动人口服务工作的建议")
    b.wait_until(lambda: TITLE in b.text("#similar"), "the earlier suggestion listed while typing")
    # A member sees the earlier suggestion's state; the similarity figure is the office's.
    expect("已办结" in b.text("#similar") and "相似度" not in b.text("#similar"), f"unexpected list: {b.text('#similar')}")
    b.screenshot("27-suggestion-duplicate-check.png")
    # In the Traditional view the script's words are Traditional too; titles stay as written.
    press(b, "繁")
    b.wait_for_h1("寫建言")
    b.one("input[name='title']").send_keys("关于做好少数民族流动人口服务工作的建议")
    b.wait_until(lambda: TITLE in b.text("#similar"), "the earlier suggestion listed in the Traditional view")
    listed = b.text("#similar")
    expect("已辦結" in listed and "寫" in listed and "写" not in listed.replace(TITLE, ""), f"unexpected list: {listed}")
    press(b, "簡")
    b.wait_for_h1("写建言")


def step_consent_and_publication(b):
    sign_in_as(b, AUTHOR[0], AUTHOR[1])
    open_suggestion(b)
    press(b, "同意公开")
    wait_for_flash(b, "已更新是否同意公开")
    sign_in_as(b, "admin", ADMIN_PASSWORD)
    open_suggestion(b)
    press(b, "发布到公开页面")
    wait_for_flash(b, "已更新公开状态")
    b.by_xpath("//a[normalize-space()='已在公开页面发布']", "the link to the public page").click()
    b.wait_for_h1(TITLE)
    page = b.text("main")
    expect("协作机制已于本月建立" in page and AUTHOR[2] not in page, "the public page shows the answer and no names")
    expect(not b.d.find_elements("css selector", "nav.sidenav"), "the public page is shown outside the signed-in frame")
    b.screenshot("28-suggestion-public.png")
    b.open("/suggestions")
    b.wait_for_h1("建言直通车")


STEPS = [
    ("the office adds a democratic party and two members", step_members),
    ("a member submits a suggestion with a co-signer, who confirms", step_member_submits),
    ("the office accepts the suggestion and routes it to a unit", step_office_routes),
    ("the unit answers B; the member rates 不满意 and it is reopened", step_answer_b_rated_dissatisfied),
    ("the unit answers A; the member rates 满意 and it is closed", step_answer_a_rated_satisfied),
    ("the office sees the units' A/B/C answers as a stacked bar over the table", step_figures_chart),
    ("writing another, the earlier suggestion is listed while typing", step_duplicate_check_while_typing),
    ("the author consents, the office publishes, the public page shows it", step_consent_and_publication),
]
