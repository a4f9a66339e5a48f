"""Users and their memberships: who joined which organization, and when.

An account's first member (an admin) joins when its trial starts. Customers that were paying
before the window have most members already; in the window, members keep joining at a pace that
follows health (healthy accounts grow, which is also their seat expansion). New accounts roll out
fast after conversion. Trials that invited early have colleagues joining within seven days; the
others see their first invitation after day seven. Every in-window join is preceded by an
invitation (a `user_invited` event by the account's first admin).

About 1% of users (consultants, agencies) also belong to a second account. A few users sign up
days before they join any organization and act meanwhile: those events carry no account.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from banso.demo import names
from banso.demo.accounts import Accounts
from banso.demo.clock import DAY, HOUR, MINUTE, NEVER, SECOND, WEEK, Timeline, day_offsets, week_offsets
from banso.demo.lifecycle import Lifecycle

SECOND_ACCOUNT_SHARE = 0.01
PREJOIN_SHARE = 0.07
PROPENSITY_SD = 0.9


@dataclass
class People:
    """Memberships (sorted by account, then join time) and users (numbered in that order)."""

    account: np.ndarray
    user: np.ndarray
    joined_us: np.ndarray
    invite_us: np.ndarray
    """When the invitation was sent (NEVER for founders and members who joined before the window)."""
    inviter: np.ndarray
    admin: np.ndarray
    log_propensity: np.ndarray
    created_us: np.ndarray
    primary_account: np.ndarray
    """The user's first organization; users are numbered in (primary account, join time) order."""
    primary_joined_us: np.ndarray
    prejoin_events: np.ndarray
    """Events the user makes after signing up and before joining any organization."""
    surname: np.ndarray
    given: np.ndarray
    title: np.ndarray

    @property
    def n_users(self) -> int:
        return len(self.created_us)


def draw_people(rng: np.random.Generator, acc: Accounts, life: Lifecycle, timeline: Timeline) -> People:
    """Draw every membership and user of the world."""
    n = acc.n
    others = acc.members - 1
    months = (timeline.end_us - timeline.start_us) / (30.44 * DAY)
    growth = np.clip(0.05 + 0.5 * (acc.mu - 0.45) + rng.normal(0, 0.05, n), 0.01, 0.4) * months / 12
    share = rng.uniform(0.1, 0.5, n)
    n_early = np.where(acc.new & acc.invited_early, np.clip(np.round(others * share), 1, None), 0)
    n_early = np.minimum(n_early, others).astype(np.int64)
    n_window = np.where(acc.new, others - n_early, np.round(others * growth)).astype(np.int64)
    n_before = others - n_early - n_window

    # Founders.
    parts = [(np.arange(n), acc.trial_start_us, np.full(n, NEVER))]
    # Members from before the window: spread over the account's tenure.
    a = np.repeat(np.arange(n), n_before)
    tenure = timeline.start_us - acc.trial_start_us[a]
    joined_before = acc.trial_start_us[a] + (rng.random(len(a)) * tenure).astype(np.int64) // DAY * DAY
    joined_before = np.minimum(joined_before + day_offsets(rng, len(a)), timeline.start_us - MINUTE)
    parts.append((a, joined_before, np.full(len(a), NEVER)))
    # Early invitations, within the trial's first week.
    a = np.repeat(np.arange(n), n_early)
    invite = acc.trial_start_us[a] + rng.integers(10 * MINUTE, 7 * DAY - 2 * HOUR, len(a))
    parts.append((a, invite + _acceptance_delay(rng, len(a)), invite))
    # Members joining during the window, paced by health.
    a, invite = _window_invitations(rng, acc, life, timeline, n_window)
    parts.append((a, invite + _acceptance_delay(rng, len(a)), invite))

    account = np.concatenate([p[0] for p in parts])
    joined = np.concatenate([p[1] for p in parts])
    invite = np.concatenate([p[2] for p in parts])
    keep = joined < life.alive_until_us[account]
    account, joined, invite = account[keep], joined[keep], invite[keep]
    order = np.lexsort((joined, account))
    account, joined, invite = account[order], joined[order], invite[order]
    first = np.r_[True, account[1:] != account[:-1]]
    user = np.arange(len(account))
    founder = np.full(n, -1)
    founder[account[first]] = user[first]
    admin = first | (rng.random(len(account)) < 0.04)
    n_users = len(account)

    created = joined - rng.integers(SECOND, 2 * MINUTE, n_users)
    prejoin = np.zeros(n_users, dtype=np.int16)
    eligible = (joined >= timeline.start_us + 3 * DAY) & ~first
    lucky = eligible & (rng.random(n_users) < PREJOIN_SHARE)
    prejoin[lucky] = 1 + rng.poisson(1.5, lucky.sum())
    created[lucky] = joined[lucky] - rng.integers(30 * MINUTE, 3 * DAY, lucky.sum())

    primary_account, primary_joined = account.copy(), joined.copy()
    # Consultants: a second membership in another paying account.
    second_user, second_account, second_joined = _second_memberships(rng, acc, life, account, admin, lucky)
    second_invite = np.where(
        second_joined >= timeline.start_us, second_joined - rng.integers(HOUR, DAY, len(second_joined)), NEVER
    )
    created[second_user] = np.minimum(created[second_user], second_joined - MINUTE)

    account = np.concatenate([account, second_account])
    user = np.concatenate([user, second_user])
    joined = np.concatenate([joined, second_joined])
    invite = np.concatenate([invite, second_invite])
    admin = np.concatenate([admin, np.zeros(len(second_user), dtype=bool)])
    order = np.lexsort((joined, account))
    account, user, joined = account[order], user[order], joined[order]
    invite, admin = invite[order], admin[order]
    log_u = rng.normal(0, PROPENSITY_SD, len(account)) + 0.4 * admin
    return People(
        account=account.astype(np.int32),
        user=user.astype(np.int32),
        joined_us=joined,
        invite_us=invite,
        inviter=np.where(invite != NEVER, founder[account], -1).astype(np.int32),
        admin=admin,
        log_propensity=log_u.astype(np.float32),
        created_us=created,
        primary_account=primary_account.astype(np.int32),
        primary_joined_us=primary_joined,
        prejoin_events=prejoin,
        surname=rng.integers(0, len(names.SURNAMES), n_users).astype(np.int16),
        given=rng.integers(0, len(names.GIVEN_NAMES), n_users).astype(np.int16),
        title=rng.integers(0, len(names.JOB_TITLES), n_users).astype(np.int16),
    )


