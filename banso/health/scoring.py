"""Health scoring as Ibis expressions: metric values → metric scores → points → score and band.

For account *a*, metric *i* in dimension *d* with weights *wᵢ* (in the dimension) and *W_d*:

    sᵢ      = f_i(valueᵢ) ∈ [0, 1], or the missing policy's value (skip leaves it NULL)
    ewᵢ     = wᵢ if sᵢ is not NULL else 0                      (skipped metrics give their weight away)
    D_d     = Σ ewᵢ·sᵢ / Σ ewᵢ                                  (dimension score, NULL if all skipped)
    EW_d    = W_d if D_d is not NULL else 0
    pointsᵢ = 100 · EW_d/Σ EW · ewᵢ/Σ_d ewᵢ · sᵢ                 (the metric's contribution)
    score   = Σ pointsᵢ                                          (NULL when nothing could be scored)

so the points add up to the score by construction, and the weights are normalized at every level.
The expressions use no engine-specific SQL: they compile for DuckDB and PostgreSQL alike.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from banso.config.health import HealthModel, MetricScoring, Percentile, Threshold

NULL = ibis.null("float64")


@dataclass(frozen=True)
class Entry:
    """One metric of one dimension, and the columns that hold its value, score and points."""

    index: int
    dimension: str
    metric: str
    scoring: MetricScoring

    @property
    def value(self) -> str:
        return f"m{self.index}_value"

    @property
    def score(self) -> str:
        return f"m{self.index}_score"

    @property
    def points(self) -> str:
        return f"m{self.index}_points"


@dataclass(frozen=True)
class Plan:
    """The model laid out as columns."""

    model: HealthModel
    entries: tuple[Entry, ...]

    @classmethod
    def of(cls, model: HealthModel) -> Plan:
        entries: list[Entry] = []
        for dim, spec in model.dimensions.items():
            for metric, scoring in spec.metrics.items():
                entries.append(Entry(len(entries), dim, metric, scoring))
        return cls(model, tuple(entries))

    def dimensions(self) -> list[str]:
        return list(self.model.dimensions)

    def in_dimension(self, dim: str) -> list[Entry]:
        return [e for e in self.entries if e.dimension == dim]

    @staticmethod
    def dim_col(j: int, what: str) -> str:
        return f"d{j}_{what}"


def metric_score(value: ir.NumericValue, fn: Threshold | Percentile, tier: ir.StringValue,
                 live: ir.BooleanValue) -> ir.FloatingValue:
    """The 0..1 score of a metric value (NULL when the value is NULL).

    Percentiles rank an account among the live accounts (of its tier) that have a value.
    """
    v = value.cast("float64")
    if isinstance(fn, Threshold):
        return ((v - fn.bad) / (fn.good - fn.bad)).clip(lower=0.0, upper=1.0)  # type: ignore[return-value]
    # Mid-rank percentile: (accounts below + accounts at or below) / (2 · accounts with a value), so a
    # lone account scores 0.5 and ties share one score. Both are counts over RANGE frames (the rows up
    # to the value's last tie, less its ties), not rank() and cume_dist(): ClickHouse has no cume_dist(),
    # and its rank() in the frame Ibis writes (ROWS) gives tied rows different ranks.
    groups = [live, v.isnull()] if fn.within == "all" else [live, tier.fill_null(""), v.isnull()]
    at_or_below = v.count().over(ibis.window(group_by=groups, order_by=v, range=(None, 0))).cast("float64")
    ties = v.count().over(ibis.window(group_by=groups, order_by=v, range=(0, 0))).cast("float64")
    n = v.count().over(ibis.window(group_by=groups)).cast("float64")
    mid = (2.0 * at_or_below - ties) / (2.0 * n)
    if not fn.higher_is_better:
        mid = 1.0 - mid
    return ibis.ifelse(v.isnull(), NULL, mid)  # type: ignore[return-value]


def score_accounts(metrics: ir.Table, plan: Plan) -> ir.Table:
    """Wide scores from `metrics` (account_id, tier, live, and one column per metric of the model).

    Returns account_id, score, band, per entry its value/score/points and per dimension its
    score (`d{j}_score`), weight share (`d{j}_weight`) and points (`d{j}_points`). Accounts that
    are not live get NULL everywhere.
    """
    model = plan.model
    t = metrics
    live = t.live
    step: dict[str, ir.Value] = {}
    for e in plan.entries:
        s = metric_score(t[e.metric], e.scoring.score, t.tier, live)
        policy = model.missing_policy(e.scoring)
        if policy == "zero":
            s = s.fill_null(0.0)
        elif policy == "neutral":
            s = s.fill_null(0.5)
        step[e.value] = ibis.ifelse(live, t[e.metric].cast("float64"), NULL)
        step[e.score] = ibis.ifelse(live, s, NULL)
    t = t.select("account_id", "live", **step)

    # Effective weights, dimension scores and shares.
    dims: dict[str, ir.Value] = {}
    dim_weight_sum: dict[str, ir.NumericValue] = {}
    for j, dim in enumerate(plan.dimensions()):
        entries = plan.in_dimension(dim)
        ew = [ibis.ifelse(t[e.score].notnull(), e.scoring.weight, 0.0) for e in entries]
        total_w = sum(ew[1:], ew[0])
        weighted = sum((w * t[e.score].fill_null(0.0) for w, e in zip(ew, entries, strict=True)),
                       ibis.literal(0.0))
        dims[plan.dim_col(j, "score")] = ibis.ifelse(total_w > 0, weighted / total_w, NULL)
        dim_weight_sum[dim] = total_w
    t = t.mutate(**dims, **{f"_w{j}": w for j, w in enumerate(dim_weight_sum.values())})
    shares = {}
    eff = [ibis.ifelse(t[plan.dim_col(j, "score")].notnull(), model.dimensions[d].weight, 0.0)
           for j, d in enumerate(plan.dimensions())]
    grand = sum(eff[1:], eff[0])
    for j, _ in enumerate(plan.dimensions()):
        shares[plan.dim_col(j, "weight")] = ibis.ifelse(grand > 0, eff[j] / grand, NULL)
    t = t.mutate(**shares)

    points: dict[str, ir.Value] = {}
    for j, dim in enumerate(plan.dimensions()):
        for e in plan.in_dimension(dim):
            share = t[plan.dim_col(j, "weight")] * e.scoring.weight / t[f"_w{j}"]
            points[e.points] = ibis.ifelse(t[e.score].notnull() & (t[f"_w{j}"] > 0),
                                           100.0 * share * t[e.score], NULL)
    t = t.mutate(**points)
    dim_points = {}
    for j, dim in enumerate(plan.dimensions()):
        parts = [t[e.points].fill_null(0.0) for e in plan.in_dimension(dim)]
        dim_points[plan.dim_col(j, "points")] = ibis.ifelse(
            t[plan.dim_col(j, "score")].notnull(), sum(parts[1:], parts[0]), NULL
        )
    t = t.mutate(**dim_points)
    all_points = [t[e.points].fill_null(0.0) for e in plan.entries]
    # Scorable when any dimension has a score (an OR, not a count: PostgreSQL cannot cast a boolean to bigint).
    dim_scores = [t[plan.dim_col(j, "score")].notnull() for j in range(len(plan.dimensions()))]
    scorable = functools.reduce(operator.or_, dim_scores)
    score = ibis.ifelse(scorable, sum(all_points[1:], all_points[0]), NULL)
    t = t.mutate(score=score).drop(*[f"_w{j}" for j in range(len(plan.dimensions()))])
    band = ibis.cases(
        (t.score.isnull(), ibis.null("string")),
        (t.score >= model.bands.good, "good"),
        (t.score < model.bands.bad, "bad"),
        else_="normal",
    )
    return t.mutate(band=band)


def metric_rows(wide: ir.Table, plan: Plan) -> ir.Table:
    """The long form (account_id, metric, dimension, value, score, points) of live accounts
    (with `as_of` first when `wide` has it)."""
    scored = wide.filter(wide.live)
    keys = [c for c in ("as_of", "account_id") if c in wide.columns]
    parts = [
        scored.select(
            *keys,
            metric=ibis.literal(e.metric),
            dimension=ibis.literal(e.dimension),
            value=scored[e.value],
            score=scored[e.score],
            points=scored[e.points],
        )
        for e in plan.entries
    ]
    return ibis.union(*parts)


def dimension_rows(wide: ir.Table, plan: Plan) -> ir.Table:
    """The long form (account_id, dimension, score, weight, points) of scored accounts."""
    scored = wide.filter(wide.score.notnull())
    parts = [
        scored.select(
            "account_id",
            dimension=ibis.literal(dim),
            score=scored[plan.dim_col(j, "score")],
            weight=scored[plan.dim_col(j, "weight")],
            points=scored[plan.dim_col(j, "points")],
        )
        for j, dim in enumerate(plan.dimensions())
    ]
    return ibis.union(*parts)
