"""A segment's definition: validated account filters, as URL parameters or stored JSON.

A segment is what a CS Ops analyst builds in the web app's accounts list: "Enterprise accounts in
the Bad band renewing within 90 days whose active rate is below 30 %". It travels as URL query
parameters (so it can be bookmarked), is validated into a `SegmentSpec` and is kept as its JSON in
the application state. The definition is declared here, beside the rest of what a user writes and
banso validates, so the application state can store it without depending on the analyses;
`banso.analysis.segments` compiles it to Ibis expressions (never to SQL text).

>>> spec = parse_segment({"tier": ["Enterprise"], "band": ["bad"], "m": ["active_rate_28d:<:0.3"]})
>>> spec.metrics[0].op
'<'
>>> parse_segment({"m": ["active_rate_28d:<:30%"]}).metrics[0].value
0.3
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from banso.config.problems import described_phrases
from banso.errors import BansoError, Phrase
from banso.i18n import N_

Band = Literal["good", "normal", "bad", "none"]
Op = Literal["<", "<=", ">", ">=", "=", "!="]
OPS: tuple[Op, ...] = ("<", "<=", ">", ">=", "=", "!=")
METRIC_PREFIX = "m__"
"""Metric columns of the facts table are named `m__<metric>`, apart from the fixed columns."""
_METRIC_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_LIST_KEYS = ("tier", "plan", "band", "owner", "status", "phase")


class SegmentError(BansoError):
    """A segment filter is invalid; the message names the field and what would be valid."""


class MetricFilter(BaseModel):
    """`metric op value`, e.g. `active_rate_28d < 0.3`, or `active_rate_28d < 30%` as the list shows it.

    `value` is always the metric's own value (0.3); `percent` remembers that it was given in percent, so
    the URL and the summary say it the way it was written.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    metric: str
    op: Op
    value: float
    percent: bool = Field(False, description="the value was given in percent (`value` holds the fraction)")

    @field_validator("metric")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _METRIC_NAME.match(value):
            raise ValueError(Phrase(N_("a metric name has letters, digits and underscores only")))
        return value

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError(Phrase(N_("the value must be a finite number")))
        return value

    def shown_value(self) -> str:
        """The value as written: `30%` for a percent, `0.3` otherwise."""
        return f"{round(100 * self.value, 6):g}%" if self.percent else f"{self.value:g}"

    def token(self) -> str:
        """The URL form `metric:op:value` (`active_rate_28d:<:30%`)."""
        return f"{self.metric}:{self.op}:{self.shown_value()}"


