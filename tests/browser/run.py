#!/usr/bin/env python3
"""Browser tests: drive the real server in headless Chromium like a user would.

Starts `.build/debug/tongxin serve` on a free port with a fresh SQLite data folder,
walks through sign-in, creating a unit and a user, the Simplified/Traditional
switch, sign-out and a narrow screen, and saves screenshots to artifacts/browser/.

On the first failure it saves failure.png and failure.html there, says what
failed and exits 1. Needs selenium 4, /usr/bin/chromium and /usr/bin/chromedriver
(scripts/setup-debian installs them).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

REPO_ROOT = Path(__file__).resolve().parents[2]
BINARY = REPO_ROOT / ".build" / "debug" / "tongxin"
ARTIFACTS = REPO_ROOT / "artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

ADMIN_PASSWORD = "browser-admin-pass"
STARTUP_TIMEOUT = 60  # seconds for /healthz to answer 200
WAIT = 15  # seconds for a page to show what we expect


class StepFailed(Exception):
    """What the user would have seen differs from what the step expects."""


# --------------------------------------------------------------------------- server


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self):
        self.data = Path(tempfile.mkdtemp(prefix="tongxin-browser-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = self.data / "server.log"
        self.process = None

    def start(self):
        if not BINARY.is_file():
            raise SystemExit(f"browser tests: {BINARY} is missing; build it first (swift build)")
        env = dict(os.environ)
        for name in ("DATABASE_URL", "TONGXIN_PUBLIC_URL", "TONGXIN_TEST_DATABASE_URL"):
            env.pop(name, None)  # always a fresh SQLite database over plain http
        env.update(
            TONGXIN_DATA=str(self.data),
            TONGXIN_ADMIN_PASSWORD=ADMIN_PASSWORD,
            TONGXIN_BCRYPT_COST="4",
        )
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
            cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"browser tests: the server exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise SystemExit(f"browser tests: /healthz did not answer 200 within {STARTUP_TIMEOUT}s:\n{self.log_tail()}")

    def log_tail(self, lines=40):
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.data, ignore_errors=True)


# --------------------------------------------------------------------------- browser helpers


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=zh-CN"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


class Browser:
    def __init__(self, driver, base):
        self.d = driver
        self.base = base

    def open(self, path):
        self.d.get(self.base + path)

    @property
    def path(self):
        return urlparse(self.d.current_url).path

    def snippet(self, css="main", limit=1500):
        """The outer HTML of the first element matching css (or of body), for messages."""
        try:
            elements = self.d.find_elements(By.CSS_SELECTOR, css) or self.d.find_elements(By.TAG_NAME, "body")
            html = elements[0].get_attribute("outerHTML") if elements else self.d.page_source
        except WebDriverException:
            html = self.d.page_source
        return html if len(html) <= limit else html[:limit] + " …"

    def h1(self):
        elements = self.d.find_elements(By.TAG_NAME, "h1")
        return elements[0].text.strip() if elements else None

    def lang(self):
        return self.d.find_element(By.TAG_NAME, "html").get_attribute("lang")

    def wait_until(self, condition, expectation):
        def check(driver):
            try:
                return condition()
            except (StaleElementReferenceException, WebDriverException):
                return False
        try:
            return WebDriverWait(self.d, WAIT, poll_frequency=0.1).until(check)
        except TimeoutException:
            raise StepFailed(f"expected {expectation}; at {self.path} the h1 is {self.h1()!r}\n"
                             f"page: {self.snippet()}") from None

    def wait_for_h1(self, text):
        self.wait_until(lambda: self.h1() == text, f"the h1 to be {text!r}")

    def wait_for_path(self, path):
        self.wait_until(lambda: self.path == path, f"the address to be {path}")

    def one(self, css, what=None):
        elements = self.d.find_elements(By.CSS_SELECTOR, css)
        if not elements:
            raise StepFailed(f"no {what or css} at {self.path}\npage: {self.snippet()}")
        return elements[0]

    def by_xpath(self, xpath, what):
        elements = self.d.find_elements(By.XPATH, xpath)
        if not elements:
            raise StepFailed(f"no {what} at {self.path}\npage: {self.snippet('body', 2500)}")
        return elements[0]

    def fill(self, name, value):
        field = self.one(f"[name='{name}']", f"field name={name}")
        field.clear()
        field.send_keys(value)

    def select_value(self, name, value):
        select = Select(self.one(f"select[name='{name}']", f"select name={name}"))
        values = [option.get_attribute("value") for option in select.options]
        if value not in values:
            raise StepFailed(f"select[name={name}] has no option {value!r}; it has {values}")
        select.select_by_value(value)

    def select_text_containing(self, name, text):
        select = Select(self.one(f"select[name='{name}']", f"select name={name}"))
        for option in select.options:
            if text in option.text:
                select.select_by_value(option.get_attribute("value"))
                return
        raise StepFailed(f"select[name={name}] has no option containing {text!r}; "
                         f"it has {[option.text for option in select.options]}")

    def top_bar_button(self, label):
        return self.by_xpath(f"//header[contains(@class,'topbar')]//form//button[normalize-space()='{label}']",
                             f"top-bar button {label!r}")

    def text(self, css="body"):
        return self.one(css).text

    def screenshot(self, name):
        self.d.save_screenshot(str(ARTIFACTS / name))


def expect(condition, message):
    if not condition:
        raise StepFailed(message)


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
    ("switch to Traditional (繁) and back (簡)", step_traditional),
    ("sign out; /units then asks to sign in", step_sign_out),
    ("sign-in page at 375 px wide", step_narrow),
]


# --------------------------------------------------------------------------- main


def main():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in list(ARTIFACTS.glob("*.png")) + list(ARTIFACTS.glob("*.html")):
        old.unlink()

    server = Server()
    driver = None
    passed = failed = 0
    try:
        try:
            server.start()
        except SystemExit as error:
            print(f"not ok - start the server\n  {error}".replace("\n", "\n  ").rstrip())
            print("0 passed, 1 failed")
            return 1
        print(f"browser tests: server at {server.base}, screenshots in {ARTIFACTS.relative_to(REPO_ROOT)}/")
        driver = make_driver()
        browser = Browser(driver, server.base)
        for name, step in STEPS:
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
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
