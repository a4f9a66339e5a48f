"""Playbooks as the Playbooks page, the API and `banso playbooks list` show them: each definition with its
version and counts, and each enrolment with the step it is on and what its steps did and sent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import Field

from banso.appstate.playbooks import Enrollment, StepRun
from banso.config.labels import both
from banso.config.playbooks import AlertTrigger, MilestoneTrigger, Playbook, step_days
from banso.config.signals import Rule
from banso.config.web import Milestone, find_milestone
from banso.values import Moment


@dataclass(frozen=True)
class StepItem:
    number: int
    day: Annotated[int, Field(description="days after enrolment")]
    action: Annotated[str, Field(description="task, email, slack, webhook, export, wait or condition")]
    detail: dict[str, Any]


@dataclass(frozen=True)
class PlaybookSummary:
    name: str
    label: Annotated[dict[str, str], Field(description="its name for people, in each language (the key when none)")]
    description: Annotated[dict[str, str], Field(description="what the playbook is for, in each language")]
    enabled: bool
    version: Annotated[str, Field(description="hash of the definition and its templates")]
    trigger: dict[str, Any]
    audience: dict[str, Any]
    route: str
    steps: list[StepItem]
    exit: dict[str, Any]
    target: dict[str, Any]
    active: int
    completed: int
    exited: int
    versions: Annotated[list[str], Field(description="every version seen, oldest first")]


@dataclass(frozen=True)
class StepRunItem:
    number: int
    action: str
    day: date
    outcome: Annotated[str, Field(description="done, skipped, stopped or continued")]
    detail: str | None
    ref: Annotated[str | None, Field(description="the task, the delivery key or the export segment")]
    delivery: Annotated[str | None, Field(description="for what was sent: pending, sent or failed")]
    at: Moment


@dataclass(frozen=True)
class EnrollmentItem:
    id: int
    playbook: str
    playbook_label: Annotated[dict[str, str], Field(description="the playbook's name for people, in each language")]
    version: str
    current_version: bool
    account_id: str
    account_name: str | None
    owner: str | None
    trigger: str
    occurrence: str
    enrolled_on: date
    started_by: str | None
    status: Annotated[str, Field(description="active, completed or exited")]
    next_step: Annotated[int | None, Field(description="the number of the next step (None once ended)")]
    steps: int
    next_due: date | None
    exit_reason: str | None
    ended_on: date | None
    runs: list[StepRunItem]
    can_stop: bool


@dataclass(frozen=True)
class PlaybookList:
    playbooks: list[PlaybookSummary]


@dataclass(frozen=True)
class PlaybookPage:
    playbook: PlaybookSummary
    enrollments: Annotated[list[EnrollmentItem], Field(description="this page's enrolments, newest first")]
    shown: Annotated[int, Field(description="enrolments on this page")]
    total: Annotated[int, Field(description="enrolments with the status asked for, on every page")]
    sent: Annotated[dict[str, int], Field(description="this page's steps run, by action and outcome (e.g. 'email done')")]
    page: int = 1
    pages: int = 1
    per_page: int = 100


def summary(name: str, pb: Playbook, version: str, counts: dict[str, int], versions: list[str],
            milestones: dict[str, str | Milestone] | None = None,
            rules: Mapping[str, Rule] | None = None) -> PlaybookSummary:
    """A playbook as listed; a milestone trigger also names its milestone in each language (`missing_label`), an
    alert trigger its rule (`rule_label`)."""
    days = step_days(pb.steps)
    steps = []
    for i, (step, day) in enumerate(zip(pb.steps, days, strict=True)):
        part = getattr(step, step.action)
        detail = {"days": part} if step.action == "wait" else part.model_dump(mode="json")
        steps.append(StepItem(i + 1, day, step.action, detail))
    trigger = pb.trigger.model_dump(mode="json")
    if isinstance(pb.trigger, MilestoneTrigger):
        trigger["missing_label"] = find_milestone(milestones or {}, pb.trigger.missing)[1]
    if isinstance(pb.trigger, AlertTrigger):
        rule = (rules or {}).get(pb.trigger.rule)
        trigger["rule_label"] = both(rule.label if rule else None, pb.trigger.rule)
    return PlaybookSummary(
        name=name, label=both(pb.label, name), description=both(pb.description, ""), enabled=pb.enabled,
        version=version, trigger=trigger,
        audience=pb.audience.model_dump(mode="json", exclude_defaults=True),
        route=pb.route, steps=steps, exit=pb.exit.model_dump(mode="json", exclude_defaults=True),
        target=pb.target.model_dump(mode="json"), active=counts.get("active", 0),
        completed=counts.get("completed", 0), exited=counts.get("exited", 0), versions=versions)


def enrollment_item(e: Enrollment, runs: list[StepRun], steps: int, current: str | None, can_stop: bool,
                    deliveries: dict[str, str], label: dict[str, str]) -> EnrollmentItem:
    """`label`: the playbook's name for people in each language (`both(playbook.label, key)`)."""
    return EnrollmentItem(
        id=e.id, playbook=e.playbook, playbook_label=label, version=e.version, current_version=e.version == current,
        account_id=e.account_id, account_name=e.account_name, owner=e.owner, trigger=e.trigger,
        occurrence=e.occurrence, enrolled_on=e.enrolled_on, started_by=e.started_by, status=e.status,
        next_step=e.step + 1 if e.status == "active" else None, steps=steps, next_due=e.next_due,
        exit_reason=e.exit_reason, ended_on=e.ended_on,
        runs=[StepRunItem(r.step + 1, r.kind, r.day, r.outcome, r.detail, r.ref,
                          deliveries.get(r.ref) if r.ref else None, r.at) for r in runs],
        can_stop=can_stop and e.status == "active")
