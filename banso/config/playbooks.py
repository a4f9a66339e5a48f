"""Playbooks as code: the `playbooks:` and `templates:` sections of banso.yaml.

A playbook says when an account enters it (its trigger), which accounts it is for (the audience),
whether a person or automation works it (the route), the steps it walks with their offsets in days,
and when an account leaves early (exit). `target` is what "does it work?" measures
(`banso report playbooks`):

    templates:
      renewal_checkin:
        subject: {ja: "{account_name} 様: ご契約更新について", en: "{account_name}: about your renewal"}
        body: {ja: "担当の{owner}です。…", en: "This is {owner}, your CSM. …"}
    playbooks:
      renewal_rescue:
        trigger: {kind: alert, rule: renewal_risk}
        audience: {tiers: [Enterprise, Mid]}
        route: human
        steps:
          - task: {title: {ja: 更新前の面談を設定, en: Book a pre-renewal call}, due_days: 3, priority: high}
          - wait: 7
          - email: {template: renewal_checkin, destination: mail, to: owner}
          - condition: {stop_when: 'band == "good"'}
          - day: 21
            task: {title: {ja: 利用状況を確認, en: Review usage with the customer}}
        exit: {when: ['band == "good"'], after_days: 120}
        target: {metric: events}

Like the health model, a playbook has a version: a short hash of everything that decides what it
does (its definition and the templates it sends). Comments and key order do not change it; any
change of meaning does, and each enrolment records the version it started under.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from banso.config.labels import Label, both
from banso.config.rule_language import RuleError, parse
from banso.config.signals import Text

if TYPE_CHECKING:
    from banso.config.models import WorkspaceConfig
    from banso.config.yaml_source import YamlDocument

PLACEHOLDERS: dict[str, str] = {
    "account_name": "the account's name (its id when it has none)",
    "account_id": "the account's id",
    "owner": "the CSM in charge",
    "renewal_date": "the renewal date",
    "score": "the latest health score",
    "band": "the latest band (good, normal, bad)",
    "playbook": "the playbook's name",
    "link": "the account's page in banso (signals.base_url)",
    "day": "the day of the run",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NAME = r"^[a-z][a-z0-9_]{0,62}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _placeholders_known(text: str) -> str:
    unknown = sorted(set(_PLACEHOLDER.findall(text)) - set(PLACEHOLDERS))
    if unknown:
        raise ValueError(f"unknown placeholder {{{unknown[0]}}}; use: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}")
    return text


class Template(_Strict):
    """A message in both languages; `{placeholders}` are filled per account (see PLACEHOLDERS)."""

    subject: Text
    body: Text

    @model_validator(mode="after")
    def _known(self) -> Template:
        for text in (self.subject.ja, self.subject.en, self.body.ja, self.body.en):
            _placeholders_known(text)
        return self


# -- triggers --------------------------------------------------------------------------------------
class AlertTrigger(_Strict):
    """An alert of this rule is raised on the account (each alert enrols once)."""

    kind: Literal["alert"]
    rule: str = Field(min_length=1)


class BandTrigger(_Strict):
    """The account's band becomes this one at a weekly snapshot."""

    kind: Literal["band"]
    enters: Literal["good", "normal", "bad"]


class SegmentTrigger(_Strict):
    """The account enters a saved segment (shared with the team), looked at on each run."""

    kind: Literal["segment"]
    segment: str = Field(min_length=1, description="the saved segment's name")


class DateTrigger(_Strict):
    """A date comes near: the renewal, the end of the trial or the contract's anniversary."""

    kind: Literal["date"]
    field: Literal["renewal", "trial_end", "anniversary"]
    days_before: int = Field(ge=0, le=730)
    trial_days: int = Field(30, ge=1, le=365, description="trial_end: the trial's length from trial_started_at")


class MilestoneTrigger(_Strict):
    """An onboarding milestone (its key or name under `onboarding:`, or an event) is still missing N days after the start."""

    kind: Literal["milestone"]
    missing: str = Field(min_length=1)
    days_after: int = Field(ge=0, le=730)
    start: Literal["contract", "trial"] = "contract"


class ManualTrigger(_Strict):
    """Started by hand only, from the account page or `banso playbooks start`."""

    kind: Literal["manual"]


Trigger = Annotated[AlertTrigger | BandTrigger | SegmentTrigger | DateTrigger | MilestoneTrigger | ManualTrigger,
                    Field(discriminator="kind")]


