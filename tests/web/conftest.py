"""A small literal world served in-process: three people with different roles, and a test client each."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from banso.appstate.auth import add_user
from banso.config.template import render
from banso.web import create_app
from banso.workspace import Workspace
from tests.conftest import copy_of_built, write

PASSWORD = "correct horse battery"
XSS = "<script>alert(1)</script>"

ACCOUNTS = f"""
account_id,name,plan,tier,mrr,seats,status,trial_started_at,contract_started_at,renewal_date,owner,crm_url
A1,Acme 株式会社,Premium,Enterprise,500000,10,active,2026-05-04T10:00:00+09:00,2026-06-01T00:00:00+09:00,2026-12-20,佐藤,https://crm.example.com/A1
A2,"{XSS}",Standard,SMB,30000,3,active,2026-06-01T10:00:00+09:00,2026-07-01T00:00:00+09:00,2027-06-30,鈴木,javascript:alert(2)
A3,Beta Works,Standard,Mid,120000,,active,2026-07-06T10:00:00+09:00,2026-08-01T00:00:00+09:00,2026-11-30,佐藤,
A4,Gone Ltd,Starter,SMB,0,2,churned,2026-05-11T10:00:00+09:00,2026-06-01T00:00:00+09:00,,鈴木,
"""
USERS = """
user_id,email,created_at
u1,aiko@acme.example,2026-05-04T10:00:00+09:00
u2,ben@acme.example,2026-05-10T10:00:00+09:00
u3,chie@xss.example,2026-06-01T10:00:00+09:00
u4,dan@beta.example,2026-07-06T10:00:00+09:00
u5,eve@gone.example,2026-05-11T10:00:00+09:00
"""
MEMBERSHIPS = """
user_id,account_id,role,joined_at
u1,A1,admin,2026-05-04T10:00:00+09:00
u2,A1,member,2026-05-10T10:00:00+09:00
u3,A2,admin,2026-06-01T10:00:00+09:00
u4,A3,admin,2026-07-06T10:00:00+09:00
u5,A4,admin,2026-05-11T10:00:00+09:00
"""
TOUCHPOINTS = """
touchpoint_id,ts,account_id,user_id,kind,title,body,score
t1,2026-11-10T10:00:00+09:00,A1,u1,cs_meeting,Quarterly review,Talked about the Gantt chart,
t2,2026-11-12T10:00:00+09:00,A1,u2,support_ticket,Cannot export CSV,Export fails with a timeout,
t3,2026-11-01T10:00:00+09:00,A2,u3,nps,NPS 2026-11,,9
t4,2026-10-20T10:00:00+09:00,A1,u1,seminar,Gantt seminar,,
"""


def _events() -> str:
    """Regular use by A1's and A3's members, a little by A2, none by A4 after it churned."""
    rows = ["event_id,ts,user_id,account_id,event"]
    n = 0
    for week in range(6):
        for user, account, events in (("u1", "A1", ("issue_created", "comment_added", "user_invited")),
                                      ("u2", "A1", ("comment_added", "email_opened")),
                                      ("u4", "A3", ("issue_created",)),
                                      ("u3", "A2", ("document_created",) if week % 2 == 0 else ())):
            for event in events:
                n += 1
                day = 5 + week * 7 if week < 4 else (week - 4) * 7 + 2
                month = 10 if week < 4 else 11
                rows.append(f"e{n},2026-{month:02d}-{day:02d}T10:00:00+09:00,{user},{account},{event}")
    rows.append("e900,2026-06-02T10:00:00+09:00,u5,A4,issue_created")
    return "\n".join(rows) + "\n"


def build_world(root: Path) -> Workspace:
    """The literal world above, loaded, with four web logins (admin, two CSMs, a viewer)."""
    text = render(name="Test <b>workspace</b>", passive=["email_opened"],
                  key_actions=["issue_created", "comment_added", "document_created"])
    ws = Workspace.init(root / "ws", config_text=text)
    files = {"accounts": ACCOUNTS, "users": USERS, "memberships": MEMBERSHIPS, "events": _events(),
             "touchpoints": TOUCHPOINTS}
    for table, body in files.items():
        ws.load(table, [str(write(root / f"{table}.csv", body))])
    with ws.app_state.session() as s:
        add_user(s, "admin@example.com", PASSWORD, "admin", name="Ada Admin")
        add_user(s, "csm@example.com", PASSWORD, "csm", name="Chika CSM")
        add_user(s, "csm2@example.com", PASSWORD, "csm")
        add_user(s, "viewer@example.com", PASSWORD, "viewer")
    return ws


def copied_world(factory: pytest.TempPathFactory, root: Path) -> Workspace:
    """`build_world`'s world in `root`: built once per test session and copied, since the tests change it
    (scores, alerts, tasks, users) and each needs its own."""
    copy_of_built(factory, "web-literal", lambda folder: build_world(folder).close(), root)
    return Workspace.open(root / "ws")


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, tmp_path_factory.mktemp("web"))
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def app(world: Workspace) -> object:
    return create_app(world)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def login(client: TestClient, email: str) -> TestClient:
    token = csrf_of(client)
    r = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return client


def signed_in_viewer(ws: Workspace, email: str) -> TestClient:
    """A viewer of `ws` (a shared world such as `town`: each test module its own address), signed in, English."""
    with ws.app_state.session() as s:
        add_user(s, email, PASSWORD, "viewer", replace=True)
    return login(TestClient(create_app(ws), raise_server_exceptions=False,  # type: ignore[arg-type]
                            headers={"Accept-Language": "en"}), email)


def chart_of(page: str, name: str) -> dict[str, Any]:
    """The Plotly figure a page embeds for the chart `name` (its JSON script element)."""
    found = re.search(rf'<script type="application/json" id="chart-{name}">(.*?)</script>', page, re.DOTALL)
    assert found, f"no chart {name}"
    return json.loads(found.group(1))  # type: ignore[no-any-return]


@pytest.fixture
def anon(app: object) -> TestClient:
    return TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"})  # type: ignore[arg-type]


@pytest.fixture
def admin(app: object) -> TestClient:
    return login(TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"}), "admin@example.com")  # type: ignore[arg-type]


@pytest.fixture
def csm(app: object) -> TestClient:
    return login(TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"}), "csm@example.com")  # type: ignore[arg-type]


@pytest.fixture
def viewer(app: object) -> TestClient:
    return login(TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"}), "viewer@example.com")  # type: ignore[arg-type]


def pattern(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text))
