"""The validation report: every statistic on the workspace's own history, each with how many accounts
it rests on and a one-line reading in Japanese and English that a CS manager can act on.

A team's first weeks have a short history: a figure that needs snapshots older than the history
reaches (churn within 90 days of a snapshot, survival 180 days on) is marked `pending` and its
reading says what it needs and from which date it can be computed, instead of showing blanks.

    report = validation_report(store, config)            # the current model
    report = validation_report(store, config, "a1b2c3")  # another scored model version
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd

from banso.analysis.validation import discrimination, revenue_link, separation, survival, weights
from banso.analysis.validation.history import THIN, History, load
from banso.config.health import HealthModel
from banso.config.labels import both, text_in
from banso.config.models import WorkspaceConfig
from banso.errors import UnavailableError
from banso.i18n import N_
from banso.store import Store

LONG_ENOUGH_LOG = 180  # days of alert log before its lead times can speak for the rules


@dataclass
class Section:
    key: str
    title: dict[str, str]
    reading: dict[str, str]  # ja / en
    data: Any
    basis: dict[str, str]  # what the figure rests on, ja / en, e.g. "734 decision points, 127 churns"
    thin: bool = False
    pending: bool = False  # cannot be computed yet from this history; the reading says what it needs


# Whose churn the statistics judge (`banso.customers`), said with the report wherever it is read.
POPULATION: dict[str, str] = {
    "en": "Churn here is a customer's: an account counts from its contract's start, and a trial that ends without "
          "a contract is left out — it did not convert, it did not churn.",
    "ja": "ここでの解約は顧客の解約です。アカウントは契約開始から数え、契約せずに終わったトライアルは含めません"
          "（転換しなかったのであって、解約ではありません）。",
}


@dataclass
class ValidationReport:
    model_name: str
    model_version: str
    last_day: date
    snapshots: int
    accounts: int
    sections: list[Section] = field(default_factory=list)
    suggested_model: str | None = None
    model_title: dict[str, str] = field(default_factory=dict)  # the model's name, ja / en
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # ja / en: dimension or metric -> its label
    population: dict[str, str] = field(default_factory=lambda: dict(POPULATION))  # whose churn it judges, ja / en

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(json.dumps(dataclasses.asdict(self), default=_jsonable))


def _jsonable(v: Any) -> Any:
    if isinstance(v, pd.Timestamp | date):
        return v.isoformat()
    if hasattr(v, "item"):
        return v.item()
    return str(v)


def _pct(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{100 * v:.2f}%" if 0 < v < 0.01 else f"{100 * v:.1f}%"


NONE = {"ja": "—", "en": "—"}


def _account_weeks(n: int) -> dict[str, str]:
    return {"en": f"{n:,} account-weeks", "ja": f"{n:,} アカウント週"}


def _thin_note(thin: bool) -> tuple[str, str]:
    return ((" 根拠となる解約が少なく(30件未満)、確かな結論ではありません。", " Few churns (under 30): read it as a hint, not proof.")
            if thin else ("", ""))


def _history_days(h: History) -> int:
    """Days from the earliest snapshot used (after the warm-up) to the last one."""
    return (h.last_day - h.snapshots["as_of"].min().date()).days


def _not_yet(h: History, days: int) -> dict[str, str]:
    """The reading of a figure that needs snapshots `days` older than the last one, which the history lacks."""
    first = h.snapshots["as_of"].min().date()
    ready = first + timedelta(days=days)
    return {
        "en": f"Not computable yet: this needs snapshots at least {days} days before the last one ({h.last_day}), "
              f"and the earliest one used is from {first} ({_history_days(h)} days of history after the warm-up). "
              f"It can be computed once the history reaches {ready}.",
        "ja": f"まだ計算できません: 最新のスナップショット({h.last_day})より{days}日以上前のスナップショットが必要ですが、"
              f"使える最も古いものは {first}(立ち上がり期間を除いた履歴は{_history_days(h)}日)です。"
              f"{ready} まで履歴がたまると計算できます。",
    }


def validation_report(store: Store, config: WorkspaceConfig, version: str | None = None,
                      model: HealthModel | None = None, first_alerts: pd.Series | None = None) -> ValidationReport:
    h = load(store, config, version)
    if h.snapshots.empty:
        raise UnavailableError(N_("no health snapshots to validate (after the 90-day warm-up of the event history); "
                                  "run `banso score --backfill 52` first"))
    model = model or config.health
    r = ValidationReport(h.model_name, h.version, h.last_day, len(h.snapshots), h.snapshots["account_id"].nunique(),
                         model_title=both(model.name, h.model_name), labels=model_labels(model))
    r.sections += [_by_month(h), _by_band(h), _replay(h), _calibration(h), _components(h, r.labels), _survival(h),
                   _cox(h, r.labels),
                   _transitions(h), _lead(h, first_alerts), _revenue(store, h)]
    sug = weights.suggest(h, model)
    r.sections.append(Section(
        "weights", {"ja": "重みの提案", "en": "Suggested weights"},
        {"ja": _weights_ja(sug), "en": sug.verdict[:1].upper() + sug.verdict[1:] + "."},
        dataclasses.asdict(sug) | {"model_yaml": None},
        {"en": f"trained {sug.trained_on[0]}–{sug.trained_on[1]}, tested {sug.tested_on[0]}–{sug.tested_on[1]}, "
               f"{sug.test_churned} churned snapshots in the test period",
         "ja": f"学習 {sug.trained_on[0]}〜{sug.trained_on[1]}、検証 {sug.tested_on[0]}〜{sug.tested_on[1]}、"
               f"検証期間の解約スナップショット {sug.test_churned} 件"} if sug.trained_on and sug.tested_on else NONE,
        thin=sug.test_churned < THIN and _history_days(h) >= 90, pending=_history_days(h) < 90))
    r.suggested_model = sug.model_yaml
    return r


def _weights_ja(s: weights.Suggestion) -> str:
    if s.current_auc is None or s.suggested_auc is None:
        return "履歴が短いか解約が少なく、重みを学習・検証できませんでした。"
    if s.improves:
        return (f"提案した重みは、後の期間の解約をよりよく見分けます(AUC {s.suggested_auc:.3f}、現行 {s.current_auc:.3f})。"
                "ファイルを確認し、納得できれば採用してください。")
    return (f"提案した重みは後の期間で現行モデルを上回りません(AUC {s.suggested_auc:.3f}、現行 {s.current_auc:.3f})。"
            "現行の重みで十分か、重みではなくしきい値が精度を制限しています。")


def _by_month(h: History) -> Section:
    rows = separation.by_month(h)
    data = [{"month": m.month, "retained": len(m.retained), "churned": len(m.churned),
             "retained_median": separation.medians(m.retained), "churned_median": separation.medians(m.churned),
             "u": m.u, "p": m.p, "thin": m.thin, "retained_scores": m.retained, "churned_scores": m.churned}
            for m in rows]
    sig = [m.month for m in rows if m.p is not None and m.p < 0.05
           and (separation.medians(m.retained) or 0) > (separation.medians(m.churned) or 0)]
    tested = [m.month for m in rows if m.p is not None]
    untestable = [m.month for m in rows if m.p is None]
    en = (f"In months {', '.join(map(str, sig))} since the contract, accounts that stayed a year scored significantly "
          f"higher than those that left before month 12 (Mann–Whitney, p < 0.05)." if sig else
          "In no month since the contract is the difference between retained and churned accounts significant.")
    ja = (f"契約後 {', '.join(map(str, sig))} か月目で、1年以上継続した顧客のスコアは12か月以内に解約した顧客より有意に高い"
          f"(マン・ホイットニーのU検定、p < 0.05)。" if sig else "契約後のどの月でも、継続顧客と解約顧客のスコアの差は有意ではありません。")
    if untestable:
        en += f" Months {', '.join(map(str, untestable))} cannot be tested: the scored history does not reach them."
        ja += f" {', '.join(map(str, untestable))} か月目はスコア履歴が届かず検定できません。"
    churned = sum(len(m.churned) for m in rows)
    if not tested:
        en = ("Not computable yet: no month since the contract has scores both of accounts that stayed a year and of "
              "accounts that left within one.")
        ja = "まだ計算できません: 契約後のどの月にも、1年以上継続した顧客と1年以内に解約した顧客の両方のスコアがありません。"
    return Section("by_month", {"ja": "契約後の月別: 継続 vs 解約", "en": "Retained vs churned by month since contract"},
                   {"ja": ja, "en": en}, data,
                   {"en": f"months tested: {len(tested)}; {churned} churned account-months",
                    "ja": f"検定した月: {len(tested)}、解約したアカウント月: {churned}"},
                   thin=all(m.thin for m in rows) and bool(tested), pending=not tested)


def _by_band(h: History) -> Section:
    b = separation.churn_by_band(h)
    rates = {x.band: x for x in b.rates}
    good, bad = rates["good"].rate, rates["bad"].rate
    en = (f"Bad accounts churned within 90 days at {_pct(bad)} against {_pct(good)} for Good; "
          f"{_pct(b.green_share)} of churned accounts were Good when they left (green churn).")
    ja = (f"要注意帯の90日以内解約率は {_pct(bad)}、良好帯は {_pct(good)}。解約した顧客のうち {_pct(b.green_share)} は"
          f"解約時点で良好でした(グリーン解約)。")
    tj, te = _thin_note(b.thin)
    reading = {"ja": ja + tj, "en": en + te}
    pending = all(x.snapshots == 0 for x in b.rates)
    if pending:
        reading = _not_yet(h, b.horizon_days)
    return Section("by_band", {"ja": "ヘルス帯別の解約率", "en": "Churn by band"}, reading,
                   dataclasses.asdict(b),
                   {"en": f"{sum(x.snapshots for x in b.rates):,} account-weeks, {b.churned_accounts} churned accounts",
                    "ja": f"{sum(x.snapshots for x in b.rates):,} アカウント週、解約 {b.churned_accounts} 社"},
                   b.thin and not pending, pending)


def _replay(h: History) -> Section:
    reps = [discrimination.replayed(h, lead) for lead in (90, 180)]
    a90, a180 = reps[0].auc, reps[1].auc

    def f(v: float | None) -> str:
        return "—" if v is None else f"{v:.2f}"

    en = (f"Replayed with the scores of 90 and 180 days before each renewal or churn, the score ranks churners above "
          f"renewers with ROC AUC {f(a90)} and {f(a180)} (1 = perfect, 0.5 = chance); flagging Bad 90 days ahead "
          f"catches {_pct(reps[0].recall_bad)} of churns at {_pct(reps[0].precision_bad)} precision.")
    ja = (f"各更新・解約の90日前と180日前のスコアで再現すると、解約顧客を更新顧客より上位に並べる精度は ROC AUC "
          f"{f(a90)} と {f(a180)}(1が完全、0.5が偶然)。90日前に要注意を警告すると解約の {_pct(reps[0].recall_bad)} を"
          f"適合率 {_pct(reps[0].precision_bad)} で捉えます。")
    tj, te = _thin_note(reps[0].thin)
    reading = {"ja": ja + tj, "en": en + te}
    pending = reps[0].points == 0 and _history_days(h) < 90
    if pending:
        reading = _not_yet(h, 90)
    return Section("replay", {"ja": "識別力(過去の時点で再現)", "en": "Discrimination, replayed"},
                   reading, [dataclasses.asdict(x) for x in reps],
                   {"en": f"{reps[0].points} decision points 90 days ahead ({reps[0].churned} churns); "
                          f"{reps[1].points} 180 days ahead ({reps[1].churned} churns)",
                    "ja": f"90日前の判定 {reps[0].points} 件(解約 {reps[0].churned} 件)、"
                          f"180日前 {reps[1].points} 件(解約 {reps[1].churned} 件)"},
                   reps[0].thin and not pending, pending)


def _calibration(h: History) -> Section:
    deciles = discrimination.calibration(h)
    if not deciles:
        if _history_days(h) < 90:
            return Section("calibration", {"ja": "較正(スコア十分位)", "en": "Calibration by score decile"},
                           _not_yet(h, 90), [], NONE, pending=True)
        return Section("calibration", {"ja": "較正(スコア十分位)", "en": "Calibration by score decile"},
                       {"ja": "データが足りません。", "en": "Not enough data."}, [], NONE, True)
    low, high = deciles[0], deciles[-1]
    en = (f"The lowest-scored tenth of account-weeks churned within 90 days at {_pct(low.churn_rate)}, "
          f"the highest tenth at {_pct(high.churn_rate)}.")
    ja = f"スコア下位10%の90日以内解約率は {_pct(low.churn_rate)}、上位10%は {_pct(high.churn_rate)}。"
    return Section("calibration", {"ja": "較正(スコア十分位)", "en": "Calibration by score decile"},
                   {"ja": ja, "en": en}, [dataclasses.asdict(d) for d in deciles],
                   _account_weeks(sum(d.snapshots for d in deciles)))


def model_labels(model: HealthModel) -> dict[str, dict[str, str]]:
    """Each dimension's and metric's label in each language (its name where the model gives none)."""
    out: dict[str, dict[str, str]] = {"ja": {}, "en": {}}
    for dim_name, dim in model.dimensions.items():
        for lang in out:
            out[lang][dim_name] = text_in(dim.label, lang) or dim_name
            for metric, scoring in dim.metrics.items():
                out[lang][metric] = text_in(scoring.label, lang) or metric
    return out


def _components(h: History, labels: dict[str, dict[str, str]]) -> Section:
    comps = discrimination.components(h)
    if not comps and _history_days(h) < 90:
        return Section("components", {"ja": "観点・指標ごとの予測力", "en": "Predictive power per dimension and metric"},
                       _not_yet(h, 90), [], NONE, pending=True)
    metrics = [c for c in comps if c.kind == "metric" and c.auc is not None]
    best, worst = (metrics[0], metrics[-1]) if metrics else (None, None)
    noise = [c.name for c in metrics if c.auc is not None and c.auc < 0.55]
    en_, ja_ = labels["en"], labels["ja"]
    en = (f"Strongest single metric: {en_.get(best.name, best.name)} (AUC {best.auc:.2f}); weakest: "
          f"{en_.get(worst.name, worst.name)} (AUC {worst.auc:.2f})."
          if best and worst and best.auc is not None and worst.auc is not None else "No metric history.")
    ja = (f"単独で最も効く指標は「{ja_.get(best.name, best.name)}」(AUC {best.auc:.2f})、最も弱いのは"
          f"「{ja_.get(worst.name, worst.name)}」(AUC {worst.auc:.2f})。"
          if best and worst and best.auc is not None and worst.auc is not None else "指標の履歴がありません。")
    if noise:
        en += f" Near chance (AUC < 0.55), likely noise: {', '.join(en_.get(n, n) for n in noise)}."
        ja += f" ほぼ偶然レベル(AUC < 0.55)でノイズの可能性: {'、'.join(ja_.get(n, n) for n in noise)}。"
    return Section("components", {"ja": "観点・指標ごとの予測力", "en": "Predictive power per dimension and metric"},
                   {"ja": ja, "en": en}, [dataclasses.asdict(c) for c in comps],
                   _account_weeks(comps[0].snapshots) if comps else NONE)


def _survival(h: History) -> Section:
    curves = survival.by_band(h)
    cohorts = survival.by_trial_cohort(h)
    at = {c.group: c.at.get(180) for c in curves}
    en = (f"Of the accounts in each band at the landmark ({survival.LANDMARK_DAYS} days before the last snapshot), "
          f"still customers 180 days later: Good {_pct(at.get('good'))}, Normal {_pct(at.get('normal'))}, "
          f"Bad {_pct(at.get('bad'))} (Kaplan–Meier, open accounts censored).")
    ja = (f"基準時点(最終スナップショットの{survival.LANDMARK_DAYS}日前)の帯ごとに、180日後も継続していた割合: "
          f"良好 {_pct(at.get('good'))}、普通 {_pct(at.get('normal'))}、要注意 {_pct(at.get('bad'))}"
          f"(カプラン・マイヤー法、継続中の顧客は打ち切りとして扱う)。")
    churned = sum(c.churned for c in curves)
    pending = _history_days(h) < 180
    return Section("survival", {"ja": "解約までの時間(生存曲線)", "en": "Time to churn (survival)"},
                   _not_yet(h, 180) if pending else {"ja": ja, "en": en},
                   {"by_band": [dataclasses.asdict(c) for c in curves],
                    "by_trial_cohort": [dataclasses.asdict(c) | {"days": [], "survival": []} for c in cohorts]},
                   {"en": f"{sum(c.accounts for c in curves)} accounts, {churned} churned",
                    "ja": f"{sum(c.accounts for c in curves)} 社、うち解約 {churned} 社"}, churned < THIN and not pending,
                   pending)


def _cox(h: History, labels: dict[str, dict[str, str]]) -> Section:
    ratios, problem = survival.cox(h)
    if problem:
        return Section("cox", {"ja": "観点ごとのハザード比", "en": "Hazard ratio per dimension"},
                       {"ja": "Cox モデルを推定できませんでした。", "en": problem[:1].upper() + problem[1:] + "."}, [], NONE,
                       True)
    strongest = min(ratios, key=lambda r: r.ratio_per_10_points)
    en = (f"Each +10 points of {labels['en'].get(strongest.dimension, strongest.dimension)} goes with a {100 * (1 - strongest.ratio_per_10_points):.0f}% lower "
          f"churn hazard (HR {strongest.ratio_per_10_points:.2f}, 95% CI {strongest.low:.2f}–{strongest.high:.2f}), "
          "the other dimensions held equal.")
    ja = (f"「{labels['ja'].get(strongest.dimension, strongest.dimension)}」が10点高いごとに、解約のハザードは {100 * (1 - strongest.ratio_per_10_points):.0f}% 低い"
          f"(ハザード比 {strongest.ratio_per_10_points:.2f}、95%信頼区間 {strongest.low:.2f}–{strongest.high:.2f}、"
          "他の観点を揃えた場合)。")
    return Section("cox", {"ja": "観点ごとのハザード比", "en": "Hazard ratio per dimension"}, {"ja": ja, "en": en},
                   [dataclasses.asdict(r) for r in ratios],
                   {"en": "accounts at the landmark snapshot", "ja": "基準時点のスナップショットのアカウント"})


def _transitions(h: History) -> Section:
    t = survival.transitions(h)
    nb, nn = t.churn_after["normal"]["bad"], t.churn_after["normal"]["normal"]
    en = (f"Accounts that went from Normal to Bad churned within 90 days at {_pct(nb)}; "
          f"those that stayed Normal at {_pct(nn)}.")
    ja = f"普通から要注意に落ちた顧客の90日以内解約率は {_pct(nb)}、普通のままの顧客は {_pct(nn)}。"
    pending = all(v is None for row in t.churn_after.values() for v in row.values())
    if pending:  # a change is seen at the next month's first snapshot; its churn needs 90 more days
        ready = h.snapshots["as_of"].min().date() + timedelta(days=31 + 90)
        en = ("The band changes are counted in the table; the churn in the 90 days after each is not known yet "
              f"(it needs a change at least 90 days before the last snapshot: from about {ready}).")
        ja = ("帯の遷移件数は表のとおりです。遷移後90日以内の解約はまだわかりません"
              f"(最新のスナップショットより90日以上前の遷移が必要です。{ready} ごろから計算できます)。")
    return Section("transitions", {"ja": "帯の月次遷移", "en": "Band transitions month over month"},
                   {"ja": ja, "en": en}, dataclasses.asdict(t),
                   {"en": f"{sum(sum(v.values()) for v in t.counts.values()):,} account-months",
                    "ja": f"{sum(sum(v.values()) for v in t.counts.values()):,} アカウント月"}, pending=pending)


def _lead(h: History, first_alerts: pd.Series | None) -> Section:
    """How early the score warned (first Bad snapshot → churn), and what the alert log can say of the alerts."""
    lt = survival.lead_time(h, first_alerts)
    med = "—" if lt.median_days is None else f"{lt.median_days:.0f}"
    en = (f"The score: {lt.warned} of {lt.churned} churned accounts were in the Bad band before they left; the first "
          f"Bad snapshot came a median {med} days before the churn.")
    ja = (f"スコア: 解約した {lt.churned} 社のうち {lt.warned} 社は解約前に要注意帯に入っており、最初の要注意の"
          f"スナップショットは解約の中央値 {med} 日前でした。")
    if lt.alerts_since is None:
        en += " Alerts: none recorded yet."
        ja += " アラート: まだ記録がありません。"
    else:
        log_days = (h.last_day - lt.alerts_since).days
        alert_med = "—" if lt.alert_median_days is None else f"{lt.alert_median_days:.0f}"
        en += (f" Alerts have been recorded since {lt.alerts_since} ({log_days} days): of the {lt.alert_churned} "
               f"accounts that churned since, {lt.alert_warned} had an alert before, a median {alert_med} days before.")
        ja += (f" アラートは {lt.alerts_since} から記録されています({log_days} 日間)。その後に解約した "
               f"{lt.alert_churned} 社のうち {lt.alert_warned} 社に解約前のアラートがあり、中央値は解約の {alert_med} 日前です。")
        if log_days < LONG_ENOUGH_LOG:
            en += (" A log this short cannot show a longer lead than itself: how early the rules warn over the whole "
                   "history is what `banso alerts backtest` replays.")
            ja += (" 記録期間がこれだけ短いと、それより長いリードタイムは現れません。履歴全体でルールがどれだけ早く"
                   "警告するかは `banso alerts backtest` で再現できます。")
    tj, te = _thin_note(lt.thin)
    basis = {"en": f"{lt.churned} churned accounts; lead = churn day − first Bad snapshot"
                   + (f"; alerts: churn day − first recorded alert, churns since {lt.alerts_since}"
                      if lt.alerts_since else ""),
             "ja": f"解約 {lt.churned} 社。リードタイム = 解約日 − 最初の要注意のスナップショット"
                   + (f"。アラート: 解約日 − 最初に記録されたアラート({lt.alerts_since} 以降の解約)"
                      if lt.alerts_since else "")}
    return Section("lead_time", {"ja": "リードタイム", "en": "Lead time"}, {"ja": ja + tj, "en": en + te},
                   dataclasses.asdict(lt), basis, lt.thin)


def _revenue(store: Store, h: History) -> Section:
    period, rows = revenue_link.score_vs_nrr(store, h)
    overall = next((r for r in rows if r.tier == "all"), None)
    if overall is None or overall.spearman is None:
        return Section("revenue", {"ja": "スコアと売上維持率", "en": "Health vs revenue"},
                       {"ja": "売上データが足りません。", "en": "Not enough revenue data."}, [], NONE, True)
    en = (f"Higher scores go with higher net revenue retention over {period}: Spearman {overall.spearman:.2f} "
          f"overall (NRR {_pct(overall.nrr)}).")
    ja = f"{period} の期間、スコアが高いほど売上維持率(NRR)も高い傾向: スピアマン相関 {overall.spearman:.2f}(全体 NRR {_pct(overall.nrr)})。"
    return Section("revenue", {"ja": "スコアと売上維持率", "en": "Health vs revenue"}, {"ja": ja, "en": en},
                   [dataclasses.asdict(r) for r in rows],
                   {"en": f"{overall.accounts} accounts with revenue", "ja": f"売上のある {overall.accounts} 社"},
                   overall.thin)
