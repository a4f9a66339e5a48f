"""Which events an insight counts: an event name (or any qualifying event) with property filters.

An analyst writes an event the way the builder and the command line show it:

    issue_created                         every issue_created event
    issue_created[plan = pro; size > 3]   …whose properties say so (all filters hold)
    *                                     any qualifying event: not one of `events.passive`

>>> m = parse_event("issue_created[plan = pro; source != api]")
>>> m.event, [f.text() for f in m.where]
('issue_created', ['plan = pro', 'source != api'])
>>> parse_event("*").event is None, parse_event("*").text()
(True, '*')

Filters compile to Ibis expressions over `events.properties` (JSON): `=`, `!=` and `~` (contains)
compare the value as text (a number 3 matches "3"), `<`, `<=`, `>`, `>=` as numbers, `set` and
`not set` test presence. A property that is missing never equals anything and is never a number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

import ibis
import ibis.expr.types as ir
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic.config import JsonDict

from banso.config.problems import located, plain_phrase
from banso.errors import BansoError, Phrase
from banso.i18n import N_
from banso.store.json_field import json_field

FilterOp = Literal["=", "!=", "~", "<", "<=", ">", ">=", "set", "not set"]
_OPS_BY_LENGTH: tuple[FilterOp, ...] = ("not set", "set", "!=", "<=", ">=", "=", "~", "<", ">")
_KEY = re.compile(r"^[A-Za-z0-9_$][A-Za-z0-9_$.\- ]{0,63}$")
NUMBER = re.compile(r"^[+-]?([0-9]{1,15}(\.[0-9]{0,15})?|\.[0-9]{1,15})([eE][+-]?[0-9]{1,2})?$")
"""A number a filter compares with: decimal digits, a point, an exponent (finite by its length)."""
ANY = "*"


class InsightError(BansoError):
    """An insight's definition is invalid; the message names the part and what would be valid."""


def kind_required(schema: JsonDict) -> None:
    """An insight spec's JSON schema: `kind` is required there (it tells the kinds apart in a posted or saved
    spec), though each spec class defaults its own."""
    required = schema.setdefault("required", [])
    if isinstance(required, list) and "kind" not in required:
        required.insert(0, "kind")


def _filter_shapes(schema: JsonDict) -> None:
    """The JSON schema of a filter says which values each op takes (as `_value_fits_op` checks)."""
    schema["anyOf"] = [
        {"required": ["op"], "properties": {"op": {"enum": ["set", "not set"]}, "value": {"type": "null"}}},
        {"required": ["op", "value"], "properties": {"op": {"enum": ["<", "<=", ">", ">="]},
                                                      "value": {"type": "string", "pattern": NUMBER.pattern}}},
        {"required": ["value"], "properties": {"op": {"enum": ["=", "!=", "~"]}, "value": {"type": "string"}}},
    ]


class PropertyFilter(BaseModel):
    """`key op value` over an event's properties, e.g. `plan = pro` or `seats >= 10`."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_filter_shapes)

    key: str = Field(description="property name", json_schema_extra={"pattern": _KEY.pattern})
    op: FilterOp = "="
    value: str | None = Field(None, max_length=200, description="compared as text (= != ~) or as a number (< <= > >=)")

    @field_validator("key")
    @classmethod
    def _key(cls, value: str) -> str:
        if not _KEY.fullmatch(value):
            raise ValueError(Phrase(N_("a property name has letters, digits, spaces and _ $ . - only (at most 64)")))
        return value

    @model_validator(mode="after")
    def _value_fits_op(self) -> PropertyFilter:
        if self.op in ("set", "not set"):
            if self.value is not None:
                raise ValueError(Phrase(N_("%(filter)s takes no value"), filter=f"`{self.key} {self.op}`"))
        elif self.value is None:
            raise ValueError(Phrase(N_("%(filter)s needs a value"), filter=f"`{self.key} {self.op}`"))
        elif self.op in ("<", "<=", ">", ">=") and not NUMBER.fullmatch(self.value):
            raise ValueError(Phrase(N_("%(filter)s: compare with a number such as 3, -0.5 or 1e6"),
                                    filter=f"`{self.key} {self.op} {self.value}`"))
        return self

    def text(self) -> str:
        return f"{self.key} {self.op}" + ("" if self.value is None else f" {self.value}")


class EventMatch(BaseModel):
    """An event name (None: any qualifying event) and the property filters it must pass."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event: str | None = Field(None, min_length=1, max_length=200, json_schema_extra={"pattern": r"^[^\[\];]*$"},
                              description="event name; empty or *: any qualifying event")
    where: tuple[PropertyFilter, ...] = Field((), max_length=10)

    @field_validator("event")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if value in ("", ANY):
            return None
        if any(c in value for c in "[];"):
            raise ValueError(Phrase(N_("an event name may not hold [ ] or ;")))
        return value

    def label(self, any_event: str = "any qualifying event") -> str:
        """How a title names it: the text, or `any_event` (in the reader's language: `words.event_label`)."""
        return any_event + (f" {self.filters()}" if self.where else "") if self.event is None else self.text()

    def text(self) -> str:
        """The form `parse_event` reads back."""
        return (self.event or ANY) + self.filters()

    def filters(self) -> str:
        """Its property filters as written after the name (`[plan = pro; seats > 10]`); empty without any."""
        return f"[{'; '.join(f.text() for f in self.where)}]" if self.where else ""


