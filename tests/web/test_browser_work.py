"""In a real browser (Debian's chromium, driven by Playwright, against the app on 127.0.0.1): a CSM signs in,
lands on My work, makes a task from an alert in one click, logs a call on the account page with the note
form, and finds the note rendered (Markdown, HTML escaped) and on the timeline; then ticks the task off.

Screenshots of each step go to test-artifacts/browser/ (not committed) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from banso.appstate.alerts import Alert, AlertEvent
from banso.web import create_app
from tests.web.conftest import PASSWORD, XSS, copied_world
from tests.web.live_server import ARTIFACTS, CHROMIUM, chromium_page, serving, sign_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make system-deps)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    ws = copied_world(tmp_path_factory, tmp_path_factory.mktemp("browser-work"))
    ws.link_owner("佐藤", "csm@example.com", None)
    with ws.app_state.session() as s:
        alert = Alert(rule="silence", account_id="A3", as_of=date(2026, 11, 16), severity="medium", route="human",
                      owner="佐藤", account_name="Beta Works", mrr=120000.0, priority=300000.0,
                      reason_ja="14日以上、誰も利用していません", reason_en="No member has used the product for 14 days",
                      details={})
        s.add(alert)
        s.flush()
        s.add(AlertEvent(alert_id=alert.id, action="opened"))
    with serving(create_app(ws)) as url:
        yield url
    ws.close()


def test_alert_to_task_to_note_in_a_browser(base_url: str) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with chromium_page(errors) as page:

        def shot(name: str) -> None:
            page.screenshot(path=str(ARTIFACTS / f"work-{name}.png"), full_page=True)

        # signing in lands on My work
        sign_in(page, base_url, "csm@example.com", PASSWORD)
        expect(page).to_have_url(base_url + "/work")
        expect(page.locator("h1")).to_have_text("My work")
        expect(page.locator("#my-alerts")).to_contain_text("Beta Works")
        shot("01-my-work")

        # one click on the alert: a task for the account's owner, and the alert is acknowledged
        page.goto(base_url + "/alerts")
        row = page.locator("#alerts tr", has_text="Beta Works")
        row.locator("summary", has_text="Act").click()  # an alert's actions are behind its Act button
        row.get_by_role("button", name="Create task").click()
        expect(page.locator(".notice")).to_contain_text("for 佐藤")
        expect(page.locator("#alerts tr", has_text="Beta Works")).to_contain_text("acknowledged")
        shot("02-task-from-alert")

        # the task is on the account page; log the call with the note form
        page.goto(base_url + "/accounts/A3")
        expect(page.locator("#account-tasks")).to_contain_text("Gone quiet: No member has used the product")
        form = page.locator("#notes details.addform")
        expect(form).to_have_attribute("open", "")  # the account has no note yet: the form is open
        page.select_option("#note-kind", "call")
        page.fill("#note-day", "2026-11-05")
        page.fill("#note-title", "Check-in call")
        page.fill("#note-participants", "Dan (Beta Works)")
        page.fill("#note-body", f"They were on holiday. **Back next week.** {XSS}")
        page.fill("#note-outcome", "Usage resumes on Monday")
        page.click("#note-form button[type=submit]")
        expect(page.locator("#notice")).to_contain_text("Note saved")
        note = page.locator("li.note", has_text="Check-in call")
        expect(note.locator("strong")).to_have_text("Back next week.")
        expect(note).to_contain_text(XSS)  # shown as text, never run
        expect(page.locator("#timeline")).to_contain_text("Check-in call")
        shot("03-note")

        # ticked off from My work
        page.goto(base_url + "/work")
        row = page.locator("table.tasks tr", has_text="Gone quiet: No member")
        row.get_by_role("button", name="Done").click()
        expect(page.locator(".notice")).to_have_text("Task #1: Done")
        expect(page.locator("table.tasks tr", has_text="Gone quiet: No member")).to_have_count(0)
        shot("04-done")

        # the same page in Japanese
        page.goto(base_url + "/work?lang=ja")
        expect(page.locator("h1")).to_have_text("マイワーク")
    assert errors == []
