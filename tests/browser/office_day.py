"""Each role's day on the demo city (示范市), driven from 待办 and the home page alone.

The office clears a report, a 督办单 answer, a rectification item and a suggestion by
opening lines of its 待办 list; a liaison reports from its 待办; a leader instructs on a red
task from the home page. Every home page is photographed at 1366 and 375 px."""

from selenium.webdriver.common.by import By

from harness import expect
from work_loop import sign_in_as, wait_for_flash

ROLES = [("admin", "office"), ("leader", "leader"), ("liaison-mzj", "liaison"), ("member-mj", "member"),
         ("viewer", "viewer")]


def todo_lines(b):
    """(kind, title, href) of each line of the 待办 table on the current page."""
    lines = []
    for row in b.d.find_elements(By.XPATH, "//main//table[caption[normalize-space()='待办事项']]/tbody/tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        if len(cells) >= 3:
            link = cells[2].find_element(By.TAG_NAME, "a")
            lines.append((cells[1].text.strip(), link.text.strip(), link.get_attribute("href")))
    return lines


def open_line(b, kind):
    """Opens the first 待办 line of `kind` from the /todo page; returns its title."""
    b.open("/todo")
    b.wait_for_h1("待办")
    for line_kind, title, href in todo_lines(b):
        if line_kind == kind:
            b.d.get(href)
            return title
    raise AssertionError(f"no 待办 line of kind {kind}: {todo_lines(b)}")


def todo_count(b):
    link = b.by_xpath("//header[contains(@class,'topbar')]//a[starts-with(normalize-space(),'待办')]", "the 待办 link")
    text = link.text.strip()
    return int(text[3:-1]) if "（" in text else 0


def step_office_clears_its_queue(b, server):
    sign_in_as(b, "admin", server.passwords["admin"])
    before = todo_count(b)
    expect(before >= 4, f"the office's 待办 holds {before} lines on the demo city")
    cleared = []
    for kind, button, flash in (("进展待审核", "采纳", "已采纳"), ("督办答复待办结", "办结", "办结"),
                                ("整改待销号", "销号", "销号"), ("建言待受理", "受理", "受理")):
        cleared.append((kind, open_line(b, kind)))
        b.by_xpath(f"//main//button[starts-with(normalize-space(),'{button}')]", f"the {button} button").click()
        wait_for_flash(b, flash)
    b.open("/todo")
    left = [(kind, title) for kind, title, _ in todo_lines(b)]
    for line in cleared:
        expect(line not in left, f"{line} is still on the office's 待办 after its move")
    b.open("/")
    expect(todo_count(b) == len(left), f"the top bar counts {todo_count(b)}, the list holds {len(left)}")
    b.screenshot("office-todo-cleared.png")


def phone(b, width=375):
    b.d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": 800, "deviceScaleFactor": 2, "mobile": True})


def step_liaison_reports_from_todo(b, server):
    """On a phone: the liaison opens its 待办 and reports with one thumb."""
    sign_in_as(b, "liaison-mzj", server.passwords["liaison-mzj"])
    phone(b)
    title = open_line(b, "进展待报送")
    b.wait_for_h1(title)
    scroll = b.d.execute_script("return document.documentElement.scrollWidth")
    expect(scroll <= 376, f"the task page is {scroll} px wide on a 375 px phone")
    button = b.by_xpath("//main//form[contains(@action,'/reports')]//button[@type='submit']", "the report button")
    expect(button.size["height"] >= 44, f"the report button is {button.size['height']} px high, too small for a thumb")
    b.fill("text", "本月完成了示范单位创建材料的初审，组织了两场宣讲。")
    b.fill("progress", "55")
    b.by_xpath("//main//form[contains(@action,'/reports')]//button[@type='submit']", "the report button").click()
    wait_for_flash(b, "报送")
    b.screenshot("phone-liaison-reported.png")
    b.open("/todo")
    expect(all(line[1] != title or line[0] != "进展待报送" for line in todo_lines(b)),
           "the reported task is still on the liaison's 待办")
    b.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def step_phone_task_list(b, server):
    """At 375 px the task list is a stack of cards and its filters fold behind one button."""
    sign_in_as(b, "admin", server.passwords["admin"])
    phone(b)
    b.open("/tasks")
    b.wait_for_h1("任务清单")
    scroll = b.d.execute_script("return document.documentElement.scrollWidth")
    expect(scroll <= 376, f"the task list is {scroll} px wide on a 375 px phone")
    form = b.one("form.filters[role=search]", "the filter form")
    expect(not form.is_displayed(), "the filters fill the phone's first screen")
    toggle = b.one("button.filters-toggle", "the 筛选 button")
    title_cell = b.one("main table.data tbody tr td:nth-child(2)", "a task's title cell")
    expect(title_cell.size["width"] > 250, f"the title cell is {title_cell.size['width']} px wide on a phone")
    b.screenshot("phone-task-list.png")
    toggle.click()
    expect(form.is_displayed(), "the 筛选 button does not open the filters")
    b.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def step_leader_instructs_from_home(b, server):
    sign_in_as(b, "leader", server.passwords["leader"])
    lines = [line for line in todo_lines(b) if line[0] == "红灯任务待批示"]
    expect(lines, f"the leader's home lists no red task awaiting an instruction: {todo_lines(b)}")
    kind, title, href = lines[0]
    b.d.get(href)
    b.wait_for_h1(title)
    b.fill("text", "请牵头单位本周内拿出赶进措施，办公室跟踪督办。")
    b.by_xpath("//main//form[contains(@action,'/instructions')]//button[@type='submit']", "the 批示 button").click()
    wait_for_flash(b, "批示")
    b.open("/")
    expect(all(line[1] != title for line in todo_lines(b) if line[0] == "红灯任务待批示"),
           "the instructed task still waits for an instruction")


def step_member_rates_on_a_phone(b, server):
    """On a phone: a party member opens the answer waiting for a rating and rates it."""
    sign_in_as(b, "member-mj", server.passwords["member-mj"])
    phone(b)
    title = open_line(b, "答复待评价")
    b.wait_for_h1(title)
    scroll = b.d.execute_script("return document.documentElement.scrollWidth")
    expect(scroll <= 376, f"the suggestion page is {scroll} px wide on a 375 px phone")
    button = b.by_xpath("//main//form[contains(@action,'/rate')]//button[@type='submit']", "the rating button")
    expect(button.size["height"] >= 44, f"the rating button is {button.size['height']} px high")
    button.click()
    wait_for_flash(b, "已评价")
    b.screenshot("phone-member-rated.png")
    b.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def step_home_pages(b, server):
    for username, role in ROLES:
        sign_in_as(b, username, server.passwords[username])
        for width in (1366, 375):
            b.d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 800})
            b.open("/")
            b.wait_for_h1("工作台")
            scroll = b.d.execute_script("return document.documentElement.scrollWidth")
            expect(scroll <= width + 1, f"{role}'s home is {scroll} px wide at {width} px")
            b.screenshot(f"home-{role}-{width}.png")
        b.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def steps(server):
    return [
        ("the office clears a report, a notice answer, a rectification item and a suggestion from 待办",
         lambda b: step_office_clears_its_queue(b, server)),
        ("a liaison reports from its 待办 on a 375 px phone", lambda b: step_liaison_reports_from_todo(b, server)),
        ("the task list on a phone: cards, filters behind 筛选", lambda b: step_phone_task_list(b, server)),
        ("a leader instructs on a red task from its home page", lambda b: step_leader_instructs_from_home(b, server)),
        ("a member rates an answer from its 待办 on a 375 px phone", lambda b: step_member_rates_on_a_phone(b, server)),
        ("every role's home page at 1366 and 375 px", lambda b: step_home_pages(b, server)),
    ]
