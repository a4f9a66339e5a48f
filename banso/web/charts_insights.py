"""Plotly figure specs for the insights: trend lines, funnel bars and retention curves.

Built from the same result the JSON twin returns, labelled in the page's language (see `charts`).
"""

from __future__ import annotations

from typing import Any

from banso.analysis.composition import Composition
from banso.analysis.history_view import drawn_snapshots
from banso.analysis.insights import FunnelResult, RetentionResult, TrendResult
from banso.analysis.insights.words import event_label, series_name
from banso.analysis.reports.thresholds import OUTCOMES, ThresholdResult
from banso.i18n import gettext_ as _
from banso.web.charts import BAD, GOOD, PALETTE, Figure, date_axis, joined_marks, week_ticks


def trend(result: TrendResult) -> Figure:
    x = [p.start.isoformat() for p in result.periods]
    several = len({s.segment for s in result.series}) > 1
    pct = result.spec.measure == "metric"
    traces: list[dict[str, Any]] = []
    for i, s in enumerate(result.series):
        color = PALETTE[i % len(PALETTE)]
        traces.append({"x": x, "y": s.values, "name": series_name(s.segment, s.group, several), "type": "scatter",
                       "mode": "lines+markers", "line": {"color": color, "width": 2.2}, "marker": {"size": 5},
                       "hovertemplate": "%{y:,.2f}" if pct else "%{y:,}"})
    incomplete = [p.start.isoformat() for p in result.periods if not p.complete]
    shapes = [{"type": "rect", "xref": "x", "yref": "paper", "x0": incomplete[0], "x1": x[-1], "y0": 0, "y1": 1,
               "fillcolor": "#7a8597", "opacity": 0.08, "line": {"width": 0}}] if incomplete else []
    ticks = week_ticks([p.start for p in result.periods]) if result.spec.interval == "week" else {}
    return {"data": traces, "layout": {"xaxis": date_axis(**ticks), "yaxis": {"rangemode": "tozero"}, "shapes": shapes}}


def funnel(result: FunnelResult) -> Figure:
    several = len({s.segment for s in result.series}) > 1
    labels = [f"{i + 1}. {event_label(step)}" for i, step in enumerate(result.spec.steps)]
    traces = [{"x": labels, "y": [None if st.conversion is None else 100 * st.conversion for st in s.steps],
               "name": series_name(s.segment, s.group, several), "type": "bar",
               "marker": {"color": PALETTE[i % len(PALETTE)]},
               "customdata": [st.actors for st in s.steps],
               "hovertemplate": "%{y:.1f}% (%{customdata:,})<extra></extra>"} for i, s in enumerate(result.series)]
    return {"data": traces, "layout": {"barmode": "group", "yaxis": {"range": [0, 100], "ticksuffix": "%"},
                                       "hovermode": "closest"}}


def retention(result: RetentionResult) -> Figure:
    several = len({g.segment for g in result.groups}) > 1
    k = list(range(result.spec.periods))
    traces = [{"x": k, "y": [None if v is None else 100 * v for v in g.average],
               "name": series_name(g.segment, g.group, several), "type": "scatter", "mode": "lines+markers",
               "line": {"color": PALETTE[i % len(PALETTE)], "width": 2.2}, "hovertemplate": "%{y:.1f}%"}
              for i, g in enumerate(result.groups)]
    return {"data": traces, "layout": {
        "xaxis": {"title": {"text": _("Periods since start")}, "dtick": 1},
        "yaxis": {"range": [0, 100], "ticksuffix": "%"}}}


def composition(result: Composition) -> Figure:
    """The index of each group per snapshot, with its targets as dashed steps of the same colour, the warm-up
    weeks left out and where a metric joined the score marked (`analysis.history_view` decides both)."""
    days = result.days()
    drawn = {days[i] for i in drawn_snapshots(result.partial())}
    traces: list[dict[str, Any]] = []
    for i, s in enumerate(result.series):
        color = PALETTE[i % len(PALETTE)]
        name = {"all": _("All accounts")}.get(s.group, s.group)
        points = [p for p in s.points if p.as_of in drawn]
        x = [p.as_of.isoformat() for p in points]
        traces.append({"x": x, "y": [p.index for p in points], "name": name, "type": "scatter",
                       "mode": "lines+markers", "line": {"color": color, "width": 2.4}, "marker": {"size": 5},
                       "hovertemplate": "%{y:+.1f} pt"})
        if any(p.target is not None for p in points):
            traces.append({"x": x, "y": [p.target for p in points], "name": _("Target") + f" · {name}",
                           "type": "scatter", "mode": "lines", "line": {"color": color, "dash": "dash", "width": 1.5,
                                                                         "shape": "hv"},
                           "hovertemplate": _("target") + " %{y:+.1f} pt"})
    return {"data": traces, "layout": {"xaxis": date_axis(),
                                       "yaxis": {"ticksuffix": " pt", "zeroline": True, "zerolinecolor": "#c9d2de"},
                                       **joined_marks([(m.as_of, m.label) for m in result.metrics_joined])}}


def thresholds(result: ThresholdResult, label: str | None = None) -> Figure:
    """Each outcome's share of observations per bin of the metric (named `label`, else by its name), with the
    suggested cut as a line."""
    x = [(b.low + b.high) / 2 for b in result.bins]
    total_r = sum(b.retained for b in result.bins) or 1
    total_c = sum(b.churned for b in result.bins) or 1
    data = [
        {"x": x, "y": [100 * b.retained / total_r for b in result.bins], "type": "bar", "name": _(OUTCOMES["retained"]),
         "marker": {"color": GOOD}, "opacity": 0.6, "hovertemplate": "%{y:.1f}%<extra></extra>"},
        {"x": x, "y": [100 * b.churned / total_c for b in result.bins], "type": "bar", "name": _(OUTCOMES["churned"]),
         "marker": {"color": BAD}, "opacity": 0.6, "hovertemplate": "%{y:.1f}%<extra></extra>"},
    ]
    shapes = []
    if result.suggestion is not None:
        cut = result.suggestion.cut
        shapes.append({"type": "line", "x0": cut, "x1": cut, "yref": "paper", "y0": 0, "y1": 1,
                       "line": {"color": "#1c2430", "dash": "dot", "width": 2}})
    return {"data": data, "layout": {"barmode": "overlay", "bargap": 0.05, "shapes": shapes, "hovermode": "closest",
                                     "yaxis": {"ticksuffix": "%"}, "xaxis": {"title": {"text": label or result.spec.metric}}}}