class SegmentSpec(BaseModel):
    """Every filter of the segment builder; empty fields filter nothing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    q: str | None = Field(None, max_length=200, description="text contained in the account name, or an account id "
                                                         "(both in any case)")
    tier: list[str] = Field(default_factory=list, max_length=50)
    plan: list[str] = Field(default_factory=list, max_length=50)
    band: list[Band] = Field(default_factory=list, max_length=4)
    owner: list[str] = Field(default_factory=list, max_length=200)
    status: list[Literal["trial", "active", "churned"]] = Field(
        default_factory=list, max_length=3,
        description="empty: every account but the churned ones (choose churned to see them), unless phases or "
                    "accounts say whom to show")
    phase: list[str] = Field(default_factory=list, max_length=20, description="lifecycle phases (banso.yaml)")
    score_min: float | None = Field(None, ge=0, le=100)
    score_max: float | None = Field(None, ge=0, le=100)
    renewal_within: int | None = Field(None, ge=0, le=3650, description="renewal date within N days of as_of")
    metrics: list[MetricFilter] = Field(default_factory=list, max_length=20)
    accounts: list[str] = Field(default_factory=list, max_length=1000,
                                description="these accounts only, by id (e.g. those a funnel step lost)")

    @field_validator("tier", "plan", "owner", "phase", "accounts")
    @classmethod
    def _short(cls, values: list[str]) -> list[str]:
        if any(len(v) > 200 for v in values):
            raise ValueError(Phrase(N_("a value may have at most 200 characters")))
        return list(dict.fromkeys(v for v in values if v != ""))

    def is_empty(self) -> bool:
        return self == SegmentSpec()

    @property
    def leaves_out_churned(self) -> bool:
        """Whether a list of accounts leaves the churned ones out: no status is chosen, and neither lifecycle
        phases (one of them may be `churned`) nor account ids (those a funnel step lost) say whom to show."""
        return not (self.status or self.phase or self.accounts)

    def to_query(self) -> list[tuple[str, str]]:
        """URL query pairs that `parse_segment` reads back into the same spec."""
        pairs: list[tuple[str, str]] = []
        if self.q:
            pairs.append(("q", self.q))
        for key in _LIST_KEYS:
            pairs += [(key, v) for v in getattr(self, key)]
        for key in ("score_min", "score_max", "renewal_within"):
            value = getattr(self, key)
            if value is not None:
                pairs.append((key, f"{value:g}" if isinstance(value, float) else str(value)))
        pairs += [("m", f.token()) for f in self.metrics]
        pairs += [("account", a) for a in self.accounts]
        return pairs

    def describe(self) -> list[str]:
        """Short human-readable parts, e.g. ['tier: Enterprise', 'active_rate_28d < 0.3']."""
        parts = [f"“{self.q}”"] if self.q else []
        parts += [f"{key}: {', '.join(getattr(self, key))}" for key in _LIST_KEYS if getattr(self, key)]
        if self.score_min is not None or self.score_max is not None:
            parts.append(f"score {self.score_min if self.score_min is not None else 0:g}–"
                         f"{self.score_max if self.score_max is not None else 100:g}")
        if self.renewal_within is not None:
            parts.append(f"renewal ≤ {self.renewal_within}d")
        parts += [f"{f.metric} {f.op} {f.shown_value()}" for f in self.metrics]
        if self.accounts:
            parts.append(f"accounts: {', '.join(self.accounts[:3])}" + (f" … ({len(self.accounts)})"
                                                                        if len(self.accounts) > 3 else ""))
        return parts


def parse_segment(params: Mapping[str, Sequence[str] | str], metrics: Iterable[str] | None = None) -> SegmentSpec:
    """Validate query parameters (each a value or a list of values) into a spec.

    `metrics` is the set of metric names the workspace knows; a filter on any other name is refused.
    Unknown parameters are ignored here (paging and sorting share the URL).
    """

    def values(key: str) -> list[str]:
        raw = params.get(key, [])
        items = [raw] if isinstance(raw, str) else list(raw)
        return [v.strip() for v in items if v is not None and v.strip() != ""]

    def one(key: str) -> str | None:
        items = values(key)
        return items[-1] if items else None

    data: dict[str, object] = {key: values(key) for key in _LIST_KEYS}
    data["band"] = [v.lower() for v in values("band")]
    for key in ("q", "score_min", "score_max", "renewal_within"):
        data[key] = one(key)
    data["metrics"] = [_metric_token(t) for t in values("m")]
    data["accounts"] = values("account")
    try:
        spec = SegmentSpec.model_validate(data)
    except ValidationError as exc:
        raise SegmentError(_message(exc)) from None
    if metrics is not None:
        known = set(metrics)
        unknown = [f.metric for f in spec.metrics if f.metric not in known]
        if unknown:
            if not known:
                raise SegmentError(N_("unknown metric %(name)s; no metric is computed yet"), name=repr(unknown[0]))
            raise SegmentError(N_("unknown metric %(name)s; use one of: %(known)s"), name=repr(unknown[0]),
                               known=", ".join(sorted(known)))
    return spec


def segment_from_json(data: object, metrics: Iterable[str] | None = None) -> SegmentSpec:
    """A spec from its stored JSON form (the model's own dump)."""
    try:
        spec = SegmentSpec.model_validate(data)
    except ValidationError as exc:
        raise SegmentError(_message(exc)) from None
    if metrics is not None:
        known = set(metrics)
        for f in spec.metrics:
            if f.metric not in known:
                raise SegmentError(N_("unknown metric %(name)s"), name=repr(f.metric))
    return spec


def _metric_token(token: str) -> dict[str, object]:
    parts = token.split(":")
    if len(parts) != 3:
        raise SegmentError(N_("metric filter %(token)s must read metric:op:value, e.g. active_rate_28d:<:0.3"),
                           token=repr(token))
    name, op, value = (p.strip() for p in parts)
    if op not in OPS:
        raise SegmentError(N_("metric filter %(token)s: unknown comparison %(op)s; use one of %(ops)s"),
                           token=repr(token), op=repr(op), ops=" ".join(OPS))
    if value.endswith("%"):  # as the list shows a share: 30% is 0.3
        try:
            return {"metric": name, "op": op, "value": float(value[:-1].strip()) / 100, "percent": True}
        except ValueError:
            raise SegmentError(N_("metric filter %(token)s: %(value)s is not a number of percent, e.g. 30%%"),
                               token=repr(token), value=repr(value)) from None
    return {"metric": name, "op": op, "value": value}


def _message(exc: ValidationError) -> Phrase:
    problems = described_phrases(exc.errors())
    listed = Phrase("; ".join(f"%(p{i})s" for i in range(len(problems))), **{f"p{i}": p for i, p in enumerate(problems)})
    return Phrase(N_("invalid filter — %(problems)s"), problems=listed)
