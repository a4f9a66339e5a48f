"""Playbooks run day by day on the literal world of `playbook_world`: each trigger kind enrols its account
once, the steps run on their days, an exit condition ends an enrolment, and a day run twice changes and
sends nothing the second time. Messages go through the outbox to real receivers on 127.0.0.1: an SMTP
server that requires STARTTLS and a login, and an HTTP server standing in for Slack and a webhook.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from banso.appstate.alerts import Alert
from banso.appstate.playbooks import Enrollment, StepRun
from banso.config.segment import SegmentSpec
from banso.errors import WorkError
from banso.outbound import signature
from banso.workspace import Workspace
from tests.notify.receivers import HttpReceiver, MailBox, smtp_server
from tests.signals.playbook_world import build

SECRET = "playbook-hook-secret"
ENV = {"HOOK_SECRET": SECRET, "PB_SMTP_USER": "banso", "PB_SMTP_PASSWORD": "mail-password"}
FIRST, LAST = date(2026, 2, 20), date(2026, 3, 12)

PLAYBOOKS = """
templates:
  checkin:
    subject: {ja: "{account_name} 様: 更新日 {renewal_date}", en: "{account_name}: renewal on {renewal_date}"}
    body: {ja: "担当の{owner}です。スコア {score}({band})。{link}", en: "This is {owner}. Score {score} ({band}). {link}"}
playbooks:
  rescue:
    label: {ja: 立て直し, en: Rescue}
    trigger: {kind: band, enters: bad}
    steps:
      - task: {title: {ja: 電話する, en: Call them}, due_days: 2, priority: high}
      - email: {template: checkin, destination: mail, to: owner}
      - wait: 3
      - webhook: {destination: hook}
      - condition: {stop_when: 'band == "good"'}
      - day: 7
        slack: {template: checkin, destination: team}
      - export: {segment: rescue}
    exit: {when: ['band == "good"'], after_days: 14}
  renewal:
    trigger: {kind: date, field: renewal, days_before: 45}
    audience: {tiers: [Mid]}
    steps:
      - email: {template: checkin, destination: mail, to: admins}
  trial_end:
    trigger: {kind: date, field: trial_end, days_before: 10}
    route: digital
    steps:
      - email: {template: checkin, destination: mail, to: admins}
  anniversary:
    trigger: {kind: date, field: anniversary, days_before: 30}
    steps:
      - task: {title: {ja: 一周年のご挨拶, en: Anniversary call}}
  invite:
    trigger: {kind: milestone, missing: Invite a teammate, days_after: 14}
    route: digital
    steps:
      - export: {segment: invite}
    exit: {after_days: 10}
  on_alert:
    trigger: {kind: alert, rule: renewal_risk}
    steps:
      - task: {title: {ja: 更新リスクに対応, en: Act on the renewal risk}, priority: high}
  enterprise:
    trigger: {kind: segment, segment: Enterprise}
    steps:
      - task: {title: {ja: 大口のご挨拶, en: Say hello}}
  by_hand:
    trigger: {kind: manual}
    steps:
      - task: {title: {ja: 最初の連絡, en: First contact}}
      - day: 2
        task: {title: {ja: 二度目の連絡, en: Second contact}}
