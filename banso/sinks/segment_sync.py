"""A saved segment sent to marketing automation: a HubSpot list, a webhook, a CSV or Parquet file, a table.

    result = sync_segment(app_state, config, root, "at_risk_to_hubspot", members)

`snapshot` sends every member each time (a file or table is replaced whole, in one step; a HubSpot list
gets the members added and those who left removed); `changes` sends only who joined and who left since
the last sync, as the application state remembers it (`sync_segment_members`). Nothing is remembered
until the target took the sync, so a failed one is sent again whole next time. A dry run sends nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from banso import outbound
from banso.appstate.db import AppState
from banso.appstate.sync import remember_members, synced_members
from banso.config.connectors import DatabaseTarget, FileTarget, HubSpotListTarget, SegmentSync, WebhookTarget
from banso.config.models import WorkspaceConfig
from banso.connectors.runs import recorded
from banso.connectors.secrets import Credentials
from banso.errors import ConnectorError
from banso.sinks.values import SegmentMember

COLUMNS = ["segment", "account_id", "name", "owner", "tier", "plan", "mrr", "score", "band", "change", "synced_at"]


@dataclass
class SegmentResult:
    sync: str
    segment: str
    mode: str
    dry_run: bool
    members: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    sent: int = 0  # accounts sent (all members for a snapshot, adds and removes for changes)
    where: str = ""
    missing: list[str] = field(default_factory=list)  # HubSpot: accounts that are no company there

    def job_counts(self) -> dict[str, int]:
        """What the run's job shows: the members, who joined and left, and how many were sent."""
        return {"members": self.members, "joined": len(self.added), "left": len(self.removed), "sent": self.sent}


Sleep = Callable[[float], None] | None


def sync_segment(app: AppState, config: WorkspaceConfig, root: Path, name: str, segment: str,
                 members: list[SegmentMember], *, dry_run: bool = False, env: Mapping[str, str] | None = None,
                 sleep: Sleep = None) -> SegmentResult:
    """Send segment sync `name` (see the module docstring); `segment` is the saved segment's name."""
    sync = config.segment_syncs[name]
    env = os.environ if env is None else env
    with app.session() as s:
        before = synced_members(s, name)
    now = {m.account_id for m in members}
    result = SegmentResult(name, segment, sync.mode, dry_run, members=len(members),
                           added=sorted(now - before), removed=sorted(before - now))
    with recorded(app, name, "segment", dry_run=dry_run) as run:
        result.sent = len(members) if sync.mode == "snapshot" else len(result.added) + len(result.removed)
        if not dry_run:
            result.where = _send(config, root, name, segment, sync, members, result, env, sleep)
            with app.session() as s:
                remember_members(s, name, set(result.added), set(result.removed))
        run.add("members", result.members)
        run.add("added", len(result.added))
        run.add("removed", len(result.removed))
        if result.missing:
            run.add("not in the CRM", len(result.missing))
        run.rows = 0 if dry_run else result.sent
    return result


def _send(config: WorkspaceConfig, root: Path, name: str, segment: str, sync: SegmentSync,
          members: list[SegmentMember], result: SegmentResult, env: Mapping[str, str], sleep: Sleep) -> str:
    at = datetime.now(UTC).replace(microsecond=0)
    if sync.mode == "snapshot":
        rows = [{"segment": segment, **m.row(), "change": "member", "synced_at": at} for m in members]
    else:
        by_id = {m.account_id: m for m in members}
        rows = [{"segment": segment, **by_id[a].row(), "change": "added", "synced_at": at} for a in result.added]
        rows += [{"segment": segment, **SegmentMember(a).row(), "change": "removed", "synced_at": at}
                 for a in result.removed]
    target = sync.to
    if isinstance(target, FileTarget):
        return _file(root, target, rows)
    if isinstance(target, DatabaseTarget):
        return _database(target, name, sync.mode, rows, env)
    if isinstance(target, WebhookTarget):
        return _webhook(target, name, segment, sync.mode, rows, env)
    return _hubspot_list(config, target, result, env, sleep, [m.account_id for m in members])


