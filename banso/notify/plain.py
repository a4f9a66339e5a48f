"""Messages that are not alerts: a playbook's e-mail and Slack steps, reminders of overdue tasks.

Their payload is the "message" kind (`banso.signals.playbooks.messages.message_payload`): a subject,
a text, an optional link, the account and who it is for. A playbook's webhook step sends a
"playbook_step" payload. Each sender turns them into its own format here; the outbox, retries and
signatures are the same as for alerts.
"""

from __future__ import annotations

import html
from email.message import EmailMessage
from typing import Any


def is_plain(payload: dict[str, Any]) -> bool:
    return payload.get("type") in ("message", "playbook_step")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_message(p: dict[str, Any]) -> dict[str, Any]:
    """A header with the subject, the text, and a link to the account when banso knows where it lives."""
    subject = str(p.get("subject") or p.get("playbook") or "banso")
    text = str(p.get("text") or "")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": subject[:150], "emoji": True}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _escape(text)[:3000] or " "}},
    ]
    if p.get("link"):
        name = _escape(str(p.get("account_name") or p.get("account_id") or ""))
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{p['link']}|{name}>"}]})
    return {"text": f"{subject} — {text}"[:3000], "blocks": blocks}


def webhook_body(key: str, p: dict[str, Any]) -> dict[str, Any]:
    kind = "playbook_step" if p.get("type") == "playbook_step" else str(p.get("kind") or "message")
    return {"type": kind, "delivery": key, "data": p}


def email_message(p: dict[str, Any], sender: str, to: list[str]) -> EmailMessage:
    """A plain-text and an HTML part with the same text (escaped: the text is never markup)."""
    msg = EmailMessage()
    msg["Subject"] = str(p.get("subject") or "banso")
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    text = str(p.get("text") or "")
    link = p.get("link")
    msg.set_content(text + (f"\n\n{link}" if link else ""))
    paragraphs = "".join(f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>" for part in text.split("\n\n"))
    anchor = f"<p><a href='{html.escape(link)}'>{html.escape(link)}</a></p>" if link else ""
    msg.add_alternative(f"<html><body>{paragraphs}{anchor}</body></html>", subtype="html")
    return msg
