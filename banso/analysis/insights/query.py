"""An insight as URL query parameters and back: what makes the builder's views bookmarkable and shareable.

The builder page is a plain GET form, so every view of it is a URL; a saved insight keeps its spec
and is opened through the same URL. Parameters are flat — events and filters in the text form of
`parse_event` — and every value is validated into the spec, so a hand-edited URL gets the same
clear message as a bad option on the command line.

>>> spec = spec_from_query({"kind": ["funnel"], "step": ["signup", "issue_created[plan = pro]"], "window": ["7"]})
>>> spec.steps[1].where[0].value, spec.window
('pro', 7)
>>> dict(spec_to_query(spec))["window"]
'7'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

from banso.analysis.insights.events import InsightError, first_error, parse_event
from banso.analysis.insights.funnel import FunnelSpec
from banso.analysis.insights.groups import SegmentChoice, parse_breakdown
from banso.analysis.insights.retention import RetentionSpec
from banso.analysis.insights.trend import TrendSpec
from banso.config.problems import located, plain_phrase
from banso.errors import Phrase
from banso.i18n import N_

Spec = TrendSpec | FunnelSpec | RetentionSpec
KINDS = ("trend", "funnel", "retention")
_TRUE = ("1", "true", "on", "yes")


def spec_from_query(params: Mapping[str, Sequence[str] | str]) -> Spec:
    """Validate query parameters (each a value or a list) into the spec of `kind` (default: trend)."""

    def values(key: str) -> list[str]:
        raw = params.get(key, [])
        items = [raw] if isinstance(raw, str) else list(raw)
        return [v.strip() for v in items if v is not None and v.strip() != ""]

    def one(key: str) -> str | None:
        found = values(key)
        return found[-1] if found else None

    kind = one("kind") or "trend"
    if kind not in KINDS:
        raise InsightError(N_("unknown insight kind %(kind)s; use one of %(kinds)s"), kind=repr(kind), kinds=", ".join(KINDS))
    data: dict[str, Any] = {"kind": kind}
    breakdown = one("breakdown")
    if breakdown == "trait" and one("trait"):  # the builder's form names the trait in a field of its own
        breakdown = f"trait:{one('trait')}"
    if breakdown:
        data["breakdown"] = parse_breakdown(breakdown, _int(one("top"), "top") or 5)
    data["segments"] = tuple(_segment(v) for v in values("seg"))
    for key in ("as_of", "week_start"):
        if one(key):
            data[key] = one(key)
    if kind == "trend":
        _copy(data, one, ("measure", "metric", "aggregate", "interval"))
        if one("event"):
            data["event"] = parse_event(one("event") or "")
        _copy(data, one, (("from", "date_from"), ("to", "date_to")))
    elif kind == "funnel":
        data["steps"] = tuple(parse_event(s) for s in values("step"))
        _copy(data, one, ("actor", "window", "window_unit", "interval", ("from", "date_from"), ("to", "date_to")))
    else:
        _copy(data, one, ("actor", "period", "mode", "windows", "periods", ("from", "cohort_from"),
                          ("to", "cohort_to")))
        if one("start"):
            data["start"] = parse_event(one("start") or "")
        if one("return"):
            data["returns"] = parse_event(one("return") or "")
        if one("cumulative") is not None:
            data["cumulative"] = (one("cumulative") or "").lower() in _TRUE
    models: dict[str, type[Spec]] = {"trend": TrendSpec, "funnel": FunnelSpec, "retention": RetentionSpec}
    try:
        return models[kind].model_validate(data)
    except ValidationError as exc:
        raise InsightError(_message(exc)) from None


def spec_to_query(spec: Spec) -> list[tuple[str, str]]:
    """Query pairs that `spec_from_query` reads back into the same spec (defaults left out)."""
    pairs: list[tuple[str, str]] = [("kind", spec.kind)]
    names = {"date_from": "from", "date_to": "to", "cohort_from": "from", "cohort_to": "to", "returns": "return"}
    for field in type(spec).model_fields:
        if field in ("kind", "segments", "breakdown", "steps"):
            continue
        value = getattr(spec, field)
        if value is None or value == type(spec).model_fields[field].get_default(call_default_factory=True):
            continue
        key = names.get(field, field)
        if hasattr(value, "text"):
            pairs.append((key, value.text()))
        elif isinstance(value, bool):
            pairs.append((key, "1" if value else "0"))
        elif isinstance(value, date):
            pairs.append((key, value.isoformat()))
        else:
            pairs.append((key, str(value)))
    if isinstance(spec, FunnelSpec):
        pairs += [("step", s.text()) for s in spec.steps]
    if spec.breakdown is not None:
        pairs.append(("breakdown", spec.breakdown.text()))
        if spec.breakdown.top != 5:
            pairs.append(("top", str(spec.breakdown.top)))
    pairs += [("seg", "all" if s.saved is None else str(s.saved)) for s in spec.segments]
    return pairs


def _copy(data: dict[str, Any], one: Any, keys: Sequence[str | tuple[str, str]]) -> None:
    for key in keys:
        param, field = (key, key) if isinstance(key, str) else key
        value = one(param)
        if value is not None:
            data[field] = value


def _segment(value: str) -> SegmentChoice:
    if value == "all":
        return SegmentChoice()
    number = _int(value, "seg")
    if number is None or not 1 <= number <= 2**31 - 1:
        raise InsightError(N_("seg=%(value)s: give a saved segment's id (1 to 2147483647), or 'all' for every account"),
                           value=repr(value))
    return SegmentChoice(saved=number)


def _int(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise InsightError(N_("%(name)s=%(value)s: give a whole number"), name=name, value=repr(value)) from None


def _message(exc: ValidationError) -> Phrase:
    """The first problem, named as the query names it (`from`, `step`, …), in the words of `config.problems`."""
    names = {"date_from": "from", "date_to": "to", "cohort_from": "from", "cohort_to": "to", "returns": "return",
             "steps": "step"}
    err = exc.errors()[0]
    loc = [str(p) for p in err["loc"] if not isinstance(p, int)]
    where = ".".join(names.get(p, p) for p in loc)
    return located(where, plain_phrase(err)) if where else first_error(exc)
