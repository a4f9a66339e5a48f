"""The Workspace facade: one object the CLI, the web app and notebooks all drive.

A workspace is a folder holding `banso.yaml` and the store. Operations live in their own packages
(ingest, metrics, health, …); the Workspace wires configuration and store into them.

>>> ws = Workspace.open("demo-workspace")      # doctest: +SKIP
>>> ws.load("accounts", ["crm.csv"])          # doctest: +SKIP
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from banso.appstate import AppState
from banso.config.load import load_config
from banso.config.models import WorkspaceConfig
from banso.config.template import render
from banso.errors import WorkspaceError
from banso.ingest.loader import Progress, load_files
from banso.status import StoreStatus, store_status
from banso.store.load_plan import LoadOutcome
from banso.store.open import open_store
from banso.store.store import Store

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    import pandas as pd

    from banso.analysis.validation.report import ValidationReport
    from banso.appstate.collector import SourceInfo
    from banso.collector import CollectorSettings
    from banso.health.api import ScoreOutcome
    from banso.health.engine import Progress as ScoreProgress
    from banso.health.explain import Explanation
    from banso.notify.dispatch import DeliveryRound
    from banso.notify.exports import ExportResult
    from banso.signals.alerts import RunResult
    from banso.signals.backtest import Backtest

CONFIG_FILE = "banso.yaml"
ENV_VAR = "BANSO_WORKSPACE"


class Workspace:
    """Configuration plus store; open with `Workspace.open`, create with `Workspace.init`."""

    def __init__(self, root: Path, config: WorkspaceConfig):
        self.root = root
        self.config = config
        self._store: Store | None = None
        self._app_state: AppState | None = None

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, root: str | Path | None = None) -> Workspace:
        path = Path(root if root is not None else os.environ.get(ENV_VAR, ".")).expanduser()
        config_path = path / CONFIG_FILE
        if not config_path.is_file():
            raise WorkspaceError(
                f"no banso workspace at {path} ({CONFIG_FILE} not found); "
                f"create one with `banso init {path}` or pass --workspace DIR"
            )
        return cls(path, load_config(config_path))

    @classmethod
    def init(cls, root: str | Path, *, name: str | None = None, timezone: str = "Asia/Tokyo",
             config_text: str | None = None) -> Workspace:
        """Create the folder, a fully commented `banso.yaml` and an empty store."""
        path = Path(root).expanduser()
        if (path / CONFIG_FILE).exists():
            raise WorkspaceError(f"{path} is already a banso workspace ({CONFIG_FILE} exists)")
        path.mkdir(parents=True, exist_ok=True)
        text = config_text or render(name=name or path.resolve().name, timezone=timezone)
        tmp = path / (CONFIG_FILE + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        try:
            load_config(tmp)  # never leave an invalid file behind
        except Exception:
            tmp.unlink()
            raise
        tmp.rename(path / CONFIG_FILE)
        ws = cls.open(path)
        ws.store  # noqa: B018 - creates the store and its tables
        return ws

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.config.store, self.root)
        return self._store

    @property
    def app_state(self) -> AppState:
        """The application-state database (created on first use)."""
        if self._app_state is None:
            url = os.environ.get("BANSO_APP_STATE_URL") or self.config.app_state.url
            self._app_state = AppState(url or f"sqlite:///{(self.root / 'app.db').resolve()}")
        return self._app_state

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._app_state is not None:
            self._app_state.dispose()
            self._app_state = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- operations --------------------------------------------------------------------------
    def load(self, table: str, paths: list[str], *, source: str | None = None, allow_unknown: bool = False,
             progress: Progress | None = None) -> LoadOutcome:
        """Load files into a canonical table atomically (see `banso.ingest`).

        Without files, the table is read from the database source that loads it (see docs/sources.md).
        """
        if not paths:
            from banso.ingest.database import load_database

            return load_database(self.store, self.config, self.root, table, source_name=source,
                                 allow_unknown=allow_unknown, progress=progress)
        return load_files(self.store, self.config, table, paths, source_name=source,
                          allow_unknown=allow_unknown, progress=progress)

    def copy_store_from(self, source: Workspace) -> dict[str, int]:
        """Replace this store's canonical tables with those `source` loaded (its DuckDB store).

        How a workspace moves to PostgreSQL or Spark: files are loaded and validated on DuckDB,
        then copied here (`banso copy-store`); returns the rows copied per table.
        """
        from banso.store.transfer import copy_tables

        return copy_tables(source.store, self.store)

    def status(self) -> StoreStatus:
        """What the store holds: counts, time range, orphans, by source."""
        return store_status(self.store)

    # -- health (see banso.health.api) -------------------------------------------------------
    def score(self, as_of: date | None = None, backfill_weeks: int = 0, model_path: str | Path | None = None,
              compare: bool = False, progress: ScoreProgress | None = None) -> ScoreOutcome:
        """Write weekly health snapshots (`banso score`)."""
        from banso.health import api

        return api.score(self.store, self.config, as_of=as_of, backfill_weeks=backfill_weeks,
                         model_path=Path(model_path) if model_path else None, compare_models=compare,
                         progress=progress)

    def scores(self, as_of: date | None = None) -> pd.DataFrame:
        """Scored accounts at a snapshot: score, band, trend, top reasons (`banso scores`)."""
        from banso.health import api

        return api.scores(self.store, self.config, as_of)

    def explain(self, account_id: str, as_of: date | None = None) -> Explanation:
        """One account's score in points per metric, and their change (`banso explain`)."""
        from banso.health import api

        return api.explain(self.store, self.config, account_id, as_of)

    def score_history(self, account_id: str) -> pd.DataFrame:
        from banso.health import api

        return api.score_history(self.store, self.config, account_id)

    def band_composition(self) -> pd.DataFrame:
        """Per snapshot: Good / Normal / Bad counts, %Good, %Bad and the index %Good − %Bad."""
        from banso.health import api

        return api.band_composition(self.store, self.config)

    def latest_as_of(self) -> date | None:
        """The date of the current model's latest snapshot, if any."""
        from banso.health import api

        return api.latest_as_of(self.store, self.config)

    # -- signals (see banso.signals) ---------------------------------------------------------
    def alerts_date(self, as_of: date | None = None) -> date:
        """`as_of`, or the date of the latest health snapshot (alerts read the snapshot of their date)."""
        from banso.errors import NotFoundError

        day = as_of or self.latest_as_of()
        if day is None:
            raise NotFoundError("no health snapshots yet; run `banso score --backfill 12` before `banso alerts run`")
        return day

    def run_alerts(self, as_of: date | None = None) -> RunResult:
        """Evaluate every rule at a date and record new alerts (`banso alerts run`)."""
        from banso.notify.dispatch import queue_alerts
        from banso.signals.alerts import run

        result = run(self.store, self.app_state, self.config, self.alerts_date(as_of))
        queue_alerts(self.app_state, self.config)  # the outbox: `deliver_notifications` sends them
        return result

    def deliver_notifications(self) -> DeliveryRound:
        """Send the queued notifications that are due (`banso alerts deliver`); failures are retried later."""
        from banso.notify.dispatch import deliver

        return deliver(self.app_state, self.config)

    def queue_digests(self, day: date) -> int:
        """Queue each CSM's daily worklist mail for `day` (digest destinations); `deliver_notifications` sends it."""
        from banso.notify.dispatch import queue_digests

        return queue_digests(self.app_state, self.config, day.isoformat())

    def export_segment(self) -> list[ExportResult]:
        """Write the digital-route segment to the CSV and SQL destinations (`banso alerts export`)."""
        from datetime import date as _date

        from banso.appstate.alerts import listing
        from banso.notify.exports import export_segment
        from banso.signals.worklist import route

        with self.app_state.session() as s:
            alerts = listing(s, today=_date.today(), statuses=("open",), limit=10_000_000)
            lists = route(alerts, self.config.signals.capacity_per_csm)
        return export_segment(self.config, self.root, lists.automation)

    def backtest_alerts(self, start: date, end: date, horizon_days: int = 180, rules: list[str] | None = None,
                        progress: Callable[[int, int], None] | None = None) -> Backtest:
        """Replay the rules over history and score each as a churn warning (`banso alerts backtest`)."""
        from banso.signals.backtest import backtest

        return backtest(self.store, self.config, start, end, horizon_days=horizon_days, rules=rules,
                        progress=progress)

    # -- validation (see banso.analysis.validation) -------------------------------------------
    def validation_report(self, model_path: str | Path | None = None) -> ValidationReport:
        """Does the score predict churn here? (`banso report validation`); another scored model with `model_path`."""
        import pandas as pd
        from sqlalchemy import func, select

        from banso.analysis.validation.report import validation_report
        from banso.appstate.alerts import Alert
        from banso.health.engine import ActiveModel

        version, model = None, None
        if model_path is not None:
            other = ActiveModel.from_file(Path(model_path), self.config)
            version, model = other.version, other.model
        with self.app_state.session() as s:
            rows = s.execute(select(Alert.account_id, func.min(Alert.as_of)).where(Alert.account_id != "*")
                             .group_by(Alert.account_id)).all()
        first_alerts = pd.Series({a: d for a, d in rows}, dtype="object") if rows else None
        return validation_report(self.store, self.config, version, model, first_alerts)

    # -- collector (see banso.collector) -----------------------------------------------------
    def add_source(self, name: str, protocol: str, group_key: str | None = None) -> tuple[SourceInfo, str]:
        """Create a collector source; returns it and its write key (shown this once, stored hashed)."""
        from banso.appstate.collector import add_source

        with self.app_state.session() as s:
            return add_source(s, name, protocol, group_key, reserved_names=frozenset(self.config.sources))

    def collector_sources(self) -> list[SourceInfo]:
        from banso.appstate.collector import list_sources

        with self.app_state.session() as s:
            return list_sources(s)

    def revoke_source(self, name: str) -> SourceInfo:
        """Stop accepting a source's write key; its events stay."""
        from banso.appstate.collector import revoke_source

        with self.app_state.session() as s:
            return revoke_source(s, name)

    def collect(self, host: str, port: int, settings: CollectorSettings | None = None,
                ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> None:
        """Serve the collector until interrupted (`banso collect`); the store is opened only to append."""
        from banso.collector.server import serve

        self.close()  # the collector opens the store only for its appends
        serve(self.root, host, port, settings=settings, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)

    def drain_collector(self, spool: Path | None = None) -> int:
        """Store everything a stopped collector left on its spool; returns the events stored."""
        from banso.collector.server import drain

        self.close()
        return drain(self.root, spool)
