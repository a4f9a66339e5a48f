"""Reverse ETL: banso's results written to fields of the CRM's account records, only what changed.

    result = push(app_state, config, "salesforce", values)              # sends the changes
    result = push(app_state, config, "salesforce", values, dry_run=True)  # says what it would send

For each account that exists in the CRM (found by the connector's `account_key`), each named field's
value is compared with the value banso last wrote there (`sync_pushed_values`); only the fields that
differ are sent, in the API's batch requests (Salesforce sObject Collections, 200 records each; HubSpot
batch update, 100 each). A record the CRM accepts is remembered with its new values, so the next push
sends nothing for it until a value changes; a record it refuses is reported and tried again next time.
Fields that do not exist are named before anything is sent; HubSpot properties are created when
`create_fields: true` allows it. A dry run reads the CRM's fields and records but writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from banso.appstate.db import AppState
from banso.appstate.sync import pushed_values, remember_pushed
from banso.config.connectors import CrmPush, HubSpotConnector, SalesforceConnector
from banso.config.models import WorkspaceConfig
from banso.connectors.runs import recorded
from banso.connectors.secrets import Credentials
from banso.errors import ConnectorError
from banso.i18n import phrase
from banso.job_progress import SENDING
from banso.sinks.targets import HubSpotTarget, SalesforceTarget, Target
from banso.sinks.values import AccountValues

KINDS = {"score": "number", "trend": "number", "open_tasks": "number", "band": "text", "reasons": "text",
         "alerts": "text"}
LABELS = {"score": "banso health score", "band": "banso health band", "trend": "banso health trend",
          "reasons": "banso top reasons", "alerts": "banso open alerts", "open_tasks": "banso open tasks"}


@dataclass(frozen=True)
class FieldChange:
    account_id: str
    record_id: str
    field: str
    old: Any
    new: Any


@dataclass
class PushResult:
    connector: str
    dry_run: bool
    accounts: int = 0  # accounts banso has results for
    in_crm: int = 0  # of them, records in the CRM
    records_sent: int = 0
    fields_sent: int = 0
    unchanged: int = 0  # records whose fields all hold banso's values already
    not_in_crm: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # account id -> the CRM's reason
    created_fields: list[str] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def job_counts(self) -> dict[str, int]:
        """What the run's job shows: the records and fields sent, and what the CRM refused."""
        return {"accounts": self.accounts, "in_crm": self.in_crm, "records_sent": self.records_sent,
                "fields_sent": self.fields_sent, "unchanged": self.unchanged, "refused": len(self.failed)}


Sleep = Callable[[float], None] | None


def open_target(name: str, config: WorkspaceConfig, env: Mapping[str, str] | None, sleep: Sleep) -> Target:
    conn = config.connectors[name]
    creds = Credentials.read(name, conn.type, env)
    if isinstance(conn, SalesforceConnector):
        return SalesforceTarget(name, conn, creds, sleep)
    if isinstance(conn, HubSpotConnector):
        return HubSpotTarget(name, conn, creds, sleep)
    raise ConnectorError(f"connector {name!r} is a {conn.type} connector; results are pushed to a CRM "
                         "(salesforce or hubspot)")


def wanted_fields(settings: CrmPush) -> dict[str, str]:
    """CRM field -> what it receives (score, band, … or segment:<name>)."""
    out = {crm: what for what, crm in settings.fields.model_dump().items() if crm}
    out.update({crm: f"segment:{seg}" for seg, crm in settings.segments.items()})
    return out


Progress = Callable[[int, int, str], None]