def _file(root: Path, target: FileTarget, rows: list[dict[str, Any]]) -> str:
    """The whole file replaced at once (a temporary file renamed into place): readers never see half of it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from banso.csv_cells import SafeWriter

    path = Path(target.path) if Path(target.path).is_absolute() else root / target.path
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = target.format or ("parquet" if path.suffix.lower() == ".parquet" else "csv")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if fmt == "csv":
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
                writer = SafeWriter(f, COLUMNS)  # no cell may start a spreadsheet formula
                writer.writeheader()
                for row in rows:
                    writer.writedict({**row, "synced_at": row["synced_at"].isoformat()})
        else:
            os.close(fd)
            table = pa.Table.from_pylist(rows, schema=pa.schema([
                ("segment", pa.string()), ("account_id", pa.string()), ("name", pa.string()), ("owner", pa.string()),
                ("tier", pa.string()), ("plan", pa.string()), ("mrr", pa.float64()), ("score", pa.float64()),
                ("band", pa.string()), ("change", pa.string()), ("synced_at", pa.timestamp("s", tz="UTC"))]))
            pq.write_table(table, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(path)


def _database(target: DatabaseTarget, name: str, mode: str, rows: list[dict[str, Any]],
              env: Mapping[str, str]) -> str:
    """A snapshot replaces the sync's rows in one transaction; changes are appended as they happen."""
    from sqlalchemy import Column, DateTime, Float, MetaData, String, Table, create_engine, delete, insert
    from sqlalchemy.exc import SQLAlchemyError

    url = env.get(target.url_env)
    if not url:
        raise ConnectorError(f"segment sync {name!r}: set {target.url_env} in the environment to the database's "
                             "SQLAlchemy URL")
    engine = create_engine(url)
    meta = MetaData()
    table = Table(target.table, meta, Column("sync", String(120), nullable=False),
                  Column("segment", String(120)), Column("account_id", String(255), nullable=False),
                  Column("name", String(255)), Column("owner", String(255)), Column("tier", String(64)),
                  Column("plan", String(64)), Column("mrr", Float), Column("score", Float), Column("band", String(16)),
                  Column("change", String(16)), Column("synced_at", DateTime))
    try:
        meta.create_all(engine)
        with engine.begin() as con:
            if mode == "snapshot":
                con.execute(delete(table).where(table.c.sync == name))
            if rows:
                con.execute(insert(table), [{"sync": name, **r, "synced_at": r["synced_at"].replace(tzinfo=None)}
                                            for r in rows])
    except SQLAlchemyError as exc:
        raise ConnectorError(f"segment sync {name!r}: the database refused the rows: "
                             f"{type(exc).__name__}: {str(exc.orig) if hasattr(exc, 'orig') else exc}"[:400]) from exc
    finally:
        engine.dispose()
    return f"{engine.url.render_as_string(hide_password=True)} {target.table}"


def _webhook(target: WebhookTarget, name: str, segment: str, mode: str, rows: list[dict[str, Any]],
             env: Mapping[str, str]) -> str:
    """POST the rows in batches, signed like banso's alert webhooks (X-Banso-Signature: v1=HMAC-SHA256)."""
    url = target.url or env.get(target.url_env or "")
    if not url:
        raise ConnectorError(f"segment sync {name!r}: set {target.url_env} in the environment to the webhook's URL")
    secret = env.get(target.secret_env) if target.secret_env else None
    if target.secret_env and not secret:
        raise ConnectorError(f"segment sync {name!r}: set {target.secret_env} in the environment (the HMAC secret)")
    batches = [rows[i:i + target.batch_size] for i in range(0, len(rows), target.batch_size)] or [[]]
    for n, chunk in enumerate(batches, 1):
        body = json.dumps({"type": f"segment.{mode}", "sync": name, "segment": segment, "batch": n,
                           "batches": len(batches), "accounts": [{**r, "synced_at": r["synced_at"].isoformat()}
                                                                 for r in chunk]}, ensure_ascii=False).encode()
        stamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", "X-Banso-Delivery": f"segment:{name}:{stamp}:{n}",
                   "X-Banso-Timestamp": stamp}
        if secret:
            headers["X-Banso-Signature"] = "v1=" + outbound.signature(secret, stamp, body)
        try:
            r = outbound.client().post(url, content=body, headers=headers, timeout=30.0)
        except httpx.HTTPError as exc:
            raise ConnectorError(f"segment sync {name!r}: the webhook did not answer ({type(exc).__name__})") from exc
        if not 200 <= r.status_code < 300:
            raise ConnectorError(f"segment sync {name!r}: the webhook answered HTTP {r.status_code} to batch {n} of "
                                 f"{len(batches)}; the whole segment is sent again next time")
    return url.split("?")[0]


def _hubspot_list(config: WorkspaceConfig, target: HubSpotListTarget, result: SegmentResult,
                  env: Mapping[str, str], sleep: Sleep, members: list[str]) -> str:
    """Add the members (all of them for a snapshot, the new ones for changes) and remove those who left."""
    from hubspot.crm.lists import MembershipChangeRequest

    from banso.sinks.targets import HubSpotTarget

    conn = config.connectors[target.connector]
    hub = HubSpotTarget(target.connector, conn, Credentials.read(target.connector, "hubspot", env),  # type: ignore[arg-type]
                        sleep)
    adds = members if result.mode == "snapshot" else result.added
    companies = hub.records(sorted(set(adds) | set(result.removed)))
    result.missing = sorted(a for a in set(adds) | set(result.removed) if a not in companies)
    body = MembershipChangeRequest(record_ids_to_add=[companies[a] for a in adds if a in companies],
                                   record_ids_to_remove=[companies[a] for a in result.removed if a in companies])
    hub.api.api(f"update list {target.list_id}", lambda: hub.api.client.crm.lists.memberships_api.add_and_remove(
        target.list_id, membership_change_request=body))
    return f"HubSpot list {target.list_id}"
