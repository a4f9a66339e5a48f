"""The CSM's workspace through the JSON API and the pages: an alert becomes a task, the task gets done, a call
is logged as a note that the account's timeline shows at once; roles decide who may change what.

The literal world of `tests/web/conftest.py` is built afresh for this module (tasks and notes change it);
csm@example.com answers to the owner 佐藤 (A1, A3), csm2@example.com to 鈴木 (A2, A4).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.appstate.alerts import Alert, AlertEvent
from banso.appstate.tasks import Task
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import XSS, copied_world, csrf_of, login

NOTE_DAY = "2026-11-05"  # before the pages' date (the Monday after the last event, 2026-11-10)


@pytest.fixture(scope="module")
def work_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, tmp_path_factory.mktemp("work"))
    ws.link_owner("佐藤", "csm@example.com", None)
    ws.link_owner("鈴木", "csm2@example.com", None)
    with ws.app_state.session() as s:
        alert = Alert(rule="usage_drop", account_id="A1", as_of=date(2026, 11, 16), severity="high", route="human",
                      owner="佐藤", account_name="Acme 株式会社", mrr=500000.0, priority=1_000_000.0,
                      reason_ja="利用量が平常時の半分未満です", reason_en="Usage fell below half of a normal week",
                      details={})
        s.add(alert)
        s.flush()
        s.add(AlertEvent(alert_id=alert.id, action="opened"))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def work_app(work_world: Workspace) -> object:
    return create_app(work_world)


def _client(app: object, email: str) -> TestClient:
    return login(TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"}), email)  # type: ignore[arg-type]


@pytest.fixture
def csm(work_app: object) -> TestClient:
    client = _client(work_app, "csm@example.com")
    client.headers["X-CSRF-Token"] = csrf_of(client, "/settings")
    return client


@pytest.fixture
def csm2(work_app: object) -> TestClient:
    client = _client(work_app, "csm2@example.com")
    client.headers["X-CSRF-Token"] = csrf_of(client, "/settings")
    return client


@pytest.fixture
def admin(work_app: object) -> TestClient:
    client = _client(work_app, "admin@example.com")
    client.headers["X-CSRF-Token"] = csrf_of(client, "/settings")
    return client


@pytest.fixture
def viewer(work_app: object) -> TestClient:
    client = _client(work_app, "viewer@example.com")
    client.headers["X-CSRF-Token"] = csrf_of(client, "/settings")
    return client


def _alert_id(ws: Workspace) -> int:
    return ws.alert_inbox(language="en", status="all", account_id="A1", choices=False).alerts[0].id


def test_an_alert_becomes_a_task_then_a_note_through_the_api(csm: TestClient, work_world: Workspace) -> None:
    alert = _alert_id(work_world)
    made = csm.post(f"/api/alerts/{alert}/task")
    assert made.status_code == 200, made.text
    task = made.json()
    today = work_world.today()
    assert (task["account_id"], task["owner"], task["origin"], task["origin_ref"]) == ("A1", "佐藤", "alert", str(alert))
    assert task["priority"] == "high" and task["due"] == (today + timedelta(days=1)).isoformat()  # high: due tomorrow
    assert task["title"].startswith("Usage drop: Usage fell below half")  # the rule by its label
    assert task["origin_link"] == f"/alerts?status=all&account_id=A1#alert-{alert}"
    assert csm.post(f"/api/alerts/{alert}/task").json()["id"] == task["id"], "a second click gives the same task"
    assert csm.get("/api/alerts?account_id=A1&status=all").json()["alerts"][0]["status"] == "acknowledged"

    mine = csm.get("/api/tasks", params={"scope": "mine"}).json()
    assert [t["id"] for t in mine["tasks"]] == [task["id"]] and mine["overdue"] == 0

    commented = csm.post(f"/api/tasks/{task['id']}/comments", json={"text": "Booked a call for Thursday"})
    assert commented.status_code == 201 and commented.json()["comments"][0]["text"] == "Booked a call for Thursday"
    done = csm.patch(f"/api/tasks/{task['id']}", json={"status": "done", "comment": "Called"}).json()
    assert done["status"] == "done" and done["closed_by"] == "csm@example.com" and len(done["comments"]) == 2

    note = csm.post("/api/accounts/A1/notes", json={
        "kind": "call", "day": NOTE_DAY, "title": "Renewal call", "participants": "Aiko (Acme), Chika",
        "body": "Agreed to **train the team** on Gantt charts.", "outcome": "Training booked",
        "proposed_feature": "gantt_viewed"})
    assert note.status_code == 201, note.text
    n = note.json()
    assert (n["kind"], n["author"], n["touchpoint_id"]) == ("call", "csm@example.com", f"banso-note-{n['id']}")

    page = csm.get("/api/accounts/A1").json()  # the timeline reads the touchpoints table: the note is there
    call = [t for t in page["timeline"] if t["kind"] == "call"]
    assert call and call[0]["title"] == "Renewal call"
    changes = [c for c in page["touchpoint_changes"] if c["kind"] == "call"]
    assert changes and changes[0]["feature"] == "gantt_viewed", "the before/after section sees the proposed feature"

    history = csm.get(f"/api/notes/{n['id']}/history").json()
    assert [r["action"] for r in history["revisions"]] == ["created"]


def test_a_note_is_edited_and_deleted_with_its_history(csm: TestClient, csm2: TestClient, admin: TestClient,
                                                       work_world: Workspace) -> None:
    body = {"kind": "qbr", "day": NOTE_DAY, "body": f"Quarterly review {XSS}", "title": "QBR"}
    n = csm.post("/api/accounts/A3/notes", json=body).json()
    refused = csm2.put(f"/api/notes/{n['id']}", json={**body, "body": "not mine to change"})
    assert refused.status_code == 403, "a CSM cannot edit another CSM's note"
    assert csm2.delete(f"/api/notes/{n['id']}").status_code == 403
    assert csm2.get("/api/accounts/A3/notes").json()[0]["can_change"] is False

    edited = csm.put(f"/api/notes/{n['id']}", json={**body, "outcome": "Upsell of 5 seats"})
    assert edited.status_code == 200 and edited.json()["edited"] is True
    assert admin.put(f"/api/notes/{n['id']}", json={**body, "title": "QBR (admin)"}).status_code == 200

    page = csm.get("/accounts/A3")
    assert page.status_code == 200
    assert XSS not in page.text and "Quarterly review &lt;script&gt;" in page.text, "Markdown is rendered with HTML escaped"
    assert f'id="note-{n["id"]}"' in page.text

    assert csm.delete(f"/api/notes/{n['id']}").status_code == 204
    assert csm.get(f"/api/notes/{n['id']}").status_code == 404
    assert not [t for t in csm.get("/api/accounts/A3").json()["timeline"] if t["kind"] == "qbr"], \
        "a deleted note leaves the timeline"
    history = csm.get(f"/api/notes/{n['id']}/history").json()
    assert history["deleted"] is True
    assert [(r["action"], r["by"]) for r in history["revisions"]] == [
        ("created", "csm@example.com"), ("edited", "csm@example.com"), ("edited", "admin@example.com"),
        ("deleted", "csm@example.com")]
    assert history["revisions"][1]["content"]["outcome"] == "Upsell of 5 seats"


def test_a_viewer_reads_but_cannot_create_or_change_a_task(viewer: TestClient, csm: TestClient) -> None:
    task = csm.post("/api/tasks", json={"account_id": "A3", "title": "Send the onboarding deck",
                                        "due": "2026-11-30", "priority": "low"})
    assert task.status_code == 201 and task.json()["owner"] == "佐藤", "without an owner: the account's owner"
    tid = task.json()["id"]
    assert viewer.get(f"/api/tasks/{tid}").json()["can_change"] is False
    assert viewer.post("/api/tasks", json={"account_id": "A3", "title": "x"}).status_code == 403
    assert viewer.patch(f"/api/tasks/{tid}", json={"status": "done"}).status_code == 403
    assert viewer.post(f"/api/tasks/{tid}/comments", json={"text": "hi"}).status_code == 403
    assert viewer.post("/api/accounts/A3/notes", json={"kind": "note", "day": NOTE_DAY, "body": "x"}).status_code == 403
    token = csrf_of(viewer, "/tasks")
    form = viewer.post(f"/tasks/{tid}/status", data={"status": "done", "csrf_token": token}, follow_redirects=False)
    assert form.status_code == 403
    assert csm.get(f"/api/tasks/{tid}").json()["status"] == "open"
    # Why, in the page's language; the API says it in English
    ja = viewer.post(f"/tasks/{tid}/status?lang=ja", data={"status": "done", "csrf_token": token})
    assert ja.status_code == 403 and "この操作には「CSM」のロールが必要です（現在のロール: 閲覧者）" in ja.text
    assert viewer.patch(f"/api/tasks/{tid}?lang=ja", json={"status": "done"}).json()["detail"] == \
        "this needs the csm role; you are signed in as viewer"


def test_a_csm_changes_only_their_own_tasks(csm: TestClient, csm2: TestClient, admin: TestClient,
                                            work_world: Workspace) -> None:
    tid = csm.post("/api/tasks", json={"account_id": "A1", "title": "Prepare the QBR deck"}).json()["id"]
    assert csm2.patch(f"/api/tasks/{tid}", json={"due": "2026-12-24"}).status_code == 403
    owner = csm.get(f"/api/tasks/{tid}").json()["owner"]
    page = csm2.post(f"/tasks/{tid}/status?lang=ja", data={"status": "done", "csrf_token": csrf_of(csm2, "/tasks")})
    assert page.status_code == 403
    assert f"タスク #{tid} の担当は {owner} です。変更できるのは担当者、作成者、管理者だけです" in page.text
    assert csm2.post(f"/api/tasks/{tid}/comments", json={"text": "Happy to help"}).status_code == 201
    moved = admin.patch(f"/api/tasks/{tid}", json={"owner": "鈴木"}).json()
    assert moved["owner"] == "鈴木"
    assert csm2.patch(f"/api/tasks/{tid}", json={"priority": "high"}).status_code == 200, "now it is theirs"

    with work_world.app_state.session() as s:  # as a task made for an account the CRM gives no owner
        task = s.get(Task, tid)
        assert task is not None
        task.owner = None
    refused = csm2.patch(f"/api/tasks/{tid}", json={"priority": "low"})
    assert refused.status_code == 403 and refused.json()["detail"] == \
        f"task #{tid} has no owner; only the one who created it or an admin can change it"
    page = csm2.post(f"/tasks/{tid}/status?lang=ja", data={"status": "done", "csrf_token": csrf_of(csm2, "/tasks")})
    assert page.status_code == 403 and f"タスク #{tid} には担当者がいません。変更できるのは作成者と管理者だけです" in page.text


def test_bad_input_is_a_clear_4xx(csm: TestClient) -> None:
    assert csm.post("/api/tasks", json={"account_id": "NOPE", "title": "x"}).status_code == 404
    assert csm.post("/api/tasks", json={"account_id": "A1", "title": "x", "due": "tomorrow"}).status_code == 422
    assert csm.post("/api/tasks", json={"account_id": "A1", "title": "   "}).status_code == 400
    assert csm.post("/api/tasks", json={"account_id": "A1", "title": "x", "colour": "red"}).status_code == 422
    assert csm.get("/api/tasks/999999").status_code == 404
    assert csm.get("/api/tasks/99999999999").status_code == 422
    assert csm.get("/api/tasks", params={"status": "bogus"}).status_code == 422
    future = (date.today() + timedelta(days=30)).isoformat()
    bad = csm.post("/api/accounts/A1/notes", json={"kind": "call", "day": future, "body": "x"})
    assert bad.status_code == 400 and "future" in bad.json()["detail"]
    assert csm.post("/api/accounts/A1/notes", json={"kind": "lunch", "day": NOTE_DAY, "body": "x"}).status_code == 422
    assert csm.post("/api/accounts/NOPE/notes", json={"kind": "call", "day": NOTE_DAY, "body": "x"}).status_code == 404
    token = csrf_of(csm, "/accounts/A1")
    form = csm.post("/accounts/A1/tasks", data={"title": "x", "due": "31/12", "csrf_token": token})
    assert form.status_code == 400 and "not a date" in form.text
    assert csm.post("/api/alerts/999999/task").status_code == 404


def test_a_refused_task_or_note_says_why_in_the_readers_language(csm: TestClient) -> None:
    """A task or note the workspace refuses says why on a Japanese page (a task's status in its Japanese word);
    the JSON API answers the same refusal in English."""
    tid = csm.post("/api/tasks", json={"account_id": "A1", "title": "Send the renewal quote"}).json()["id"]
    token = csrf_of(csm, "/tasks")
    assert csm.post(f"/tasks/{tid}/status", data={"status": "done", "csrf_token": token},
                    follow_redirects=False).status_code == 303
    again = csm.post(f"/tasks/{tid}/status?lang=ja", data={"status": "done", "csrf_token": token})
    assert again.status_code == 400 and f"タスク #{tid} はすでに「完了」です" in again.text
    assert f"task #{tid} is already done" not in again.text
    unknown = csm.post("/tasks/999999/status?lang=ja", data={"status": "done", "csrf_token": token})
    assert unknown.status_code == 404 and "タスク #999999 はありません。" in unknown.text
    assert csm.get("/api/tasks/999999?lang=ja").json()["detail"] == \
        "no task #999999; `banso tasks list --status all` shows them"

    future = (date.today() + timedelta(days=30)).isoformat()
    note = {"kind": "call", "day": future, "body": "Will call"}
    page = csm.post("/accounts/A1/notes?lang=ja", data={**note, "csrf_token": token})
    assert page.status_code == 400 and f"メモには実際にあったことを記録します。{future} は未来の日付です" in page.text
    api = csm.post("/api/accounts/A1/notes?lang=ja", json=note)
    assert api.status_code == 400 and api.json()["detail"] == f"a note records what happened; {future} is in the future"


def test_my_work_and_the_team(csm: TestClient, admin: TestClient, viewer: TestClient, work_world: Workspace,
                              tmp_path: Path) -> None:
    csm.post("/api/tasks", json={"account_id": "A3", "title": "Late follow-up", "due": "2026-01-05"})
    work = csm.get("/api/work").json()
    assert work["owners"] == sorted(["Chika CSM", "csm@example.com", "佐藤"])  # linked, and their own name and email
    offered = csm.get("/api/accounts/A1/work").json()["owners"]  # who the account may be handed to
    assert {"佐藤", "鈴木"} <= set(offered) and offered == sorted(set(offered))  # the CRM's owners among them
    assert sorted(a["account_id"] for a in work["accounts"]) == ["A1", "A3"]
    assert any(t["title"] == "Late follow-up" for t in work["overdue"])
    assert work["team"] is None, "the team's load is for admins"
    page = csm.get("/work")
    assert page.status_code == 200 and "Late follow-up" in page.text and "My work" in page.text
    ja = csm.get("/work", headers={"Accept-Language": "ja"})
    assert "マイワーク" in ja.text

    team = admin.get("/api/team").json()
    load = {c["owner"]: c for c in team["csms"]}
    assert load["佐藤"]["accounts"] == 2 and load["鈴木"]["accounts"] == 1  # A4 churned
    assert load["佐藤"]["person"] == "csm@example.com"
    assert load["佐藤"]["capacity"] == {"capacity": 10, "own": False, "used": 1, "overflow": 0}  # A1's alert
    assert admin.put("/api/team/capacity", json={"owner": "佐藤", "capacity": 0}).status_code == 204
    load = {c["owner"]: c for c in admin.get("/api/team").json()["csms"]}
    assert load["佐藤"]["capacity"] == {"capacity": 0, "own": True, "used": 0, "overflow": 1}, \
        "beyond the CSM's own capacity the account goes to automation (the digital route)"
    assert [t.account_id for t in work_world.worklists().automation] == ["A1"]
    assert admin.put("/api/team/capacity", json={"owner": "佐藤", "capacity": None}).status_code == 204
    assert work_world.worklists().by_owner["佐藤"][0].account_id == "A1"
    assert csm.put("/api/team/capacity", json={"owner": "佐藤", "capacity": 40}).status_code == 403
    assert viewer.get("/team").status_code == 200 and 'action="/team/capacity"' not in viewer.get("/team").text
    assert admin.get("/work").status_code == 200 and 'id="team-load"' in admin.get("/work").text
    assert 'id="my-accounts"' in page.text
    # an admin who owns no account is told how accounts become theirs, without an empty table of them below
    assert admin.get("/api/work").json()["accounts"] == []
    assert "No accounts are yours yet" in admin.get("/work").text and 'id="my-accounts"' not in admin.get("/work").text


def test_a_task_for_a_renewal_from_my_work(csm: TestClient) -> None:
    token = csrf_of(csm, "/work")
    made = csm.post("/accounts/A3/tasks", data={"title": "Prepare the renewal of Nov 30, 2026", "renewal": "2026-11-30",
                                                "csrf_token": token}, follow_redirects=False)
    assert made.status_code == 303
    task = next(t for t in csm.get("/api/tasks", params={"account_id": "A3"}).json()["tasks"]
                if t["origin"] == "renewal")
    assert (task["origin_ref"], task["origin_link"], task["owner"]) == ("2026-11-30", "/accounts/A3", "佐藤")
    assert 'name="renewal" value="2026-11-30"' in csm.get("/work").text  # A3 renews within 90 days of the pages' date


def test_the_tasks_cards_count_by_when_due_and_priority(csm: TestClient, work_world: Workspace) -> None:
    """Tasks, overdue, this week (today's in the note) and high priority, each recounted from the listed tasks."""
    today = work_world.today()
    for days, priority in ((0, "low"), (3, "high"), (9, "medium"), (-2, "high")):
        made = csm.post("/api/tasks", json={"account_id": "A1", "title": f"Card check {days}", "priority": priority,
                                            "due": (today + timedelta(days=days)).isoformat()})
        assert made.status_code == 201, made.text
    body = csm.get("/api/tasks", params={"scope": "mine"}).json()
    due = [date.fromisoformat(t["due"]) for t in body["tasks"] if t["due"]]
    assert body["count"] == len(body["tasks"])  # one page holds them all here
    assert body["overdue"] == sum(d < today for d in due) >= 1
    assert body["due_today"] == sum(d == today for d in due) >= 1
    assert body["due_soon"] == sum(today < d <= today + timedelta(days=7) for d in due) >= 1
    assert body["high"] == sum(t["priority"] == "high" for t in body["tasks"]) >= 2
    page = csm.get("/tasks", params={"scope": "mine"}).text
    week = page[page.index('id="due-this-week"'):]
    assert f'<div class="value">{body["due_today"] + body["due_soon"]}</div>' in week[:300]
    assert f'{body["due_today"]} due today' in week[:400]
    assert f'<div class="value">{body["high"]}</div>' in page[page.index('id="high-priority"'):][:300]