"""

# (playbook, account) -> the day it enrols, with the run from FIRST to LAST
ENROLS = {
    ("rescue", "BAND"): date(2026, 2, 23),  # the snapshot of 02-23 is its first Bad one
    ("rescue", "RECOVER"): date(2026, 2, 23),
    ("renewal", "RENEW"): date(2026, 3, 1),  # 45 days before 2026-04-15; ANNIV is SMB, outside the audience
    ("trial_end", "TRIAL"): date(2026, 3, 2),  # 10 days before the trial's 30th day, 2026-03-12
    ("anniversary", "ANNIV"): date(2026, 2, 20),  # 2026-03-20 is within 30 days on the first run
    ("invite", "NEWBIE"): date(2026, 3, 1),  # no invitation 14 days after the contract of 02-15 (INVITER invited)
    ("on_alert", "ALERTED"): date(2026, 3, 2),  # the alert of 03-02
    ("enterprise", "BIGCO"): date(2026, 2, 20),  # in the segment at the first run
}


@pytest.fixture(scope="module")
def receivers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HttpReceiver, MailBox, int, Path]]:
    http = HttpReceiver()
    http.start()
    controller, box, cafile = smtp_server(tmp_path_factory.mktemp("smtp"), "banso", "mail-password")
    saved = {k: os.environ.get(k) for k in ENV}
    os.environ.update(ENV)
    yield http, box, controller.port, cafile
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    controller.stop()
    http.stop()


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory,
        receivers: tuple[HttpReceiver, MailBox, int, Path]) -> Iterator[tuple[Workspace, list[tuple[int, int, int]]]]:
    """The world run from FIRST to LAST, each day twice, delivering after each run; with the number of mails,
    HTTP posts and outbox deliveries after each of the two runs of every day."""
    http, box, port, cafile = receivers
    root = tmp_path_factory.mktemp("playbooks")
    destinations = (
        f"    mail: {{kind: email, smtp_host: 127.0.0.1, smtp_port: {port}, tls_cafile: '{cafile}', routes: [],\n"
        "           username_env: PB_SMTP_USER, password_env: PB_SMTP_PASSWORD, sender: banso@example.com,\n"
        "           owners: {sato: sato@example.com, suzuki: suzuki@example.com}}\n"
        f"    hook: {{kind: webhook, url: '{http.url}/hook', secret_env: HOOK_SECRET, routes: []}}\n"
        f"    team: {{kind: slack, url: '{http.url}/slack', routes: []}}\n"
        f"    segment: {{kind: csv, path: segment.csv, routes: [digital]}}")
    ws = build(root, PLAYBOOKS, destinations)
    with ws.app_state.session() as s:
        s.add(Alert(rule="renewal_risk", account_id="ALERTED", as_of=date(2026, 3, 2), severity="high", route="human",
                    owner="sato", account_name="Alerted KK", reason_ja="更新リスク", reason_en="Renewal risk"))
    from banso.appstate.auth import add_user

    with ws.app_state.session() as s:
        admin = add_user(s, "lead@example.com", "a long passphrase", "admin")
    ws.save_segment(admin, "Enterprise", SegmentSpec(tier=("Enterprise",)), shared=True)
    counts: list[tuple[int, int, int]] = []
    day = FIRST
    while day <= LAST:
        for _ in range(2):
            ws.run_playbooks(day)
            ws.deliver_notifications()
            counts.append((len(box.messages), len(http.received), _deliveries(ws)))
        if day == date(2026, 3, 5):
            ws.export_segment()  # BAND is in the `rescue` export from its step of 03-02 until 03-09
        day += timedelta(days=1)
    yield ws, counts
    ws.close()


def _deliveries(ws: Workspace) -> int:
    from sqlalchemy import func, select

    from banso.appstate.outbox import Delivery

    with ws.app_state.session() as s:
        return int(s.scalar(select(func.count()).select_from(Delivery)) or 0)


def _enrolments(ws: Workspace) -> list[Enrollment]:
    from sqlalchemy import select

    with ws.app_state.session() as s:
        return list(s.scalars(select(Enrollment).order_by(Enrollment.id)))


def _runs(ws: Workspace, playbook: str, account: str) -> list[tuple[int, str, date, str]]:
    from sqlalchemy import select

    with ws.app_state.session() as s:
        enr = s.scalars(select(Enrollment).where(Enrollment.playbook == playbook,
                                                 Enrollment.account_id == account)).one()
        rows = s.scalars(select(StepRun).where(StepRun.enrollment_id == enr.id).order_by(StepRun.step))
        return [(r.step + 1, r.kind, r.day, r.outcome) for r in rows]


def test_each_trigger_kind_enrols_its_account_once(ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    ws, _ = ran
    found = _enrolments(ws)
    assert {(e.playbook, e.account_id): e.enrolled_on for e in found} == ENROLS
    assert Counter((e.playbook, e.account_id) for e in found).most_common(1)[0][1] == 1, "once per account"
    occurrence = {(e.playbook, e.account_id): e.occurrence for e in found}
    assert occurrence[("rescue", "BAND")] == "band:bad:2026-02-23"
    assert occurrence[("renewal", "RENEW")] == "renewal:2026-04-15"
    assert occurrence[("trial_end", "TRIAL")] == "trial_end:2026-03-12"
    assert occurrence[("invite", "NEWBIE")] == "milestone:user_invited:2026-02-15"
    assert occurrence[("on_alert", "ALERTED")].startswith("alert:")


def test_the_steps_run_on_their_days_and_an_exit_condition_ends_it(
        ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    ws, _ = ran
    assert _runs(ws, "rescue", "BAND") == [
        (1, "task", date(2026, 2, 23), "done"), (2, "email", date(2026, 2, 23), "done"),
        (3, "wait", date(2026, 2, 23), "done"), (4, "webhook", date(2026, 2, 26), "done"),
        (5, "condition", date(2026, 2, 26), "continued"), (6, "slack", date(2026, 3, 2), "done"),
        (7, "export", date(2026, 3, 2), "done")]
    # RECOVER is Good again at the snapshot of 03-02: it leaves before its day-7 steps
    assert _runs(ws, "rescue", "RECOVER") == [
        (1, "task", date(2026, 2, 23), "done"), (2, "email", date(2026, 2, 23), "done"),
        (3, "wait", date(2026, 2, 23), "done"), (4, "webhook", date(2026, 2, 26), "done"),
        (5, "condition", date(2026, 2, 26), "continued")]
    ended = {(e.playbook, e.account_id): (e.status, e.exit_reason, e.ended_on) for e in _enrolments(ws)}
    assert ended[("rescue", "RECOVER")] == ("exited", 'exit: band == "good"', date(2026, 3, 2))
    assert ended[("rescue", "BAND")] == ("completed", None, date(2026, 3, 9)), "in its export until exit.after_days"
    assert ended[("invite", "NEWBIE")] == ("completed", None, date(2026, 3, 11))
    assert ended[("renewal", "RENEW")] == ("completed", None, date(2026, 3, 1))
    tasks = ws.tasks(None, status="all").tasks
    call = next(t for t in tasks if t.account_id == "BAND")
    assert (call.title, call.owner, call.due, call.priority, call.origin, call.origin_ref) == (
        "電話する", "sato", date(2026, 2, 25), "high", "playbook", "rescue step 1")
    assert call.origin_link == "/playbooks/rescue"


def test_messages_arrive_once_even_when_a_day_runs_twice(ran: tuple[Workspace, list[tuple[int, int, int]]],
                                                        receivers: tuple[HttpReceiver, MailBox, int, Path]) -> None:
    _, counts = ran
    http, box, _, _ = receivers
    assert all(counts[i] == counts[i + 1] for i in range(0, len(counts), 2)), "the second run of a day sends nothing"
    mails = {m["To"]: m for m in box.messages}
    assert sorted(mails) == ["admin@renew.example", "admin@trial.example", "sato@example.com"]
    assert len(box.messages) == 4  # BAND and RECOVER to their owner, RENEW and TRIAL to their admins
    renew = mails["admin@renew.example"]
    assert renew["Subject"] == "Renew KK 様: 更新日 2026-04-15"
    assert "https://banso.example.com/accounts/RENEW" in renew.get_body(("plain",)).get_content()
    hooks = [r for r in http.received if r.path == "/hook"]
    assert sorted(r.json()["data"]["account_id"] for r in hooks) == ["BAND", "RECOVER"]
    for r in hooks:
        stamp = r.headers["x-banso-timestamp"]
        assert r.headers["x-banso-signature"] == "v1=" + signature(SECRET, stamp, r.body)
        assert r.json()["type"] == "playbook_step" and r.json()["data"]["step"] == 4
    slack = [r for r in http.received if r.path == "/slack"]
    assert len(slack) == 1 and slack[0].json()["blocks"][0]["text"]["text"].startswith("Band KK")


def test_the_export_step_puts_the_account_in_its_segment(ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    ws, _ = ran
    with (ws.root / "segment.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["segment"], r["account_id"]) for r in rows if r["segment"] != "banso_digital"] == [
        ("rescue", "BAND"), ("invite", "NEWBIE")]


def test_a_playbook_started_by_hand_runs_its_steps_and_never_twice_at_once(
        ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    ws, _ = ran
    today = ws.today()
    enr = ws.start_playbook("by_hand", "RENEW", None)
    assert (enr.trigger, enr.next_step, enr.runs[0].action) == ("manual", 2, "task")
    with pytest.raises(WorkError, match="already in by_hand"):
        ws.start_playbook("by_hand", "RENEW", None)
    assert not ws.run_playbooks(today + timedelta(days=1)).changed
    later = ws.run_playbooks(today + timedelta(days=2))
    assert [(p.playbook, p.steps, p.completed) for p in later.playbooks if p.steps] == [("by_hand", 1, 1)]
    assert [t.title for t in ws.tasks(None, account_id="RENEW").tasks] == ["最初の連絡", "二度目の連絡"]


def test_the_daily_run_runs_the_days_playbooks_between_alerts_and_delivery(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = build(tmp_path, """
templates: {}
playbooks:
  rescue:
    trigger: {kind: band, enters: bad}
    steps:
      - task: {title: {ja: 電話する, en: Call them}}
