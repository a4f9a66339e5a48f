"""`kpi-tree`: from revenue retention down to the metrics of the health score, each node with value, target, trend.

The tree, as the kintone team drew it:

    revenue retention: GRR (NRR beside it)           over the last `months` months of revenue
    ├── tier T: churn and contraction                revenue lost to accounts that left / that shrank
    │   ├── Good: share of the tier now, churn rate  churn rate: customers of the band at a snapshot
    │   ├── Normal …                                 `churn_days` ago that churned within `churn_days`
    │   │                                            (trials left out: `banso.customers`)
    │   └── Bad …
    └── health score: mean score, index %Good − %Bad
        ├── dimension: mean points it adds to the score
        │   └── metric: mean points (and mean value)

Points add up: a dimension's mean points are the sum of its metrics', and the dimensions' the mean
score (DESIGN's explanation of a score). **Trend** is the change against the period before: revenue
retention one month earlier, health four weekly snapshots earlier. **Targets** come from `kpi_tree.targets`
in banso.yaml; churn, contraction, churn rates and the Bad band's share are met from below. Each node
links to the page that explains it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

import ibis
import pandas as pd
from pydantic import Field

from banso.analysis.periods import utc_midnight
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.analysis.reports.dates import seen_at
from banso.config.health import BANDS, HealthModel
from banso.config.kpi import lower_is_better
from banso.config.labels import text_in
from banso.customers import customer_at
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_date

Unit = Literal["share", "points", "score", "value"]


class KpiTreeSpec(ReportSpec):
    kind: Literal["kpi-tree"] = "kpi-tree"
    as_of: date | None = Field(None, description="seen at this date (default: the date pages are seen at)")


@dataclass(frozen=True)
class KpiNode:
    key: Annotated[str, Field(description="the node, as kpi_tree.targets names it (e.g. churn:SMB)")]
    label: str
    value: float | None
    unit: Annotated[Unit, Field(description="share (0–1), points, score (0–100) or value")]
    target: float | None
    met: bool | None
    trend: Annotated[float | None, Field(description="change against the period before")]
    link: Annotated[str, Field(description="the page that explains it")]
    detail: Annotated[str, Field(description="what the value counts")] = ""
    children: list[KpiNode] = field(default_factory=list)
    detail_template: Annotated[str, Field(description="`detail` as a message template with %(name)s fields (for "
                                                      "the pages to translate)")] = ""
    detail_values: Annotated[dict[str, str], Field(description="the template's values")] = field(default_factory=dict)


@dataclass(frozen=True)
class KpiTree:
    spec: KpiTreeSpec
    as_of: date
    revenue_from: date | None
    revenue_to: date | None
    snapshot: date | None
    churn_days: Annotated[int, Field(description="a band's churn rate counts churn within this many days")]
    roots: list[KpiNode]
    names: Annotated[dict[str, dict[str, str]], Field(
        description="language (ja, en) -> the health model's dimensions and metrics by name, as the model labels "
                    "them")] = field(default_factory=dict)


class KpiTreeReport(Report[KpiTreeSpec, KpiTree]):
    kind = "kpi-tree"
    title = "KPI tree"
    spec = KpiTreeSpec
    result = KpiTree

    def run(self, ctx: RunContext, spec: KpiTreeSpec) -> KpiTree:
        as_of = seen_at(ctx, spec.as_of) or date.today()
        settings = ctx.config.kpi_tree
        targets = settings.targets
        window = _window(ctx, as_of, settings.months)
        snapshots = _snapshot_dates(ctx, as_of)
        latest = snapshots[-1] if snapshots else None
        roots = []
        if window is not None:
            roots.append(_revenue_root(ctx, window, targets, snapshots, settings.churn_days))
        if latest is not None and ctx.health is not None:
            roots.append(_health_root(ctx, snapshots, targets))
        return KpiTree(spec=spec, as_of=as_of, revenue_from=window[0] if window else None,
                       revenue_to=window[1] if window else None, snapshot=latest,
                       churn_days=settings.churn_days, roots=roots,
                       names=_model_names(ctx.health.model) if ctx.health is not None else {})

    def view(self, result: KpiTree, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        rows: list[list[Any]] = []

        def walk(node: KpiNode, depth: int) -> None:
            rows.append(["  " * depth + node_label(result, node, language), node.key, _text(node.value, node.unit),
                         _text(node.target, node.unit), "" if node.met is None else (_("met") if node.met
                                                                                       else _("not met")),
                         _text(node.trend, node.unit, signed=True), node_detail(node), node.link])
            for child in node.children:
                walk(child, depth + 1)

        for root in result.roots:
            walk(root, 0)
        notes = [] if result.roots else [_("no revenue and no health snapshot yet: load revenue and run "
                                           "`banso score`")]
        return View(headline=_("KPI tree as of %(date)s") % {"date": result.as_of.isoformat()},
                    tables=[Table(_("KPI tree"), [_("node"), _("key"), _("value"), _("target"), _("met"), _("trend"),
                                                  _("what it counts"), _("explained at")], rows)],
                    notes=notes)


# the labels of the tree's own nodes (tiers and the model's parts are named by the data and the model)
LABELS = {"churn": N_("churn"), "contraction": N_("contraction"), "Good": N_("Good"), "Normal": N_("Normal"),
          "Bad": N_("Bad"), "health score": N_("health score"), "index %Good − %Bad": N_("index %Good − %Bad")}


def node_label(tree: KpiTree, node: KpiNode, language: str) -> str:
    """A node's name in the reader's language (read under `i18n.using`): the tree's own words through the
    catalogue, the model's dimensions and metrics as the model labels them, tiers as the data names them."""
    if node.label in LABELS:
        return _(LABELS[node.label])
    if node.label == f"churn within {tree.churn_days} days":
        return _("churn within %(n)s days") % {"n": tree.churn_days}
    return tree.names.get(language, {}).get(node.label, node.label)