class Audience(_Strict):
    """Which accounts the playbook is for; every list given must contain the account's value."""

    tiers: list[str] = Field(default_factory=list)
    plans: list[str] = Field(default_factory=list)
    owners: list[str] = Field(default_factory=list)
    segment: str | None = Field(None, description="only accounts in this saved segment")


# -- steps -----------------------------------------------------------------------------------------
class TaskStep(_Strict):
    title: Text
    due_days: int = Field(3, ge=0, le=365, description="due this many days after the step runs")
    priority: Literal["high", "medium", "low"] = "medium"


class EmailStep(_Strict):
    template: str
    destination: str = Field(description="an email destination under signals.destinations")
    to: Literal["owner", "admins"] | list[str] = Field(
        "owner", description="owner: the CSM (the destination's owners map); admins: the account's admin members; "
        "or a list of addresses")


class SlackStep(_Strict):
    template: str
    destination: str = Field(description="a slack destination under signals.destinations")


class WebhookStep(_Strict):
    destination: str = Field(description="a webhook destination under signals.destinations (signed with its secret)")


class ExportStep(_Strict):
    """The account joins the digital-route export under `segment` until its enrolment ends (exit.after_days)."""

    segment: str = Field(pattern=r"^[A-Za-z0-9_.:-]{1,64}$",
                         description="the export's segment name: the account joins the digital-route export under it")


class ConditionStep(_Strict):
    stop_when: str = Field(min_length=1, description="rule-language condition; the playbook ends when it holds")

    _parses = field_validator("stop_when")(lambda v: _parsed("condition", v))


ACTIONS = ("task", "email", "slack", "webhook", "export", "wait", "condition")


class Step(_Strict):
    """One step: exactly one action, run `day` days after enrolment (default: right after the step before)."""

    day: int | None = Field(None, ge=0, le=3650, description="days after enrolment")
    task: TaskStep | None = None
    email: EmailStep | None = None
    slack: SlackStep | None = None
    webhook: WebhookStep | None = None
    export: ExportStep | None = None
    wait: int | None = Field(None, ge=1, le=3650, description="days to wait before the next step")
    condition: ConditionStep | None = None

    @model_validator(mode="after")
    def _one_action(self) -> Step:
        given = [a for a in ACTIONS if getattr(self, a) is not None]
        if len(given) != 1:
            raise ValueError(f"a step has exactly one of {', '.join(ACTIONS)}" + (f" (got {', '.join(given)})"
                                                                                    if given else ""))
        if self.wait is not None and self.day is not None:
            raise ValueError("a wait step takes no `day`: it moves the steps after it")
        return self

    @property
    def action(self) -> str:
        return next(a for a in ACTIONS if getattr(self, a) is not None)


def _parsed(where: str, text: str) -> str:
    try:
        parse(where, text)
    except RuleError as exc:
        raise ValueError(str(exc)) from exc
    return text


class Exit(_Strict):
    """When an account leaves before its last step: a condition holds, or too many days have passed."""

    when: list[str] = Field(default_factory=list, description="rule-language conditions; any one ends the playbook")
    after_days: int | None = Field(None, ge=1, le=3650)

    @field_validator("when")
    @classmethod
    def _parse(cls, values: list[str]) -> list[str]:
        return [_parsed("exit", v) for v in values]


class Target(_Strict):
    """What the playbook is meant to move, as `banso report playbooks` measures it."""

    metric: Literal["events", "score"] = Field("events", description="events per week, or the health score")
    events: list[str] = Field(default_factory=list, description="events counted (empty: every qualifying event)")
    weeks: int = Field(8, ge=2, le=26, description="weeks compared before and after enrolment")


class Playbook(_Strict):
    label: Label | None = Field(None, description="its name for people (pages, tasks, notifications): one text, "
                                "or {ja: …, en: …}; the playbook's key when none")
    description: Label = Field("", description="what the playbook is for: one text, or {ja: …, en: …}")
    enabled: bool = True
    trigger: Trigger
    audience: Audience = Field(default_factory=Audience)
    route: Literal["human", "digital"] = Field("human", description="human: tasks go to the owner; digital: no person")
    steps: list[Step] = Field(min_length=1, max_length=50)
    exit: Exit = Field(default_factory=Exit)
    target: Target = Field(default_factory=Target)  # type: ignore[arg-type]

    @model_validator(mode="after")
    def _coherent(self) -> Playbook:
        if self.route == "digital" and any(s.task is not None for s in self.steps):
            raise ValueError("a digital playbook runs without a person: replace its task steps with e-mail, Slack, "
                             "webhook or export steps, or make its route human")
        if any(s.export is not None for s in self.steps) and self.exit.after_days is None:
            raise ValueError("a playbook with an export step needs exit.after_days: how long an account stays in "
                             "the export after it enrols")
        days = step_days(self.steps)
        for i in range(1, len(days)):
            if days[i] < days[i - 1]:
                raise ValueError(f"step {i + 1} runs on day {days[i]}, before step {i} (day {days[i - 1]}); "
                                 "steps run in order")
        return self


