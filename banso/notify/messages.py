"""What a notification says: the same alert as a Slack Block Kit message, a webhook body and a mail.

Texts are in the workspace's language; every message links to the account page when the
workspace says where the web app lives (`signals.base_url`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote

from banso.i18n import translations

LABELS = {
    "ja": {"mrr": "MRR", "band": "ヘルス帯", "owner": "担当CSM", "severity": "重要度", "open": "banso で開く",
           "workspace": "ワークスペース全体", "none": "—"},
    "en": {"mrr": "MRR", "band": "Band", "owner": "Owner", "severity": "Severity", "open": "Open in banso",
           "workspace": "whole workspace", "none": "—"},
}


def alert_payload(alert: Any, language: str, base_url: str | None, rule_label: str) -> dict[str, Any]:
    """The alert as plain data, frozen when it is queued (what every message is made from). `rule`, `band` and
    `severity` are keys for programs (a webhook's receiver); people read the rule's label and, in Slack and
    mail, the band and severity in the workspace's language."""
    link = None
    if base_url and alert.account_id != "*":
        link = f"{base_url.rstrip('/')}/accounts/{quote(alert.account_id, safe='')}"
    return {
        "id": alert.id, "rule": alert.rule, "rule_label": rule_label, "as_of": alert.as_of.isoformat(),
        "severity": alert.severity, "route": alert.route, "account_id": alert.account_id,
        "account_name": alert.account_name, "owner": alert.owner, "mrr": alert.mrr, "score": alert.score, "band": alert.band,
        "priority": alert.priority, "reason": alert.reason(language), "language": language, "link": link,
    }


def _mrkdwn(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _name(p: dict[str, Any]) -> str:
    if p["account_id"] == "*":
        return LABELS[p["language"]]["workspace"]
    return str(p["account_name"] or p["account_id"])


def _title(p: dict[str, Any]) -> str:
    """The rule for people (a payload queued before rules had labels has its key only) and the account."""
    return f"{p.get('rule_label') or p['rule']}: {_name(p)}"


def _facts(p: dict[str, Any]) -> list[tuple[str, str]]:
    """MRR, band, owner and severity, named and worded in the payload's language."""
    words = LABELS[p["language"]]
    word = translations(p["language"]).gettext
    return [(words["mrr"], _money(p["mrr"])),
            (words["band"], word(p["band"].capitalize()) if p["band"] else words["none"]),
            (words["owner"], p["owner"] or words["none"]),
            (words["severity"], word(p["severity"].capitalize()) if p["severity"] else words["none"])]


def slack_message(p: dict[str, Any]) -> dict[str, Any]:
    """Block Kit: a header, the reason with a link to the account, the facts, and where it came from."""
    words = LABELS[p["language"]]
    name = _name(p)
    title = _title(p)[:150]
    account = f"<{p['link']}|{_mrkdwn(name)}>" if p["link"] else f"*{_mrkdwn(name)}*"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": title, "emoji": True}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"{account}\n{_mrkdwn(p['reason'])}"}},
        {"type": "section", "fields": [
            {"type": "mrkdwn", "text": f"*{k}*\n{_mrkdwn(v)}"} for k, v in _facts(p)]},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": f"banso · {p['as_of']} · #{p['id']}"}]},
    ]
    if p["link"]:
        blocks.insert(3, {"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": words["open"]}, "url": p["link"]}]})
    return {"text": f"{title} — {p['reason']}", "blocks": blocks}


def webhook_body(key: str, p: dict[str, Any]) -> dict[str, Any]:
    return {"type": "alert", "delivery": key, "alert": p}


def email_message(p: dict[str, Any], sender: str, to: list[str]) -> EmailMessage:
    """A plain-text and an HTML part, the same content."""
    words = LABELS[p["language"]]
    name = _name(p)
    msg = EmailMessage()
    msg["Subject"] = f"[banso] {_title(p)}"
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    facts = _facts(p)
    text = [name, "", p["reason"], ""] + [f"{k}: {v}" for k, v in facts]
    if p["link"]:
        text += ["", f"{words['open']}: {p['link']}"]
    msg.set_content("\n".join(text))
    rows = "".join(f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in facts)
    link = f"<p><a href='{html.escape(p['link'])}'>{html.escape(words['open'])}</a></p>" if p["link"] else ""
    msg.add_alternative(
        f"<html><body><h2>{html.escape(name)}</h2><p>{html.escape(p['reason'])}</p><table>{rows}</table>{link}"
        f"<p style='color:#888'>banso · {html.escape(p['as_of'])} · #{p['id']}</p></body></html>",
        subtype="html",
    )
    return msg


DIGEST_WORDS = {
    "ja": {"subject": "本日の対応リスト", "intro": "影響するMRRの大きい順に、今週対応するアカウントです。", "none": "—"},
    "en": {"subject": "today's worklist", "intro": "The accounts to touch this week, most MRR at stake first.", "none": "—"},
}


def digest_payload(owner: str, day: str, touches: list[Any], language: str, base_url: str | None,
                   labels: Mapping[str, str]) -> dict[str, Any]:
    """A CSM's worklist for the day; each account's alerts as `rule: reason` lines, the rule by its label (`labels`,
    `banso.signals.rule_labels`), as a task made from an alert and the CRM's field read them."""
    items = []
    for t in touches:
        link = f"{base_url.rstrip('/')}/accounts/{quote(t.account_id, safe='')}" if base_url else None
        items.append({"account_id": t.account_id, "account_name": t.account_name, "mrr": t.mrr, "link": link,
                      "reasons": [f"{labels.get(a.rule, a.rule)}: {a.reason(language)}" for a in t.alerts]})
    return {"type": "digest", "owner": owner, "day": day, "language": language, "items": items}


def digest_message(p: dict[str, Any], sender: str, to: list[str]) -> EmailMessage:
    words = DIGEST_WORDS[p["language"]]
    msg = EmailMessage()
    msg["Subject"] = f"[banso] {p['owner']}: {words['subject']} ({p['day']})"
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    text = [words["intro"], ""]
    html_items = []
    for i, it in enumerate(p["items"], 1):
        name = it["account_name"] or it["account_id"]
        text.append(f"{i}. {name} (MRR {_money(it['mrr'])})" + (f" {it['link']}" if it["link"] else ""))
        text += [f"   - {r}" for r in it["reasons"]]
        title = f"<a href='{html.escape(it['link'])}'>{html.escape(name)}</a>" if it["link"] else html.escape(name)
        reasons = "".join(f"<li>{html.escape(r)}</li>" for r in it["reasons"])
        html_items.append(f"<li>{title} — MRR {_money(it['mrr'])}<ul>{reasons}</ul></li>")
    msg.set_content("\n".join(text))
    msg.add_alternative(f"<html><body><p>{html.escape(words['intro'])}</p><ol>{''.join(html_items)}</ol>"
                        f"<p style='color:#888'>banso · {html.escape(p['day'])}</p></body></html>", subtype="html")
    return msg
