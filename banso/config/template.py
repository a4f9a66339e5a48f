"""Write a new, fully commented `banso.yaml` from the template."""

from __future__ import annotations

from importlib import resources
from string import Template
from typing import Any

import yaml

EMPTY_SOURCES = """  # crm_accounts:
  #   table: accounts
  #   encoding: cp932
  #   columns:
  #     account_id: 取引先ID
  #     name: 取引先名
  #     mrr: 月額料金
  #     renewal_date: 契約更新日
  #     owner: 担当CSM
  # product_events:
  #   table: events
  #   columns:
  #     event_id: id
  #     ts: occurred_at
  #     user_id: member_id
  #     account_id: org_id
  #     event: action
  # product_users:
  #   table: users
  #   database:
  #     engine: postgres
  #     url: postgresql://reader@db.internal:5432/product   # password: BANSO_SOURCE_PRODUCT_USERS_URL
  #     table: public.app_users
  #   columns:
  #     user_id: id
  #     email: mail"""


def render(
    *,
    name: str,
    timezone: str = "Asia/Tokyo",
    currency: str = "JPY",
    language: str = "ja",
    sources: dict[str, dict[str, object]] | None = None,
    passive: list[str] | None = None,
    features: list[str] | None = None,
    key_actions: list[str] | None = None,
    event_labels: dict[str, dict[str, str]] | None = None,
    health: str | None = None,
    onboarding: dict[str, Any] | None = None,
    playbooks: str | None = None,
) -> str:
    """The text of a `banso.yaml`; values are YAML-quoted, so any name is safe.

    `health` is the text of the `metrics:` and `health:` sections (with their comments); the default
    is a model of built-in metrics that suits any product (templates/health_default.yaml). `playbooks`
    is the text of the `templates:` and `playbooks:` sections; the default is a commented example.
    """
    text = resources.files("banso.config").joinpath("templates/banso.yaml").read_text(encoding="utf-8")
    return Template(text).substitute(
        name=_scalar(name),
        timezone=_scalar(timezone),
        currency=_scalar(currency),
        language=_scalar(language),
        sources=_block(sources, 2) if sources else EMPTY_SOURCES,
        passive=_block({"passive": passive or []}, 2),
        features=_block({"features": features or []}, 2),
        key_actions=_block({"key_actions": key_actions or []}, 2),
        event_labels=_block({"labels": event_labels}, 2) if event_labels else EMPTY_EVENT_LABELS,
        health=(health or default_health_text()).rstrip("\n"),
        onboarding=_block({"onboarding": onboarding}, 0) if onboarding else EMPTY_ONBOARDING,
        playbooks=(playbooks or EMPTY_PLAYBOOKS).rstrip("\n"),
    )


EMPTY_EVENT_LABELS = """  labels: {}
  #  issue_created: {ja: 課題の作成, en: Issue created}
  #  login: Login                  # the same text in both languages"""


EMPTY_ONBOARDING = """onboarding: {}
# onboarding:
#   Invite a teammate: user_invited
#   Create the first issue: issue_created
#   integration:                  # written out, to name it in both languages
#     event: integration_connected
#     label: {ja: 連携を設定する, en: Connect an integration}"""


EMPTY_PLAYBOOKS = """# Playbooks: what happens, step by step, when an account enters a state (README: Playbooks).
# `banso playbooks check` validates them and says who would enter today; `banso playbooks run` runs
# the day (the service runs it daily); `banso report playbooks` measures whether each one works.
# Messages e-mail and Slack steps send, in both languages; {placeholders}: account_name, account_id,
# owner, renewal_date, score, band, playbook, link, day.
templates: {}
#  renewal_checkin:
#    subject: {ja: "{account_name} 様: ご契約更新について", en: "{account_name}: about your renewal"}
#    body: {ja: "担当の{owner}です。更新前に一度お話しさせてください。", en: "This is {owner}. Could we talk before your renewal?"}
playbooks: {}
#  renewal_rescue:
#    label: {ja: 更新前の立て直し, en: Renewal rescue}   # its name on pages, tasks and messages (else its key)
#    description: Accounts at risk ahead of their renewal get a call and a check-in mail.
#    trigger: {kind: alert, rule: renewal_risk}
#    # or {kind: band, enters: bad} | {kind: segment, segment: NAME} | {kind: manual}
#    #  | {kind: date, field: renewal | trial_end | anniversary, days_before: 60}
#    #  | {kind: milestone, missing: user_invited, days_after: 14, start: contract | trial}
#    audience: {tiers: [Enterprise, Mid]}      # also plans, owners, segment
#    route: human                              # human: tasks go to the owner | digital: no person
#    steps:                                    # each on its `day` after enrolment, or after the one before
#      - task: {title: {ja: 更新前の面談を設定, en: Book a pre-renewal call}, due_days: 3, priority: high}
#      - wait: 7
#      - email: {template: renewal_checkin, destination: mail, to: owner}   # to: owner | admins | [addresses]
#      - condition: {stop_when: 'band == "good"'}
#      - day: 21
#        task: {title: {ja: 利用状況を確認, en: Review usage with the customer}}
#      # also: slack: {template, destination} | webhook: {destination} | export: {segment: NAME}
#    exit: {when: ['band == "good"'], after_days: 120}
#    target: {metric: events, weeks: 8}        # events (or events: [names]) | score"""


def default_health_text() -> str:
    """The commented `metrics:` and `health:` sections a new workspace starts with."""
    return resources.files("banso.config").joinpath("templates/health_default.yaml").read_text(encoding="utf-8")


def _scalar(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True).strip().removesuffix("...").strip()


def _block(value: object, indent: int) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
    pad = " " * indent
    return "\n".join(pad + line for line in text.rstrip().splitlines())