def step_days(steps: list[Step]) -> list[int]:
    """The day (after enrolment) each step runs: its `day`, else the previous step's day plus any wait."""
    out, cursor = [], 0
    for step in steps:
        if step.day is not None:
            cursor = step.day
        out.append(cursor)
        if step.wait is not None:
            cursor += step.wait
    return out


def templates_used(playbook: Playbook) -> list[str]:
    return sorted({s.email.template for s in playbook.steps if s.email} | {s.slack.template for s in playbook.steps
                                                                           if s.slack})


def playbook_version(playbook: Playbook, templates: dict[str, Template]) -> str:
    """A short hash of what decides what the playbook does: its definition and the templates it sends.

    The label and the description say what the playbook is called and is for, and do nothing, so they are left
    out: renaming it for people, rewording it, or giving either in both languages keeps the version (and the
    effect measured for it) whole, and a playbook without them keeps the version it always had."""
    definition = playbook.model_dump(mode="json", exclude={"label"}) | {"description": ""}
    payload = {"playbook": definition,
               "templates": {n: templates[n].model_dump(mode="json") for n in templates_used(playbook) if n in templates}}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def playbook_labels(playbooks: Mapping[str, Playbook]) -> dict[str, dict[str, str]]:
    """Each playbook's name for people in each language, by key: its label, else its key. A playbook gone from
    banso.yaml (an old enrolment's, an old task's) is not in it: callers name it by its key."""
    return {name: both(pb.label, name) for name, pb in playbooks.items()}


def step_ref(playbook: str, index: int) -> str:
    """How a task or a send names the playbook step that made it (`renewal_rescue step 1`: step `index` + 1)."""
    return f"{playbook} step {index + 1}"


def step_task_titles(playbooks: Mapping[str, Playbook]) -> dict[str, dict[str, str]]:
    """Each task step's title in each language, by its `step_ref`: a task the step made shows in the reader's
    language while it keeps the title the step gave it."""
    return {step_ref(name, i): {"ja": step.task.title.ja, "en": step.task.title.en}
            for name, pb in playbooks.items() for i, step in enumerate(pb.steps) if step.task is not None}


PlaybookName = Annotated[str, Field(pattern=_NAME)]

DESTINATION_KIND = {"email": "email", "slack": "slack", "webhook": "webhook"}


def check_playbooks(config: WorkspaceConfig, doc: YamlDocument | None) -> list[str]:
    """What a playbook names must exist: rules, destinations of the right kind, templates."""
    problems: list[str] = []

    def where(*loc: str | int) -> str:
        full = ("playbooks", *loc)
        place = doc.where(full) if doc is not None else "banso.yaml"
        return f"{place}: {'.'.join(str(p) for p in full)}"

    rules = config.signals.rules
    dests = config.signals.destinations
    for name, pb in config.playbooks.items():
        if isinstance(pb.trigger, AlertTrigger) and pb.trigger.rule not in rules:
            problems.append(f"{where(name, 'trigger', 'rule')}: no rule {pb.trigger.rule!r}; rules are: "
                            f"{', '.join(rules)}")
        for i, step in enumerate(pb.steps):
            action = step.action
            part = getattr(step, action)
            if action in DESTINATION_KIND:
                dest = dests.get(part.destination)
                if dest is None:
                    problems.append(f"{where(name, 'steps', i, action, 'destination')}: no destination "
                                    f"{part.destination!r} under signals.destinations; known: {', '.join(dests) or 'none'}")
                elif dest.kind != DESTINATION_KIND[action]:
                    problems.append(f"{where(name, 'steps', i, action, 'destination')}: {part.destination!r} is a "
                                    f"{dest.kind} destination; a {action} step needs a {DESTINATION_KIND[action]} one")
            if action in ("email", "slack") and part.template not in config.templates:
                problems.append(f"{where(name, 'steps', i, action, 'template')}: no template {part.template!r} "
                                f"under templates:; known: {', '.join(config.templates) or 'none'}")
    return problems
