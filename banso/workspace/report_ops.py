"""The reports through the facade: a spec run by its report's runner, cached per data version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from banso.workspace.delegate import handed_over
from banso.workspace.health_ops import HealthOps

if TYPE_CHECKING:
    import pandas as pd

    from banso.analysis.reports import ReportSpec, RunContext
    from banso.analysis.validation.report import ValidationReport
    from banso.store import Store


class ReportOps(HealthOps):
    @handed_over()
    def report(self, spec: ReportSpec) -> Any:
        """Run a report (`banso.analysis.reports`): the same result for the page, the API and `banso report`."""
        from banso.analysis.reports import report_for

        report = report_for(spec)

        def compute() -> Any:
            with self.working_store() as store:
                return report.run(self.run_context(store), spec)

        return self.reads.get(self._report_key(spec), compute) if report.cacheable(spec) else compute()

    def report_ready(self, spec: ReportSpec) -> bool:
        """Whether a report's result is computed for the current data (a page can say "computing…" if not)."""
        return self.reads.has(self._report_key(spec))

    def _report_key(self, spec: ReportSpec) -> tuple[Any, ...]:
        """The cache key of a report's result; one that reads enrolments is renewed when an enrolment
        changes, not only when new data lands."""
        from banso.analysis.reports import report_for

        key: tuple[Any, ...] = ("report", spec)
        if report_for(spec).reads_app_state:
            key += (self._enrollment_stamp(),)
        return key

    def run_context(self, store: Store | None = None) -> RunContext:
        """What runners read: the store (or `store`, a working connection), the configuration and the scored
        health model (None without scores)."""
        from banso.analysis.reports import RunContext
        from banso.health.engine import ActiveModel

        health = ActiveModel.current(self.config) if self.has_snapshots() else None
        return RunContext(store or self.store, self.config, health, self._first_alerts, self._enrollments)

    def _first_alerts(self) -> pd.Series | None:
        """Each account's first alert date (the lead time of alerts before churn)."""
        import pandas as pd
        from sqlalchemy import func, select

        from banso.appstate.alerts import Alert

        with self.app_state.session() as s:
            rows = s.execute(select(Alert.account_id, func.min(Alert.as_of)).where(Alert.account_id != "*")
                             .group_by(Alert.account_id)).all()
        return pd.Series({a: d for a, d in rows}, dtype="object") if rows else None

    def _enrollments(self) -> pd.DataFrame:
        """Every playbook enrolment: playbook, account_id, enrolled_on."""
        import pandas as pd
        from sqlalchemy import select

        from banso.appstate.playbooks import Enrollment

        with self.app_state.session() as s:
            rows = s.execute(select(Enrollment.playbook, Enrollment.account_id, Enrollment.enrolled_on)).all()
        return pd.DataFrame(rows, columns=["playbook", "account_id", "enrolled_on"])

    def co_treatments(self) -> pd.DataFrame:
        """The effect periods of the recorded playbook enrolments (account_id, start, end: Mondays, end excluded),
        the co-treatments the impact report leaves out (`banso.analysis.evidence.impact.playbook_periods`)."""
        from banso.analysis.evidence.impact import playbook_periods

        return playbook_periods(self._enrollments(), self.config.playbooks)

    def _enrollment_stamp(self) -> tuple[int, str]:
        from banso.appstate.playbooks import stamp

        with self.app_state.session() as s:
            return stamp(s)

    def validation_report(self, model_path: str | None = None) -> ValidationReport:
        """Does the score predict churn here? (`banso report validation`); another scored model with `model_path`."""
        from banso.analysis.reports import ValidationSpec

        return self.report(ValidationSpec(model=None if model_path is None else str(model_path)))  # type: ignore[no-any-return]
