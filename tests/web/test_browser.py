"""In a real browser: Debian's chromium, driven by Playwright, against the app served on 127.0.0.1.

Walks forest → grove → tree as a CSM would: sign in, overview, build a segment, open an account
from it, follow a member to their event log, switch to Japanese and back. Screenshots of every
step go to test-artifacts/browser/ (not committed) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from tests.web.conftest import PASSWORD
from tests.web.live_server import ARTIFACTS, CHROMIUM, chromium_page, serving, sign_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make system-deps)")


@pytest.fixture(scope="module")
def base_url(app: FastAPI) -> Iterator[str]:
    with serving(app) as url:
        yield url


def test_forest_grove_tree_in_both_languages(base_url: str) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with chromium_page(errors) as page:

        def shot(name: str) -> None:
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

        # sign in: the anonymous visit lands on the login form and returns to where it was going
        page.goto(base_url + "/accounts")
        expect(page).to_have_url(base_url + "/login?next=%2Faccounts")
        shot("01-login")
        page.fill("#email", "csm@example.com")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        expect(page).to_have_url(base_url + "/accounts")

        # forest
        page.click("nav >> text=Overview")
        expect(page.locator("h1")).to_have_text("Overview")
        expect(page.locator(".kpi").first).to_contain_text("3")
        expect(page.locator("#overview-revenue")).to_contain_text("No revenue yet")
        shot("02-overview")

        # grove: a segment of Enterprise accounts, built with the form
        page.click("nav >> text=Accounts")
        expect(page.locator("#accounts tbody tr")).to_have_count(3)  # the churned account is not listed by default
        page.check("input[name=tier][value=Enterprise]")
        page.click("#apply")
        expect(page).to_have_url(base_url + "/accounts?tier=Enterprise")
        expect(page.locator("#accounts tbody tr")).to_have_count(1)
        expect(page.locator("#segment-summary")).to_contain_text("Tier: Enterprise")
        shot("03-segment")
        page.fill("#save-segment input[name=name]", "Enterprise accounts")
        page.click("#save-segment button")
        expect(page.locator("h1")).to_have_text("Enterprise accounts")

        # tree: the account, its charts drawn by the bundled Plotly, then a member's log
        page.click("#accounts >> text=Acme 株式会社")
        expect(page.locator("#account-name")).to_have_text("Acme 株式会社")
        expect(page.locator("#plot-daily .main-svg").first).to_be_visible(timeout=30_000)  # a 4.6 MB bundle to parse
        expect(page.locator("#members")).to_contain_text("aiko@acme.example")
        expect(page.locator("#timeline")).to_contain_text("Quarterly review")
        shot("04-account")
        page.click("#members >> text=aiko@acme.example")
        expect(page.locator("#user-email")).to_have_text("aiko@acme.example")
        expect(page.locator("#events tbody tr")).to_have_count(18)
        page.select_option("#event-filter select", "user_invited")
        expect(page.locator("#events tbody tr")).to_have_count(6)
        shot("05-user")

        # Japanese and back
        page.click("[data-lang=ja]")
        expect(page.locator("h2").first).to_have_text("行動ログ")
        expect(page.locator("nav")).to_contain_text("アカウント")
        shot("06-user-ja")
        page.click("nav >> text=概要")
        expect(page.locator("h1")).to_have_text("概要")
        shot("07-overview-ja")
        page.click("[data-lang=en]")
        expect(page.locator("h1")).to_have_text("Overview")
    assert errors == [], f"JavaScript errors: {errors}"


def test_the_api_reference_works_offline_under_the_content_policy(base_url: str) -> None:
    from playwright.sync_api import Route, expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    outside: list[str] = []

    def offline(route: Route) -> None:
        """No network beyond this server: anything else is recorded and fails, as it would offline."""
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with chromium_page(problems, console=True) as page:
        page.route("**/*", offline)
        response = page.goto(base_url + "/api/docs")
        assert response is not None and "script-src 'self'" in response.headers["content-security-policy"]
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("banso")
        expect(page.locator(".opblock-summary-path", has_text="/api/accounts").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "08-api-docs.png"), full_page=False)
    assert outside == [] and problems == [], f"outside requests: {outside}; console: {problems}"


def test_the_touchpoint_filter_works_under_the_content_policy(base_url: str) -> None:
    """The account page's touchpoint-kind filter submits itself (wired in banso.js, not by an inline
    handler the CSP would block), and the page logs no console error, a CSP refusal included."""
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with chromium_page(problems, console=True) as page:
        sign_in(page, base_url, "csm@example.com", PASSWORD, "/accounts/A1")
        expect(page).to_have_url(base_url + "/accounts/A1")
        page.wait_for_load_state("load")  # banso.js wires the filter once the deferred scripts ran
        table = page.locator("#touchpoint-table tbody tr")
        expect(table).to_have_count(1)  # the seminar; the meeting and the ticket came after as_of
        page.select_option("select[name=touchpoint_kind]", "cs_meeting")
        expect(page).to_have_url(base_url + "/accounts/A1?touchpoint_kind=cs_meeting#touchpoint-changes")
        expect(table).to_have_count(0)
        expect(page.locator("#touchpoint-none")).to_contain_text("No touchpoint of this kind")
        expect(page.locator("select[name=touchpoint_kind]")).to_have_value("cs_meeting")
        page.wait_for_load_state("load")
        page.select_option("select[name=touchpoint_kind]", "seminar")
        expect(page).to_have_url(base_url + "/accounts/A1?touchpoint_kind=seminar#touchpoint-changes")
        page.wait_for_load_state("load")
        expect(table).to_have_count(1)
        expect(table.first).to_contain_text("Gantt seminar")
        page.screenshot(path=str(ARTIFACTS / "09-touchpoint-filter.png"), full_page=False)
    assert problems == [], f"console errors: {problems}"


def test_the_builder_takes_an_active_rate_in_percent(base_url: str) -> None:
    """The segment builder shows a share metric's unit and sends what was typed as percent."""
    from playwright.sync_api import expect

    problems: list[str] = []
    with chromium_page(problems, console=True) as page:
        sign_in(page, base_url, "csm@example.com", PASSWORD, "/accounts")
        expect(page).to_have_url(base_url + "/accounts")
        page.wait_for_load_state("load")
        row = page.locator("#metric-rows .metricrow").first
        expect(row.locator(".unit")).to_be_hidden()
        row.locator("select.metric").select_option("active_rate_28d")
        expect(row.locator(".unit")).to_be_visible()
        row.locator("input.val").fill("50")
        page.click("#apply")
        expect(page).to_have_url(base_url + "/accounts?m=active_rate_28d%3A%3C%3A50%25")
        expect(page.locator("#segment-summary")).to_contain_text("active members / seats < 50%")  # the model names the metric so
        expect(page.locator("#metric-rows input.val").first).to_have_value("50")
    assert problems == [], f"console errors: {problems}"


