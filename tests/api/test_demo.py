"""The /demo page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The app is served by werkzeug's ``make_server`` in a thread, with the session ``app`` fixture:
the model is already loaded, so the server starts at once and the file stays fast. gunicorn adds
nothing the page can see (the page only makes same-origin HTTP requests); tests/serving/test_gunicorn.py
covers the real server.

Without /usr/bin/chromium the browser tests are skipped locally, but fail under CI (CI=1), where
the browser is installed. Every run writes a screenshot to test-artifacts/demo.png.
"""
from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service.api import create_app, demo
from tests.helpers import ROOT
from tests.pages import page as web_page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
RESULT_TIMEOUT_MS = 20_000
EMOJI_TEXT = ("Party time 🎉🎉🥳 in town. Maria Lopez, the mayor of Springfield, said on Monday: "
              "“We balanced the budget.”")


@contextmanager
def serving(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(app):
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium); the demo page needs a real browser"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI must run these tests")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.problems = []  # script errors and CSP violations: the page must have none
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("console", lambda message: page.problems.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text else None)
    yield page
    context.close()


def open_demo(page, url: str) -> None:
    """Open the page and wait until the sample article has been fetched into the text box. Polled
    from here: wait_for_function polls with an eval, which the page's CSP rightly forbids."""
    page.goto(f"{url}/demo")
    deadline = time.monotonic() + 30
    while not page.locator("#text").input_value():
        assert time.monotonic() < deadline, "the sample article never arrived"
        page.wait_for_timeout(100)


def extract(page) -> None:
    """Click Extract and wait until this request is answered: the button is disabled while a
    request runs, so a result still shown from the last one does not end the wait."""
    page.click("#extract")
    page.wait_for_selector("#extract:enabled", timeout=RESULT_TIMEOUT_MS)
    page.wait_for_selector("#result:not([hidden]), #error:not([hidden])", timeout=RESULT_TIMEOUT_MS)
    assert page.locator("#error").is_hidden(), page.locator("#error").text_content()
    assert page.locator("#extract").is_enabled()


def texts(page, selector: str) -> list[str]:
    """The texts of the elements matching ``selector`` inside the highlighted article or the lists."""
    return page.locator(f":is(#highlighted, #lists) {selector}").all_text_contents()


def test_the_demo_files_carry_their_own_security_policy(client):
    for path in ("/demo", "/demo/demo.js", "/demo/demo.css", "/demo/sample"):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "connect-src 'self'" in policy
        assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    page = client.get("/demo").get_data(as_text=True)
    assert "<script>" not in page and "http://" not in page and "https://" not in page
    assert client.get("/demo/sample.txt").status_code == 404


def test_the_sample_falls_back_to_the_packaged_article(client, monkeypatch, tmp_path):
    monkeypatch.setattr(demo, "SEEDS", tmp_path / "no-seeds")
    text = client.get("/demo/sample").get_data(as_text=True)
    assert text == (Path(demo.__file__).parent / "static" / "demo" / "sample.txt").read_text(encoding="utf-8")


def test_the_seed_article_is_highlighted(page, base_url, seed_002):
    open_demo(page, base_url)
    assert page.input_value("#text") == seed_002
    extract(page)

    assert page.locator("#highlighted .quote").count() >= 3
    assert "Xi Jinping" in texts(page, ".quote .speaker-tag")
    assert set(texts(page, "mark.person")) <= {"Xi Jinping", "Xi", "Vladimir Putin", "Putin"}
    assert page.locator("#highlighted .quote :is(mark.person, mark.loc)").count() > 0  # entities inside quotes
    assert "Xinhua" in texts(page, "mark.org") and "Samarkand" in texts(page, "mark.loc")
    assert "2022-09-15" in texts(page, "mark.date")
    assert sorted(texts(page, "#people .name")) == ["Vladimir Putin", "Xi Jinping"]
    assert "Chinese President" in texts(page, "#people .titles")
    assert "SCO" in texts(page, "#orgs .acronym")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "demo.png"), full_page=True)

    assert page.locator("#json").is_hidden()
    page.click("#raw summary")
    result = json.loads(page.locator("#json").text_content())
    assert result["date"]["value"] == "2022-09-15"
    assert len(result["quotes"]) == page.locator("#highlighted .quote").count()
    assert page.problems == []


def test_an_emoji_before_a_name_does_not_shift_the_highlights(page, base_url):
    open_demo(page, base_url)
    page.fill("#text", EMOJI_TEXT)
    extract(page)
    assert texts(page, "mark.person") == ["Maria Lopez"]  # code points, not UTF-16 units
    assert texts(page, "mark.loc") == ["Springfield"]
    assert texts(page, ".quote .speaker-tag") == ["Maria Lopez"]
    assert page.problems == []


def test_the_html_toggle_sends_a_web_page_and_shows_its_extracted_text(page, base_url):
    open_demo(page, base_url)
    page.check("#html-mode")
    assert page.locator("#text-label").text_content() == "Web page (HTML)"
    page.fill("#text", web_page("news"))
    extract(page)
    shown = page.locator("#highlighted").text_content()
    assert shown.startswith("Riverside council approves new bridge after long debate\n\n")
    assert "<" not in shown and "We use cookies" not in shown and "Paolo Rinaldi" not in shown
    assert {"Helen Carvalho", "Robert Ames"} <= set(texts(page, "mark.person"))
    assert "Robert Ames" in texts(page, ".quote .speaker-tag")
    assert page.locator("#page-box").is_visible()
    assert page.locator("#page-info .page-site").text_content() == "The Daily Meridian"
    assert page.locator("#article-date").text_content() == "2024-05-14 (from the page)"
    page.uncheck("#html-mode")  # back to text: the page's markup is then text, and no page box
    page.fill("#text", "Jane Doe said “hello” on Tuesday.")
    extract(page)
    assert page.locator("#page-box").is_hidden()
    assert page.problems == []


def test_errors_and_api_keys_are_shown_in_the_page(browser, extractor):
    keyed = create_app({"TESTING": True, "API_KEYS": ("demo-key",)}, extractor=extractor)
    context = browser.new_context()
    page = context.new_page()
    with serving(keyed) as url:
        try:
            open_demo(page, url)
            page.fill("#text", "<img src=x onerror=alert(1)> Jane Doe said “hello” on Tuesday.")
            page.click("#extract")
            page.wait_for_selector("#error:not([hidden])")
            assert "needs an API key" in page.locator("#error").text_content()
            page.fill("#key", "demo-key")
            extract(page)
            assert page.locator("#highlighted img").count() == 0  # the text stays text
            assert page.locator("#highlighted").text_content().endswith("on Tuesday.")

            page.fill("#text", "")
            page.click("#extract")
            page.wait_for_selector("#error:not([hidden])")
            assert page.locator("#error .field-error").text_content().startswith("text:")
        finally:
            context.close()
