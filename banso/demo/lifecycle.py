"""Latent health and the churn it causes, simulated week by week for all accounts at once.

Health is a mean-reverting random walk around each account's own level, with occasional negative
shocks (dips that heal). A paying account can start to *decline*: its health slides towards
`FLOOR` along an ease-out curve (most of the drop comes early) and it churns when the decline ends.
Declines start with a weekly hazard that rises steeply as health falls (`renewal_churn_probability`):

- annual contracts mostly decide 13 to 26 weeks before a renewal and churn at that renewal;
- a smaller off-cycle hazard churns any contract 13 to 26 weeks after the decline starts;
- monthly contracts churn at the first monthly anniversary 13 to 22 weeks after it starts.

So every churn is preceded by three to six months of falling health, and therefore of falling
usage. A share of declines (`ABORTED_SHARE`) turn around after a few weeks without churn, so that
early warnings have honest false positives. Trials that will not convert fade over their 30 days
and churn when the trial ends. The simulation starts `BURN_IN_WEEKS` before the window so that
churn in the window's first months has its history.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from banso.demo.accounts import TRIAL_DAYS, Accounts, first_after, renewal_matrix
from banso.demo.clock import DAY, NEVER, WEEK, Timeline, day_offsets

BURN_IN_WEEKS = 26
FLOOR = 0.08
REVERSION = 0.15
DECLINE_REVERSION = 0.5
NOISE = 0.03
SHOCK_RATE = 0.02
SHOCK_MEAN, SHOCK_SD = -0.15, 0.06
ABORTED_SHARE = 0.15
OFF_CYCLE_SHARE = 0.2
MONTHLY_FACTOR = 1.3
TRIAL_FADE_TO = 0.2


def renewal_churn_probability(health: np.ndarray) -> np.ndarray:
    """Chance that a contract is not renewed when health stays at `health`: steep below ~0.45."""
    return 0.02 + 0.9 / (1 + np.exp(14 * (health - 0.42)))


@dataclass
class Lifecycle:
    """What happened to each account in the window, and its weekly latent health."""

    health: np.ndarray
    """(accounts, weeks) float32, NaN in weeks the account is not alive."""
    alive_from_us: np.ndarray
    alive_until_us: np.ndarray
    """End of activity: churn, or the window's end."""
    contract_us: np.ndarray
    """Contract start, NEVER when the account had not converted by the window's end."""
    churned_us: np.ndarray
    """Churn moment within the window, else NEVER."""
    decline_us: np.ndarray
    """Start of the last decline that led to churn (NEVER otherwise)."""
    renewals_us: np.ndarray
    """Contract anniversaries (accounts, K), NEVER padded."""