def _acceptance_delay(rng: np.random.Generator, n: int) -> np.ndarray:
    """Time from invitation to joining: minutes to a couple of days."""
    return np.minimum(rng.exponential(6 * HOUR, n), 2 * DAY).astype(np.int64) + MINUTE


def _window_invitations(
    rng: np.random.Generator, acc: Accounts, life: Lifecycle, timeline: Timeline, count: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Invitation moments for members joining inside the window, weighted by health.

    New accounts invite most people shortly after they start (a roll-out); others at a pace that
    grows with health. Trials that did not invite early send nothing before day seven.
    """
    health = np.nan_to_num(life.health, nan=0.0)
    weeks = np.arange(timeline.n_weeks)
    birth_week = timeline.week_of(acc.trial_start_us)
    roll_out = np.where(acc.new[:, None], 1 + 4 * np.exp(-(weeks[None, :] - birth_week[:, None]) / 6), 1.0)
    weight = (life.health == life.health) * np.exp(3 * (health - 0.5)) * roll_out
    lower = np.where(acc.new, acc.trial_start_us + 7 * DAY, timeline.start_us)
    weight[weeks[None, :] < timeline.week_of(lower)[:, None]] = 0.0
    total = weight.sum(axis=1)
    count = np.where(total > 0, count, 0)
    a = np.repeat(np.arange(acc.n), count)
    cdf = np.cumsum(weight, axis=1) / np.where(total > 0, total, 1.0)[:, None]
    flat = (cdf + np.arange(acc.n)[:, None]).ravel()
    cell = np.searchsorted(flat, a + rng.random(len(a)) * (1 - 1e-9), side="right")
    week = np.minimum(cell - a * timeline.n_weeks, timeline.n_weeks - 1)
    invite = timeline.week0_us + week * WEEK + week_offsets(rng, len(a))
    ok = (invite >= lower[a]) & (invite < life.alive_until_us[a] - 2 * HOUR)
    return a[ok], invite[ok]


def _second_memberships(
    rng: np.random.Generator,
    acc: Accounts,
    life: Lifecycle,
    account: np.ndarray,
    admin: np.ndarray,
    prejoined: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """About 1% of users join a second, paying account some time after it converted."""
    n_users = len(account)
    chosen = np.flatnonzero(~admin & ~prejoined & (rng.random(n_users) < SECOND_ACCOUNT_SHARE))
    paying = np.flatnonzero(life.contract_us != NEVER)
    if len(paying) < 2 or len(chosen) == 0:
        return (np.zeros(0, np.int64),) * 3
    target = paying[rng.integers(0, len(paying), len(chosen))]
    lower = np.maximum(life.contract_us[target] + 8 * DAY, life.contract_us[target])
    upper = life.alive_until_us[target] - DAY
    ok = (target != account[chosen]) & (upper > lower)
    chosen, target, lower, upper = chosen[ok], target[ok], lower[ok], upper[ok]
    joined = lower + (rng.random(len(chosen)) * (upper - lower)).astype(np.int64)
    return chosen, target, joined
