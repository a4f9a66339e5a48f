"""Notifications arrive, exactly once, even when a receiver was down; exports replace the segment whole.

Real receivers on loopback: an HTTP server (Slack's incoming-webhook format and a signed JSON webhook)
and an SMTP server that requires STARTTLS and a login.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from banso.appstate.outbox import Delivery, attempts
from banso.config.models import WorkspaceConfig
from banso.config.signals import Destination
from banso.notify.dispatch import deliver, queue_alerts
from banso.notify.exports import export_segment
from banso.outbound import signature
from banso.signals.alerts import run
from banso.signals.worklist import Touch, route
from banso.values import utc_now
from banso.workspace import Workspace
from tests.notify.receivers import HttpReceiver, smtp_server
from tests.signals.test_indicators import AS_OF, world  # noqa: F401 - the literal world fixture

SECRET = "hook-secret-for-tests"


def with_destinations(config: WorkspaceConfig, dests: dict[str, dict[str, object]]) -> WorkspaceConfig:
    signals = config.signals.model_copy(update={
        "destinations": {n: Destination.model_validate(d) for n, d in dests.items()},
        "base_url": "https://banso.example.com",
    })
    return config.model_copy(update={"signals": signals})


def test_every_notification_arrives_exactly_once(world: Workspace, tmp_path: Path) -> None:  # noqa: F811
    http = HttpReceiver()
    controller, box, cafile = smtp_server(tmp_path, "banso", "mail-password")
    env = {"HOOK_SECRET": SECRET, "SMTP_USER": "banso", "SMTP_PASSWORD": "mail-password"}
    cfg = with_destinations(world.config, {
        "slack": {"kind": "slack", "url": f"{http.url}/slack", "routes": ["human"], "min_severity": "high"},
        "crm": {"kind": "webhook", "url": f"{http.url}/hook", "secret_env": "HOOK_SECRET", "routes": ["digital"]},
        "mail": {"kind": "email", "smtp_host": "127.0.0.1", "smtp_port": controller.port, "tls_cafile": str(cafile),
                 "username_env": "SMTP_USER", "password_env": "SMTP_PASSWORD", "sender": "banso@example.com",
                 "owners": {"sato": "sato@example.com"}, "routes": ["human"]},
    })
    try:
        created = run(world.store, world.app_state, cfg, AS_OF).created
        assert created
        t0 = utc_now()
        first = deliver(world.app_state, cfg, env, at=t0)  # the HTTP receiver is down
        assert first.sent > 0 and first.failed > 0  # mail went out, Slack and the webhook failed
        assert all("ConnectError" in e for e in first.errors)
        assert deliver(world.app_state, cfg, env, at=t0 + timedelta(seconds=5)).sent == 0  # backing off
        http.start()
        later = deliver(world.app_state, cfg, env, at=t0 + timedelta(minutes=2))
        assert later.failed == 0 and later.sent == first.failed
        assert deliver(world.app_state, cfg, env, at=t0 + timedelta(hours=3)).sent == 0  # nothing twice
        assert queue_alerts(world.app_state, cfg) == 0  # sweeping again queues nothing new
    finally:
        http.stop()
        controller.stop()

    keys = Counter(r.headers["x-banso-delivery"] for r in http.received)
    assert keys and set(keys.values()) == {1}, "each delivery arrives exactly once"
    slack = [r.json() for r in http.received if r.path == "/slack"]
    assert slack
    for message in slack:
        kinds = [b["type"] for b in message["blocks"]]
        assert kinds[0] == "header" and kinds[1] == "section" and "context" in kinds
        assert "https://banso.example.com/accounts/" in message["blocks"][1]["text"]["text"]
        assert message["text"]
    hooks = [r for r in http.received if r.path == "/hook"]
    assert hooks and all(r.json()["alert"]["route"] == "digital" for r in hooks)
    for r in hooks:
        stamp = r.headers["x-banso-timestamp"]
        assert r.headers["x-banso-signature"] == "v1=" + signature(SECRET, stamp, r.body)
    # Mail: one per human alert owned by sato, over STARTTLS with a login, plain and HTML parts.
    with world.app_state.session() as s:
        sato = s.query(Delivery).filter(Delivery.destination == "mail").all()
        mailed = [d for d in sato if d.payload["owner"] == "sato"]
        assert all(d.status == "sent" for d in sato)
        assert all(len(attempts(s, d.id)) == 1 for d in mailed)
        slack_tries = [len(attempts(s, d.id)) for d in s.query(Delivery).filter(Delivery.destination == "slack")]
        assert slack_tries and set(slack_tries) == {2}  # failed once while down, then sent
    assert len(box.messages) == len(mailed) and box.messages
    assert all(tls and user == "banso" for tls, user in box.sessions)
    m = box.messages[0]
    assert m["To"] == "sato@example.com" and m["Subject"].startswith("[banso] ")
    assert sorted(p.get_content_type() for p in m.walk() if not p.is_multipart()) == ["text/html", "text/plain"]


def test_notifications_to_one_receiver_share_a_connection(world: Workspace) -> None:  # noqa: F811
    """A round of deliveries is not a TLS set-up and a new connection per message: the process's one client
    keeps the connection to a receiver that keeps it open (HTTP/1.1, as Slack does) for the next message."""
    http = HttpReceiver(keep_alive=True)
    cfg = with_destinations(world.config, {
        "slack": {"kind": "slack", "url": f"{http.url}/slack", "routes": ["human", "digital"]},
        "crm": {"kind": "webhook", "url": f"{http.url}/hook", "secret_env": "HOOK_SECRET", "routes": ["digital"]},
    })
    http.start()
    try:
        assert run(world.store, world.app_state, cfg, AS_OF).created
        done = deliver(world.app_state, cfg, {"HOOK_SECRET": SECRET}, at=utc_now())
        assert done.failed == 0 and done.sent == len(http.received) >= 3
        assert {r.path for r in http.received} == {"/slack", "/hook"}
        assert len({r.peer for r in http.received}) == 1, [r.peer for r in http.received]
    finally:
        http.stop()


def test_wrong_smtp_password_is_recorded_and_retried(world: Workspace, tmp_path: Path) -> None:  # noqa: F811
    controller, box, cafile = smtp_server(tmp_path, "banso", "right")
    cfg = with_destinations(world.config, {
        "mail": {"kind": "email", "smtp_host": "127.0.0.1", "smtp_port": controller.port, "tls_cafile": str(cafile),
                 "username_env": "U", "password_env": "P", "sender": "banso@example.com", "to": ["cs@example.com"]},
    })
    try:
        run(world.store, world.app_state, cfg, AS_OF)
        r = deliver(world.app_state, cfg, {"U": "banso", "P": "wrong"})
    finally:
        controller.stop()
    assert r.sent == 0 and r.failed > 0 and not box.messages
    assert "535" in r.errors[0] and "wrong" not in r.errors[0]  # the error says why, never the secret
    missing = deliver(world.app_state, cfg, {}, at=utc_now() + timedelta(hours=2))
    assert "environment variable U is not set" in missing.errors[0]


def test_the_digital_segment_is_exported_whole(world: Workspace, tmp_path: Path) -> None:  # noqa: F811
    db = tmp_path / "crm.sqlite"
    cfg = with_destinations(world.config, {
        "ma": {"kind": "csv", "path": "exports/digital.csv", "routes": ["digital"]},
        "warehouse": {"kind": "sql", "url_env": "CRM_DB", "routes": ["digital"]},
    })
    cfg = cfg.model_copy(update={"signals": cfg.signals.model_copy(update={"capacity_per_csm": 1})})
    run(world.store, world.app_state, cfg, AS_OF)
    from banso.appstate.alerts import listing

    with world.app_state.session() as s:
        lists = route(listing(s, today=AS_OF, statuses=("open",)), 1)
    expected = sorted(t.account_id for t in lists.automation)
    assert expected, "the literal world has digital-route, unowned or overflow accounts"
    for _ in range(2):  # a second export replaces the first
        results = export_segment(cfg, world.root, lists.automation, {"CRM_DB": f"sqlite:///{db}"})
        assert {r.destination: r.rows for r in results} == {"ma": len(expected), "warehouse": len(expected)}
    lines = (world.root / "exports" / "digital.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("segment,account_id") and sorted(x.split(",")[1] for x in lines[1:]) == expected
    with sqlite3.connect(db) as con:
        got = sorted(r[0] for r in con.execute("SELECT account_id FROM banso_segment_membership"))
    assert got == expected
    assert not list((world.root / "exports").glob(".*.tmp")), "no half-written file is left behind"


def test_incomplete_destinations_are_refused() -> None:
    with pytest.raises(ValueError, match="needs url or url_env"):
        Destination.model_validate({"kind": "slack"})
    with pytest.raises(ValueError, match="needs `to` addresses or an `owners` map"):
        Destination.model_validate({"kind": "email", "smtp_host": "h", "sender": "a@b.c"})
    assert json.dumps(Destination.model_validate({"kind": "csv", "path": "x.csv"}).routes) == '["human"]'


def test_each_csm_gets_one_daily_digest(world: Workspace, tmp_path: Path) -> None:  # noqa: F811
    from banso.notify.dispatch import queue_digests

    controller, box, cafile = smtp_server(tmp_path, "banso", "pw")
    cfg = with_destinations(world.config, {
        "digest": {"kind": "email", "smtp_host": "127.0.0.1", "smtp_port": controller.port, "tls_cafile": str(cafile),
                   "username_env": "U", "password_env": "P", "sender": "banso@example.com", "digest": True,
                   "owners": {"sato": "sato@example.com", "suzuki": "suzuki@example.com"}},
    })
    env = {"U": "banso", "P": "pw"}
    try:
        run(world.store, world.app_state, cfg, AS_OF)
        assert queue_alerts(world.app_state, cfg) == 0, "a digest destination gets no per-alert mail"
        assert queue_digests(world.app_state, cfg, "2026-03-02") == 2
        assert deliver(world.app_state, cfg, env).sent == 2
        assert queue_digests(world.app_state, cfg, "2026-03-02") == 0  # once per CSM and day
    finally:
        controller.stop()
    by_to = {m["To"]: m for m in box.messages}
    assert set(by_to) == {"sato@example.com", "suzuki@example.com"}
    text = by_to["sato@example.com"].get_body(("plain",)).get_content()
    assert "Drop KK" in text and "Quiet KK" in text and "利用量が自社の平常時" in text  # the workspace language
    assert "   - 利用の急減: 利用量が自社の平常時" in text, "each alert led by its rule's label, as its task and the CRM say"
    assert text.index("Drop KK") < text.index("Quiet KK")  # most MRR at stake first


def test_the_exported_segment_never_starts_a_spreadsheet_formula(tmp_path: Path) -> None:
    cfg = with_destinations(WorkspaceConfig.model_validate({"name": "t"}),
                            {"ma": {"kind": "csv", "path": "digital.csv", "routes": ["digital"]}})
    touches = [Touch("A1", '=HYPERLINK("http://evil.example","open")', "@owner", 100.0, 1.0),
               Touch("-A2", "Acme", None, None, 0.5)]
    export_segment(cfg, tmp_path, touches, {})
    rows = list(csv.DictReader((tmp_path / "digital.csv").open(encoding="utf-8")))
    assert [(r["account_id"], r["account_name"], r["owner"]) for r in rows] == [
        ("A1", '\'=HYPERLINK("http://evil.example","open")', "'@owner"), ("'-A2", "Acme", "")]
