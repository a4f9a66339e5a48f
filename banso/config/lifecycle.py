"""Lifecycle phases (`lifecycle.phases` in banso.yaml): where each account stands — trial, onboarding, adoption…

Each phase has a condition in the rule language (`banso.config.rule_language`) over the account at a
date: its status then, days since its trial, contract or churn, days to renewal, the onboarding
milestones it has reached, its score and band, and any metric. An account's phase is the **first**
phase, in the order written, whose condition holds; the last phase has no condition (it takes every
account the others left), so each account is in exactly one phase at each date.

    lifecycle:
      phases:
        - {name: churned, when: 'status == "churned"'}
        - {name: trial, when: 'status == "trial"'}
        - {name: onboarding, when: 'days_since_contract < 90 and milestones_done < milestones_total'}
        - {name: renewal, when: 'days_to_renewal <= 90'}
        - {name: adoption}

A condition that reads a value the account does not have (no contract yet, a metric without data)
does not hold, so the account falls through to a later phase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from banso.config.rule_language import Binary, Call, In, Node, RuleError, Unary, names_in, parse

if TYPE_CHECKING:
    from banso.config.models import WorkspaceConfig
    from banso.config.yaml_source import YamlDocument

# The names a phase condition may read besides the metrics, with what they mean.
NAMES: dict[str, str] = {
    "status": "\"trial\", \"active\" or \"churned\" at the date (from the account's dates)",
    "tier": "tier", "plan": "plan", "owner": "the CSM in charge", "mrr": "monthly recurring revenue now",
    "seats": "contracted seats", "members": "members of the organization",
    "score": "health score (0–100) at the latest snapshot", "band": "\"good\", \"normal\" or \"bad\"",
    "days_since_trial": "days since the trial started", "days_since_contract": "days since the contract started",
    "days_since_churn": "days since the account churned", "days_to_renewal": "days until the renewal date",
    "milestones_done": "onboarding milestones reached (banso.yaml `onboarding`)",
    "milestones_total": "onboarding milestones configured",
    "days_since_last_milestone": "days since the latest milestone reached",
}
ALLOWED_FUNCTIONS = ("abs", "min", "max", "coalesce")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{0,39}$")


class Phase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="e.g. trial, onboarding, adoption, expansion, renewal, churned")
    when: str | None = Field(None, min_length=1, description="condition in the rule language; none: every account")
    description: str = Field("", max_length=200)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("a phase name starts with a letter and has letters, digits, _ and - (at most 40)")
        return value

    @field_validator("when")
    @classmethod
    def _parses(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse("phase", value)
            except RuleError as exc:
                raise ValueError(str(exc)) from None
        return value


def _default() -> list[Phase]:
    return [
        Phase(name="churned", when='status == "churned"', description="the account has left"),
        Phase(name="trial", when='status == "trial"', description="trying the product"),
        Phase(name="onboarding", when="days_since_contract < 90 and milestones_done < milestones_total",
              description="in its first 90 days, setup not finished"),
        Phase(name="renewal", when="days_to_renewal <= 90", description="renewal within 90 days"),
        Phase(name="expansion", when="seat_utilization >= 0.9", description="using nearly every seat"),
        Phase(name="adoption", description="everyone else: using the product day to day"),
    ]


class Lifecycle(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phases: list[Phase] = Field(default_factory=_default, min_length=1, max_length=20,
                                description="in order: an account is in the first phase whose condition holds")

    @model_validator(mode="after")
    def _one_phase_each(self) -> Lifecycle:
        names = [p.name for p in self.phases]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"phase {twice[0]!r} is named twice; each phase needs its own name")
        if self.phases[-1].when is not None:
            raise ValueError(f"the last phase ({self.phases[-1].name!r}) must have no `when`: it takes every account "
                             "the phases before it did not, so each account has exactly one phase")
        return self


def check_lifecycle(config: WorkspaceConfig, doc: YamlDocument | None) -> list[str]:
    """Names and functions each condition reads, checked against what a phase can see (file, line, key)."""
    from banso.config.builtin_metrics import BUILTIN_METRICS

    known = set(NAMES) | set(BUILTIN_METRICS) | set(config.metrics)
    problems = []
    for i, phase in enumerate(config.lifecycle.phases):
        if phase.when is None:
            continue
        place = doc.where(("lifecycle", "phases", i, "when")) if doc is not None else "lifecycle"
        tree = parse(phase.name, phase.when)
        unknown = sorted(names_in(tree) - known)
        if unknown:
            problems.append(f"{place}: lifecycle.phases[{i}].when: unknown name {unknown[0]!r}; a phase reads "
                            f"{', '.join(sorted(NAMES))} or a metric")
        for call in _calls(tree):
            if call not in ALLOWED_FUNCTIONS:
                problems.append(f"{place}: lifecycle.phases[{i}].when: {call}() needs score history; a phase may use "
                                f"{', '.join(f + '()' for f in ALLOWED_FUNCTIONS)}")
    return problems


def _calls(node: Node) -> set[str]:
    """Every function a condition calls."""
    match node:
        case Call(name=f, args=args):
            return {f}.union(*(_calls(a) for a in args))
        case Unary(operand=o) | In(operand=o):
            return _calls(o)
        case Binary(left=left, right=right):
            return _calls(left) | _calls(right)
    return set()
