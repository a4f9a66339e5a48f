"""The digital-route segment for CRM and marketing automation: a CSV file and a SQL table.

The segment is every account the worklists send to automation (digital-route alerts, accounts
without an owner, and those beyond their CSM's capacity). Each export replaces the previous one
whole: the CSV through a temporary file renamed into place, the table inside one transaction, so
a reader (a CRM connector, a reverse-ETL job) never sees half a segment.

Playbooks add to it: an account whose playbook passed an `export` step is in that step's segment
(its `segment` column) while it stays enrolled.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Column, DateTime, Float, MetaData, String, Table, create_engine, delete, insert

from banso.config.models import WorkspaceConfig
from banso.config.signals import Destination
from banso.csv_cells import SafeWriter
from banso.errors import ConfigError
from banso.notify.senders import SendError, url_of
from banso.signals.worklist import Touch

SEGMENT = "banso_digital"
FIELDS = ["segment", "account_id", "account_name", "owner", "rules", "priority", "exported_at"]


@dataclass
class ExportResult:
    destination: str
    rows: int
    where: str


def rows_of(touches: list[Touch], at: datetime) -> list[dict[str, object]]:
    return [{"segment": SEGMENT, "account_id": t.account_id, "account_name": t.account_name, "owner": t.owner,
             "rules": " ".join(sorted({a.rule for a in t.alerts})), "priority": t.priority, "exported_at": at}
            for t in touches]


def playbook_segments(config: WorkspaceConfig) -> set[str]:
    """The segment names the playbooks' export steps write (each is replaced whole, like the digital one)."""
    return {step.export.segment for pb in config.playbooks.values() for step in pb.steps if step.export is not None}


def export_segment(config: WorkspaceConfig, root: Path, touches: list[Touch],
                   env: Mapping[str, str] | None = None,
                   extra: list[dict[str, object]] | None = None) -> list[ExportResult]:
    """Write the digital segment and `extra` rows (playbooks' exports: segment, account_id, account_name, owner,
    rules) to every CSV and SQL destination of the digital route."""
    env = os.environ if env is None else env
    at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rows = rows_of(touches, at) + [{"priority": None, **r, "exported_at": at} for r in extra or []]
    segments = {SEGMENT} | playbook_segments(config) | {str(r["segment"]) for r in extra or []}
    out = []
    for name, dest in config.signals.destinations.items():
        if "digital" not in dest.routes:
            continue
        if dest.kind == "csv":
            out.append(ExportResult(name, len(rows), _csv(root, dest, rows)))
        elif dest.kind == "sql":
            out.append(ExportResult(name, len(rows), _sql(dest, rows, env, segments)))
    return out


def _csv(root: Path, dest: Destination, rows: list[dict[str, object]]) -> str:
    assert dest.path is not None
    target = Path(dest.path) if Path(dest.path).is_absolute() else root / dest.path
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
            w = SafeWriter(f, list(FIELDS))  # no cell may start a spreadsheet formula
            w.writeheader()
            for row in rows:
                w.writedict(row)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(target)


def _sql(dest: Destination, rows: list[dict[str, object]], env: Mapping[str, str], segments: set[str]) -> str:
    try:
        url = url_of(dest, env)
    except SendError as exc:
        raise ConfigError(f"sql destination: {exc}") from exc
    engine = create_engine(url, future=True)
    meta = MetaData()
    table = Table(dest.table, meta, Column("segment", String(64), nullable=False),
                  Column("account_id", String(128), nullable=False), Column("account_name", String(256)),
                  Column("owner", String(128)), Column("rules", String(512)), Column("priority", Float),
                  Column("exported_at", DateTime))
    try:
        meta.create_all(engine)
        with engine.begin() as con:  # one transaction: readers see the old segment or the new one
            con.execute(delete(table).where(table.c.segment.in_(sorted(segments))))
            if rows:
                con.execute(insert(table), rows)
    finally:
        engine.dispose()
    return f"{engine.url.render_as_string(hide_password=True)} {dest.table}"
