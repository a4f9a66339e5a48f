"""One Parquet part of the event log: sorted, with ids, properties and arrival times.

Rows are sorted by account, then time, with account-less events last, so that each part covers a
contiguous range of accounts. Writer options are fixed so that the same world gives the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from banso.demo.catalogue import CODE, NAMES
from banso.demo.clock import HOUR, MS
from banso.demo.events import Chunk, EventArrays, draw_events
from banso.demo.ids import format_ids
from banso.demo.names import HELP_ARTICLES, INTEGRATIONS

LATE_SHARE = 0.01
"""Events that reach the collector hours after they happened (offline clients, retried batches)."""
API_SHARE = 0.15

SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("ts", pa.timestamp("us", tz="UTC")),
        ("user_id", pa.dictionary(pa.int32(), pa.string())),
        ("account_id", pa.dictionary(pa.int32(), pa.string())),
        ("event", pa.dictionary(pa.int8(), pa.string())),
        ("properties", pa.dictionary(pa.int16(), pa.string())),
        ("received_at", pa.timestamp("us", tz="UTC")),
    ]
)
WRITE_OPTIONS: dict[str, object] = {
    "compression": "zstd",
    "use_dictionary": ["user_id", "account_id", "event", "properties"],
    "column_encoding": {
        "event_id": "DELTA_BYTE_ARRAY",
        "ts": "DELTA_BINARY_PACKED",
        "received_at": "DELTA_BINARY_PACKED",
    },
    "write_statistics": ["ts", "account_id", "event", "received_at"],
    "store_schema": False,
    "row_group_size": 1 << 20,
}


def _json(value: dict[str, object]) -> str:
    return json.dumps(value, ensure_ascii=False)


_ARTICLE0 = 0
_VIA0 = _ARTICLE0 + len(HELP_ARTICLES)
_INTEGRATION0 = _VIA0 + 2
_STEP0 = _INTEGRATION0 + len(INTEGRATIONS)
_ROLE0 = _STEP0 + 5
PROPERTY_VALUES: tuple[str, ...] = (
    *(_json({"article": a}) for a in HELP_ARTICLES),
    _json({"via": "web"}),
    _json({"via": "api"}),
    *(_json({"integration": i}) for i in INTEGRATIONS),
    *(_json({"step": k}) for k in range(1, 6)),
    _json({"role": "member"}),
    _json({"role": "admin"}),
)
_ARTICLE_WEIGHTS = 1 / np.arange(1, len(HELP_ARTICLES) + 1)


@dataclass(frozen=True)
class PartStats:
    path: Path
    events: int
    without_account: int


def write_part(chunk: Chunk, path: Path, account_width: int, user_width: int) -> PartStats:
    """Draw the chunk's events and write them as one Parquet file."""
    rng = np.random.default_rng(np.random.SeedSequence(list(chunk.seed)))
    events = _sorted(draw_events(chunk, rng), chunk.start_us)
    table = _table(events, chunk, rng, account_width, user_width)
    pq.write_table(table, path, **WRITE_OPTIONS)  # type: ignore[arg-type]
    return PartStats(path, table.num_rows, int((events.account < 0).sum()))


def _sorted(events: EventArrays, start_us: int) -> EventArrays:
    """Order by (account, ts), account-less rows last (by ts)."""
    ms = (events.ts - start_us) // MS
    ts_bits = max(int(ms.max(initial=0)).bit_length(), 1)
    acct = np.where(events.account < 0, events.account.max(initial=0) + 1, events.account).astype(np.int64)
    if int(acct.max(initial=0)).bit_length() + ts_bits <= 62:
        order = np.argsort((acct << ts_bits) | ms, kind="stable")
    else:
        order = np.lexsort((ms, acct))
    return EventArrays(
        events.account[order], events.user[order], events.ts[order] // MS * MS, events.code[order], events.detail[order]
    )


def _properties(events: EventArrays, rng: np.random.Generator) -> np.ndarray:
    """Dictionary codes into PROPERTY_VALUES, -1 where the event carries no properties."""
    code, detail = events.code, events.detail
    prop = np.full(len(code), -1, dtype=np.int16)
    help_ = np.flatnonzero(code == CODE["help_article_viewed"])
    prop[help_] = _ARTICLE0 + rng.choice(len(HELP_ARTICLES), len(help_), p=_ARTICLE_WEIGHTS / _ARTICLE_WEIGHTS.sum())
    issue = np.flatnonzero(code == CODE["issue_created"])
    prop[issue] = _VIA0 + (rng.random(len(issue)) < API_SHARE)
    link = np.flatnonzero(code == CODE["integration_connected"])
    prop[link] = _INTEGRATION0 + rng.integers(0, len(INTEGRATIONS), len(link))
    step = np.flatnonzero(code == CODE["tutorial_step_completed"])
    prop[step] = _STEP0 + np.clip(detail[step], 1, 5) - 1
    invite = np.flatnonzero(code == CODE["user_invited"])
    prop[invite] = _ROLE0 + np.clip(detail[invite], 0, 1)
    return prop


def _arrival_delays(rng: np.random.Generator, n: int) -> np.ndarray:
    """Seconds for most events, hours for a few."""
    delay = np.minimum(rng.lognormal(np.log(700), 1.0, n), 60_000).astype(np.int64) * MS
    late = rng.random(n) < LATE_SHARE
    delay[late] += rng.integers(HOUR // MS, 36 * HOUR // MS, int(late.sum())) * MS
    return delay


def _table(
    events: EventArrays, chunk: Chunk, rng: np.random.Generator, account_width: int, user_width: int
) -> pa.Table:
    n = len(events.ts)
    users = np.unique(np.concatenate([chunk.m_user, chunk.p_user]))
    user_index = np.searchsorted(users, events.user).astype(np.int32)
    account_ids = format_ids("A", chunk.account0 + 1 + np.arange(chunk.n_accounts), account_width)
    no_account = events.account < 0
    prop = _properties(events, rng)
    columns = [
        format_ids(f"e{chunk.part:04d}", np.arange(n), 9),
        pa.array(events.ts, pa.timestamp("us", tz="UTC")),
        pa.DictionaryArray.from_arrays(pa.array(user_index), format_ids("U", users + 1, user_width)),
        pa.DictionaryArray.from_arrays(
            pa.array(np.where(no_account, 0, events.account).astype(np.int32), mask=no_account), account_ids
        ),
        pa.DictionaryArray.from_arrays(pa.array(events.code), pa.array(NAMES)),
        pa.DictionaryArray.from_arrays(pa.array(np.maximum(prop, 0), mask=prop < 0), pa.array(PROPERTY_VALUES)),
        pa.array(events.ts + _arrival_delays(rng, n), pa.timestamp("us", tz="UTC")),
    ]
    return pa.Table.from_arrays(columns, schema=SCHEMA)
