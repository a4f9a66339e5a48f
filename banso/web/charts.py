"""Plotly figure specs (plain dicts) for the pages; `banso.js` draws them with the bundled Plotly.

Figures are built here rather than in the browser so labels are translated with the page and the
numbers a chart shows are exactly the ones in the page's JSON twin.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from banso import event_names, i18n
from banso.analysis.history_view import drawn_snapshots
from banso.i18n import gettext_ as _

GOOD, NORMAL, BAD, ACCENT = "#1e8e5a", "#d69e2e", "#c53030", "#1f6f8b"
PALETTE = ["#1f6f8b", "#e07b39", "#6740b8", "#1e8e5a", "#c53030", "#946200", "#2457a6", "#7a8597"]
Figure = dict[str, Any]


def _iso(days: Sequence[date]) -> list[str]:
    return [d.isoformat() for d in days]


_DAY_MS = 86_400_000


def date_axis(**more: Any) -> dict[str, Any]:
    """An x axis of dates that reads in the page's language: Plotly writes `Nov 2026` on its own, so Japanese
    pages get `2026年11月`, `11月16日` and `2026年` by zoom level (d3 time formats), and the hover says the day.
    (Slanted in a narrow chart, the labels get their room from the margin banso.js lets every axis grow.)"""
    axis: dict[str, Any] = {"gridcolor": "#eef1f5", **more}
    if i18n.current() == "ja":
        axis |= {"tickformatstops": [
            {"dtickrange": [None, 28 * _DAY_MS], "value": "%-m月%-d日"},
            {"dtickrange": [28 * _DAY_MS, 365 * _DAY_MS], "value": "%Y年%-m月"},
            {"dtickrange": [365 * _DAY_MS, None], "value": "%Y年"}],
            "hoverformat": "%Y年%-m月%-d日"}
    return axis


def amount_axis(low: float, high: float, **more: Any) -> dict[str, Any]:
    """A y axis of amounts from `low` to `high`, its ticks written the reader's way (「500万」, "5M"): Plotly writes
    5M on Japanese pages too. About five round steps; the hover says the amount in full.

    >>> from banso.i18n import using
    >>> with using("ja"):
    ...     axis = amount_axis(-3_600_000, 7_100_000)
    >>> axis["tickvals"], axis["ticktext"]
    ([-5000000, -2500000, 0, 2500000, 5000000, 7500000], ['−500万', '−250万', '0', '250万', '500万', '750万'])
    >>> with using("en"):
    ...     amount_axis(0, 42_000)["ticktext"], amount_axis(0, 2)["tickvals"]
    (['0', '10K', '20K', '30K', '40K', '50K'], [0, 1, 2])
    """
    raw = max(high - low, 1.0) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1, next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw))  # whole units
    first, last = math.floor(low / step), math.ceil(high / step)
    ticks = [round(k * step) for k in range(first, last + 1)]
    return {"tickvals": ticks, "ticktext": [i18n.compact(t) if t else "0" for t in ticks], **more}


def warm_up_shade(days: Sequence[date], partial: Sequence[bool]) -> dict[str, Any]:
    """A grey band over the warm-up snapshots still drawn, labelled, as layout shapes and annotations."""
    drawn = [d for d, p in zip(days, partial, strict=True) if p]
    if not drawn or not all(partial):
        return {}
    return {"shapes": [{"type": "rect", "xref": "x", "yref": "paper", "x0": drawn[0].isoformat(),
                        "x1": drawn[-1].isoformat(), "y0": 0, "y1": 1, "fillcolor": "#7a8597", "opacity": 0.12,
                        "line": {"width": 0}, "layer": "below"}],
            "annotations": [{"xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left", "yanchor": "bottom",
                             "showarrow": False, "text": _("warm-up: windows reach before the first event"),
                             "font": {"color": "#5b6675", "size": 11}}]}


def joined_marks(joined: Sequence[tuple[date, str]]) -> dict[str, list[dict[str, Any]]]:
    """A dotted line at each date a metric joined the score (its source began later), labelled with the metric:
    what moves the bands there is the model's input. Which joins a chart shows is decided with its snapshots
    (`analysis.history_view.joined_in_view`).

    >>> marks = joined_marks([(date(2026, 5, 11), "NPS")])
    >>> marks["shapes"][0]["x0"], marks["annotations"][0]["text"]
    ('2026-05-11', '+ NPS')
    """
    return {
        "shapes": [{"type": "line", "xref": "x", "yref": "paper", "x0": d.isoformat(), "x1": d.isoformat(), "y0": 0,
                    "y1": 1, "line": {"color": "#5b6675", "width": 1, "dash": "dot"}} for d, _label in joined],
        "annotations": [{"xref": "x", "yref": "paper", "x": d.isoformat(), "y": 1, "xanchor": "left",
                         "yanchor": "top", "showarrow": False, "text": f"+ {label}",
                         "hovertext": _("%(metric)s joined the score here: its data begin on this date, and the "
                                        "scores moved with it") % {"metric": label},
                         "font": {"color": "#5b6675", "size": 11}, "bgcolor": "rgba(255,255,255,0.8)"}
                        for d, label in joined],
    }


def _layout_marks(*parts: dict[str, Any]) -> dict[str, Any]:
    """Layout shapes and annotations of several sources, in one list each."""
    out: dict[str, Any] = {}
    for part in parts:
        for key in ("shapes", "annotations"):
            if part.get(key):
                out.setdefault(key, []).extend(part[key])
    return out


def _pick(values: Sequence[Any], keep: Sequence[int]) -> list[Any]:
    return [values[i] for i in keep]


def band_composition(days: Sequence[date], good: Sequence[float], normal: Sequence[float],
                     bad: Sequence[float], partial: Sequence[bool] | None = None,
                     joined: Sequence[tuple[date, str]] = ()) -> Figure:
    """Stacked shares of Good / Normal / Bad per snapshot (percent of scored accounts), warm-up weeks left out,
    and where a metric joined the score (`joined_marks`)."""
    partial = list(partial) if partial is not None else [False] * len(days)
    keep = drawn_snapshots(partial)
    x = _iso(_pick(days, keep))
    traces = [
        {"x": x, "y": _pick(vals, keep), "name": name, "type": "scatter", "mode": "lines", "stackgroup": "bands",
         "line": {"width": 0.5, "color": color}, "fillcolor": color, "hovertemplate": "%{y:.1f}%"}
        for vals, name, color in ((bad, _("Bad"), BAD), (normal, _("Normal"), NORMAL), (good, _("Good"), GOOD))
    ]
    drawn = _pick(days, keep)
    return {"data": traces, "layout": {"yaxis": {"range": [0, 100], "ticksuffix": "%"}, "xaxis": date_axis(),
                                       **_layout_marks(warm_up_shade(drawn, _pick(partial, keep)),
                                                       joined_marks(joined))}}


def index_line(days: Sequence[date], index: Sequence[float], partial: Sequence[bool] | None = None,
               joined: Sequence[tuple[date, str]] = ()) -> Figure:
    """The index %Good − %Bad per snapshot, warm-up weeks left out, and where a metric joined the score."""
    partial = list(partial) if partial is not None else [False] * len(days)
    keep = drawn_snapshots(partial)
    drawn = _pick(days, keep)
    return {
        "data": [{"x": _iso(_pick(days, keep)), "y": _pick(index, keep), "type": "scatter", "mode": "lines+markers",
                  "name": _("Index"), "line": {"color": ACCENT, "width": 2.5}, "marker": {"size": 5},
                  "hovertemplate": "%{y:+.1f} pt"}],
        "layout": {"yaxis": {"ticksuffix": " pt", "zeroline": True, "zerolinecolor": "#c9d2de"}, "showlegend": False,
                   "xaxis": date_axis(), **_layout_marks(warm_up_shade(drawn, _pick(partial, keep)),
                                                         joined_marks(joined))},
    }


def score_histogram(bins: Sequence[tuple[int, int]], good: float, bad: float, width: int = 5) -> Figure:
    x = [b + width / 2 for b, _n in bins]
    colors = [GOOD if b >= good else BAD if b + width <= bad else NORMAL for b, _n in bins]
    return {
        "data": [{"x": x, "y": [n for _b, n in bins], "type": "bar", "marker": {"color": colors}, "width": width * 0.9,
                  "name": _("Accounts"), "hovertemplate": "%{x}: %{y}<extra></extra>"}],
        "layout": {"xaxis": {"range": [0, 100], "title": {"text": _("Health score")}}, "showlegend": False,
                   "hovermode": "closest", "bargap": 0.05},
    }


def score_history(days: Sequence[date], scores: Sequence[float | None], good: float, bad: float,
                  partial: Sequence[bool] | None = None, joined: Sequence[tuple[date, str]] = ()) -> Figure:
    """One account's score per snapshot over the bands, warm-up weeks left out, and where a metric joined its
    score (`joined_marks`: its first NPS answer)."""
    partial = list(partial) if partial is not None else [False] * len(days)
    keep = drawn_snapshots(partial)
    shade = _layout_marks(warm_up_shade(_pick(days, keep), _pick(partial, keep)), joined_marks(joined))
    x = _iso(_pick(days, keep))
    scores = _pick(scores, keep)
    shapes = [
        {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": good, "y1": 100, "fillcolor": GOOD, "opacity": 0.07,
         "line": {"width": 0}, "layer": "below"},
        {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": 0, "y1": bad, "fillcolor": BAD, "opacity": 0.07,
         "line": {"width": 0}, "layer": "below"},
        {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": good, "y1": good, "line": {"color": GOOD, "dash": "dot", "width": 1}},
        {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": bad, "y1": bad, "line": {"color": BAD, "dash": "dot", "width": 1}},
    ]
    annotations = [
        {"xref": "paper", "x": 1, "y": good, "text": f"{_('Good')} ≥ {good:g}", "showarrow": False, "xanchor": "right",
         "yanchor": "bottom", "font": {"color": GOOD, "size": 11}},
        {"xref": "paper", "x": 1, "y": bad, "text": f"{_('Bad')} < {bad:g}", "showarrow": False, "xanchor": "right",
         "yanchor": "top", "font": {"color": BAD, "size": 11}},
    ]
    return {
        "data": [{"x": x, "y": list(scores), "type": "scatter", "mode": "lines+markers", "name": _("Health score"),
                  "line": {"color": ACCENT, "width": 2.5}, "marker": {"size": 6}, "hovertemplate": "%{y:.1f}"}],
        "layout": {"yaxis": {"range": [0, 100]}, "xaxis": date_axis(), "shapes": shapes + shade.get("shapes", []),
                   "annotations": annotations + shade.get("annotations", []), "showlegend": False},
    }


def company_activity(weeks: Sequence[date], series: Mapping[str, Sequence[int]], shown: Sequence[str]) -> Figure:
    """Key actions per week, one line each (ticks on the weeks' Mondays), named for people (`banso.event_names`;
    the name as tracked is the trace's `meta`, which the page's action picker matches); actions not in `shown`
    start hidden (legend only)."""
    traces = []
    for i, (action, counts) in enumerate(series.items()):
        traces.append({"x": _iso(weeks), "y": list(counts), "name": event_names.shown(action), "meta": action, "type": "scatter",
                       "mode": "lines+markers", "marker": {"size": 4},
                       "line": {"color": PALETTE[i % len(PALETTE)], "width": 2},
                       "visible": True if action in shown else "legendonly"})
    return {"data": traces, "layout": {"yaxis": {"rangemode": "tozero"}, "xaxis": date_axis(**week_ticks(weeks))}}


def week_ticks(weeks: Sequence[date]) -> dict[str, Any]:
    """Date ticks on the weeks' own first days (Plotly puts weekly ticks on Sundays, labelling a week that starts
    on Monday 2 November 「11月1日」): every week up to eight of them, every other week beyond, none for none.

    >>> week_ticks([date(2026, 11, 2), date(2026, 11, 9)])
    {'tick0': '2026-11-02', 'dtick': 604800000}
    """
    if not weeks:
        return {}
    return {"tick0": weeks[0].isoformat(), "dtick": 7 * _DAY_MS * (1 if len(weeks) <= 8 else 2)}


def daily_activity(days: Sequence[date], events: Sequence[int], users: Sequence[int],
                   marks: Sequence[tuple[date, str, str]]) -> Figure:
    """Daily events (bars) and active users (line), with touchpoints as markers along the top."""
    x = _iso(days)
    data: list[dict[str, Any]] = [
        {"x": x, "y": list(events), "type": "bar", "name": _("Events"), "marker": {"color": "#c9dbe3"}},
        {"x": x, "y": list(users), "type": "scatter", "mode": "lines", "name": _("Active users"), "yaxis": "y2",
         "line": {"color": ACCENT, "width": 2}},
    ]
    if marks:
        data.append({"x": [d.isoformat() for d, _k, _t in marks], "y": [1.02] * len(marks), "yaxis": "y3",
                     "type": "scatter", "mode": "markers", "name": _("Touchpoints"),
                     "text": [f"{k}: {t}" for _d, k, t in marks], "hovertemplate": "%{text}<extra></extra>",
                     "marker": {"symbol": "triangle-down", "size": 9, "color": "#e07b39"}})
    return {"data": data, "layout": {
        "xaxis": date_axis(),
        "yaxis": {"rangemode": "tozero", "tickformat": ",d", "title": {"text": _("Events")}},
        "yaxis2": {"overlaying": "y", "side": "right", "rangemode": "tozero", "showgrid": False, "tickformat": ",d",
                   "title": {"text": _("Active users")}},
        "yaxis3": {"overlaying": "y", "range": [0, 1.05], "visible": False},
        "bargap": 0.15, "margin": {"l": 48, "r": 48, "t": 8, "b": 36}}}


def retention_curves(weeks: int, curves: Sequence[tuple[str, Sequence[float | None]]]) -> Figure:
    colors = ["#7a8597", ACCENT]
    return {
        "data": [{"x": list(range(weeks)), "y": [None if v is None else 100 * v for v in shares], "name": label,
                  "type": "scatter", "mode": "lines+markers", "line": {"color": colors[i % 2], "width": 2.5},
                  "hovertemplate": "%{y:.1f}%"} for i, (label, shares) in enumerate(curves)],
        "layout": {"xaxis": {"title": {"text": _("Week since start")}, "dtick": 1},
                   "yaxis": {"range": [0, 100], "ticksuffix": "%"}},
    }


# -- validation --------------------------------------------------------------------------------------


def months_boxes(months: Sequence[Mapping[str, Any]]) -> Figure:
    """Score distributions of retained and churned accounts per month since contract, side by side."""
    def trace(key: str, name: str, color: str) -> dict[str, Any]:
        xs, ys = [], []
        for m in months:
            xs += [str(m["month"])] * len(m[key])
            ys += list(m[key])
        return {"x": xs, "y": ys, "type": "box", "name": name, "marker": {"color": color}, "boxpoints": False}

    return {"data": [trace("retained_scores", _("Stayed a year"), GOOD), trace("churned_scores", _("Churned within a year"), BAD)],
            "layout": {"boxmode": "group", "xaxis": {"title": {"text": _("Months since contract")}},
                       "yaxis": {"range": [0, 100], "title": {"text": _("Health score")}}}}


def band_churn(rates: Sequence[Mapping[str, Any]]) -> Figure:
    colors = {"good": GOOD, "normal": NORMAL, "bad": BAD}
    names = {"good": _("Good"), "normal": _("Normal"), "bad": _("Bad")}
    shown = [r for r in rates if r["rate"] is not None]
    return {"data": [{
        "x": [names[r["band"]] for r in shown], "y": [100 * r["rate"] for r in shown], "type": "bar",
        "marker": {"color": [colors[r["band"]] for r in shown]},
        "error_y": {"type": "data", "symmetric": False, "array": [100 * (r["high"] - r["rate"]) for r in shown],
                    "arrayminus": [100 * (r["rate"] - r["low"]) for r in shown]},
        "hovertemplate": "%{y:.2f}%<extra></extra>"}],
        "layout": {"yaxis": {"ticksuffix": "%", "title": {"text": _("Churned within 90 days")}}, "showlegend": False}}


def survival_curves(curves: Sequence[Mapping[str, Any]]) -> Figure:
    colors = {"good": GOOD, "normal": NORMAL, "bad": BAD}
    names = {"good": _("Good"), "normal": _("Normal"), "bad": _("Bad")}
    return {"data": [{"x": c["days"], "y": [100 * v for v in c["survival"]], "type": "scatter", "mode": "lines",
                      "line": {"shape": "hv", "color": colors.get(c["group"], ACCENT), "width": 2.5},
                      "name": names.get(c["group"], c["group"]), "hovertemplate": "%{x} d: %{y:.1f}%"} for c in curves],
            "layout": {"xaxis": {"title": {"text": _("Days since the landmark snapshot")}},
                       "yaxis": {"range": [0, 101], "ticksuffix": "%", "title": {"text": _("Still a customer")}}}}


def calibration_bars(deciles: Sequence[Mapping[str, Any]]) -> Figure:
    return {"data": [{"x": [f"{d['low']:.0f}–{d['high']:.0f}" for d in deciles],
                      "y": [100 * d["churn_rate"] for d in deciles], "type": "bar", "marker": {"color": ACCENT},
                      "hovertemplate": "%{y:.2f}%<extra></extra>"}],
            "layout": {"xaxis": {"title": {"text": _("Score decile")}},
                       "yaxis": {"ticksuffix": "%", "title": {"text": _("Churned within 90 days")}}, "showlegend": False}}


def component_power(components: Sequence[Mapping[str, Any]]) -> Figure:
    rows = sorted((c for c in components if c["auc"] is not None), key=lambda c: c["auc"])
    return {"data": [{"y": [c["name"] for c in rows], "x": [c["auc"] for c in rows], "type": "bar", "orientation": "h",
                      "marker": {"color": [ACCENT if c["kind"] == "dimension" else "#7a8597" for c in rows]},
                      "hovertemplate": "AUC %{x:.3f}<extra></extra>"}],
            "layout": {"xaxis": {"range": [0.4, 1], "title": {"text": "ROC AUC"}},
                       "shapes": [{"type": "line", "x0": 0.5, "x1": 0.5, "yref": "paper", "y0": 0, "y1": 1,
                                   "line": {"dash": "dot", "color": "#7a8597"}}],
                       "height": max(260, 22 * len(rows) + 60), "showlegend": False,
                       "margin": {"l": 48, "r": 16, "t": 8, "b": 36}}}