""")
    with ws:
        monkeypatch.setattr(ws, "today", lambda: date(2026, 2, 23))  # BAND and RECOVER are Bad from 02-23
        job = ws.daily_run("test", steps=("alerts", "playbooks", "deliver"))
        assert job.status == "done", job.error
        assert [(s.name, s.status) for s in job.steps] == [("alerts", "done"), ("playbooks", "done"),
                                                           ("deliver", "done")]
        assert (job.counts["playbooks.enrolled"], job.counts["playbooks.steps"]) == (2, 2)
        assert sorted(t.account_id for t in ws.tasks(None).tasks) == ["BAND", "RECOVER"]
        again = ws.daily_run("test", steps=("playbooks",))  # the same day again: nothing new
        assert (again.counts["playbooks.enrolled"], again.counts["playbooks.steps"]) == (0, 0)
        assert len(ws.tasks(None).tasks) == 2


def test_a_playbooks_enrolments_come_a_page_at_a_time(ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    """A playbook at the design scale enrols thousands of accounts; its page lists them a page at a time (it
    once showed the newest 200 and no way to the rest)."""
    from fastapi.testclient import TestClient

    from banso.appstate.auth import add_user
    from banso.web import create_app
    from tests.web.conftest import PASSWORD, login

    ws, _ = ran
    whole = ws.playbook_page("rescue", None)
    assert whole.total >= 2 and (whole.page, whole.pages, whole.shown) == (1, 1, whole.total)
    pages = [ws.playbook_page("rescue", None, page=p, per_page=1) for p in range(1, whole.total + 2)]
    assert {(p.pages, p.total, p.per_page) for p in pages} == {(whole.total, whole.total, 1)}
    assert [e.id for p in pages for e in p.enrollments] == [e.id for e in whole.enrollments]
    assert (pages[-1].shown, pages[-1].enrollments) == (0, []), "past the last page: empty, with the count"

    with ws.app_state.session() as s:
        add_user(s, "pages@example.com", PASSWORD, "viewer", replace=True)
    web = login(TestClient(create_app(ws), headers={"Accept-Language": "en"}), "pages@example.com")
    second = web.get("/playbooks/rescue", params={"page": 2, "per_page": 1}).text
    assert f"page 2 of {whole.total}" in second and 'rel="prev"' in second
    assert web.get("/api/playbooks/rescue", params={"page": 2, "per_page": 1}).json()["enrollments"][0]["id"] == \
        whole.enrollments[1].id
    assert web.get("/api/playbooks/rescue", params={"page": 0}).status_code == 422
    assert "class=\"pager\"" not in web.get("/playbooks/rescue").text, "one page needs no pager"
    # the trigger's heading: when a playbook starts, not a date and time (「日時」 is the event log's column)
    for path in ("/playbooks", "/playbooks/rescue"):
        ja = web.get(path, headers={"Accept-Language": "ja"}).text
        assert "開始条件" in ja and "日時" not in ja and "振り分け" in ja
        assert "Starts when" in web.get(path, headers={"Accept-Language": "en"}).text


def test_playbooks_and_their_rule_are_named_for_people(ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    """A playbook's label names it on its pages, the account's, the task it made and the CSM's day; one without a
    label by its key; an alert trigger names its rule by the rule's label. Keys stay in URLs and on hover."""
    from fastapi.testclient import TestClient

    from banso.appstate.auth import add_user
    from banso.web import create_app
    from tests.web.conftest import PASSWORD, login

    ws, _ = ran
    with ws.app_state.session() as s:
        add_user(s, "names@example.com", PASSWORD, "viewer", replace=True)
    web = login(TestClient(create_app(ws)), "names@example.com")
    ja, en = {"Accept-Language": "ja"}, {"Accept-Language": "en"}
    listed = web.get("/playbooks", headers=ja).text
    assert '<a href="/playbooks/rescue" title="rescue">立て直し</a>' in listed
    assert '<a href="/playbooks/by_hand" title="by_hand">by_hand</a>' in listed, "no label: its key"
    assert "「更新リスク」のアラートが出たとき" in listed and "renewal_risk" not in listed
    assert "a “Renewal at risk” alert is raised" in web.get("/playbooks", headers=en).text
    page = web.get("/playbooks/rescue", headers=en).text
    assert "<h1>Rescue</h1>" in page and "<code" in page and ">rescue</code>" in page, "the key beside the label"
    assert web.get("/api/playbooks/rescue").json()["playbook"]["label"] == {"ja": "立て直し", "en": "Rescue"}
    account = web.get("/accounts/BAND", headers=ja).text
    assert 'title="rescue">立て直し</a>' in account
    tasks = web.get("/tasks", params={"status": "all"}, headers=en).text
    assert "from playbook Rescue, step 1" in tasks and "from playbook rescue" not in tasks
    made = next(t for t in web.get("/api/tasks", params={"status": "all"}).json()["tasks"] if t["account_id"] == "BAND")
    assert made["origin_label"] == {"ja": "立て直し", "en": "Rescue"} and made["origin_ref"] == "rescue step 1"


