"""What a Slack message and a mail say about an alert: the rule by its label, the band and the severity in the
workspace's language; the webhook keeps the keys a program reads."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from banso.notify.messages import alert_payload, email_message, slack_message, webhook_body


def _alert() -> SimpleNamespace:
    return SimpleNamespace(id=7, rule="renewal_risk", as_of=date(2026, 11, 16), severity="high", route="human",
                           account_id="A1", account_name="株式会社サンプル", owner="佐藤", mrr=120000.0, score=31.5,
                           band="bad", priority=1.0, reason=lambda language: {"ja": "更新が近い", "en": "Renewal near"}[language])


def _facts(message: dict) -> dict[str, str]:  # type: ignore[type-arg]
    fields = next(b for b in message["blocks"] if b["type"] == "section" and "fields" in b)["fields"]
    return dict(f["text"].lstrip("*").split("*\n", 1) for f in fields)


def test_a_japanese_message_names_the_rule_band_and_severity_in_japanese() -> None:
    p = alert_payload(_alert(), "ja", "https://banso.example.com", "更新リスク")
    slack = slack_message(p)
    assert slack["blocks"][0]["text"]["text"] == "更新リスク: 株式会社サンプル"
    assert _facts(slack) == {"MRR": "120,000", "ヘルス帯": "要注意", "担当CSM": "佐藤", "重要度": "高"}
    mail = email_message(p, "banso@example.com", ["sato@example.com"])
    assert mail["Subject"] == "[banso] 更新リスク: 株式会社サンプル"
    text = mail.get_body(("plain",)).get_content()
    assert "ヘルス帯: 要注意" in text and "重要度: 高" in text and "bad" not in text and "high" not in text
    hook = webhook_body("alert:7", p)["alert"]
    assert (hook["rule"], hook["rule_label"], hook["band"], hook["severity"]) == ("renewal_risk", "更新リスク", "bad", "high")


def test_an_english_message_and_one_queued_before_rules_had_labels() -> None:
    p = alert_payload(_alert(), "en", None, "Renewal at risk")
    assert _facts(slack_message(p))["Band"] == "Bad" and _facts(slack_message(p))["Severity"] == "High"
    assert email_message(p, "banso@example.com", ["x@example.com"])["Subject"] == "[banso] Renewal at risk: 株式会社サンプル"
    old = {k: v for k, v in p.items() if k != "rule_label"}  # still waiting in the outbox when banso was upgraded
    assert slack_message(old)["blocks"][0]["text"]["text"] == "renewal_risk: 株式会社サンプル"
