"""The history every validation statistic reads: weekly snapshots of one model joined to each
account's contract and churn dates, pulled once from the store (one row per account and week).

Only snapshots are used, and a snapshot holds only what was known at its date, so no statistic
here can look ahead; outcomes (did the account churn, and when) come from `accounts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.customers import customer_at
from banso.health.engine import ActiveModel
from banso.health.read import snapshots
from banso.store import Store

DIMENSION = "dimension:"  # prefix of the per-dimension score columns of History.snapshots
METRIC = "metric:"  # prefix of the per-metric score columns of History.metrics
THIN = 30  # fewer churns than this and a figure is flagged as thin evidence
WARMUP_DAYS = 90  # snapshots this close to the first event miss part of their windows; they are left out


@dataclass(frozen=True)
class History:
    snapshots: pd.DataFrame  # account_id, as_of, score, band, churn_day, contract_day, tier, customer (the account
    # was a customer then: past its contract's start), and per dimension its score (0..1) in a column named
    # DIMENSION + the dimension's name (`dimension_columns`)
    accounts: pd.DataFrame  # account_id, tier, plan, status, contract_day, trial_day, churn_day (local dates, NaT
    # when none), mrr
    metrics: pd.DataFrame  # account_id, as_of and per metric its score (0..1) in a column named METRIC + the
    # metric's name: one row per account and date with metric values (live accounts), NaN where a score was skipped
    last_day: date  # the last snapshot date: outcomes after it are unknown
    model_name: str
    version: str
    metric_dimensions: dict[str, str] = field(default_factory=dict)  # metric -> its dimension, by metric name


def _local_day(s: pd.Series, zone: str) -> pd.Series:
    return s.dt.tz_localize("UTC").dt.tz_convert(zone).dt.tz_localize(None).dt.normalize()


def load(store: Store, config: WorkspaceConfig, version: str | None = None, *, with_metrics: bool = True) -> History:
    """The snapshots of `version` (default: the current model) with account outcomes."""
    model = ActiveModel.current(config)
    version = version or model.version
    snap = snapshots(store, version)
    # the JSON as text, parsed below all at once: as JSON, each of ~800,000 values became a dict one by one (7 s)
    snaps = store.execute(snap.select("account_id", "as_of", "score", "band", "model_name",
                                      dimensions=snap.dimensions.cast("string")))
    a = store.table("accounts")
    acc = store.execute(a.select("account_id", "tier", "plan", "status", "contract_started_at", "trial_started_at",
                                 "churned_at", "mrr"))
    zone = config.timezone
    acc["contract_day"] = _local_day(acc.pop("contract_started_at"), zone)
    acc["trial_day"] = _local_day(acc.pop("trial_started_at"), zone)
    acc["churn_day"] = _local_day(acc.pop("churned_at"), zone)
    snaps["as_of"] = pd.to_datetime(snaps["as_of"])
    e = store.table("events")
    first_event = store.ibis.execute(e.day.min())
    if first_event is not None and not pd.isna(first_event):
        snaps = snaps[snaps["as_of"] >= pd.Timestamp(first_event) + pd.Timedelta(days=WARMUP_DAYS)]
    snaps = snaps.merge(acc[["account_id", "tier", "contract_day", "churn_day"]], on="account_id", how="left")
    # the weeks before a contract: a trial's end is no customer's churn (`banso.customers`)
    started = snaps[["account_id"]].merge(acc[["account_id", "trial_day", "status"]], on="account_id", how="left")
    snaps["customer"] = customer_at(started["trial_day"], snaps["contract_day"], snaps["as_of"],
                                    started["status"]).to_numpy()
    scores = dimension_scores(snaps.pop("dimensions"))  # those of `version`, which may not be the current model
    snaps = pd.concat([snaps, scores.set_axis(snaps.index)], axis=1)
    metrics: pd.DataFrame = pd.DataFrame(columns=["account_id", "as_of"])
    dims: dict[str, str] = {}
    if with_metrics and len(snaps):
        metrics, dims = _metric_scores(store, version, snaps["as_of"].min().date())
    last = snaps["as_of"].max()
    name = str(snaps["model_name"].iloc[0]) if len(snaps) else model.model.title()
    return History(snaps.drop(columns=["model_name"]), acc, metrics,
                   last.date() if pd.notna(last) else date.min, name, version, dims)


def _metric_scores(store: Store, version: str, since: date) -> tuple[pd.DataFrame, dict[str, str]]:
    """The metrics' scores from `since` on, one row per account and date (see `History.metrics`), and each
    metric's dimension. Turned wide by the store: the long rows (8.5 million a year at the design scale)
    took 9 s to become a frame, and as many again to be grouped and pivoted by the statistics."""
    m = store.table("health_metric_values")
    m = m.filter(m.model_version == version, m.as_of >= since)
    pairs = store.execute(m.select("metric", "dimension").distinct())
    dims = dict(sorted(zip(pairs["metric"].astype(str), pairs["dimension"].astype(str), strict=True)))
    if not dims:
        return pd.DataFrame(columns=["account_id", "as_of"]), {}
    wide = m.group_by("account_id", "as_of").agg(**{METRIC + name: m.score.max(where=m.metric == name)
                                                   for name in dims})
    scores = store.execute(wide)
    scores["as_of"] = pd.to_datetime(scores["as_of"])
    return scores, dims


def dimension_scores(texts: pd.Series, names: list[str] | None = None) -> pd.DataFrame:
    """Each dimension's score from the snapshots' `dimensions` JSON text, one float column per name
    (prefixed with DIMENSION; NaN where the row has no score for it), parsed in one pass by Arrow.
    Without `names`, every dimension the texts hold, in the order they first appear."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.json as pj

    out = pd.DataFrame(index=range(len(texts)), columns=[DIMENSION + n for n in names or []], dtype="float64")
    if not len(texts):
        return out
    # one JSON document per line (a line break outside a string is only white space), parsed as one buffer
    text = pa.array(texts.to_numpy(dtype=object), type=pa.large_string())
    lines = pc.replace_substring(pc.fill_null(text, "{}"), "\n", " ")
    whole = pc.binary_join(pa.LargeListArray.from_arrays(pa.array([0, len(lines)], type=pa.int64()), lines),
                           pa.scalar("\n", type=pa.large_string()))
    parsed = pj.read_json(pa.BufferReader(whole[0].as_buffer()))
    for name in parsed.column_names if names is None else names:
        if name not in parsed.column_names:
            continue
        column = parsed.column(name)
        if not pa.types.is_struct(column.type) or column.type.get_field_index("score") < 0:
            continue
        score = pc.struct_field(column, "score").to_pandas()
        out[DIMENSION + name] = pd.to_numeric(score, errors="coerce").astype("float64").to_numpy()
    return out