@pytest.mark.parametrize("locale", ["ja-JP", "en-US"])
def test_the_top_bar_is_one_row_and_the_persons_menu_opens_and_closes(base_url: str, locale: str) -> None:
    """The links of the day fit one row from 1,280 pixels up (the bar once took two rows at 1,366 and at 1,920 in
    English); settings, connections and signing out sit in the signed-in person's menu."""
    from playwright.sync_api import expect

    errors: list[str] = []
    with chromium_page(errors, console=True, locale=locale) as page:
        sign_in(page, base_url, "admin@example.com", PASSWORD)
        for width in (1280, 1366, 1920):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(base_url + "/work")
            links = page.locator(".nav a")
            tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}  # type: ignore[index]
            assert len(tops) == 1, f"the top bar's links take {len(tops)} rows at {width} px"
        menu = page.locator("details.usermenu")
        page.click("details.usermenu summary")
        expect(menu).to_have_attribute("open", "")
        page.click("h1")  # a click elsewhere closes it
        expect(menu).not_to_have_attribute("open", "")
        page.click("details.usermenu summary")
        page.keyboard.press("Escape")
        expect(menu).not_to_have_attribute("open", "")
        page.click("details.usermenu summary")
        page.click(".usermenu .menu a[href='/connections']")
        expect(page).to_have_url(base_url + "/connections")
        expect(page.locator(".usermenu summary")).to_have_class("who active")
        page.click("details.usermenu summary")
        page.click(".usermenu .menu button[type=submit]")
        expect(page).to_have_url(base_url + "/login")
    assert errors == [], f"console errors: {errors}"