def push(app: AppState, config: WorkspaceConfig, name: str, values: list[AccountValues], *, dry_run: bool = False,
         env: Mapping[str, str] | None = None, sleep: Sleep = None, warnings: list[str] | None = None,
         progress: Progress | None = None) -> PushResult:
    """Send the changed fields of `values` to connector `name` (see the module docstring)."""
    conn = config.connectors.get(name)
    settings = getattr(conn, "push", None)
    if conn is None or settings is None:
        pushing = ", ".join(n for n, c in config.connectors.items() if getattr(c, "push", None)) or "none configured"
        raise ConnectorError(f"connector {name!r} has no `push:` settings in banso.yaml (connectors that push: "
                             f"{pushing})")
    result = PushResult(name, dry_run, accounts=len(values), warnings=list(warnings or []))
    with recorded(app, name, "push", dry_run=dry_run) as run:
        target = open_target(name, config, env, sleep)
        wanted = wanted_fields(settings)
        if "open_tasks" in wanted.values() and all(v.open_tasks is None for v in values):
            wanted = {crm: what for crm, what in wanted.items() if what != "open_tasks"}  # left as it is
        kinds = _check_fields(target, wanted, settings, dry_run, result)
        records = target.records(sorted(v.account_id for v in values))
        result.in_crm = len(records)
        result.not_in_crm = sorted(v.account_id for v in values if v.account_id not in records)
        with app.session() as s:
            last = pushed_values(s, name)
        batch: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []  # account, record, sent, remembered
        for v in values:
            rid = records.get(v.account_id)
            if rid is None:
                continue
            send, remember = {}, {}
            for crm, what in wanted.items():
                new = v.value(what)
                key = (v.account_id, crm)
                if (key in last and last[key] == new) or (key not in last and new is None):
                    continue
                result.changes.append(FieldChange(v.account_id, rid, crm, last.get(key), new))
                send[crm] = target.encode(new, kinds[crm])
                remember[crm] = new
            if send:
                batch.append((v.account_id, rid, send, remember))
            else:
                result.unchanged += 1
        if not dry_run:
            _send(app, name, target, batch, settings.batch_size, result, progress)
        else:
            result.records_sent = len(batch)
            result.fields_sent = sum(len(b[2]) for b in batch)
        run.add("accounts", result.accounts)
        run.add("records in the CRM", result.in_crm)
        run.add("records sent", result.records_sent)
        run.add("fields sent", result.fields_sent)
        run.add("unchanged", result.unchanged)
        run.add("not in the CRM", len(result.not_in_crm))
        run.add("refused", len(result.failed))
        run.rows = 0 if dry_run else result.records_sent
        if result.failed and not dry_run and not result.records_sent:
            first = next(iter(result.failed.items()))
            raise ConnectorError(f"connector {name!r}: the CRM refused every record ({len(result.failed)}), e.g. "
                                 f"{first[0]}: {first[1]}")
    return result


def _check_fields(target: Target, wanted: dict[str, str], settings: CrmPush, dry_run: bool,
                  result: PushResult) -> dict[str, str]:
    """The kind of each wanted field; a missing or read-only one is an error naming it (or is created)."""
    have = target.fields()
    missing = [f for f in wanted if f not in have]
    if missing and isinstance(target, HubSpotTarget) and settings.create_fields:
        for f in missing:
            what = wanted[f]
            kind = "boolean" if what.startswith("segment:") else KINDS[what]
            if not dry_run:
                target.create_field(f, kind, LABELS.get(what, f"banso segment {what.removeprefix('segment:')}"))
            result.created_fields.append(f)
        missing = []
    if missing:
        where = ("Setup → Object Manager → Account → Fields & Relationships" if isinstance(target, SalesforceTarget)
                 else "Settings → Properties (company properties), or set `create_fields: true`")
        raise ConnectorError(f"the CRM has no field(s) {', '.join(missing)} on its account records; create them "
                             f"({where}) or correct push.fields/push.segments in banso.yaml. Nothing was sent.")
    read_only = [f for f in wanted if f in have and not have[f].writable]
    if read_only:
        raise ConnectorError(f"field(s) {', '.join(read_only)} cannot be written (read-only or a formula); choose "
                             "writable fields in push.fields. Nothing was sent.")
    kinds = {}
    for f, what in wanted.items():
        kinds[f] = have[f].kind if f in have else ("boolean" if what.startswith("segment:") else KINDS[what])
    return kinds


def _send(app: AppState, name: str, target: Target, batch: list[tuple[str, str, dict[str, Any], dict[str, Any]]],
          batch_size: int, result: PushResult, progress: Progress | None) -> None:
    size = min(batch_size, target.max_batch)
    for start in range(0, len(batch), size):
        if progress:
            last = min(start + size, len(batch))
            progress(start, len(batch), phrase(SENDING, connector=name, first=f"{start + 1:,}", last=f"{last:,}"))
        part = batch[start:start + size]
        outcome = target.update([(rid, send) for _, rid, send, _ in part])
        sent: dict[tuple[str, str], Any] = {}
        for account, rid, send, remember in part:
            reason = outcome.get(rid, "no answer for this record")
            if reason is None:
                result.records_sent += 1
                result.fields_sent += len(send)
                sent.update({(account, f): v for f, v in remember.items()})
            else:
                result.failed[account] = reason
        with app.session() as s:  # each accepted batch is remembered at once: a later failure resends nothing
            remember_pushed(s, name, sent)
