"""Plotly figure specs for the evidence pages (revenue, impact, CS contribution, early behaviours, events,
data quality), built like those of `charts`: translated labels, the same numbers as the JSON twin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from banso.i18n import gettext_ as _
from banso.web.charts import ACCENT, BAD, GOOD, NORMAL, Figure, amount_axis, date_axis


def mrr_movements(rows: Sequence[Mapping[str, Any]]) -> Figure:
    """New and expansion above zero, contraction and churn below, per month."""
    months = [str(r["month"])[:7] for r in rows[1:]]
    parts = [("new", _("New"), GOOD, 1), ("expansion", _("Expansion"), ACCENT, 1),
             ("contraction", _("Contraction"), NORMAL, -1), ("churn", _("Churn"), BAD, -1)]
    up = [sum(r[k] or 0 for k, _n, _c, sign in parts if sign > 0) for r in rows[1:]]
    down = [-sum(r[k] or 0 for k, _n, _c, sign in parts if sign < 0) for r in rows[1:]]
    axis = amount_axis(min([0.0, *down]), max([0.0, *up]), title={"text": _("MRR moved")})
    return {"data": [{"x": months, "y": [sign * (r[key] or 0) for r in rows[1:]], "name": name, "type": "bar",
                      "marker": {"color": color}, "hovertemplate": "%{y:,.0f}"} for key, name, color, sign in parts],
            "layout": {"barmode": "relative", "xaxis": date_axis(), "yaxis": axis}}


def event_study(rows: Sequence[Mapping[str, Any]], label: str) -> Figure:
    weeks = [r["week"] for r in rows]
    return {"data": [{"x": weeks, "y": [r["treated"] for r in rows], "name": _("Treated accounts"), "type": "scatter",
                      "mode": "lines+markers", "line": {"color": ACCENT, "width": 2.5}},
                     {"x": weeks, "y": [r["control"] for r in rows], "name": _("Matched controls"), "type": "scatter",
                      "mode": "lines+markers", "line": {"color": "#7a8597", "dash": "dot"}}],
            "layout": {"xaxis": {"title": {"text": _("Weeks from the touchpoint")}, "zeroline": True},
                       "yaxis": {"title": {"text": label}},
                       "shapes": [{"type": "line", "x0": -0.5, "x1": -0.5, "yref": "paper", "y0": 0, "y1": 1,
                                   "line": {"color": BAD, "dash": "dash", "width": 1}}]}}


def churn_by_support(tiers: Sequence[Mapping[str, Any]], min_group: int) -> Figure:
    """Monthly churn with and without CS support per tier; a group of fewer than `min_group` accounts is left
    out (one churned account of one would draw a 100 % bar) and its tier says so."""
    names = [t["tier"] if min(t["supported"]["accounts"], t["unsupported"]["accounts"]) >= min_group
             else _("%(tier)s (too few to compare)") % {"tier": t["tier"]} for t in tiers]

    def pct(group: Mapping[str, Any]) -> float | None:
        v = group["monthly_churn"]
        return None if v is None or group["accounts"] < min_group else 100 * v

    return {"data": [{"x": names, "y": [pct(t["supported"]) for t in tiers], "type": "bar",
                      "name": _("With CS support"), "marker": {"color": GOOD}},
                     {"x": names, "y": [pct(t["unsupported"]) for t in tiers], "type": "bar",
                      "name": _("Without"), "marker": {"color": "#7a8597"}},
                     {"x": names, "y": [None if t["adjusted_monthly_churn"] is None else 100 * t["adjusted_monthly_churn"]
                                       for t in tiers], "type": "bar",
                      "name": _("Without, at equal health"), "marker": {"color": NORMAL}}],
            "layout": {"barmode": "group", "yaxis": {"ticksuffix": "%", "title": {"text": _("Monthly churn")}}}}


def behaviour_forest(rows: Sequence[Mapping[str, Any]]) -> Figure:
    """Each judged behaviour's difference in outcome rate with its 95 % interval, largest on top."""
    shown = [r for r in rows if r["difference"] is not None][::-1]
    return {"data": [{"y": [r["label"] for r in shown], "x": [100 * r["difference"] for r in shown], "type": "scatter",
                      "mode": "markers", "marker": {"color": [GOOD if r["low"] > 0 else BAD if r["high"] < 0 else "#7a8597"
                                                             for r in shown], "size": 9},
                      "error_x": {"type": "data", "symmetric": False,
                                  "array": [100 * (r["high"] - r["difference"]) for r in shown],
                                  "arrayminus": [100 * (r["difference"] - r["low"]) for r in shown]},
                      "hovertemplate": "%{x:+.1f} pt<extra></extra>"}],
            "layout": {"xaxis": {"ticksuffix": " pt", "zeroline": True, "title": {"text": _("Difference in outcome rate")}},
                       "height": max(320, 26 * len(shown) + 80), "showlegend": False}}


def event_shares(rows: Sequence[Mapping[str, Any]], top: int = 25) -> Figure:
    shown = list(rows[:top])[::-1]
    return {"data": [{"y": [r["event"] for r in shown], "x": [100 * r["share"] for r in shown], "type": "bar",
                      "orientation": "h", "marker": {"color": [ACCENT if r["used_by"] else NORMAL for r in shown]},
                      "hovertemplate": "%{x:.2f}%<extra></extra>"}],
            "layout": {"xaxis": {"ticksuffix": "%", "title": {"text": _("Share of all events")}},
                       "height": max(320, 22 * len(shown) + 80), "showlegend": False}}


def monthly_volume(rows: Sequence[Mapping[str, Any]]) -> Figure:
    """Events per month, split into names something uses and names nothing uses (the saving)."""
    months = [r["month"] for r in rows]
    return {"data": [{"x": months, "y": [r["used"] for r in rows], "name": _("Used"), "type": "bar",
                      "marker": {"color": ACCENT}, "hovertemplate": "%{y:,.0f}"},
                     {"x": months, "y": [r["unused"] for r in rows], "name": _("Unused"), "type": "bar",
                      "marker": {"color": NORMAL}, "hovertemplate": "%{y:,.0f}"}],
            "layout": {"barmode": "stack", "xaxis": date_axis(),
                       "yaxis": amount_axis(0, max([0, *(r["used"] + r["unused"] for r in rows)]),
                                            title={"text": _("Events")})}}


def quality_per_day(rows: Sequence[Mapping[str, Any]]) -> Figure:
    days = [str(r["day"])[:10] for r in rows]
    parts = [("without_account", _("Without an account"), NORMAL), ("unknown_account", _("Unknown account"), BAD),
             ("late", _("Late (over a day)"), ACCENT)]
    return {"data": [{"x": days, "y": [r[key] for r in rows], "name": name, "type": "bar", "marker": {"color": color}}
                     for key, name, color in parts],
            "layout": {"barmode": "stack", "xaxis": date_axis(),
                       "yaxis": amount_axis(0, max([0, *(sum(r[k] for k, _n, _c in parts) for r in rows)]),
                                            title={"text": _("Events")})}}