def parse_event(text: str) -> EventMatch:
    """Read `name[key op value; …]` (see the module docstring)."""
    source = text.strip()
    if not source:
        raise InsightError(N_("an event is empty; write its name, or * for any qualifying event"))
    name, bracket, rest = source.partition("[")
    filters: list[PropertyFilter] = []
    if bracket:
        if not rest.endswith("]"):
            raise InsightError(N_("%(event)s: the filters must close with ]"), event=repr(text))
        for part in re.split(r"[;,]", rest[:-1]):
            if part.strip():
                filters.append(parse_filter(part))
    try:
        return EventMatch(event=name.strip() or None, where=tuple(filters))
    except ValidationError as exc:
        raise InsightError("%(event)s: %(problem)s", event=repr(text), problem=first_error(exc)) from None


def parse_filter(text: str) -> PropertyFilter:
    """`key op value`, e.g. `plan = pro`, `seats >= 10`, `coupon set`."""
    source = text.strip()
    for op in _OPS_BY_LENGTH:
        if op in ("set", "not set"):
            if source.endswith(" " + op):
                return _filter(text, source[: -len(op)].strip(), op, None)
            continue
        key, found, value = source.partition(op)
        if found and key.strip():
            return _filter(text, key.strip(), op, value.strip())
    raise InsightError(N_("filter %(filter)s must read `key op value` with op one of %(ops)s"),
                       filter=repr(text.strip()), ops=", ".join(_OPS_BY_LENGTH))


def _filter(text: str, key: str, op: str, value: str | None) -> PropertyFilter:
    try:
        return PropertyFilter(key=key, op=op, value=value)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise InsightError(N_("filter %(filter)s: %(problem)s"), filter=repr(text.strip()), problem=first_error(exc)) from None


def first_error(exc: ValidationError) -> Phrase:
    """The first problem of a validation, `where: what is wrong`, worded by `config.problems` (and translatable)."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return located(where, plain_phrase(err))


# -- to Ibis ----------------------------------------------------------------------------------------
def event_condition(events: ir.Table, match: EventMatch, passive: tuple[str, ...]) -> ir.BooleanValue:
    """Whether a row of `events` is the event `match` describes."""
    if match.event is None:
        cond = events.event.notin(list(passive)) if passive else ibis.literal(True)
    else:
        cond = events.event == match.event
    for f in match.where:
        cond = cond & property_condition(events.properties, f)
    return cond  # type: ignore[no-any-return]


def property_condition(props: ir.Value, f: PropertyFilter) -> ir.BooleanValue:
    item = json_field(props, f.key)
    as_text = item.str.coalesce(item.cast("string"))
    if f.op == "set":
        return as_text.notnull() & (as_text != "null")  # type: ignore[no-any-return]
    if f.op == "not set":
        return as_text.isnull() | (as_text == "null")  # type: ignore[no-any-return]
    if f.op in ("=", "!=", "~"):
        value = f.value or ""
        if f.op == "~":
            return as_text.contains(value).fill_null(False)  # type: ignore[no-any-return]
        equal = (as_text == value).fill_null(False)
        return equal if f.op == "=" else ~equal  # type: ignore[no-any-return]
    number = item.float.coalesce(item.str.try_cast("float64"))
    bound = float(f.value or 0)
    compared = {"<": number < bound, "<=": number <= bound, ">": number > bound, ">=": number >= bound}[f.op]
    return compared.fill_null(False)  # type: ignore[no-any-return]


def by_tracked_names(match: EventMatch, named: Mapping[str, str]) -> EventMatch:
    """`match` with an event written by its name for people (`named`: label -> tracked name) named as tracked."""
    if match.event is None or match.event not in named:
        return match
    return match.model_copy(update={"event": named[match.event]})