def simulate(rng: np.random.Generator, acc: Accounts, timeline: Timeline) -> Lifecycle:
    """Run the weekly health and churn simulation over the burn-in and the window."""
    n, n_weeks = acc.n, timeline.n_weeks
    contract = np.where(acc.convert_us < timeline.end_us, acc.convert_us, NEVER)
    renewals = renewal_matrix(contract, acc.annual, timeline.end_us + 60 * WEEK)
    churn = np.where(acc.will_convert, NEVER, acc.trial_end_us)
    decline_start = np.full(n, NEVER)
    decline_end = np.full(n, NEVER)
    decline_abort = np.full(n, NEVER)
    health = np.full((n, n_weeks), np.nan, dtype=np.float32)
    h = np.clip(acc.mu + rng.normal(0, 0.05, n), 0.02, 0.98)
    born = np.zeros(n, dtype=bool)

    for k in range(-BURN_IN_WEEKS, n_weeks):
        t = timeline.week0_us + k * WEEK
        alive = (acc.trial_start_us < t + WEEK) & (churn > t)
        fresh = alive & ~born
        h[fresh] = np.clip(acc.mu[fresh] + rng.normal(0, 0.05, fresh.sum()), 0.02, 0.98)
        born |= alive

        target = acc.mu.copy()
        fading = ~acc.will_convert & alive
        x_trial = np.clip((t + WEEK // 2 - acc.trial_start_us) / (TRIAL_DAYS * DAY), 0, 1)
        target[fading] -= (acc.mu[fading] - TRIAL_FADE_TO) * x_trial[fading]
        declining = (decline_start <= t) & (t < decline_abort)
        span = np.maximum(decline_end - decline_start, WEEK)
        x = np.clip((t + WEEK // 2 - decline_start) / span, 0, 1)
        target[declining] -= (acc.mu[declining] - FLOOR) * (1 - (1 - x[declining]) ** 3)
        theta = np.where(declining, DECLINE_REVERSION, REVERSION)
        shock = (rng.random(n) < SHOCK_RATE) * rng.normal(SHOCK_MEAN, SHOCK_SD, n)
        h = np.clip(h + theta * (target - h) + NOISE * rng.standard_normal(n) + shock, 0.02, 0.98)
        if k >= 0:
            health[:, k] = np.where(alive, h, np.nan)

        eligible = alive & (contract <= t) & (churn == NEVER) & ~((decline_start <= t) & (t < decline_abort))
        started, planned = _decline_onsets(rng, t, h, eligible, acc.annual, renewals)
        started &= planned >= timeline.start_us
        aborted = started & (rng.random(n) < ABORTED_SHARE)
        onset = t + rng.integers(0, WEEK, n)
        decline_start = np.where(started, onset, decline_start)
        decline_end = np.where(started, planned, decline_end)
        decline_abort = np.where(aborted, onset + rng.integers(4, 11, n) * WEEK, decline_abort)
        decline_abort = np.where(started & ~aborted, NEVER, decline_abort)
        churn = np.where(started & ~aborted, planned, churn)

    churned = np.where(churn < timeline.end_us, churn, NEVER)
    real_decline = np.where((churned != NEVER) & acc.will_convert, decline_start, NEVER)
    return Lifecycle(
        health=health,
        alive_from_us=acc.trial_start_us,
        alive_until_us=np.minimum(churn, timeline.end_us),
        contract_us=contract,
        churned_us=churned,
        decline_us=real_decline,
        renewals_us=renewals,
    )


def _decline_onsets(
    rng: np.random.Generator,
    t: int,
    h: np.ndarray,
    eligible: np.ndarray,
    annual: np.ndarray,
    renewals: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Which eligible accounts start declining this week, and when each would churn."""
    n = len(h)
    p = renewal_churn_probability(h)
    next_renewal = first_after(renewals, np.full(n, t))
    to_renewal = next_renewal - t
    at_renewal = annual & (to_renewal >= 13 * WEEK) & (to_renewal < 26 * WEEK) & (next_renewal != NEVER)
    hazard = np.where(at_renewal, -np.log1p(-p) / 13, 0.0)
    monthly_p = np.minimum(0.95, MONTHLY_FACTOR * p)
    hazard += np.where(annual, 0.0, -np.log1p(-monthly_p) / 52)
    off_cycle_hazard = np.where(annual, -np.log1p(-OFF_CYCLE_SHARE * p) / 52, 0.0)
    total = hazard + off_cycle_hazard
    started = eligible & (rng.random(n) < -np.expm1(-total))
    off_cycle = rng.random(n) * np.maximum(total, 1e-12) < off_cycle_hazard

    lag = rng.integers(13 * WEEK, 22 * WEEK, n)
    monthly_churn = first_after(renewals, t + lag - 1)
    off_cycle_churn = t + rng.integers(13 * 7, 26 * 7, n) * DAY + day_offsets(rng, n)
    planned = np.where(annual, next_renewal, monthly_churn)
    planned = np.where(off_cycle, off_cycle_churn, planned)
    started &= planned != NEVER
    return started, planned
