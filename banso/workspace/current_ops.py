"""Current scores through the facade: renewing them (the service, every few minutes), running the alert
rules on them, and reading them for pages (each with the time it was computed)."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from banso.i18n import N_
from banso.job_origins import SCHEDULE
from banso.values import utc_now
from banso.workspace.delegate import handed_over
from banso.workspace.jobs_ops import JobOps

if TYPE_CHECKING:
    import pandas as pd

    from banso.health.current import CurrentScore, Renewal
    from banso.signals.alerts import RunResult

CHECK_EVERY = 5.0  # seconds between looks for a newer round


class CurrentOps(JobOps):
    _current_cache: tuple[float, datetime | None, dict[str, CurrentScore]] | None = None
    _current_guard = threading.Lock()

    @handed_over()
    def renew_current_scores(self, *, full: bool = False, started_by: str = SCHEDULE) -> Renewal:
        """One round of current scores (see `banso.health.current`); recorded as a job when it renewed any."""
        from banso.health.current import renew

        # The job is recorded once the round is done (most rounds renew nothing), as having begun when the
        # round had the lock: the Jobs page's "took" is then the round's own time.
        began = utc_now()
        try:
            with self.named_lock("current_round"), self.working_store() as store:  # one round at a time
                began = utc_now()
                out = renew(store, self.config, full=full)
        except Exception as exc:
            job = self.start_job("current_scores", N_("renew current scores"), started_by, began=began)
            job.finish(error=f"{type(exc).__name__}: {exc}")
            raise
        if out.accounts:
            what = N_("renew current scores (all accounts)") if out.full else N_("renew current scores")
            job = self.start_job("current_scores", what, started_by, began=began)
            job.counts = {"accounts": out.accounts, "scored": out.scored, "seconds": round(out.seconds, 2)}
            job.finish()
        with self._current_guard:
            self._current_cache = None
        return out

    @handed_over()
    def run_current_alerts(self, *, started_by: str = SCHEDULE) -> RunResult:
        """Evaluate the alert rules on the current scores; cooldowns and de-duplication as for `run_alerts`."""
        from banso.notify.dispatch import queue_alerts
        from banso.signals.current import run_current

        job = self.start_job("current_alerts", N_("alert rules on current scores"), started_by)
        try:
            with self.working_store() as store:
                result = run_current(store, self.app_state, self.config, utc_now())
            queue_alerts(self.app_state, self.config)
        except Exception as exc:
            job.finish(error=f"{type(exc).__name__}: {exc}")
            raise
        job.counts = {"fired": result.fired, "new_alerts": len(result.created), "held_back": result.suppressed}
        job.finish()
        return result

    # -- reads -------------------------------------------------------------------------------------
    def current_scores_now(self) -> dict[str, CurrentScore]:
        """Every account's current score by id (empty before the first round); looked up again every few seconds."""
        from banso.health.current import current_scores, last_round

        now = time.monotonic()
        with self._current_guard:
            cached = self._current_cache
        if cached is not None and now - cached[0] < CHECK_EVERY:
            return cached[2]
        with self.lock:
            latest = last_round(self.store)
            unchanged = cached is not None and cached[1] == latest
            frame = None if unchanged else current_scores(self.store, self.config)
        table = cached[2] if frame is None and cached is not None else _by_account(frame)
        with self._current_guard:
            self._current_cache = (now, latest, table)
        return table

    def current_score(self, account_id: str) -> CurrentScore | None:
        return self.current_scores_now().get(account_id)

    def current_day(self) -> date:
        """The local date current scores are computed through (today in the workspace zone)."""
        from datetime import timedelta

        from banso.health.current import window_end

        return window_end(utc_now(), self.config.timezone) - timedelta(days=1)


def _by_account(frame: pd.DataFrame | None) -> dict[str, CurrentScore]:
    from banso.health.current import CurrentScore

    if frame is None:
        return {}
    out: dict[str, CurrentScore] = {}
    for rec in frame.to_dict("records"):
        score: Any = rec["score"]
        out[str(rec["account_id"])] = CurrentScore(
            score=None if score is None or score != score else float(score),
            band=None if rec["band"] is None or rec["band"] != rec["band"] else str(rec["band"]),
            as_of=rec["as_of"].to_pydatetime() if hasattr(rec["as_of"], "to_pydatetime") else rec["as_of"])
    return out
