"""The browser-test harness: the real server on a free port, headless Chromium, and the
helpers steps use to act and check like a user would."""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
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
    """The server on a fresh SQLite folder; with demo=True the folder first gets `tongxin demo`
    (示范市), and `passwords` holds the demo users' passwords it printed."""

    def __init__(self, demo=False):
        self.data = Path(tempfile.mkdtemp(prefix="tongxin-browser-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = self.data / "server.log"
        self.process = None
        self.demo = demo
        self.passwords = {"admin": ADMIN_PASSWORD}

    @property
    def env(self):
        env = dict(os.environ)
        for name in ("DATABASE_URL", "TONGXIN_PUBLIC_URL", "TONGXIN_TEST_DATABASE_URL"):
            env.pop(name, None)  # always a fresh SQLite database over plain http
        env.update(
            TONGXIN_DATA=str(self.data),
            TONGXIN_ADMIN_PASSWORD=ADMIN_PASSWORD,
            TONGXIN_BCRYPT_COST="4",
        )
        return env

    def command(self, *arguments):
        """Runs `tongxin <arguments>` on this server's data; returns what it printed."""
        done = subprocess.run([str(BINARY), *arguments], cwd=REPO_ROOT, env=self.env, capture_output=True,
                              text=True, timeout=300, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise SystemExit(f"browser tests: tongxin {' '.join(arguments)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def start(self, later="", seed=True):
        """Starts `tongxin serve`; `later` (e.g. "+10d") runs it under faketime that far ahead."""
        if not BINARY.is_file():
            raise SystemExit(f"browser tests: {BINARY} is missing; build it first (swift build)")
        env = self.env
        if self.demo and seed:
            for line in self.command("demo").splitlines():
                parts = line.strip().split(" / ")
                if len(parts) == 2 and parts[0] != "admin" and parts[0].isascii() and " " not in parts[0]:
                    self.passwords[parts[0]] = parts[1]
        self.log = open(self.log_path, "ab")
        clock = ["faketime", "-f", later] if later else []
        self.process = subprocess.Popen(
            clock + [str(BINARY), "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
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

    def restart(self, later):
        """The same data served again by a new process whose clock runs `later` ahead."""
        self.end_process()
        self.start(later=later, seed=False)

    def stop(self):
        self.end_process()
        shutil.rmtree(self.data, ignore_errors=True)

    def end_process(self):
        """Stops the server and everything it started: the process group (faketime runs the
        server as its child, so stopping faketime alone would leave the server running)."""
        if self.process is not None and self.process.poll() is None:
            self.signal_group(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.signal_group(signal.SIGKILL)
                self.process.wait()
        if self.process is not None:
            self.signal_group(signal.SIGKILL)  # a child left behind by its parent's exit

    def signal_group(self, number):
        try:
            os.killpg(self.process.pid, number)
        except ProcessLookupError:
            pass
        if getattr(self, "log", None):
            self.log.close()


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