def dimension_columns(frame: pd.DataFrame) -> dict[str, str]:
    """The per-dimension score columns of a snapshots frame: column -> dimension name."""
    return {c: c.removeprefix(DIMENSION) for c in frame.columns if c.startswith(DIMENSION)}


def metric_columns(frame: pd.DataFrame) -> dict[str, str]:
    """The per-metric score columns of `History.metrics`: column -> metric name."""
    return {c: c.removeprefix(METRIC) for c in frame.columns if c.startswith(METRIC)}


def churn_within(h: History, frame: pd.DataFrame, days: int) -> pd.Series:
    """1 when the account churned in [as_of, as_of + days), for rows whose horizon has been observed."""
    end = frame["as_of"] + pd.Timedelta(days=days)
    return ((frame["churn_day"] >= frame["as_of"]) & (frame["churn_day"] < end)).astype(int)


def observed(h: History, frame: pd.DataFrame, days: int) -> pd.DataFrame:
    """Rows whose outcome window ended by the last snapshot, of accounts that were customers at the row's
    date: past their contract's start and still live (a trial's end is no churn, see `banso.customers`)."""
    live = frame["churn_day"].isna() | (frame["churn_day"] >= frame["as_of"])
    done = frame["as_of"] + pd.Timedelta(days=days) <= pd.Timestamp(h.last_day)
    return frame[live & done & frame["score"].notna() & frame["customer"]]
