"""How an insight's events, figures and series are named in the reader's language.

The results keep English names (`TrendResult.label`, `RetentionResult.start_label`, `EventMatch.label()`)
for the JSON twin, which scripts read; the pages, the terminal tables and the CSV files name the same
things from the spec through the catalogue (read under `i18n.using`), so a Japanese page or file says
対象となる任意のイベント where the JSON says "any qualifying event". Event names and property filters are
data and stay as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from banso import event_names, i18n
from banso.analysis.insights.groups import ALL, NONE, OTHER
from banso.i18n import N_
from banso.i18n import gettext_ as _

if TYPE_CHECKING:
    from banso.analysis.insights.events import EventMatch
    from banso.analysis.insights.retention import RetentionSpec
    from banso.analysis.insights.trend import TrendSpec

T = TypeVar("T")

AGGREGATES = {"mean": N_("mean"), "median": N_("median"), "sum": N_("sum"), "min": N_("minimum"),
              "max": N_("maximum")}


def event_label(match: EventMatch) -> str:
    """An event as a title names it: its name for people (`banso.event_names`) or "any qualifying event",
    with its filters."""
    if match.event is None:
        return match.label(_("any qualifying event"))
    return event_names.shown(match.event) + match.filters()


def in_english(name: Callable[[T], str], thing: T) -> str:
    """`name(thing)` in English: the words a result keeps for its JSON twin."""
    with i18n.using("en"):
        return name(thing)


def trend_title(spec: TrendSpec, metric_names: dict[str, str] | None = None) -> str:
    """What a trend counts (`Trend`'s label); a metric by its name for people in the language being rendered
    (`metric_names`: language -> its label), else by its name in banso.yaml."""
    if spec.measure == "metric":
        metric = (metric_names or {}).get(i18n.current()) or spec.metric
        return _("%(aggregate)s of %(metric)s") % {"aggregate": _(AGGREGATES[spec.aggregate]), "metric": metric}
    if spec.measure == "events":
        return _("events: %(event)s") % {"event": event_label(spec.event)}
    if spec.event.event is None and not spec.event.where:
        return _("active accounts") if spec.measure == "accounts" else _("active users")
    doing = {"event": event_label(spec.event)}
    return (_("accounts doing %(event)s") if spec.measure == "accounts" else _("users doing %(event)s")) % doing


def start_label(spec: RetentionSpec) -> str:
    """Where a retention cohort starts: its start event, or the trial start (accounts) or the sign-up (users)."""
    if spec.start is not None:
        return event_label(spec.start)
    return _("trial start") if spec.actor == "account" else _("sign-up")


def series_name(segment: str, group: str, several_segments: bool = True) -> str:
    """A series (a legend entry, a column, a table's title): the segment, its breakdown group, or both."""
    seg = {"all accounts": _("All accounts"), "all users": _("All users")}.get(segment, segment)
    grp = {OTHER: _("other"), NONE: _("(none)")}.get(group, group)
    if group == ALL:
        return seg
    return f"{seg} · {grp}" if several_segments else grp
