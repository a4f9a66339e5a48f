"""Guessing passwords is throttled per account and per address, and never starves signed-in people."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from banso.web import create_app
from banso.web.signin import HashGate, SignInGuard
from banso.web.throttle import Policy, Throttle
from banso.workspace import Workspace
from tests.web.conftest import PASSWORD, csrf_of, login

# Small numbers so the test runs few Argon2 checks; the shipped policies differ only in their numbers.
FEW = Policy(free=3, window=900, first_wait=30, longest_wait=900)
MANY = Policy(free=100, window=900, first_wait=30, longest_wait=900)


def fresh_app(world: Workspace, guard: SignInGuard) -> FastAPI:
    """An app of its own, so its throttles start empty and other tests are not locked out."""
    app = create_app(world)
    app.state.signin = guard
    return app


def browser(app: FastAPI, address: str = "203.0.113.5") -> TestClient:
    return TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"}, client=(address, 50000))


def attempt(client: TestClient, email: str, password: str) -> object:
    return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf_of(client)},
                       follow_redirects=False)


def test_the_wait_grows_after_the_free_failures_and_lifts_with_time() -> None:
    now = [0.0]
    t = Throttle(FEW, clock=lambda: now[0])
    waits = []
    for _ in range(6):
        waits.append(t.wait("a"))
        t.failed("a")
    # failures 1-3 are free; the 4th attempt waits 30 s after the 3rd failure, then 60, 120 (no time passed here)
    assert waits == [0.0, 0.0, 0.0, 30.0, 60.0, 120.0]
    assert t.wait("b") == 0.0, "another key is not affected"
    now[0] = 200.0
    assert t.wait("a") == pytest.approx(0.0 + 240 - 200), "the wait counts from the last failure"
    now[0] = 901.0
    assert t.wait("a") == 0.0, "failures older than the window are forgotten"
    t.failed("c")
    t.succeeded("c")
    assert t._failures.get("c") is None


def test_an_account_is_locked_after_repeated_failures_even_for_the_right_password(world: Workspace) -> None:
    app = fresh_app(world, SignInGuard(account=FEW, address=MANY))
    guesser = browser(app)
    for _ in range(3):
        assert attempt(guesser, "csm2@example.com", "not the password").status_code == 401
    locked = attempt(guesser, "csm2@example.com", PASSWORD)
    assert locked.status_code == 429
    assert locked.headers["retry-after"] == "30"
    assert "Too many failed sign-ins for this account. Try again in 1 minute" in locked.text
    elsewhere = attempt(browser(app, "198.51.100.7"), "csm2@example.com", PASSWORD)
    assert elsewhere.status_code == 429, "the lock is on the account, wherever the guesses come from"
    ok = attempt(guesser, "viewer@example.com", PASSWORD)
    assert ok.status_code == 303, "other accounts sign in as usual"
    ja = browser(app)
    ja.headers["Accept-Language"] = "ja"
    page = attempt(ja, "csm2@example.com", PASSWORD)
    assert page.status_code == 429 and "サインインの失敗が続いたため" in page.text


def test_an_address_trying_many_accounts_is_locked_and_others_are_not(world: Workspace) -> None:
    app = fresh_app(world, SignInGuard(account=MANY, address=FEW))
    guesser = browser(app)
    for n in range(3):
        assert attempt(guesser, f"guess{n}@example.com", "not the password").status_code == 401
    locked = attempt(guesser, "viewer@example.com", PASSWORD)
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) == 30
    assert "Too many failed sign-ins from your network" in locked.text
    assert attempt(browser(app, "198.51.100.7"), "viewer@example.com", PASSWORD).status_code == 303


def test_wrong_api_tokens_from_an_address_get_429_with_retry_after(world: Workspace) -> None:
    app = fresh_app(world, SignInGuard(tokens=FEW))
    script = browser(app)
    for n in range(3):
        assert script.get("/api/me", headers={"Authorization": f"Bearer banso_guess{n}"}).status_code == 401
    r = script.get("/api/me", headers={"Authorization": "Bearer banso_guess9"})
    assert r.status_code == 429 and r.headers["retry-after"] == "30"
    assert r.json()["retry_after"] == 30 and "try again in 30 seconds" in r.json()["detail"]
    person = login(browser(app), "viewer@example.com")
    assert person.get("/api/me").status_code == 200, "people signing in from that address are not locked out"


def test_password_checks_wait_their_turn_while_signed_in_requests_go_ahead(world: Workspace) -> None:
    gate = HashGate(slots=1, queue=0, patience=0.1)
    app = fresh_app(world, SignInGuard(gate=gate))
    person = login(browser(app, "198.51.100.8"), "viewer@example.com")
    with gate.slot():  # a password check is running and nobody may queue behind it
        busy = attempt(browser(app), "csm@example.com", PASSWORD)
        assert busy.status_code == 429 and busy.headers["retry-after"] == "1"
        assert "checking many sign-ins at once" in busy.text
        assert person.get("/api/me").status_code == 200, "a signed-in request needs no password check"
    assert attempt(browser(app), "csm@example.com", PASSWORD).status_code == 303
