"""`playbooks`: does each playbook work? Its target metric and churn, enrolled against matched accounts.

The figures come from `banso.analysis.evidence.playbook_effect`; this module is the report around
them: the spec, the result (with a plain reading in both languages), the tables. Enrolments are
application state, so the report reads them through the run context and its cached result is
renewed when an enrolment changes as well as when new data lands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View, num, pct
from banso.analysis.reports.impact import NOTES, StudyWeek
from banso.config.labels import both
from banso.errors import ConfigError, NotFoundError
from banso.i18n import N_, points
from banso.i18n import gettext_ as _
from banso.values import as_float, records

NOBODY = N_("nobody enrolled yet")


class PlaybooksSpec(ReportSpec):
    kind: Literal["playbooks"] = "playbooks"
    playbook: str | None = Field(None, max_length=64, description="one playbook (default: every one)")
    horizon_days: int = Field(90, ge=30, le=365, description="churn is counted this many days after enrolment")


@dataclass(frozen=True)
class MetricEffect:
    metric: Annotated[str, Field(description="what was measured, in English")]
    metric_ja: Annotated[str, Field(description="what was measured, in Japanese")]
    weeks: int
    treated: int
    controls: int
    controls_from: Annotated[str, Field(description="later_treated (not yet enrolled) or never_treated")]
    naive: Annotated[float | None, Field(description="after − before on the enrolled accounts")]
    did: Annotated[float | None, Field(description="difference-in-differences against matched accounts")]
    did_low: float | None
    did_high: float | None
    relative: Annotated[float | None, Field(description="did ÷ the enrolled accounts' counterfactual level")]
    placebo: float | None
    placebo_p: Annotated[float | None, Field(description="pre-trend check: p-value of a fake effect before t0")]
    notes: list[str]
    event_study: list[StudyWeek]


@dataclass(frozen=True)
class ChurnEffect:
    horizon_days: int
    treated: int
    controls: int
    treated_rate: float | None
    control_rate: float | None
    difference: Annotated[float | None, Field(description="enrolled − matched, share of accounts churned")]
    low: float | None
    high: float | None
    others_rate: Annotated[float | None, Field(description="churn of every account not enrolled (naive)")]
    naive_difference: float | None
    placebo: float | None
    placebo_p: float | None
    trials: Annotated[int, Field(
        description="of the compared enrolments, those made in a trial: leaving is its end without a contract")] = 0


@dataclass(frozen=True)
class Reading:
    ja: str
    en: str


@dataclass(frozen=True)
class PlaybookEvaluation:
    playbook: str
    description: Annotated[dict[str, str], Field(description="what the playbook is for, in each language")]
    enrolled: int
    metric: MetricEffect | None
    metric_error: str | None
    churn: ChurnEffect | None
    churn_error: str | None
    reading: Annotated[Reading, Field(description="what the figures say, in plain words")]
    metric_error_ja: Annotated[str | None, Field(description="metric_error in Japanese")] = None
    churn_error_ja: Annotated[str | None, Field(description="churn_error in Japanese")] = None


@dataclass(frozen=True)
class PlaybooksResult:
    playbooks: list[PlaybookEvaluation]


class Playbooks(Report[PlaybooksSpec, PlaybooksResult]):
    kind = "playbooks"
    title = "Does each playbook work?"
    spec = PlaybooksSpec
    result = PlaybooksResult
    reads_app_state: ClassVar[bool] = True

    def run(self, ctx: RunContext, spec: PlaybooksSpec) -> PlaybooksResult:
        from banso.analysis.evidence.playbook_effect import playbook_effect

        books = ctx.config.playbooks
        if spec.playbook is not None and spec.playbook not in books:
            raise NotFoundError(N_("no playbook %(name)s; playbooks: %(names)s"), name=repr(spec.playbook),
                                names=", ".join(books) or "—")
        if not books:
            raise ConfigError(N_("banso.yaml has no playbooks yet (README: Playbooks)"))
        frame = ctx.enrollments()
        out = []
        for name, pb in books.items():
            if spec.playbook is not None and name != spec.playbook:
                continue
            mine = frame[frame["playbook"] == name]
            if mine.empty:
                ja = _in_japanese(NOBODY)
                out.append(PlaybookEvaluation(name, both(pb.description, ""), 0, None, NOBODY, None, NOBODY,
                                              _reading(None, None), ja, ja))
                continue
            t = pb.target
            e = playbook_effect(ctx.store, ctx.config, name, mine, metric=t.metric, events=tuple(t.events),
                                weeks=t.weeks, horizon_days=spec.horizon_days)
            metric = None
            if e.metric is not None:
                r = e.metric
                metric = MetricEffect(
                    metric=r.spec.label(), metric_ja=_label_ja(t.metric, t.events), weeks=r.spec.weeks,
                    treated=r.treated, controls=r.controls, controls_from=r.controls_from, naive=as_float(r.naive),
                    did=as_float(r.did), did_low=as_float(r.did_low), did_high=as_float(r.did_high),
                    relative=as_float(r.relative), placebo=as_float(r.placebo), placebo_p=as_float(r.placebo_p),
                    notes=list(r.notes),
                    event_study=[StudyWeek(week=int(w["week"]), treated=as_float(w["treated"]),
                                           control=as_float(w["control"])) for w in records(r.event_study)])
            churn = None
            if e.churn is not None:
                c = e.churn
                churn = ChurnEffect(
                    c.horizon_days, c.treated, c.controls, treated_rate=as_float(c.treated_rate),
                    control_rate=as_float(c.control_rate), difference=as_float(c.difference), low=as_float(c.low),
                    high=as_float(c.high), others_rate=as_float(c.others_rate),
                    naive_difference=as_float(c.naive_difference), placebo=as_float(c.placebo),
                    placebo_p=as_float(c.placebo_p), trials=c.trials)
            out.append(PlaybookEvaluation(name, both(pb.description, ""), e.enrolled, metric, e.metric_error, churn,
                                          e.churn_error, _reading(metric, churn), e.metric_error_ja, e.churn_error_ja))
        return PlaybooksResult(out)

    def view(self, result: PlaybooksResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        rows, churn_rows, notes = [], [], []
        ja = language == "ja"
        for p in result.playbooks:
            m, c = p.metric, p.churn
            metric_error = p.metric_error_ja if ja and p.metric_error_ja else p.metric_error
            churn_error = p.churn_error_ja if ja and p.churn_error_ja else p.churn_error
            rows.append([p.playbook, p.enrolled, (m.metric_ja if ja else m.metric) if m else metric_error,
                         m.treated if m else None,
                         num(m.naive) if m else "", num(m.did) if m else "",
                         f"[{num(m.did_low)}, {num(m.did_high)}]" if m else "", pct(m.relative) if m else "",
                         num(m.placebo_p, 3) if m else ""])
            churn_rows.append([p.playbook, c.treated if c else None, pct(c.treated_rate) if c else churn_error,
                               pct(c.control_rate) if c else "", pct(c.others_rate) if c else "",
                               f"{points(c.difference)} [{points(c.low)}, {points(c.high)}]" if c else ""])
            notes.append(f"{p.playbook}: " + (p.reading.ja if ja else p.reading.en))
            if m:
                notes += [f"{p.playbook}: {_(NOTES[n])}" for n in m.notes if n in NOTES]
        return View(
            headline=_("Does each playbook work? Enrolled accounts against matched accounts not yet enrolled"),
            tables=[
                Table(_("Target metric (difference-in-differences)"),
                      [_("playbook"), _("enrolled"), _("metric"), _("compared"), _("naive"), _("DiD"),
                       _("95% interval"), _("relative"), _("pre-trend p")], rows),
                Table(_("Churn within the horizon"), [_("playbook"), _("compared"), _("enrolled"), _("matched"),
                                                      _("all others"), _("difference [95%]")], churn_rows),
            ],
            notes=notes,
        )


def _in_japanese(message: str) -> str:
    from banso.i18n import translations

    return translations("ja").gettext(message)


def _label_ja(metric: str, events: list[str]) -> str:
    """What was measured, in Japanese (the English label is the spec's)."""
    if metric == "score":
        return "ヘルススコア"
    return ("、".join(events) if events else "利用イベント数") + "(週あたり)"


def _reading(m: MetricEffect | None, c: ChurnEffect | None) -> Reading:
    """The figures in plain words, both languages."""
    if m is None and c is None:
        return Reading("まだ比較できる登録がありません。", "Nothing to compare yet.")
    ja: list[str] = []
    en: list[str] = []
    if m is not None and m.did is not None and m.did_low is not None and m.did_high is not None:
        rel = f" ({m.relative:+.0%})" if m.relative is not None else ""
        interval = f"{m.did_low:+.1f}〜{m.did_high:+.1f}"
        interval_en = f"{m.did_low:+.1f} to {m.did_high:+.1f}"
        if m.did_low > 0 or m.did_high < 0:
            word_ja, word_en = ("増えました", "more") if m.did > 0 else ("減りました", "less")
            ja.append(f"登録したアカウントは、まだ登録していない似たアカウントと比べて{m.metric_ja}が{abs(m.did):.1f}{rel}"
                      f"{word_ja}(95%区間 {interval})。")
            en.append(f"Enrolled accounts show {abs(m.did):.1f} {word_en} {m.metric}{rel} than matched accounts not yet "
                      f"enrolled (95% interval {interval_en}).")
        else:
            ja.append(f"{m.metric_ja}への効果ははっきりしません({m.did:+.1f}、95%区間 {interval} は0を含みます)。")
            en.append(f"No clear effect on {m.metric}: {m.did:+.1f}, and the 95% interval ({interval_en}) includes zero.")
        if m.placebo_p is not None and m.placebo_p < 0.05:
            ja.append(f"ただし登録前から両群の動きがずれていました(事前トレンド検定 p = {m.placebo_p:.3f})。割り引いて読んでください。")
            en.append(f"Careful: the groups were already drifting apart before enrolment (pre-trend check "
                      f"p = {m.placebo_p:.3f}); trust the estimate less.")
        elif m.placebo_p is not None:
            ja.append(f"登録前の両群は同じように動いていました(事前トレンド検定 p = {m.placebo_p:.2f})。")
            en.append(f"Before enrolment the groups moved alike (pre-trend check p = {m.placebo_p:.2f}).")
    if c is not None and c.treated_rate is not None and c.control_rate is not None:
        ja.append(f"{c.horizon_days}日以内の解約: 登録 {c.treated_rate:.0%}、比較対象 {c.control_rate:.0%}"
                  f"(差 {100 * (c.difference or 0):+.1f} ポイント、95%区間 {100 * (c.low or 0):+.1f}〜"
                  f"{100 * (c.high or 0):+.1f})。")
        en.append(f"Churn within {c.horizon_days} days: {c.treated_rate:.0%} of enrolled against {c.control_rate:.0%} "
                  f"of matched accounts ({100 * (c.difference or 0):+.1f} points, 95% interval "
                  f"{100 * (c.low or 0):+.1f} to {100 * (c.high or 0):+.1f}).")
        if c.trials:
            every = c.trials == c.treated
            ja.append(("登録したアカウントはすべてトライアル中で、" if every else
                       f"比較した登録のうち {c.trials} 件はトライアル中で、") +
                      "その「解約」は契約に至らずにトライアルが終わったことです"
                      "(比較対象も同じくトライアル中のアカウントです)。")
            en.append(("Every enrolled account was in its trial" if every else
                       f"{c.trials} of the {c.treated} enrolments compared came during a trial") +
                      ": for a trial, churn is its end without a contract (its matched accounts were trials too).")
        if c.others_rate is not None and c.naive_difference is not None and abs(c.naive_difference) > abs(
                c.difference or 0):
            ja.append(f"登録していない全アカウント({c.others_rate:.0%})と比べると差が大きく見えますが、それは"
                      "このプレイブックが誰を登録するか(選択バイアス)によるもので、効果ではありません。")
            en.append(f"Against every account not enrolled ({c.others_rate:.0%}) the gap looks larger, but that is who "
                      "the playbook enrols (selection), not what it does.")
    return Reading(" ".join(ja), " ".join(en))
