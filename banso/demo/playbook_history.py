"""A year of a renewal-risk playbook, with a known effect, so its evaluation can be checked against the truth.

The team runs `renewal_rescue` on its weaker customers: an owned paying account whose renewal is less
than 13 weeks away and whose own health level is low (its baseline under `WEAK`) is enrolled, at most
once in `COOLDOWN_WEEKS`, on the week a CSM gets to it (`NOTICE` a week, so some are enrolled later
than others and some never). Those are the accounts most likely to leave: enrolled accounts use less
and churn more than the rest whatever the playbook does, which is the selection bias a naive
comparison falls for. Who is enrolled depends on what banso sees (how near the renewal is, how
healthy the account is), not on this week's ups and downs, so matched accounts not yet enrolled are
a fair comparison.

The planted effect: for an enrolled account whose owner followed up (`FOLLOW_UP` of them), events per
active member rise by `UPLIFT` from the week after enrolment for `EFFECT_WEEKS` weeks. So the effect on
the enrolled accounts as a whole is `UPLIFT × FOLLOW_UP` of their use in those weeks, and nothing on
churn (the lifecycle decided churn before; the playbook does not change it).

| planted                                    | value |
|--------------------------------------------|-------|
| relative uplift of a followed-up account   | 0.30  |
| share followed up                          | 0.70  |
| expected relative effect on the enrolled   | 0.21  |
| weeks it lasts, from the week after        | 12    |
| effect on churn                            | none  |
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from banso.demo.accounts import Accounts
from banso.demo.clock import DAY, WEEK, Timeline
from banso.demo.lifecycle import Lifecycle

NAME = "renewal_rescue"
HORIZON_WEEKS = 13  # the renewal is this close
WEAK = 0.65  # baseline health (the level an account's health returns to) under this
NOTICE = 0.2  # chance a week that a CSM gets to an eligible account
UPLIFT = 0.30
FOLLOW_UP = 0.70
EFFECT_WEEKS = 12
FIRST_WEEK = 8  # enrolments start once 8 weeks of history are known
COOLDOWN_WEEKS = 26  # an account is enrolled at most once in this many weeks


@dataclass
class Enrolments:
    account: np.ndarray
    week: np.ndarray
    day_us: np.ndarray
    followed_up: np.ndarray


def draw_enrolments(rng: np.random.Generator, acc: Accounts, life: Lifecycle, timeline: Timeline) -> Enrolments:
    """Who the team enrolled, week by week, and whether their owner followed up."""
    health = life.health
    alive = ~np.isnan(health)
    n, n_weeks = health.shape
    starts = timeline.week_starts_us
    weak = (acc.owner >= 0) & (acc.mu < WEAK)
    paying_from = life.contract_us
    last = np.full(n, -COOLDOWN_WEEKS, dtype=np.int64)  # the week of each account's last enrolment
    accounts: list[np.ndarray] = []
    weeks: list[np.ndarray] = []
    for w in range(FIRST_WEEK, n_weeks):
        ahead = life.renewals_us - starts[w]
        soon = ((ahead >= 0) & (ahead < HORIZON_WEEKS * WEEK)).any(axis=1)
        eligible = weak & alive[:, w] & (paying_from <= starts[w]) & soon & (w - last >= COOLDOWN_WEEKS)
        picked = np.flatnonzero(eligible & (rng.random(n) < NOTICE))
        last[picked] = w
        accounts.append(picked)
        weeks.append(np.full(len(picked), w))
    who = np.concatenate(accounts) if accounts else np.array([], dtype=np.int64)
    when = np.concatenate(weeks) if weeks else np.array([], dtype=np.int64)
    day = starts[when] + rng.integers(0, 5, len(who)) * DAY
    return Enrolments(who, when, day, rng.random(len(who)) < FOLLOW_UP)


def plant(boost: np.ndarray, enrolled: Enrolments) -> None:
    """Raise events per active member of followed-up accounts from the week after enrolment (in place)."""
    n_weeks = boost.shape[1]
    for a, w in zip(enrolled.account[enrolled.followed_up], enrolled.week[enrolled.followed_up], strict=True):
        boost[a, w + 1:min(w + 1 + EFFECT_WEEKS, n_weeks)] *= 1 + UPLIFT


def truth() -> dict[str, object]:
    """What truth.json says about the playbook."""
    return {NAME: {
        "effect": {"metric": "qualifying_events_per_week", "relative_if_followed_up": UPLIFT,
                   "followed_up_share": FOLLOW_UP, "relative_on_enrolled": round(UPLIFT * FOLLOW_UP, 4),
                   "weeks": EFFECT_WEEKS, "from": "the week after the enrolment week", "churn": 0.0},
        "selection": {"who": "owned paying accounts with a renewal within 13 weeks and a baseline health under `weak`",
                      "weak": WEAK, "notice_per_week": NOTICE, "cooldown_weeks": COOLDOWN_WEEKS},
        "file": "playbook_enrollments.csv",
    }}
