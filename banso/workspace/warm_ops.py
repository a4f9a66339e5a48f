"""Warming the pages' figures: compute, right after new data lands, what the pages open with.

The first visit after a load or a score would otherwise pay for the accounts facts table, the
validation report and each evidence report (seconds each at the design scale). A long-lived process
(the web app, the service's jobs) calls `warm_reads` when the data version changes; each figure lands
in the read cache, so the page finds it ready. A report the data cannot support yet (no revenue
loaded, no snapshot) is left for its page to explain.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from banso.errors import BansoError
from banso.i18n import N_
from banso.workspace.page_reads import PageReads
from banso.workspace.report_ops import ReportOps

log = logging.getLogger("banso.reads")
Progress = Callable[[int, int, str], None]


class WarmOps(PageReads, ReportOps):
    def warm_steps(self) -> list[tuple[str, Callable[[], Any]]]:
        """What the pages open with, in the order a team looks at it: overview, lists, then the reports; each
        named by its page's title (the "computing…" page says which it is at)."""
        from banso.analysis.reports import (
            CsContributionSpec,
            DataQualitySpec,
            EarlySignalsSpec,
            EventsSpec,
            ImpactReportSpec,
            RevenueSpec,
            ValidationSpec,
        )

        language = self.display().language
        steps: list[tuple[str, Callable[[], Any]]] = [
            (N_("Overview"), self.overview),
            (N_("Renewals"), lambda: self.renewals(language=language)),
            (N_("Retention"), lambda: self.retention(language=language)),
            (N_("Revenue retention"), lambda: self.report(RevenueSpec())),
            (N_("CS contribution"), lambda: self.report(CsContributionSpec())),
            (N_("Early behaviours"), lambda: self.report(EarlySignalsSpec())),
            (N_("Event inventory"), lambda: self.report(EventsSpec())),
            (N_("Data quality"), lambda: self.report(DataQualitySpec())),
        ]
        kinds = self.touchpoint_kinds()
        if kinds:
            kind = "cs_meeting" if "cs_meeting" in kinds else kinds[0]
            steps.append((N_("Impact of touchpoints"), lambda: self.report(ImpactReportSpec(touchpoint=kind,
                                                                           proposed_feature=kind == "cs_meeting"))))
        if self.has_snapshots():
            steps.append((N_("Validation"), lambda: self.report(ValidationSpec())))
        return steps

    def warm_reads(self, progress: Progress | None = None) -> list[str]:
        """Compute each figure of `warm_steps` into the read cache; returns those the data could not support."""
        steps = self.warm_steps()
        skipped = []
        for i, (name, compute) in enumerate(steps):
            if progress:
                progress(i, len(steps), name)
            try:
                compute()
            except BansoError as exc:  # the page explains it when visited
                log.info("not warmed: %s (%s)", name, exc)
                skipped.append(name)
        if progress:
            progress(len(steps), len(steps), "")
        return skipped