def node_detail(node: KpiNode) -> str:
    """What a node's value counts, in the reader's language (read under `i18n.using`)."""
    if not node.detail_template:
        return node.detail
    said = _(node.detail_template)
    return said % node.detail_values if node.detail_values else said


def _model_names(model: HealthModel) -> dict[str, dict[str, str]]:
    """Each dimension's and metric's label in each language (its name where the model gives none)."""
    out: dict[str, dict[str, str]] = {"ja": {}, "en": {}}
    for dim_name, dim in model.dimensions.items():
        for lang, names in out.items():
            names[dim_name] = text_in(dim.label, lang) or dim_name
            names.update({metric: text_in(scoring.label, lang) or metric for metric, scoring in dim.metrics.items()})
    return out


# -- revenue -----------------------------------------------------------------------------------------
def _window(ctx: RunContext, as_of: date, months: int) -> tuple[date, date] | None:
    r = ctx.store.table("revenue")
    known = ctx.store.execute(r.filter(r.month < as_of).select("month").distinct().order_by("month"))
    found = [d for d in (as_date(m) for m in known["month"]) if d is not None]
    if len(found) < 2:
        return None
    end = found[-1]
    return max(_shift_month(end, -months), found[0]), end


def _pairs(ctx: RunContext, start: date, end: date) -> pd.DataFrame:
    """Per account with MRR at the start: its tier, MRR at the start and at the end (0 when gone)."""
    r = ctx.store.table("revenue")
    per = r.group_by(["account_id", "month"]).agg(mrr=r.mrr.sum())
    s = per.filter(per.month == start, per.mrr > 0).select("account_id", start_mrr=per.mrr)
    e = per.filter(per.month == end).select(e_account="account_id", end_mrr=per.mrr)
    acc = ctx.store.table("accounts").select(a_account="account_id", tier="tier")
    j = s.left_join(e, s.account_id == e.e_account).left_join(acc, s.account_id == acc.a_account)
    return ctx.store.execute(j.select("account_id", "start_mrr", end_mrr=ibis.coalesce(j.end_mrr, 0.0),
                                      tier=j.tier.fill_null("(none)")).order_by("account_id"))  # sums: a fixed order


def _rates(frame: pd.DataFrame) -> dict[str, float | None]:
    start = float(frame["start_mrr"].sum())
    if not start:
        return {"grr": None, "nrr": None, "churn": None, "contraction": None}
    end = frame["end_mrr"]
    churn = float(frame.loc[end <= 0, "start_mrr"].sum()) / start
    shrank = (end > 0) & (end < frame["start_mrr"])
    contraction = float((frame.loc[shrank, "start_mrr"] - end[shrank]).sum()) / start
    return {"grr": 1.0 - churn - contraction, "nrr": float(end.sum()) / start, "churn": churn,
            "contraction": contraction}


