"""Overdue tasks are reminded through the alerts' outbox: once per task and due date, to the owner's address,
over a real SMTP server (STARTTLS and login) and a Slack-style receiver on 127.0.0.1."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from banso.appstate.tasks import TaskChange
from banso.notify.dispatch import deliver, queue_overdue_tasks
from banso.workspace import Workspace
from tests.notify.receivers import HttpReceiver, smtp_server
from tests.notify.test_delivery import with_destinations
from tests.web.conftest import copied_world


def test_an_overdue_task_is_reminded_once_per_due_date(tmp_path: Path,
                                                       tmp_path_factory: pytest.TempPathFactory) -> None:
    ws: Workspace = copied_world(tmp_path_factory, tmp_path)
    http = HttpReceiver()
    http.start()
    controller, box, cafile = smtp_server(tmp_path, "banso", "mail-password")
    env = {"SMTP_USER": "banso", "SMTP_PASSWORD": "mail-password"}
    cfg = with_destinations(ws.config, {
        "mail": {"kind": "email", "smtp_host": "127.0.0.1", "smtp_port": controller.port, "tls_cafile": str(cafile),
                 "username_env": "SMTP_USER", "password_env": "SMTP_PASSWORD", "sender": "banso@example.com",
                 "owners": {"佐藤": "sato@example.com"}, "routes": [], "overdue_tasks": True},
        "team": {"kind": "slack", "url": f"{http.url}/slack", "routes": [], "overdue_tasks": True},
        "quiet": {"kind": "slack", "url": f"{http.url}/quiet", "routes": []},  # takes no reminders
    })
    try:
        today = date(2026, 11, 20)
        at = datetime(2026, 11, 20, 9, 0)
        late = ws.create_task(None, account_id="A1", title="Send the QBR deck", due=date(2026, 11, 18))
        ws.create_task(None, account_id="A3", title="Not yet due", due=today)
        done = ws.create_task(None, account_id="A1", title="Already done", due=date(2026, 11, 1))
        ws.close_task(done.id, None, "done")

        assert queue_overdue_tasks(ws.app_state, cfg, at) == 2  # one task, two destinations
        assert queue_overdue_tasks(ws.app_state, cfg, at + timedelta(hours=1)) == 0, "queued once"
        sent = deliver(ws.app_state, cfg, env, at)
        assert (sent.sent, sent.failed) == (2, 0)
        [mail] = box.messages
        assert mail["To"] == "sato@example.com"
        assert mail["Subject"] == "[banso] 期限切れ: Send the QBR deck(Acme 株式会社、期限 2026-11-18)"
        assert "2日過ぎています" in mail.get_body(("plain",)).get_content()
        [slack] = [r for r in http.received if r.path == "/slack"]
        assert slack.json()["blocks"][0]["text"]["text"].startswith("[banso] 期限切れ: Send the QBR deck")
        assert deliver(ws.app_state, cfg, env, at + timedelta(minutes=5)).sent == 0

        ws.update_task(late.id, None, TaskChange(due=date(2026, 11, 19)))  # moved, and missed again
        assert queue_overdue_tasks(ws.app_state, cfg, at + timedelta(hours=2)) == 2
    finally:
        controller.stop()
        http.stop()
        ws.close()
