"""Who an insight counts and how it splits them: segments side by side, and a breakdown by an account property.

A **segment** is a saved segment or the filters of the accounts list (`SegmentSpec`); an insight may
set up to four side by side (no segment: every account). A **breakdown** splits each segment by an
account property — tier, plan, owner, status, health band, lifecycle phase or a trait — at the date
pages are seen at; the `top` values by size are kept and the rest are added up as "other"; accounts
without a value read "(none)". A property is single-valued, so counts of distinct actors add up over
the values folded into "other".

>>> parse_breakdown("trait:industry").by, parse_breakdown("trait:industry").trait
('trait', 'industry')
>>> fold({"SMB": 5, "Mid": 3, "Enterprise": 1, None: 2}, top=2)
{'SMB': 'SMB', 'Mid': 'Mid', 'Enterprise': 'other', None: 'other'}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from typing import Literal, TypeVar

import ibis
import ibis.expr.types as ir
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from banso.analysis.insights.events import InsightError, first_error
from banso.analysis.segments import apply_segment
from banso.config.segment import SegmentSpec
from banso.errors import Phrase, UnavailableError
from banso.i18n import N_
from banso.store import Store

BreakdownBy = Literal["tier", "plan", "owner", "status", "band", "phase", "trait"]
BREAKDOWNS: tuple[str, ...] = ("tier", "plan", "owner", "status", "band", "phase", "trait")
OTHER = "other"
NONE = "(none)"
ALL = "all"
K = TypeVar("K", bound=Hashable)
_TRAIT = re.compile(r"^[A-Za-z0-9_$][A-Za-z0-9_$.\- ]{0,63}$")


class Breakdown(BaseModel):
    """Split by an account property, keeping the `top` largest values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    by: BreakdownBy
    trait: str | None = Field(None, description="the trait's name (by = trait)")
    top: int = Field(5, ge=1, le=25, description="values kept; the rest are added up as 'other'")

    @field_validator("trait")
    @classmethod
    def _trait(cls, value: str | None) -> str | None:
        if value is not None and not _TRAIT.match(value):
            raise ValueError(Phrase(N_("a trait name has letters, digits, spaces and _ $ . - only (at most 64)")))
        return value

    @model_validator(mode="after")
    def _trait_iff_trait(self) -> Breakdown:
        if (self.by == "trait") != (self.trait is not None):
            raise ValueError(Phrase(N_("name the trait as trait:NAME") if self.by == "trait"
                                    else N_("only a trait breakdown names a trait")))
        return self

    def text(self) -> str:
        return f"trait:{self.trait}" if self.by == "trait" else self.by


def parse_breakdown(text: str, top: int = 5) -> Breakdown:
    """`tier`, `plan`, `owner`, `status`, `band`, `phase` or `trait:NAME`."""
    by, _, trait = text.strip().partition(":")
    if by not in BREAKDOWNS:
        raise InsightError(N_("cannot break down by %(text)s; use one of %(choices)s or trait:NAME"), text=repr(text),
                           choices=", ".join(BREAKDOWNS[:-1]))
    try:
        return Breakdown(by=by, trait=trait.strip() or None, top=top)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise InsightError(N_("breakdown %(text)s: %(problem)s"), text=repr(text), problem=first_error(exc)) from None


class SegmentChoice(BaseModel):
    """One segment of an insight: a saved segment (`saved`, resolved by the workspace) or filters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str | None = Field(None, max_length=120)
    saved: int | None = Field(None, ge=1, le=2**31 - 1, description="a saved segment's id (at most 2147483647)")
    filters: SegmentSpec = Field(default_factory=SegmentSpec)

    def name(self) -> str:
        if self.label:
            return self.label
        return ", ".join(self.filters.describe()) or "all accounts"


def fold(sizes: Mapping[K, int], top: int) -> dict[K, str]:
    """Each raw value's group: itself for the `top` largest (ties by name), 'other' for the rest.

    A missing value (None) is a value like any other, named "(none)".
    """
    ranked = sorted(sizes, key=lambda k: (-sizes[k], k is None, str(k)))
    kept = set(ranked[:top])
    return {k: (NONE if k is None else str(k)) if k in kept else OTHER for k in sizes}


def group_order(groups: Mapping[str, int]) -> list[str]:
    """Groups largest first, then "(none)" and "other" last."""
    tail = [g for g in (NONE, OTHER) if g in groups]
    head = sorted((g for g in groups if g not in (NONE, OTHER)), key=lambda g: (-groups[g], g))
    return head + tail


# -- to Ibis ----------------------------------------------------------------------------------------
def account_values(store: Store, facts: Callable[[], ir.Table], breakdown: Breakdown | None) -> ir.Table | None:
    """(account_id, value) for the breakdown's property, as text; None without a breakdown."""
    if breakdown is None:
        return None
    if breakdown.by == "trait":
        acc = store.table("accounts")
        item = acc.traits[breakdown.trait]  # type: ignore[index]
        return acc.select("account_id", value=item.str.coalesce(item.cast("string")))
    if breakdown.by in ("band", "phase"):
        t = facts()
        if breakdown.by not in t.columns:
            raise UnavailableError(N_("no %(by)s is known for the accounts yet"), by=breakdown.by)
        return t.select("account_id", value=t[breakdown.by].cast("string"))
    acc = store.table("accounts")
    return acc.select("account_id", value=acc[breakdown.by].cast("string"))


def segment_accounts(facts: Callable[[], ir.Table], segments: tuple[SegmentChoice, ...]) -> ir.Table | None:
    """(account_id, segment): the accounts of each segment, numbered from 0; None without segments."""
    if not segments:
        return None
    t = facts()
    # over_time: an account that churned since was a customer in the periods an insight counts
    parts = [apply_segment(t, s.filters, over_time=True).select("account_id", segment=ibis.literal(i, type="int64"))
             for i, s in enumerate(segments)]
    out = parts[0]
    for part in parts[1:]:
        out = out.union(part)
    return out


def with_groups(rows: ir.Table, store: Store, facts: Callable[[], ir.Table] | None,
                breakdown: Breakdown | None, segments: tuple[SegmentChoice, ...]) -> ir.Table:
    """`rows` (with an `account_id` column) restricted to the segments, with `segment` and raw `value` columns.

    An account in two segments appears once in each; without segments `segment` is 0 for every row.
    """
    if ((breakdown is not None and breakdown.by in ("band", "phase")) or segments) and facts is None:
        raise InsightError(N_("segments and breakdowns by band or phase need the accounts facts table"))
    members = segment_accounts(facts, segments) if facts is not None else None
    rows = rows.mutate(segment=ibis.literal(0, type="int64")) if members is None else rows.join(members, "account_id")
    values = account_values(store, facts, breakdown) if breakdown is not None else None  # type: ignore[arg-type]
    if values is None:
        return rows.mutate(value=ibis.null("string"))
    values = values.rename(_acct="account_id")
    joined = rows.left_join(values, rows.account_id == values._acct)
    return joined.drop("_acct")
