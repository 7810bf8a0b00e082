"""The yearly assessment (考核) on the demo city, each move made in the browser by its role.

The office drafts next year's scheme from this year's and issues it; a liaison self-assesses
one indicator with evidence; the office (its scorer) adjusts it; the office closes scoring and
publishes; the liaison appeals; the office upholds the appeal; the server is restarted ten days
later (faketime) and the office makes the year final. Screenshots of the scorecard and the
ranking are kept."""

import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import expect
from work_loop import sign_in_as, wait_for_flash

YEAR = "2027"
INDICATOR = "理论学习和专题研究"


def open_scheme(b):
    b.open("/assessments")
    b.wait_for_h1("年度考核")
    b.by_xpath(f"//main//table//tr[td[1][normalize-space()='{YEAR}年度']]//a", f"the {YEAR} scheme").click()
    b.wait_until(lambda: YEAR in b.h1(), f"the {YEAR} scheme's page")


def click(b, label):
    b.by_xpath(f"//main//button[starts-with(normalize-space(),'{label}')]", f"the {label} button").click()


def section_form(b, action_end):
    """The form of the indicator's section that posts to `.../<action_end>`."""
    heading = b.by_xpath(f"//main//h3[contains(normalize-space(),'{INDICATOR}')]", f"the {INDICATOR} section")
    entry = heading.get_attribute("id").removeprefix("entry-")
    return b.by_xpath(f"//main//form[contains(@action,'/entries/{entry}') and contains(@action,'/{action_end}')]"
                      if action_end != "answer" else "//main//form[contains(@action,'/answer')]",
                      f"the {action_end} form")


def fill_in(form, name, value):
    field = form.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def step_office_issues(b, server):
    sign_in_as(b, "admin", server.passwords["admin"])
    b.open("/assessments")
    b.fill("year", YEAR)
    b.fill("title", "统战工作目标责任考核")
    b.select_text_containing("copyFrom", "2026年度")
    click(b, "起草方案")
    wait_for_flash(b, f"已起草{YEAR}年度考核方案")
    expect("印发前需要解决" not in b.text("main"), "the copied scheme has problems: " + b.snippet())
    click(b, "印发方案")
    wait_for_flash(b, "自评打分中")


def step_liaison_self_assesses(b, server):
    sign_in_as(b, "liaison-mzj", server.passwords["liaison-mzj"])
    b.open("/todo")
    b.wait_for_h1("待办")
    b.by_xpath(f"//main//table//a[contains(normalize-space(),'{YEAR}年度')]", "the 考核指标待自评 line").click()
    b.wait_until(lambda: "考核评分表" in b.h1(), "the unit's scorecard")
    form = section_form(b, "self")
    fill_in(form, "score", "14.5")
    fill_in(form, "statement", "全年中心组专题学习统战理论2次，形成调研报告1篇")
    fill_in(form, "evidence", "/meetings\n中心组学习记录（2027年）")
    record = Path(tempfile.mkdtemp()) / "中心组学习记录.pdf"
    record.write_bytes(b"%PDF-1.4\n% minutes of the study sessions\n")
    form.find_element(By.NAME, "files[]").send_keys(str(record))
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    wait_for_flash(b, "自评已提交")
    expect("待审核" in b.text("main"), "the indicator waits for review")
    expect(b.d.find_elements(By.XPATH, "//main//a[normalize-space()='中心组学习记录.pdf']"),
           "the evidence file is listed on the card")


def step_scorer_adjusts(b, server):
    sign_in_as(b, "admin", server.passwords["admin"])
    b.open("/assessments/queue")
    b.by_xpath(f"//main//table//tr[td[1][normalize-space()='{YEAR}年度']]//a[normalize-space()='{INDICATOR}']",
               f"the queue's {YEAR} line").click()
    form = section_form(b, "review")
    Select(form.find_element(By.NAME, "decision")).select_by_value("adjust")
    fill_in(form, "score", "12")
    fill_in(form, "reason", "调研报告未报送，扣2.5分")
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    wait_for_flash(b, "审核意见已保存")
    expect("已调整" in b.text("main") and "12.00" in b.text("main"), "the adjusted score shows: " + b.snippet())


def step_office_closes_and_publishes(b, server):
    open_scheme(b)
    click(b, "结束评分")
    wait_for_flash(b, "评分已结束")
    click(b, "公示结果")
    wait_for_flash(b, "公示中")


def step_liaison_appeals(b, server):
    sign_in_as(b, "liaison-mzj", server.passwords["liaison-mzj"])
    open_scheme(b)
    b.by_xpath("//main//table//a[contains(normalize-space(),'民族宗教')]", "the unit's card").click()
    form = section_form(b, "appeal")
    fill_in(form, "reason", "调研报告已于12月报送市委统战部，附报送回执")
    fill_in(form, "evidence", "报送回执（2027年12月20日）")
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    wait_for_flash(b, "申诉已提交")


def step_office_upholds(b, server):
    sign_in_as(b, "admin", server.passwords["admin"])
    b.open("/todo")
    b.by_xpath(f"//main//table//a[contains(normalize-space(),'{INDICATOR}')]", "the 考核申诉待答复 line").click()
    form = section_form(b, "answer")
    fill_in(form, "score", "14.5")
    fill_in(form, "answer", "经核实报送回执属实，申诉成立，恢复自评分")
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    wait_for_flash(b, "申诉成立")
    text = b.text("main")
    expect("得分由 12.00 改为 14.50" in text, "the card shows the old and the new score: " + b.snippet())
    b.screenshot("assessment-scorecard.png")


def step_final_after_the_window(b, server):
    server.restart(later="+10d")
    sign_in_as(b, "admin", server.passwords["admin"])
    open_scheme(b)
    click(b, "定档")
    wait_for_flash(b, "已定档")
    b.by_xpath("//main//a[normalize-space()='排名与等次']", "the ranking link").click()
    b.wait_until(lambda: "排名" in b.h1(), "the ranking")
    expect(b.d.find_elements(By.CSS_SELECTOR, "main svg"), "the ranking has its chart")
    rows = b.d.find_elements(By.XPATH, "//main//table/tbody/tr")
    expect(len(rows) >= 10, f"the ranking lists {len(rows)} units")
    b.screenshot("assessment-ranking.png")


def steps(server):
    return [
        ("the office drafts next year's scheme from this year's and issues it", lambda b: step_office_issues(b, server)),
        ("a liaison self-assesses an indicator with evidence from its 待办", lambda b: step_liaison_self_assesses(b, server)),
        ("the scorer adjusts it from the scoring queue", lambda b: step_scorer_adjusts(b, server)),
        ("the office closes scoring and publishes", lambda b: step_office_closes_and_publishes(b, server)),
        ("the liaison appeals during 公示", lambda b: step_liaison_appeals(b, server)),
        ("the office upholds the appeal from its 待办", lambda b: step_office_upholds(b, server)),
        ("ten days later the office makes the results final; the ranking", lambda b: step_final_after_the_window(b, server)),
    ]
