"""Browser test: Playwright drives Debian's chromium against a running server — type, submit, see the
answer and its source."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_type_submit_see_answer_and_source(server, browser):
    """The shared fixtures (tests/conftest.py) serve the app on loopback and drive Debian's chromium
    with the flags that keep it off the network."""
    page = browser.new_page()
    try:
        page.goto(server + "/")
        page.fill("#q", "北京市对口支援拉萨市吗？")
        page.click("button[type=submit]")
        page.wait_for_selector("#answer")
        assert "是的，北京市对口支援拉萨市" in page.inner_text("#answer .text")
        assert page.locator("ol.answers .item-sources li a").count() >= 1  # the item's own source, beside it
        assert "q=" in page.url
    finally:
        page.close()
