"""The report in a real headless Chromium: it renders, it runs no planted script, it fetches nothing.

Chromium and ChromeDriver come from Debian's packages (``chromium``, ``chromium-driver``), which
``make test`` installs when they are missing. Network requests are read from the DevTools
protocol's performance log; the only one allowed is the page's own ``file://`` load.
"""

from __future__ import annotations

import json
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from publish.report import build_report

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.fail("chromium and chromedriver are needed: make test installs the Debian packages "
                    "chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2400"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _requests(driver) -> list[str]:
    """URLs the browser requested, leaving out what needs no network (its own ``chrome://`` start
    page and inline ``data:`` images)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not url.startswith(("chrome://", "chrome-untrusted://", "data:")):
                urls.append(url)
    return urls


def test_the_demo_report_renders_its_sections_and_charts_and_fetches_nothing(themed_run, browser, tmp_path):
    page = themed_run.output / "published" / "report.html"
    browser.get(page.as_uri())
    headings = [h.text for h in browser.find_elements("tag name", "h2")]
    assert headings == ["The run", "How often", "What triggered it", "Charts", "Privacy", "Manifest"]
    assert browser.execute_script("return document.querySelectorAll('svg').length") >= 3
    assert browser.execute_script("return document.querySelectorAll('table.sortable tbody tr').length") >= 2
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert _requests(browser) == [page.as_uri()]


def test_markup_planted_in_labels_shows_as_text_and_runs_no_script(report_inputs, browser, tmp_path):
    manifest, doc, _ = report_inputs
    page = tmp_path / "report.html"
    page.write_text(build_report(manifest, doc))
    browser.get(page.as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    assert "<script>window.__pwned = 1</script>" in browser.find_element("tag name", "body").text
    # The page's own script does run: a click sorts the table by that column.
    header = browser.find_elements("css selector", "table.sortable th")[3]
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert _requests(browser) == [page.as_uri()]
