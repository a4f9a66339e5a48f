"""Seats and monthly MRR: expansion as healthy accounts add members, contraction at weak renewals.

Seats follow the member count (with each account's own slack of spare licences). At a renewal
where health is below `CONTRACTION_HEALTH`, annual customers usually cut seats; monthly customers
sometimes do at any anniversary. MRR is seats times the plan's seat price (volume discount for
very large Enterprise contracts), and drops to 0 in the month of churn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from banso.demo.accounts import SEAT_PRICE, Accounts
from banso.demo.clock import NEVER, Timeline
from banso.demo.lifecycle import Lifecycle
from banso.demo.people import People

CONTRACTION_HEALTH = 0.42
MINIMUM_MRR = 3_000


@dataclass
class Revenue:
    months: list[str]
    mrr: np.ndarray
    """(accounts, months) int64; -1 where the account has no row (not yet paying, or long gone)."""
    seats: np.ndarray
    """(accounts, months) seats in force."""
    last_mrr: np.ndarray
    last_seats: np.ndarray
    """MRR and seats now (active) or just before churn; 0 for accounts that never paid."""


def monthly_revenue(
    rng: np.random.Generator, acc: Accounts, life: Lifecycle, people: People, timeline: Timeline
) -> Revenue:
    """Seats and MRR per account and month touching the window."""
    months = timeline.months()
    n = acc.n
    factor = np.ones((n, len(months)))
    read_at = np.array([t for _, t in months])
    for col in range(life.renewals_us.shape[1]):
        r = life.renewals_us[:, col]
        week = np.clip(timeline.week_of(np.where(r == NEVER, 0, r)), 0, timeline.n_weeks - 1)
        h = life.health[np.arange(n), week]
        in_window = (r >= timeline.start_us) & (r < timeline.end_us) & (r < life.alive_until_us)
        chance = np.where(acc.annual, 0.7, 0.25)
        cut = in_window & (h < CONTRACTION_HEALTH) & (rng.random(n) < chance)
        step = np.where(cut, rng.uniform(0.6, 0.9, n), 1.0)
        factor *= np.where(r[:, None] <= read_at[None, :], step[:, None], 1.0)

    members = np.stack([np.bincount(people.account[people.joined_us <= t], minlength=n) for t in read_at], axis=1)
    seats = np.maximum(1, np.ceil(members * acc.seat_slack[:, None] * factor)).astype(np.int64)
    discount = np.where((acc.plan[:, None] == 3) & (seats > 1_000), 0.75, 1.0)
    mrr = np.maximum(MINIMUM_MRR, np.round(seats * SEAT_PRICE[acc.plan][:, None] * discount, -1)).astype(np.int64)

    paying = (life.contract_us[:, None] <= read_at[None, :]) & (life.churned_us[:, None] > read_at[None, :])
    month_start = np.r_[timeline.start_us, read_at[:-1] + 1]
    churn_month = (life.churned_us[:, None] >= month_start[None, :]) & (life.churned_us[:, None] <= read_at[None, :])
    churn_month &= life.contract_us[:, None] < life.churned_us[:, None]
    out = np.where(paying, mrr, np.where(churn_month, 0, -1))
    out_seats = np.where(paying, seats, 0)

    ever = (out > 0).any(axis=1)
    last_col = np.where(ever, (out.shape[1] - 1) - np.argmax((out > 0)[:, ::-1], axis=1), 0)
    rows = np.arange(n)
    return Revenue(
        months=[label for label, _ in months],
        mrr=out,
        seats=out_seats,
        last_mrr=np.where(ever, out[rows, last_col], 0),
        last_seats=np.where(ever, seats[rows, last_col], 0),
    )
