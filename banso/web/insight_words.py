"""How the pages name an insight's events and figures, in the reader's language.

The results keep English names (`TrendResult.label`, `RetentionResult.start_label`, `EventMatch.label()`)
for the API and the command line; the pages name the same things from the spec through the catalogue,
so a Japanese page says 対象となる任意のイベント where the JSON says "any qualifying event". Event names and
property filters are data and stay as written.
"""

from __future__ import annotations

from banso.analysis.insights import EventMatch, RetentionSpec, TrendSpec
from banso.i18n import N_
from banso.i18n import gettext_ as _

AGGREGATES = {"mean": N_("mean"), "median": N_("median"), "sum": N_("sum"), "min": N_("minimum"),
              "max": N_("maximum")}


def event_label(match: EventMatch) -> str:
    """An event as a title names it: its text, or "any qualifying event" with its filters."""
    if match.event is not None:
        return match.text()
    where = f" [{'; '.join(f.text() for f in match.where)}]" if match.where else ""
    return _("any qualifying event") + where


def trend_title(spec: TrendSpec) -> str:
    """What a trend counts (`Trend`'s label)."""
    if spec.measure == "metric":
        return _("%(aggregate)s of %(metric)s") % {"aggregate": _(AGGREGATES[spec.aggregate]), "metric": spec.metric}
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
