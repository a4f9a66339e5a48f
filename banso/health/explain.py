"""Why an account has its score: each metric's points, and how they moved since the previous snapshot.

The points of an account's metrics add up to its score (scoring.py builds the score as their sum),
so the changes per metric add up to the change of the score. A metric without a value in one of
the two snapshots counts 0 points there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import ibis.expr.types as ir

from banso.config.health import HealthModel
from banso.config.labels import Label, text_in
from banso.errors import NotFoundError
from banso.health.read import metric_label, nominal_shares, snapshots
from banso.i18n import N_
from banso.store import Store
from banso.store.params import ACCOUNT
from banso.values import as_float


@dataclass(frozen=True)
class MetricContribution:
    metric: str
    dimension: str
    label: str
    value: float | None
    score: float | None  # 0..1; None when the metric had no value and was skipped
    points: float  # contribution to the score now
    max_points: float  # what it would give at a perfect score (nominal weight share × 100)
    previous_value: float | None = None
    previous_points: float | None = None  # None when there is no previous snapshot

    @property
    def change(self) -> float | None:
        return None if self.previous_points is None else self.points - self.previous_points


@dataclass(frozen=True)
class DimensionContribution:
    dimension: str
    label: str
    score: float | None
    weight: float | None  # effective share of the score
    points: float
    previous_points: float | None = None

    @property
    def change(self) -> float | None:
        return None if self.previous_points is None else self.points - self.previous_points


@dataclass(frozen=True)
class Explanation:
    account_id: str
    name: str | None
    as_of: date
    model_name: str
    model_version: str
    score: float | None
    band: str | None
    previous_as_of: date | None = None
    previous_score: float | None = None
    previous_band: str | None = None
    dimensions: list[DimensionContribution] = field(default_factory=list)
    metrics: list[MetricContribution] = field(default_factory=list)

    @property
    def change(self) -> float | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score


def _num(v: object) -> float | None:
    return as_float(v)


@dataclass(frozen=True)
class _Stored:
    value: float | None
    score: float | None
    points: float | None


@lru_cache(maxsize=32)
def _last_two(store: Store, version: str, as_of: date) -> ir.Table:
    """The account's snapshot at `as_of` and the one before (bound to ACCOUNT; built once per date)."""
    snap = snapshots(store, version)
    return (snap.filter(snap.account_id == ACCOUNT, snap.as_of <= as_of)
            .select("as_of", "score", "band", "model_name").order_by([snap.as_of.desc()]).limit(2))


@lru_cache(maxsize=32)
def _metric_values(store: Store, version: str, dates: tuple[date, ...]) -> ir.Table:
    """The account's metric values at `dates` (bound to ACCOUNT; built once per pair of dates).

    The dates are literals, not a join with the snapshots: the store then reads only their rows.
    """
    mv = store.table("health_metric_values")
    return (mv.filter(mv.account_id == ACCOUNT, mv.model_version == version, mv.as_of.isin(list(dates)))
            .select("as_of", "dimension", "metric", "value", "score", "points"))


def _stored(rows: list[dict[str, object]], day: date | None) -> dict[tuple[str, str], _Stored]:
    """The metric values of one date, by (dimension, metric); none for a date the account was not live."""
    return {(str(r["dimension"]), str(r["metric"])): _Stored(_num(r["value"]), _num(r["score"]), _num(r["points"]))
            for r in rows if r["as_of"] == day}


@lru_cache(maxsize=8)
def _name_query(store: Store) -> ir.Table:
    return store.table("accounts").filter(lambda a: a.account_id == ACCOUNT).select("name")


def explain(store: Store, model: HealthModel, version: str, account_id: str, as_of: date,
            labels: dict[str, Label], language: str = "en") -> Explanation:
    rows = store.records(_last_two(store, version, as_of), {ACCOUNT: account_id})
    if not rows or rows[0]["as_of"] != as_of:
        accounts = store.table("accounts")
        if store.ibis.execute(accounts.filter(accounts.account_id == account_id).count()) == 0:
            raise NotFoundError(N_("no account %(account)s"), account=repr(account_id))
        raise NotFoundError(N_("account %(account)s has no snapshot as of %(as_of)s for the current model"),
                            account=account_id, as_of=as_of)
    now = rows[0]
    prev = rows[1] if len(rows) > 1 else None
    prev_date = prev["as_of"] if prev is not None else None
    values = store.records(_metric_values(store, version, tuple(r["as_of"] for r in rows)), {ACCOUNT: account_id})
    cur = _stored(values, as_of)
    old = _stored(values, prev_date)
    has_prev = prev is not None and _num(prev["score"]) is not None
    shares = nominal_shares(model)

    metrics = []
    for (dim_of, metric), share in shares.items():
        c, o = cur.get((dim_of, metric)), old.get((dim_of, metric))
        metrics.append(MetricContribution(
            metric=metric,
            dimension=dim_of,
            label=metric_label(model, dim_of, metric, labels, language),
            value=_num(c.value) if c is not None else None,
            score=_num(c.score) if c is not None else None,
            points=(_num(c.points) or 0.0) if c is not None else 0.0,
            max_points=100.0 * share,
            previous_value=_num(o.value) if o is not None else None,
            previous_points=((_num(o.points) or 0.0) if o is not None else 0.0) if has_prev else None,
        ))
    dims = []
    for dim_name, spec in model.dimensions.items():
        parts = [m for m in metrics if m.dimension == dim_name]
        scored = [m for m in parts if m.score is not None]
        weights = {name: scoring.weight for name, scoring in spec.metrics.items()}
        total_w = sum(weights[m.metric] for m in scored)
        dim_score = sum(weights[m.metric] * (m.score or 0.0) for m in scored) / total_w if total_w else None
        points = sum(m.points for m in parts)
        dims.append(DimensionContribution(
            dimension=dim_name,
            label=text_in(spec.label, language) or dim_name,
            score=dim_score,
            weight=points / (100.0 * dim_score) if dim_score else None,
            points=points,
            previous_points=sum(m.previous_points or 0.0 for m in parts) if has_prev else None,
        ))
    names = store.records(_name_query(store), {ACCOUNT: account_id})
    return Explanation(
        account_id=account_id,
        name=str(names[0]["name"]) if names and names[0]["name"] is not None else None,
        as_of=as_of,
        model_name=str(now["model_name"]),
        model_version=version,
        score=_num(now["score"]),
        band=now["band"] if isinstance(now["band"], str) else None,
        previous_as_of=prev_date,
        previous_score=_num(prev["score"]) if prev is not None else None,
        previous_band=prev["band"] if prev is not None and isinstance(prev["band"], str) else None,
        dimensions=dims,
        metrics=metrics,
    )
