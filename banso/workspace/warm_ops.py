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
from banso.workspace.page_reads import PageReads
from banso.workspace.report_ops import ReportOps

log = logging.getLogger("banso.reads")
Progress = Callable[[int, int, str], None]


class WarmOps(PageReads, ReportOps):
    def warm_steps(self) -> list[tuple[str, Callable[[], Any]]]:
        """What the pages open with, in the order a team looks at it: overview, lists, then the reports."""
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
            ("overview", self.overview),
            ("renewals", lambda: self.renewals(language=language)),
            ("retention", lambda: self.retention(language=language)),
            ("revenue", lambda: self.report(RevenueSpec())),
            ("cs-contribution", lambda: self.report(CsContributionSpec())),
            ("early-signals", lambda: self.report(EarlySignalsSpec())),
            ("events", lambda: self.report(EventsSpec())),
            ("data-quality", lambda: self.report(DataQualitySpec())),
        ]
        kinds = self.touchpoint_kinds()
        if kinds:
            kind = "cs_meeting" if "cs_meeting" in kinds else kinds[0]
            steps.append(("impact", lambda: self.report(ImpactReportSpec(touchpoint=kind,
                                                                           proposed_feature=kind == "cs_meeting"))))
        if self.has_snapshots():
            steps.append(("validation", lambda: self.report(ValidationSpec())))
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