def test_a_playbooks_task_reads_in_the_pages_language_until_someone_retitles_it(
        ran: tuple[Workspace, list[tuple[int, int, int]]]) -> None:
    """The step gives its title in both languages; the task keeps the workspace's (Japanese here), and a page in
    English shows the English one, until a person changes the title: then theirs, in every language."""
    from fastapi.testclient import TestClient

    from banso.appstate.auth import add_user
    from banso.appstate.tasks import TaskChange
    from banso.web import create_app
    from tests.web.conftest import PASSWORD, login

    ws, _ = ran
    with ws.app_state.session() as s:
        add_user(s, "titles@example.com", PASSWORD, "viewer", replace=True)
    web = login(TestClient(create_app(ws)), "titles@example.com")
    made = next(t for t in web.get("/api/tasks", params={"status": "all"}).json()["tasks"] if t["account_id"] == "BAND")
    assert made["title"] == "電話する" and made["title_label"] == {"ja": "電話する", "en": "Call them"}
    listed = {lang: web.get("/tasks", params={"status": "all"}, headers={"Accept-Language": lang}).text
              for lang in ("ja", "en")}
    assert '<span class="tasktitle">Call them</span>' in listed["en"]
    assert '<span class="tasktitle">電話する</span>' in listed["ja"]
    ws.update_task(made["id"], None, TaskChange(title="電話して更新日を確認"))
    try:
        retitled = next(t for t in web.get("/api/tasks", params={"status": "all"}).json()["tasks"]
                        if t["id"] == made["id"])
        assert retitled["title_label"] is None
        assert '<span class="tasktitle">電話して更新日を確認</span>' in \
            web.get("/tasks", params={"status": "all"}, headers={"Accept-Language": "en"}).text
    finally:  # the other tests of this world read the task as the playbook made it
        ws.update_task(made["id"], None, TaskChange(title="電話する"))
