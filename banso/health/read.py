"""Reading snapshots: the account list with scores, one account's history, the band composition.

Readers look at one model version (the current model's, unless told otherwise) and, by default,
its latest snapshot date.
"""

from __future__ import annotations

from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.config.health import HealthModel
from banso.config.labels import Label, text_in
from banso.errors import NotFoundError, Phrase
from banso.health.bands import index
from banso.i18n import N_
from banso.store import Store
from banso.store.params import ACCOUNT

TREND_SNAPSHOTS = 4
TOP_REASONS = 3


def snapshots(store: Store, version: str) -> ir.Table:
    t = store.table("health_snapshots")
    return t.filter(t.model_version == version)


def snapshot_dates(store: Store, version: str) -> list[date]:
    t = snapshots(store, version)
    df = store.execute(t.select("as_of").distinct().order_by("as_of"))
    return [pd.Timestamp(d).date() for d in df["as_of"]]


def first_as_of(store: Store, version: str) -> date | None:
    value = store.ibis.execute(snapshots(store, version).as_of.min())
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def latest_as_of(store: Store, version: str) -> date | None:
    value = store.ibis.execute(snapshots(store, version).as_of.max())
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def resolve_as_of(store: Store, version: str, as_of: date | None) -> date:
    """`as_of`, or the latest snapshot; an error naming the way out when there is none."""
    if as_of is None:
        latest = latest_as_of(store, version)
        if latest is None:
            raise NotFoundError(N_("no health snapshots for the current model yet; run `banso score` first"))
        return latest
    t = snapshots(store, version)
    if store.ibis.execute(t.filter(t.as_of == as_of).count()) == 0:
        dates = snapshot_dates(store, version)
        hint = (Phrase(N_("snapshots exist from %(first)s to %(last)s"), first=dates[0], last=dates[-1]) if dates
                else Phrase(N_("there are none yet")))
        raise NotFoundError(N_("no health snapshot as of %(as_of)s for the current model (%(hint)s); "
                               "run `banso score --as-of %(as_of)s`"), as_of=as_of, hint=hint)
    return as_of


def trend_expr(store: Store, version: str, as_of: date) -> ir.Table:
    """Per account: least-squares slope of the score (points per week) over the last 4 snapshots."""
    t = snapshots(store, version)
    dates = t.filter(t.as_of <= as_of).select("as_of").distinct().order_by(ibis.desc("as_of")).limit(TREND_SNAPSHOTS)
    recent = t.join(dates, "as_of").filter(t.score.notnull())
    x = recent.as_of.delta(ibis.literal(as_of, type="date"), unit="day").cast("float64") / 7.0
    y = recent.score
    pts = recent.select("account_id", x=x, y=y)
    agg = pts.group_by("account_id").agg(
        n=pts.count(), sx=pts.x.sum(), sy=pts.y.sum(), sxy=(pts.x * pts.y).sum(), sxx=(pts.x * pts.x).sum()
    )
    n = agg.n.cast("float64")
    den = n * agg.sxx - agg.sx * agg.sx
    slope = ibis.ifelse((agg.n >= 2) & (den > 0), (n * agg.sxy - agg.sx * agg.sy) / den, ibis.null("float64"))
    return agg.select("account_id", trend=slope)


def nominal_shares(model: HealthModel) -> dict[tuple[str, str], float]:
    """Each (dimension, metric)'s share of 100 points when nothing is skipped."""
    total = sum(d.weight for d in model.dimensions.values())
    out = {}
    for dim_name, dim in model.dimensions.items():
        inner = sum(m.weight for m in dim.metrics.values())
        for metric, scoring in dim.metrics.items():
            out[(dim_name, metric)] = dim.weight / total * scoring.weight / inner
    return out


def metric_label(model: HealthModel, dimension: str, metric: str, labels: dict[str, Label],
                 language: str = "en") -> str:
    """The metric's label in the model, in `language`; else its own (`labels`: each metric's `label`); else
    its name."""
    scoring = model.dimensions[dimension].metrics[metric]
    return text_in(scoring.label, language) or text_in(labels.get(metric), language) or metric


def top_reasons(store: Store, model: HealthModel, version: str, as_of: date,
                labels: dict[str, Label]) -> dict[str, list[str]]:
    """Per account, the metrics that cost it the most points (nominal share × (1 − score))."""
    mv = store.table("health_metric_values")
    mv = mv.filter(mv.model_version == version, mv.as_of == as_of, mv.score.notnull())
    return reasons_of(store.execute(mv.select("account_id", "dimension", "metric", "value", "score")),
                      model, labels)


