"""The default demo model on the generated `town` world: do low scores foresee churn?

One `town` world (1,500 accounts, a year) is built per test session with a 52-week history, the
way `banso demo` builds it. The figures are printed with the test results.
"""

from __future__ import annotations

import pytest

from banso.health.compare import churn_prediction
from banso.health.engine import ActiveModel, default_as_of
from banso.workspace import Workspace

pytestmark = pytest.mark.slow


def test_low_scores_foresee_churn_within_90_days(town: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    version = ActiveModel.current(town.config).version
    p = churn_prediction(town.store, version, default_as_of(town.store), horizon_days=90)
    comp = town.band_composition()
    with capsys.disabled():
        rates = ", ".join(f"{b} {100 * p.churn_rate.get(b, 0):.2f}%" for b in ("good", "normal", "bad"))
        print(f"\n[town seed 7] {len(comp)} weekly snapshots; {p.snapshots:,} account-weeks with 90 days observed, "
              f"{p.churned:,} churned within 90 days; ROC AUC(−score) = {p.auc:.3f}; "
              f"90-day churn by band: {rates}; Bad/Good = {p.bad_to_good:.1f}×; "
              f"latest index %Good−%Bad = {comp['index'].iloc[-1]:+.1f}")
    assert len(comp) == 52, "the demo scores a year of weekly history"
    assert p.churned > 100, "the world must hold enough churn to judge the score"
    assert p.auc is not None and p.auc >= 0.75
    assert p.bad_to_good is not None and p.bad_to_good >= 3.0


def test_scores_and_explain_work_on_the_demo_world(town: Workspace) -> None:
    df = town.scores()
    assert len(df) > 500 and df.score.between(0, 100).all()
    assert df.trend.notna().mean() > 0.9
    worst = df.iloc[0]
    assert worst.band == "bad" and worst.top_reasons
    e = town.explain(worst.account_id)
    assert len(e.metrics) == 17 and {d.label.split()[0] for d in e.dimensions} == {"Engagement", "Utilization",
                                                                                    "Penetration"}
    ja = town.explain(worst.account_id, language="ja")  # the demo labels its model in both languages
    assert {d.label[:3] for d in ja.dimensions} == {"行動力", "活用度", "浸透度"} and ja.score == e.score
    assert sum(m.points for m in e.metrics) == pytest.approx(e.score, abs=1e-9)
