"""The world's CS team and its playbook: portfolios of uneven size, and a renewal-rescue playbook whose
history (who was enrolled, when) is exported with its planted effect in the truth files. Whether the
effect can be found again is checked on the demo's `town` world, large enough to measure it
(tests/analysis/evidence/test_playbook_effect_town.py)."""

from __future__ import annotations

import pandas as pd

from banso.demo import names
from banso.demo.playbook_history import EFFECT_WEEKS, FOLLOW_UP, UPLIFT

from .conftest import World


def test_portfolios_are_uneven(town600: World) -> None:
    owners = town600.accounts["Account Owner"].dropna().value_counts()
    assert set(owners.index) == set(names.CSMS)
    assert owners.iloc[0] >= 3 * owners.iloc[-1], owners.to_dict()


def test_the_playbook_history_and_its_truth(town600: World) -> None:
    history = town600.csv("playbook_enrollments")
    assert list(history.columns) == ["account_id", "account_name", "owner", "playbook", "enrolled_on"]
    assert len(history) >= 20 and (history["playbook"] == "renewal_rescue").all()
    assert history["owner"].notna().all(), "the team enrols the accounts it owns"
    truth = town600.truth["playbooks"]["renewal_rescue"]["effect"]
    assert (truth["relative_if_followed_up"], truth["followed_up_share"], truth["weeks"]) == (UPLIFT, FOLLOW_UP,
                                                                                              EFFECT_WEEKS)
    assert truth["churn"] == 0.0
    followed = pd.read_parquet(town600.root / "truth_playbooks.parquet")
    assert len(followed) == len(history) and 0.5 < followed["followed_up"].mean() < 0.9
    accounts = pd.read_parquet(town600.root / "truth_accounts.parquet").set_index("account_id")
    owned = town600.accounts[town600.accounts["Account Owner"].notna()].index
    enrolled = set(history["account_id"])
    base = accounts.loc[list(owned), "baseline_health"]
    assert base[base.index.isin(enrolled)].mean() < base[~base.index.isin(enrolled)].mean() - 0.05, \
        "the playbook enrols the weaker accounts: that is its selection bias"

