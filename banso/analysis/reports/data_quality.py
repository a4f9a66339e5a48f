"""`data-quality`: events without an account, unknown accounts, users without membership and late events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.i18n import gettext_ as _
from banso.values import as_date, records


class DataQualitySpec(ReportSpec):
    kind: Literal["data-quality"] = "data-quality"


@dataclass(frozen=True)
class SourceRow:
    source: str
    events: int
    without_account: int
    unknown_account: int
    late: Annotated[int, Field(description="events that arrived over a day after they happened")]


@dataclass(frozen=True)
class DayRow:
    day: date
    source: str
    events: int
    without_account: int
    unknown_account: int
    late: int


@dataclass(frozen=True)
class DataQualityResult:
    totals: Annotated[dict[str, int], Field(description="events, without_account, unknown_account, late, "
                                                        "users_without_membership")]
    per_source: list[SourceRow]
    per_day: Annotated[list[DayRow], Field(description="per source and local day")]


class DataQuality(Report[DataQualitySpec, DataQualityResult]):
    kind = "data-quality"
    title = "Data quality"
    spec = DataQualitySpec
    result = DataQualityResult

    def run(self, ctx: RunContext, spec: DataQualitySpec) -> DataQualityResult:
        from banso.analysis.evidence.data_quality import data_quality

        per_day, per_source, totals = data_quality(ctx.store)
        counts = ("events", "without_account", "unknown_account", "late")
        return DataQualityResult(
            totals={k: int(v) for k, v in totals.items()},
            per_source=[SourceRow(source=str(r["source"]), **{k: int(r[k] or 0) for k in counts})
                        for r in records(per_source)],
            per_day=[DayRow(day=as_date(r["day"]) or date.min, source=str(r["source"]),
                            **{k: int(r[k] or 0) for k in counts}) for r in records(per_day)],
        )

    def view(self, r: DataQualityResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        names = {"events": _("events"), "without_account": _("without account"),
                 "unknown_account": _("unknown account"), "late": _("late (> 1 day)"),
                 "users_without_membership": _("users without membership")}
        columns = [_("events"), _("without account"), _("unknown account"), _("late (> 1 day)")]
        return View(
            headline=", ".join(f"{names.get(k, k)}: {v:,}" for k, v in r.totals.items()),
            tables=[Table(_("Per source and day"), [_("day"), _("source"), *columns],
                          [[d.day.isoformat(), d.source, d.events, d.without_account, d.unknown_account, d.late]
                           for d in r.per_day], on_screen=False),
                    Table(_("Per source"), [_("source"), *columns],
                          [[s.source, s.events, s.without_account, s.unknown_account, s.late] for s in r.per_source])],
        )
