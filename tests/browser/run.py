#!/usr/bin/env python3
"""Browser tests: drive the real server in headless Chromium like a user would.

Starts `.build/debug/tongxin serve` on a free port with a fresh SQLite data folder,
walks through sign-in, creating a unit and a user, the work loop (a plan, two tasks, a
liaison's report sent back, reported again and accepted), the Simplified/Traditional
switch, sign-out and a narrow screen, and saves screenshots to artifacts/browser/.

On the first failure it saves failure.png and failure.html there, says what
failed and exits 1. Needs selenium 4, /usr/bin/chromium and /usr/bin/chromedriver
(scripts/setup-debian installs them).
"""

import sys
import traceback

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import ADMIN_PASSWORD, ARTIFACTS, REPO_ROOT, Browser, Server, StepFailed, expect, make_driver
import accessibility
import assessment
import office_day
import printing
import report_import
import suggestions
import work_loop

# --------------------------------------------------------------------------- steps

UNIT_NAME = "民族宗教事务局"
USER_NAME = "联络员甲"


def step_signin_page(b):
    b.open("/")
    b.wait_for_path("/signin")
    for css in ("input[name='username']", "input[name='password']", "button[type='submit']"):
        expect(b.one(css).is_displayed(), f"{css} is not visible on the sign-in page")
    b.screenshot("01-signin.png")


def step_sign_in(b):
    b.fill("username", "admin")
    b.fill("password", ADMIN_PASSWORD)
    b.one("button[type='submit']").click()
    b.wait_for_path("/")
    b.wait_for_h1("工作台")
    b.screenshot("02-home.png")


def step_create_unit(b):
    b.by_xpath("//nav[@class='sidenav']//a[@href='/units']", "nav link to /units (单位管理)").click()
    b.wait_for_path("/units")
    b.by_xpath("//a[@href='/units/new' and normalize-space()='新建单位']", "link 新建单位 (href /units/new)").click()
    b.wait_for_path("/units/new")
    b.fill("name", UNIT_NAME)
    b.fill("code", "mzj")
    b.select_value("kind", "member_unit")
    parent = Select(b.one("select[name='parentId']"))
    first = parent.options[0]
    expect(parent.first_selected_option == first,
           f"select[name=parentId] does not start at its first option; selected {parent.first_selected_option.text!r}")
    b.one("form.stacked button[type='submit']").click()
    b.wait_for_h1(UNIT_NAME)
    flash = b.one(".flash-success", "success message (.flash-success)")
    expect(flash.is_displayed() and flash.text.strip(), f"the success message is empty or hidden: {b.snippet('.flash')}")
    b.screenshot("03-unit-created.png")

    b.open("/units")
    table = b.one("table", "units table")
    expect(UNIT_NAME in table.text, f"the units table does not list {UNIT_NAME}\n{b.snippet('table')}")
    b.screenshot("04-units.png")


def step_create_user(b):
    b.open("/users/new")
    b.wait_until(lambda: b.d.find_elements(By.CSS_SELECTOR, "form.stacked"), "the new-user form")
    b.fill("username", "liaison1")
    b.fill("displayName", USER_NAME)
    b.select_text_containing("unitId", UNIT_NAME)
    b.select_value("role", "liaison")
    b.fill("password", "liaison-pass-1")
    b.one("form.stacked button[type='submit']").click()
    b.wait_for_h1(USER_NAME)
    b.screenshot("05-user-created.png")


def step_traditional(b):
    b.top_bar_button("繁").click()
    b.wait_until(lambda: b.lang() == "zh-TW", "<html lang=zh-TW> after clicking 繁")
    nav = b.text("nav.sidenav")
    expect("工作臺" in nav, f"the navigation does not show 工作臺; it reads {nav!r}\n{b.snippet('nav.sidenav')}")
    expect("單位" in nav, f"the navigation does not show 單位; it reads {nav!r}\n{b.snippet('nav.sidenav')}")
    expect("单位" not in nav, f"the navigation still shows Simplified 单位: {nav!r}\n{b.snippet('nav.sidenav')}")
    b.screenshot("06-traditional.png")
    b.top_bar_button("簡").click()
    b.wait_until(lambda: b.lang() == "zh-CN", "<html lang=zh-CN> after clicking 簡")
    nav = b.text("nav.sidenav")
    expect("单位" in nav, f"after switching back the navigation does not show 单位: {nav!r}")


