"""The health engine through the facade: scoring, the scores, one account's explanation and history.

The readers used by pages (`current_scores`, `account_history`, `account_explanation`,
`composition`) answer None when the current model has no snapshot yet, and are cached per data
version; the rest raise the engine's own errors, which name the way out (`banso score`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase
from banso.workspace.delegate import handed_over

if TYPE_CHECKING:
    from datetime import date

    import pandas as pd

    from banso.health.api import ScoreOutcome
    from banso.health.coverage import Coverage
    from banso.health.engine import Progress as ScoreProgress
    from banso.health.explain import Explanation


class HealthOps(WorkspaceBase):
    @handed_over(paths=("model_path",))
    def score(self, as_of: date | None = None, backfill_weeks: int = 0, model_path: str | Path | None = None,
              compare: bool = False, progress: ScoreProgress | None = None) -> ScoreOutcome:
        """Write weekly health snapshots (`banso score`)."""
        from banso.health import api

        with self.working_store() as store:
            out = api.score(store, self.config, as_of=as_of, backfill_weeks=backfill_weeks,
                            model_path=Path(model_path) if model_path else None, compare_models=compare,
                            progress=progress)
        self.reads.renew()
        return out

    @handed_over()
    def scores(self, as_of: date | None = None) -> pd.DataFrame:
        """Scored accounts at a snapshot: score, band, trend, top reasons (`banso scores`)."""
        from banso.health import api

        with self.lock:
            return api.scores(self.store, self.config, as_of)

    @handed_over()
    def explain(self, account_id: str, as_of: date | None = None, language: str = "en") -> Explanation:
        """One account's score in points per metric, and their change (`banso explain`); labels in `language`."""
        from banso.health import api

        with self.lock:
            return api.explain(self.store, self.config, account_id, as_of, language)

    def score_history(self, account_id: str) -> pd.DataFrame:
        from banso.health import api

        with self.lock:
            return api.score_history(self.store, self.config, account_id)

    def band_composition(self) -> pd.DataFrame:
        """Per snapshot: Good / Normal / Bad counts, %Good, %Bad and the index %Good − %Bad."""
        from banso.health import api

        with self.lock:
            return api.band_composition(self.store, self.config)

    @handed_over()
    def latest_as_of(self) -> date | None:
        """The date of the current model's latest snapshot, if any."""
        from banso.health import api

        with self.lock:
            return api.latest_as_of(self.store, self.config)

    # -- what pages read (None before the first snapshot) ----------------------------------------
    def thresholds(self) -> tuple[float, float]:
        """The Good and Bad band thresholds of the health model."""
        bands = self.config.health.bands
        return float(bands.good), float(bands.bad)

    def has_snapshots(self) -> bool:
        return self.reads.get("has_snapshots", lambda: self.latest_as_of() is not None)

    def current_scores(self) -> pd.DataFrame | None:
        """The latest snapshot's scores (`scores()`), or None before the first snapshot."""
        return self.reads.get("scores", lambda: self.scores() if self.has_snapshots() else None)

    def coverage(self) -> Coverage:
        """From which snapshot the current model's windows lie wholly inside the event history (warm-up before)."""
        from banso.health.coverage import coverage
        from banso.health.engine import ActiveModel

        def compute() -> Coverage:
            with self.lock:
                return coverage(self.store, ActiveModel.current(self.config).specs)

        return self.reads.get("coverage", compute)

    def metric_labels(self, language: str = "en") -> dict[str, str]:
        """Every metric's name for people in `language`, by metric (the model's label, its own, or its name)."""
        from banso.health import api

        return api.metric_labels(self.config, language)

    def metrics_joined(self, language: str = "en") -> list[tuple[date, str]]:
        """(date, label) of the current model's metrics that joined the score after its first snapshot."""
        from banso.health import api

        def compute() -> list[tuple[date, str]]:
            with self.lock:
                return api.metrics_joined(self.store, self.config, language)

        return self.reads.get(f"metrics_joined:{language}", compute) if self.has_snapshots() else []

    def composition(self) -> pd.DataFrame | None:
        return self.reads.get("band_composition", lambda: self.band_composition() if self.has_snapshots() else None)

    def account_metrics_joined(self, account_id: str, language: str = "en") -> list[tuple[date, str]]:
        """(date, label) of the current model's touchpoint metrics that joined this account's score after the
        model's first snapshot: the snapshot of its first NPS answer (a metric with no value until then; its
        ticket count read zero before its first ticket, a value of its own)."""
        from banso.health import api

        if not self.has_snapshots():
            return []

        def compute() -> list[tuple[date, str]]:
            with self.lock:
                return api.metrics_joined(self.store, self.config, language, account_id)

        return self.reads.per_account(f"metrics_joined:{language}", account_id, compute)

    def account_history(self, account_id: str) -> pd.DataFrame | None:
        """One account's scores over time; None when it has none."""
        if not self.has_snapshots():
            return None
        frame = self.reads.per_account("history", account_id, lambda: self.score_history(account_id))
        return frame if len(frame) else None

    def account_explanation(self, account_id: str, as_of: date, language: str = "en") -> Explanation | None:
        """The explanation of the account's score at `as_of` (a snapshot date); None when it has no snapshot then."""
        from banso.errors import NotFoundError

        if not self.has_snapshots():
            return None

        def compute() -> Explanation | None:
            try:
                return self.explain(account_id, as_of, language)
            except NotFoundError:  # not a customer at that date, or an unknown account (the page says which)
                return None

        return self.reads.per_account(f"explain:{language}", account_id, compute)

    def band_changes(self) -> pd.DataFrame | None:
        """Accounts whose band differs between the last two snapshots (None without snapshots)."""
        from banso.analysis.overview import band_changes
        from banso.health.engine import ActiveModel

        def compute() -> pd.DataFrame | None:
            if not self.has_snapshots():
                return None
            with self.lock:
                return band_changes(self.store, ActiveModel.current(self.config).version)

        return self.reads.get("band_changes", compute)
