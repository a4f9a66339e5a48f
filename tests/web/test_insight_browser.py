"""The insights builder in a real browser: build a funnel step by step, follow the drop-off to a segment,
switch to retention, save the view and pin it to a dashboard — with no script error on any page.

Screenshots go to test-artifacts/browser/ (not committed) for a person to look at.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.web.conftest import PASSWORD
from tests.web.live_server import ARTIFACTS, CHROMIUM, chromium_page, sign_in
from tests.web.test_browser import base_url  # noqa: F401 - the served app

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make system-deps)")


def test_build_a_funnel_follow_the_drop_off_and_pin_it(base_url: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with chromium_page(errors, console=True, height=900) as page:

        def shot(name: str) -> None:
            page.screenshot(path=str(ARTIFACTS / f"insights-{name}.png"), full_page=True)

        sign_in(page, base_url, "csm@example.com", PASSWORD, "/insights")
        expect(page).to_have_url(base_url + "/insights")
        expect(page.locator(".trend-table")).to_be_visible()  # the default trend: active accounts by week
        expect(page.locator("#f-metric")).to_be_hidden()  # asked for only when a metric is counted
        page.select_option("#f-measure", "metric")
        expect(page.locator("#f-metric")).to_be_visible()

        # a funnel of two steps, then a third added with the button
        page.click(".tabs >> text=Funnel")
        rows = page.locator("#step-rows input")
        expect(rows).to_have_count(3)
        page.click("#step-rows li:nth-child(3) .remove-row")
        expect(rows).to_have_count(2)
        rows.nth(0).fill("issue_created")
        rows.nth(1).fill("comment_added")
        page.click("#add-step")
        rows.nth(2).fill("document_created")
        page.fill("#f-from", "2026-10-05")
        page.click("#run")
        query = parse_qs(urlparse(page.url).query)
        assert query["step"] == ["issue_created", "comment_added", "document_created"]
        assert "trait" not in query and "to" not in query  # empty fields stay out of a shared URL
        table = page.locator(".funnel-table")
        expect(table.locator("tbody tr")).to_have_count(3)
        expect(table.locator("tbody tr").nth(1)).to_contain_text("50.0%")  # A1 comments, A3 never does
        expect(page.locator("#plot-insight .main-svg").first).to_be_visible()
        shot("01-funnel")

        # the account lost at step 2, then those accounts as a segment of the accounts list
        table.locator("tbody tr").nth(1).locator(".dropped-link").click()
        expect(page.locator("#actors tbody tr")).to_have_count(1)
        expect(page.locator("#actors")).to_contain_text("Beta Works")
        shot("02-dropped")
        page.click("#as-segment")
        expect(page.locator("#accounts tbody tr")).to_have_count(1)
        page.go_back()
        page.go_back()

        # retention in calendar months, saved and pinned to a new dashboard
        page.click(".tabs >> text=Retention")
        page.select_option("#f-period", "month")
        page.select_option("#f-windows", "calendar")
        page.fill("#f-periods", "6")
        page.fill("#f-from", "2026-05-01")
        page.click("#run")
        expect(page.locator(".retention-table").first).to_be_visible()
        shot("03-retention")
        page.fill("#save-name", "Monthly retention")
        page.click("#save-insight button[type=submit]")
        expect(page.locator("h1")).to_have_text("Monthly retention")
        page.goto(base_url + "/dashboards")
        page.fill("#board-name", "Onboarding review")
        page.click("#new-dashboard button[type=submit]")
        expect(page.locator("h1")).to_have_text("Onboarding review")
        page.select_option("#pin-form select[name=insight]", label="Monthly retention")
        page.click("#pin-form button[type=submit]")
        expect(page.locator(".tile")).to_have_count(1)
        expect(page.locator(".tile .main-svg").first).to_be_visible()
        shot("04-dashboard")

        # the same page in Japanese
        page.click("a[data-lang=ja]")
        expect(page.locator("nav.nav")).to_contain_text("インサイト")
    assert errors == []