def step_sign_out(b):
    b.top_bar_button("退出").click()
    b.wait_for_path("/signin")
    b.wait_until(lambda: "已安全退出" in b.text(), "the page to say 已安全退出")
    b.screenshot("07-signed-out.png")
    b.open("/units")
    b.wait_for_path("/signin")
    expect(b.one("input[name='password']").is_displayed(), "no sign-in form after opening /units signed out")


def step_narrow(b):
    b.d.set_window_size(375, 800)
    b.open("/signin")
    width = b.d.execute_script("return window.innerWidth")
    if width != 375:  # some Chromium builds keep a minimum window width; emulate the phone instead
        b.d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        b.open("/signin")
        width = b.d.execute_script("return window.innerWidth")
    expect(width == 375, f"could not make the viewport 375 px wide (it is {width})")
    for css in ("input[name='username']", "input[name='password']", "button[type='submit']"):
        expect(b.one(css).is_displayed(), f"{css} is not visible at 375 px")
    scroll_width = b.d.execute_script("return document.documentElement.scrollWidth")
    expect(scroll_width <= 375, f"the sign-in page is {scroll_width} px wide at 375 px (scrolls sideways)")
    b.screenshot("08-narrow.png")


STEPS = [
    ("/ redirects to the sign-in page", step_signin_page),
    ("admin signs in and sees 工作台", step_sign_in),
    ("create the unit 民族宗教事务局 and see it listed", step_create_unit),
    ("create the liaison 联络员甲", step_create_user),
] + work_loop.STEPS + report_import.STEPS + suggestions.STEPS + [
    ("switch to Traditional (繁) and back (簡)", step_traditional),
    ("sign out; /units then asks to sign in", step_sign_out),
    ("sign-in page at 375 px wide", step_narrow),
]


# --------------------------------------------------------------------------- main


def run_phase(server, steps, label):
    """Starts `server`, runs `steps` in one browser until the first failure; returns (passed, failed)."""
    driver = None
    passed = failed = 0
    try:
        try:
            server.start()
        except SystemExit as error:
            print(f"not ok - start the {label} server\n  {error}".replace("\n", "\n  ").rstrip())
            return 0, 1
        print(f"browser tests: {label} server at {server.base}, screenshots in {ARTIFACTS.relative_to(REPO_ROOT)}/")
        driver = make_driver()
        browser = Browser(driver, server.base)
        for name, step in steps:
            try:
                step(browser)
            except Exception as error:  # noqa: BLE001 - any failure ends the run with evidence
                failed += 1
                print(f"not ok - {name}")
                if isinstance(error, StepFailed):
                    print(f"  {error}".replace("\n", "\n  "))
                else:
                    print("  " + "".join(traceback.format_exception(error)).replace("\n", "\n  "))
                try:
                    print(f"  at {driver.current_url}")
                    driver.save_screenshot(str(ARTIFACTS / "failure.png"))
                    (ARTIFACTS / "failure.html").write_text(driver.page_source, encoding="utf-8")
                    print(f"  saved {ARTIFACTS / 'failure.png'} and {ARTIFACTS / 'failure.html'}")
                except WebDriverException as capture_error:
                    print(f"  (could not save the page: {capture_error.msg})")
                print("  server log (last lines):\n    " + server.log_tail(15).replace("\n", "\n    "))
                break
            passed += 1
            print(f"ok - {name}")
    finally:
        if driver is not None:
            driver.quit()
        server.stop()
    return passed, failed


def main():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in list(ARTIFACTS.glob("*.png")) + list(ARTIFACTS.glob("*.html")) + list(ARTIFACTS.glob("*.pdf")):
        old.unlink()
    passed, failed = run_phase(Server(), STEPS, "fresh")
    if not failed:
        # The demo city (示范市): each role's day on full data, and the official printouts.
        demo = Server(demo=True)
        more_passed, failed = run_phase(
            demo, accessibility.steps(demo) + office_day.steps(demo) + printing.steps(demo)
            # Last: it restarts the server ten days later.
            + assessment.steps(demo), "demo")
        passed += more_passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
