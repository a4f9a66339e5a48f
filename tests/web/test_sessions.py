"""Sessions end when they should: a copied cookie dies with sign-out, a disabled login or a new password, and
nothing readable in app.db lets another local user make one."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer

from banso.appstate.access import set_active
from banso.appstate.auth import add_user
from banso.web import create_app
from banso.web.session import COOKIE
from banso.workspace import Workspace
from tests.web.conftest import PASSWORD, csrf_of, login


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def client_with(app: object, cookie: str) -> TestClient:
    """A different browser holding a copy of someone's session cookie."""
    return TestClient(app, raise_server_exceptions=False, cookies={COOKIE: cookie})  # type: ignore[arg-type]


def what_another_user_reads(db: Path) -> tuple[str, int, list[str]]:
    """Everything a local user who can read app.db takes from it: the signing key, the admin's id, session rows."""
    with sqlite3.connect(db) as con:
        key = con.execute("select value from web_settings where key = 'session_key'").fetchone()[0]
        uid = con.execute("select id from app_users where role = 'admin'").fetchone()[0]
        digests = [row[0] for row in con.execute("select token_hash from web_sessions")]
    return key, uid, digests


def forged_cookies(key: str, uid: int, digests: list[str]) -> list[str]:
    signer = URLSafeTimedSerializer(key, salt="banso.session")
    return [signer.dumps({"uid": uid, "epoch": 0}), *(signer.dumps({"sid": d}) for d in digests)]


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    with workspace.app_state.session() as s:
        add_user(s, "admin@example.com", PASSWORD, "admin")
        add_user(s, "csm@example.com", PASSWORD, "csm")
    return workspace


def test_app_db_is_created_private_and_its_contents_cannot_forge_a_session(ws: Workspace) -> None:
    db = ws.root / "app.db"
    assert mode(db) == 0o600, "only the owner may read the sign-in secrets"
    app = create_app(ws)
    signed_in = login(TestClient(app, raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
    assert signed_in.get("/api/me").json()["role"] == "admin"
    # Even with the file in hand (a backup, a careless copy), the key signs no session: the cookie must
    # name a live session, and app.db holds only digests of those.
    for cookie in forged_cookies(*what_another_user_reads(db)):
        assert client_with(app, cookie).get("/api/me").status_code == 401


def test_a_world_readable_app_db_is_tightened_and_what_it_exposed_stops_working(
        ws: Workspace, caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(ws)
    signed_in = login(TestClient(app, raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
    copied = signed_in.cookies[COOKIE]
    db = ws.root / "app.db"
    os.chmod(db, 0o644)  # as an older banso created it
    exposed = what_another_user_reads(db)
    ws.close()
    with caplog.at_level(logging.WARNING, logger="banso.appstate"):
        reopened = Workspace.open(ws.root)
        app = create_app(reopened)
    try:
        assert mode(db) == 0o600
        assert "could be read by other users" in caplog.text and "everyone signs in again" in caplog.text
        assert what_another_user_reads(db)[0] != exposed[0], "the exposed signing key was replaced"
        for cookie in [copied, *forged_cookies(*exposed)]:
            assert client_with(app, cookie).get("/api/me").status_code == 401
        again = login(TestClient(app, raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
        assert again.get("/api/me").status_code == 200
    finally:
        reopened.close()


def test_a_cookie_replayed_after_sign_out_is_refused(ws: Workspace) -> None:
    app = create_app(ws)
    browser = login(TestClient(app, raise_server_exceptions=False), "csm@example.com")  # type: ignore[arg-type]
    captured = browser.cookies[COOKIE]
    assert client_with(app, captured).get("/api/me").status_code == 200, "the copy works while signed in"
    r = browser.post("/logout", data={"csrf_token": csrf_of(browser, "/settings")}, follow_redirects=False)
    assert r.status_code == 303
    assert client_with(app, captured).get("/api/me").status_code == 401
    page = client_with(app, captured).get("/accounts", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_disabling_a_user_or_a_new_password_ends_their_sessions(ws: Workspace) -> None:
    app = create_app(ws)
    first = login(TestClient(app, raise_server_exceptions=False), "csm@example.com")  # type: ignore[arg-type]
    captured = first.cookies[COOKIE]
    with ws.app_state.session() as s:
        change = set_active(s, "csm@example.com", False)
    assert change.sessions_ended == 1
    assert client_with(app, captured).get("/api/me").status_code == 401
    with ws.app_state.session() as s:
        set_active(s, "csm@example.com", True)
    assert client_with(app, captured).get("/api/me").status_code == 401, "enabling does not revive old sessions"

    second = login(TestClient(app, raise_server_exceptions=False), "csm@example.com")  # type: ignore[arg-type]
    captured = second.cookies[COOKIE]
    with ws.app_state.session() as s:
        add_user(s, "csm@example.com", "a brand new passphrase", "csm", replace=True)
    assert client_with(app, captured).get("/api/me").status_code == 401


def test_signing_in_again_ends_the_session_the_browser_had(ws: Workspace) -> None:
    app = create_app(ws)
    browser = login(TestClient(app, raise_server_exceptions=False), "csm@example.com")  # type: ignore[arg-type]
    first = browser.cookies[COOKIE]
    login(browser, "admin@example.com")  # the same browser, another login
    assert client_with(app, first).get("/api/me").status_code == 401
    assert browser.get("/api/me").json()["email"] == "admin@example.com"
