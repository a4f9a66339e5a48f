"""What a playbook's e-mail and Slack steps send: a template filled for one account, as an outbox payload.

A template is written in both languages; the workspace's `language` picks one. Placeholders are
filled by name from a fixed list (`banso.config.playbooks.PLACEHOLDERS`); a value is text, never code,
so a customer called "{owner}" stays that name.

>>> fill("{account_name}: renewal on {renewal_date}", {"account_name": "Acme", "renewal_date": "2026-12-20"})
'Acme: renewal on 2026-12-20'

The payload is the "message" kind the senders of `banso.notify` understand: a subject, a text, an
optional link and who it is for (the owner, through a destination's owners map, or addresses).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import quote

from banso.config.playbooks import Template
from banso.signals.playbooks.state import AccountStates

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each `{name}` with its value in one pass (a value is never read for placeholders again)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def account_link(base_url: str | None, account_id: str) -> str | None:
    return f"{base_url.rstrip('/')}/accounts/{quote(account_id, safe='')}" if base_url else None


def placeholder_values(states: AccountStates, account_id: str, playbook: str, day: date, base_url: str | None,
                       renewal: date | None) -> dict[str, str]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    score = states.value(account_id, "score")
    return {
        "account_name": text(states.value(account_id, "name") or account_id),
        "account_id": account_id,
        "owner": text(states.value(account_id, "owner")),
        "renewal_date": text(renewal),
        "score": "" if score is None else f"{float(score):.0f}",  # type: ignore[arg-type]
        "band": text(states.value(account_id, "band")),
        "playbook": playbook,
        "link": text(account_link(base_url, account_id)),
        "day": day.isoformat(),
    }


def message_payload(kind: str, subject: str, text: str, *, language: str, account_id: str | None,
                    account_name: str | None, owner: str | None, link: str | None, to: list[str] | None = None,
                    **extra: Any) -> dict[str, Any]:
    """A plain message for the outbox: `to` lists addresses; without it, mail goes to the owner's address."""
    return {"type": "message", "kind": kind, "subject": subject, "text": text, "language": language,
            "account_id": account_id, "account_name": account_name, "owner": owner, "link": link,
            "to": list(to or []), **extra}


def templated(template: Template, language: str, values: dict[str, str]) -> tuple[str, str]:
    subject = template.subject.ja if language == "ja" else template.subject.en
    body = template.body.ja if language == "ja" else template.body.en
    return fill(subject, values), fill(body, values)
