"""`events`: the event inventory — volume, reach, first and last seen, and what in banso.yaml uses each event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field

from banso import event_names
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.i18n import gettext_ as _
from banso.values import Moment, as_date, as_moment, records


class EventsSpec(ReportSpec):
    kind: Literal["events"] = "events"


@dataclass(frozen=True)
class EventRow:
    event: str
    events: int
    share: float
    first_seen: Moment | None
    last_seen: Moment | None
    accounts: int
    users: int
    used_by: Annotated[str, Field(description="what in banso.yaml names the event (empty: nothing)")]


@dataclass(frozen=True)
class MonthRow:
    month: date
    event: str
    events: int


@dataclass(frozen=True)
class EventsResult:
    total: int
    unused_share: Annotated[float, Field(description="share of all events whose name nothing in banso.yaml uses")]
    events: list[EventRow]
    monthly: list[MonthRow]


class Events(Report[EventsSpec, EventsResult]):
    kind = "events"
    title = "Event inventory"
    spec = EventsSpec
    result = EventsResult

    def run(self, ctx: RunContext, spec: EventsSpec) -> EventsResult:
        from banso.analysis.evidence.inventory import inventory

        inv = inventory(ctx.store, ctx.config)
        return EventsResult(
            total=int(inv.total), unused_share=float(inv.unused_share),
            events=[EventRow(event=str(r["event"]), events=int(r["events"]), share=float(r["share"]),
                             first_seen=as_moment(r["first_seen"]), last_seen=as_moment(r["last_seen"]),
                             accounts=int(r["accounts"]), users=int(r["users"]), used_by=r["used_by"] or "")
                    for r in records(inv.events)],
            monthly=[MonthRow(month=as_date(r["month"]) or date.min, event=str(r["event"]), events=int(r["events"]))
                     for r in records(inv.monthly)],
        )

    def view(self, r: EventsResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` and `event_names.using` (the command line and the files do)."""
        return View(
            headline=_("%(names)s event names, %(total)s events; named by nothing in banso.yaml: %(share)s of the "
                       "volume") % {"names": len(r.events), "total": f"{r.total:,}",
                                    "share": f"{100 * r.unused_share:.1f}%"},
            tables=[Table(_("Events"), [_("event"), _("shown as"), _("events"), _("share"), _("number of accounts"),
                                        _("users"), _("first seen"), _("last seen"), _("used by")],
                          [[e.event, event_names.shown(e.event) if event_names.labelled(e.event) else "", e.events,
                            e.share, e.accounts, e.users, _day(e.first_seen), _day(e.last_seen),
                            e.used_by or _("nothing")] for e in r.events], ["", "", "", "pct"])],
            notes=[_("Such events still count as activity in metrics over all qualifying events; drop them only if "
                     "that activity is not wanted.")],
        )


def _day(value: datetime | None) -> str:
    return "" if value is None else value.date().isoformat()