def _revenue_root(ctx: RunContext, window: tuple[date, date], targets: dict[str, float], snapshots: list[date],
                  churn_days: int) -> KpiNode:
    start, end = window
    now = _pairs(ctx, start, end)
    before = _pairs(ctx, _shift_month(start, -1), _shift_month(end, -1))
    overall, earlier = _rates(now), _rates(before)
    tiers = []
    bands = _band_nodes(ctx, snapshots, churn_days, targets) if ctx.health is not None and snapshots else {}
    for tier in sorted(now["tier"].unique(), key=str):
        mine, prior = _rates(now[now["tier"] == tier]), _rates(before[before["tier"] == tier])
        link = "/accounts?" + urlencode({"tier": tier})
        churn = _node(f"churn:{tier}", "churn", mine["churn"], "share", targets, prior["churn"], link,
                      N_("MRR at the start of accounts that left ÷ MRR at the start"))
        contraction = _node(f"contraction:{tier}", "contraction", mine["contraction"], "share", targets,
                            prior["contraction"], link, N_("MRR lost by accounts that shrank ÷ MRR at the start"))
        tiers.append(_node(f"grr:{tier}", f"{tier}", mine["grr"], "share", targets, prior["grr"], link,
                           N_("GRR of %(tier)s (NRR %(nrr)s)"), [churn, contraction, *bands.get(str(tier), [])],
                           tier=tier, nrr=_text(mine["nrr"], "share")))
    nrr = _node("nrr", "NRR", overall["nrr"], "share", targets, earlier["nrr"], "/evidence",
                N_("Σ MRR at the end ÷ Σ MRR at the start"))
    return _node("grr", "GRR", overall["grr"], "share", targets, earlier["grr"], "/evidence",
                 N_("%(start)s → %(end)s: NRR %(nrr)s"), [nrr, *tiers], start=f"{start:%Y-%m}", end=f"{end:%Y-%m}",
                 nrr=_text(overall["nrr"], "share"))


def _band_nodes(ctx: RunContext, snapshots: list[date], churn_days: int,
                targets: dict[str, float]) -> dict[str, list[KpiNode]]:
    """Per tier: each band's share of the tier's scored accounts now, with the band's churn rate beneath."""
    from banso.health.read import snapshots as snapshot_table

    assert ctx.health is not None
    snap = snapshot_table(ctx.store, ctx.health.version)
    latest = snapshots[-1]
    earlier = snapshots[-5] if len(snapshots) >= 5 else None
    cohort = next((d for d in reversed(snapshots) if d <= latest - timedelta(days=churn_days)), None)
    wanted = [d for d in (latest, earlier, cohort) if d is not None]
    acc = ctx.store.table("accounts").select(a_account="account_id", tier="tier", churned_at="churned_at",
                                             status="status", trial_started_at="trial_started_at",
                                             contract_started_at="contract_started_at")
    rows = snap.filter(snap.as_of.isin(wanted), snap.score.notnull())
    j = rows.join(acc, rows.account_id == acc.a_account)
    frame = ctx.store.execute(j.select("account_id", "as_of", "band", tier=j.tier.fill_null("(none)"),
                                       churned_at=j.churned_at, status=j.status, trial_started_at=j.trial_started_at,
                                       contract_started_at=j.contract_started_at))
    frame["as_of"] = [as_date(d) for d in frame["as_of"]]
    out: dict[str, list[KpiNode]] = {}
    for tier, mine in frame.groupby("tier"):
        nodes = []
        for band in BANDS:
            share = _share(mine, latest, band)
            before = _share(mine, earlier, band) if earlier else None
            rate = None
            if cohort is not None:
                # customers only: a trial that ends without a contract did not churn (`banso.customers`)
                start = pd.Timestamp(utc_midnight(cohort, ctx.config.timezone))
                at = mine[(mine["as_of"] == cohort) & (mine["band"] == band)]
                at = at[customer_at(at["trial_started_at"], at["contract_started_at"], start, at["status"])]
                if len(at):
                    left = at["churned_at"].notna() & (at["churned_at"] >= start) & (
                        at["churned_at"] < start + pd.Timedelta(days=churn_days))
                    rate = float(left.mean())
            link = "/accounts?" + urlencode({"tier": tier, "band": band})
            churn = (_node(f"band_churn:{band}", f"churn within {churn_days} days", rate, "share", targets, None,
                           "/validation", N_("of this band's customers at %(date)s"), date=cohort.isoformat())
                     if cohort else _node(f"band_churn:{band}", f"churn within {churn_days} days", rate, "share",
                                          targets, None, "/validation", N_("no snapshot that old")))
            nodes.append(_node(f"band_share:{band}", band.capitalize(), share, "share", targets, before, link,
                               N_("share of the tier's scored accounts"), [churn]))
        out[str(tier)] = nodes
    return out


def _share(frame: pd.DataFrame, day: date | None, band: str) -> float | None:
    at = frame[frame["as_of"] == day]
    return float((at["band"] == band).mean()) if len(at) else None


