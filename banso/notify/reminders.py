"""What a reminder of an overdue task says, in the workspace's language.

>>> from types import SimpleNamespace
>>> from datetime import date
>>> task = SimpleNamespace(id=7, title="Call Acme", account_id="A1", account_name="Acme", owner="佐藤",
...                        due=date(2026, 11, 20), priority="high")
>>> overdue_payload(task, date(2026, 11, 23), "en", None)["subject"]
'[banso] Overdue: Call Acme (Acme, due 2026-11-20)'
"""

from __future__ import annotations

from datetime import date
from typing import Any

from banso.signals.playbooks.messages import account_link, message_payload

WORDS = {
    "ja": {"subject": "[banso] 期限切れ: {title}({account}、期限 {due})",
           "text": "{account} のタスク「{title}」は期限({due})を{days}日過ぎています。担当: {owner}"},
    "en": {"subject": "[banso] Overdue: {title} ({account}, due {due})",
           "text": "The task “{title}” for {account} is {days} day(s) past its due date ({due}). Owner: {owner}"},
}


def overdue_payload(task: Any, today: date, language: str, base_url: str | None) -> dict[str, Any]:
    words = WORDS.get(language, WORDS["en"])
    values = {"title": task.title, "account": task.account_name or task.account_id, "due": str(task.due),
              "days": str((today - task.due).days), "owner": task.owner or "—"}
    return message_payload("task_overdue", words["subject"].format(**values), words["text"].format(**values),
                           language=language, account_id=task.account_id, account_name=task.account_name,
                           owner=task.owner, link=account_link(base_url, task.account_id), task=task.id,
                           due=str(task.due), priority=task.priority)
