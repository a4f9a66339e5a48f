"""An admin disables, enables and removes people, on the settings page and with `banso user`; a disabled
person's sessions and API tokens are refused at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from banso.appstate.auth import add_user, create_token, find_user, list_users
from banso.appstate.segments import SavedSegment, save_segment
from banso.cli import app as cli
from banso.config.segment import SegmentSpec
from banso.web import create_app
from banso.web.session import COOKIE
from banso.workspace import Workspace
from tests.web.conftest import PASSWORD, csrf_of, login


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    with workspace.app_state.session() as s:
        add_user(s, "admin@example.com", PASSWORD, "admin")
        csm = add_user(s, "csm@example.com", PASSWORD, "csm")
        save_segment(s, csm, "Team renewals", SegmentSpec(tier=["SMB"]), shared=True)
        save_segment(s, csm, "My notes", SegmentSpec(tier=["Mid"]))
    return workspace


@pytest.fixture
def app(ws: Workspace) -> FastAPI:
    return create_app(ws)


def signed_in(app: FastAPI, email: str, lang: str = "en") -> TestClient:
    return login(TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": lang}), email)


def token_of(ws: Workspace, email: str) -> dict[str, str]:
    with ws.app_state.session() as s:
        user = find_user(s, email)
        assert user is not None
        _, plain = create_token(s, user, "script")
    return {"Authorization": f"Bearer {plain}"}


def post(client: TestClient, path: str, **form: str) -> object:
    return client.post(path, data={"csrf_token": csrf_of(client, "/settings"), **form}, follow_redirects=False)


def test_an_admin_disables_and_enables_a_person_on_the_settings_page(app: FastAPI, ws: Workspace) -> None:
    admin, csm = signed_in(app, "admin@example.com"), signed_in(app, "csm@example.com")
    script = TestClient(app, raise_server_exceptions=False, headers=token_of(ws, "csm@example.com"))
    captured = TestClient(app, raise_server_exceptions=False, cookies={COOKIE: csm.cookies[COOKIE]})
    assert script.get("/api/me").status_code == 200 and captured.get("/api/me").status_code == 200

    r = post(admin, "/settings/users/active", email="csm@example.com", active="false")
    assert r.status_code == 303
    page = admin.get("/settings").text
    assert "csm@example.com is disabled: 1 session(s) signed out; their 1 API token(s) are refused" in page
    assert captured.get("/api/me").status_code == 401, "the session ended at once"
    assert script.get("/api/me").status_code == 401, "the token is refused while disabled"
    assert csm.get("/", follow_redirects=False).status_code == 303
    refused = csm.post("/login", data={"email": "csm@example.com", "password": PASSWORD,
                                       "csrf_token": csrf_of(csm)}, follow_redirects=False)
    assert refused.status_code == 401, "a disabled person cannot sign in"

    assert post(admin, "/settings/users/active", email="csm@example.com", active="true").status_code == 303
    assert "csm@example.com can sign in again" in admin.get("/settings").text
    assert script.get("/api/me").status_code == 200, "enabling brings the tokens back"
    assert signed_in(app, "csm@example.com").get("/api/me").status_code == 200


def test_an_admin_removes_a_person_and_keeps_what_they_shared(app: FastAPI, ws: Workspace) -> None:
    admin = signed_in(app, "admin@example.com", lang="ja")
    script = TestClient(app, raise_server_exceptions=False, headers=token_of(ws, "csm@example.com"))
    assert "完全に削除" in admin.get("/settings").text
    assert post(admin, "/settings/users/remove", email="csm@example.com").status_code == 303
    assert "共有セグメント 1 件はあなたに引き継がれました" in admin.get("/settings").text
    assert script.get("/api/me").status_code == 401
    with ws.app_state.session() as s:
        assert [u.email for u in list_users(s)] == ["admin@example.com"]
        names = {seg.name: seg.owner_id for seg in s.query(SavedSegment)}
        admin_id = find_user(s, "admin@example.com").id  # type: ignore[union-attr]
    assert names == {"Team renewals": admin_id}, "the shared segment stays with the team; the private one is gone"


def test_only_admins_change_access_and_never_their_own_or_the_last_admin(app: FastAPI, ws: Workspace) -> None:
    admin, csm = signed_in(app, "admin@example.com"), signed_in(app, "csm@example.com")
    assert post(csm, "/settings/users/active", email="admin@example.com", active="false").status_code == 403
    assert post(csm, "/settings/users/remove", email="admin@example.com").status_code == 403
    own = post(admin, "/settings/users/active", email="admin@example.com", active="false")
    assert own.status_code == 400 and "your own login" in own.text  # type: ignore[attr-defined]
    in_japanese = post(signed_in(app, "admin@example.com", lang="ja"), "/settings/users/active",
                       email="admin@example.com", active="false")
    assert in_japanese.status_code == 400  # type: ignore[attr-defined]
    assert "自分のログインは無効化・削除できません。別の管理者が行えます" in in_japanese.text  # type: ignore[attr-defined]
    refused = post(signed_in(app, "csm@example.com", lang="ja"), "/settings/users/remove", email="admin@example.com")
    assert refused.status_code == 403  # type: ignore[attr-defined]
    assert "この操作には「管理者」のロールが必要です（現在のロール: CSM）" in refused.text  # type: ignore[attr-defined]
    assert post(admin, "/settings/users/remove", email="nobody@example.com").status_code == 404
    assert admin.get("/api/me").status_code == 200


def test_the_command_line_disables_enables_and_removes(ws: Workspace, tmp_path: Path) -> None:
    run = CliRunner()
    root = str(ws.root)
    script = TestClient(create_app(ws), raise_server_exceptions=False, headers=token_of(ws, "csm@example.com"))

    result = run.invoke(cli, ["user", "disable", "csm@example.com", "-w", root])
    assert result.exit_code == 0 and "disabled csm@example.com: 0 session(s) signed out" in result.output
    assert script.get("/api/me").status_code == 401
    assert "disabled" in run.invoke(cli, ["user", "list", "-w", root]).output
    result = run.invoke(cli, ["user", "enable", "csm@example.com", "-w", root])
    assert result.exit_code == 0 and script.get("/api/me").status_code == 200

    last = run.invoke(cli, ["user", "disable", "admin@example.com", "-w", root])
    assert last.exit_code == 1 and "the only active admin" in str(last.exception)
    keep = run.invoke(cli, ["user", "remove", "csm@example.com", "--yes", "-w", root])
    assert keep.exit_code == 1 and "--hand-over-to EMAIL" in str(keep.exception), "shared segments need an heir"
    asked = run.invoke(cli, ["user", "remove", "csm@example.com", "--hand-over-to", "admin@example.com", "-w", root],
                       input="n\n")
    assert asked.exit_code == 1 and "Remove csm@example.com" in asked.output
    gone = run.invoke(cli, ["user", "remove", "csm@example.com", "--hand-over-to", "admin@example.com", "--yes",
                            "-w", root])
    assert gone.exit_code == 0, gone.output
    assert "1 API token(s) and 1 private segment(s) deleted; 1 shared segment(s) now belong to admin@example.com" \
        in " ".join(gone.output.split())
    assert script.get("/api/me").status_code == 401