def reasons_of(values: pd.DataFrame, model: HealthModel, labels: dict[str, Label]) -> dict[str, list[str]]:
    """`top_reasons` of metric values already read (account_id, dimension, metric, value, score).

    Column arithmetic and one pass over the three rows kept per account: at the design scale (255,000
    values of 10,000 scored accounts) a loop over each account's group took 8 s of the first account
    list after new data.
    """
    if values.empty:
        return {}
    shares = nominal_shares(model)
    share = pd.DataFrame([(d, m, v) for (d, m), v in shares.items()], columns=["dimension", "metric", "share"])
    df = values.merge(share, on=["dimension", "metric"], how="left")  # keeps the rows' order
    df["lost"] = 100.0 * df["share"].fillna(0.0) * (1.0 - df["score"])
    df = df[df.lost > 0.05].sort_values(["account_id", "lost"], ascending=[True, False])
    kept = df[df.groupby("account_id", sort=False).cumcount() < TOP_REASONS]
    named = {key: metric_label(model, key[0], key[1], labels) for key in shares}
    out: dict[str, list[str]] = {}
    for acc, d, m, v, lost in kept[["account_id", "dimension", "metric", "value", "lost"]].itertuples(index=False):
        if (d, m) in named:
            out.setdefault(str(acc), []).append(f"{named[(d, m)]} = {format_value(v)} (−{lost:.1f})")
    return out


def format_value(v: float | None) -> str:
    if v is None or pd.isna(v):
        return "–"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:.2f}" if abs(v) < 100 else f"{v:,.0f}"


def scores(store: Store, model: HealthModel, version: str, as_of: date, labels: dict[str, Label]) -> pd.DataFrame:
    """Scored accounts at `as_of`, lowest score first, with trend and top reasons."""
    snap = snapshots(store, version)
    snap = snap.filter(snap.as_of == as_of, snap.score.notnull())
    acc = store.table("accounts").select("account_id", "name", "tier", "plan", "mrr", "owner")
    trend = trend_expr(store, version, as_of)
    t = snap.select("account_id", "score", "band").join(acc, "account_id").left_join(trend, "account_id")
    t = t.select("account_id", "name", "tier", "plan", "mrr", "owner", "score", "band", "trend")
    df = store.execute(t.order_by(["score", "account_id"]))
    reasons = top_reasons(store, model, version, as_of, labels)
    df["top_reasons"] = [reasons.get(a, []) for a in df["account_id"]]
    return df.reset_index(drop=True)


def score_history(store: Store, version: str, account_id: str) -> pd.DataFrame:
    """One account's snapshots (as_of, score, band), oldest first."""
    snap = snapshots(store, version)
    rows = store.records(snap.filter(snap.account_id == ACCOUNT).select("as_of", "score", "band").order_by("as_of"),
                         {ACCOUNT: account_id})
    df = pd.DataFrame(rows, columns=["as_of", "score", "band"])
    if df.empty:
        accounts = store.table("accounts")
        if store.ibis.execute(accounts.filter(accounts.account_id == account_id).count()) == 0:
            raise NotFoundError(N_("no account %(account)s"), account=repr(account_id))
    return df


def band_composition_expr(store: Store, version: str) -> ir.Table:
    snap = snapshots(store, version)
    scored = snap.filter(snap.score.notnull())
    agg = scored.group_by("as_of").agg(
        good=(scored.band == "good").sum(),
        normal=(scored.band == "normal").sum(),
        bad=(scored.band == "bad").sum(),
        scored=scored.count(),
    )
    n = agg.scored.cast("float64")
    return agg.mutate(pct_good=100.0 * agg.good.cast("float64") / n, pct_bad=100.0 * agg.bad.cast("float64") / n,
                      index=index(agg.good.cast("float64"), agg.bad.cast("float64"), n)).order_by("as_of")


def first_read(store: Store, version: str, metrics: list[str], account_id: str | None = None) -> dict[str, date]:
    """Each of `metrics` (of `version`) by the first snapshot date at which some account read something for it: a
    value other than none or zero (no NPS answer, no ticket yet: a source not loaded yet reads zero for everyone).

    For one account (`account_id`), the first value at all: its zero tickets are a reading of its own, while
    before its first NPS answer the metric has no value and its score is made without it."""
    if not metrics:
        return {}
    mv = store.table("health_metric_values")
    mv = mv.filter(mv.model_version == version, mv.metric.isin(metrics), mv.value.notnull())
    mv = mv.filter(mv.value != 0) if account_id is None else mv.filter(mv.account_id == account_id)
    frame = store.execute(mv.group_by("metric").agg(first=mv.as_of.min()))
    return {str(m): pd.Timestamp(d).date() for m, d in zip(frame["metric"], frame["first"], strict=True)}


def band_composition(store: Store, version: str) -> pd.DataFrame:
    """Per snapshot date: counts per band, scored accounts, %Good, %Bad and the index %Good − %Bad."""
    return store.execute(band_composition_expr(store, version))