# -- health ------------------------------------------------------------------------------------------
def _health_root(ctx: RunContext, snapshots: list[date], targets: dict[str, float]) -> KpiNode:
    assert ctx.health is not None
    latest = snapshots[-1]
    earlier = snapshots[-5] if len(snapshots) >= 5 else None
    v = ctx.store.table("health_metric_values")
    rows = v.filter(v.model_version == ctx.health.version, v.as_of.isin([d for d in (latest, earlier) if d]))
    # in a fixed order: a dimension's points are summed over its metrics' rows, and floating-point sums
    # follow the order of their terms (a group-by hands its groups back in any order)
    per = ctx.store.execute(rows.group_by("as_of", "dimension", "metric").agg(
        points=rows.points.mean(), value=rows.value.mean(), accounts=rows.account_id.nunique())
        .order_by("as_of", "dimension", "metric"))
    per["as_of"] = [as_date(d) for d in per["as_of"]]
    snap = ctx.store.table("health_snapshots")
    scored = snap.filter(snap.model_version == ctx.health.version, snap.as_of.isin([d for d in (latest, earlier) if d]),
                         snap.score.notnull())
    scores = ctx.store.execute(scored.group_by("as_of").agg(
        score=scored.score.mean(), good=(scored.band == "good").mean(), bad=(scored.band == "bad").mean()))
    scores["as_of"] = [as_date(d) for d in scores["as_of"]]

    def at(day: date | None, column: str) -> float | None:
        hit = scores[scores["as_of"] == day]
        return float(hit[column].iloc[0]) if len(hit) else None

    def points(day: date | None, dimension: str, metric: str | None = None) -> float | None:
        hit = per[(per["as_of"] == day) & (per["dimension"] == dimension)]
        if metric is not None:
            hit = hit[hit["metric"] == metric]
        return float(hit["points"].sum()) if len(hit) else None

    dims = []
    for name, dim in ctx.health.model.dimensions.items():
        metrics = []
        for metric in dim.metrics:
            now, before = points(latest, name, metric), points(earlier, name, metric)
            value = per[(per["as_of"] == latest) & (per["metric"] == metric)]["value"]
            mean_value = float(value.iloc[0]) if len(value) and value.iloc[0] == value.iloc[0] else None
            link = "/accounts?" + urlencode({"sort": f"m__{metric}"})
            metrics.append(_node(f"metric:{metric}", metric, now, "points", targets, before, link,
                                 N_("mean value %(mean)s"), mean=f"{mean_value:.3g}") if mean_value is not None
                           else _node(f"metric:{metric}", metric, now, "points", targets, before, link,
                                      N_("no value")))
        now, before = points(latest, name), points(earlier, name)
        dims.append(_node(f"dimension:{name}", name, now, "points", targets, before, "/validation",
                          N_("mean points it adds to the score"), metrics))
    score, score_before = at(latest, "score"), at(earlier, "score")
    good, bad = at(latest, "good"), at(latest, "bad")
    index = None if good is None or bad is None else 100 * (good - bad)
    index_node = _node("index", "index %Good − %Bad", index, "score", targets, None, "/composition",
                       N_("as of %(date)s"), date=latest.isoformat())
    return _node("score", "health score", score, "score", targets, score_before, "/validation",
                 N_("mean score of scored accounts at %(date)s"), [index_node, *dims], date=latest.isoformat())


# -- parts -------------------------------------------------------------------------------------------
def _snapshot_dates(ctx: RunContext, as_of: date) -> list[date]:
    if ctx.health is None:
        return []
    from banso.health.read import snapshot_dates

    return [d for d in snapshot_dates(ctx.store, ctx.health.version) if d <= as_of]


def _node(key: str, label: str, value: float | None, unit: Unit, targets: dict[str, float], previous: float | None,
          link: str, detail: str = "", children: list[KpiNode] | None = None, **values: object) -> KpiNode:
    """A node read against its target (`kpi_tree.targets`), with its change since `previous`; `detail` is a
    message template filled with `values` (English here, translated by the pages)."""
    target = targets.get(key)
    met = None
    if target is not None and value is not None:
        met = value <= target if lower_is_better(key) else value >= target
    trend = None if value is None or previous is None else value - previous
    filled = {k: str(v) for k, v in values.items()}
    return KpiNode(key=key, label=label, value=value, unit=unit, target=target, met=met, trend=trend, link=link,
                   detail=detail % filled if filled else detail, children=children or [], detail_template=detail,
                   detail_values=filled)


def _shift_month(day: date, months: int) -> date:
    n = day.year * 12 + day.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _text(value: float | None, unit: str, signed: bool = False) -> str:
    if value is None:
        return "—"
    if unit == "share":
        return f"{100 * value:+.1f} pt" if signed else f"{100 * value:.1f}%"
    return f"{value:+.2f}" if signed else f"{value:.2f}"
