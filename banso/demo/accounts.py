"""Who the customers are: organization sizes, tiers, plans, owners and how their contracts began.

Organization sizes are lognormal (many small teams, a few companies with thousands of users) and
the tier follows size, so tier, seats and MRR move together. Accounts are of two kinds: customers
who were already paying before the window opened (contracts up to five years old) and trials that
start inside the window. A trial converts with a probability that depends only on whether its
users invited colleagues within the first seven days (`CONVERSION`), which is the truth the
trial-cohort analyses must recover.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from banso.demo import names
from banso.demo.clock import DAY, JST_OFFSET, NEVER, Timeline, date_jst, day_offsets

TIERS = ("Enterprise", "Mid", "SMB")
PLANS = ("Starter", "Standard", "Premium", "Enterprise")
SEAT_PRICE = np.array([500, 980, 1_480, 2_200])
"""Yen per seat and month, by plan."""
TRIAL_DAYS = 30
CONVERSION = {"invited_within_7d": 0.62, "not_invited_within_7d": 0.24}
SIZE_SIGMA = 1.45
MAX_SIZE = 12_000
ANNUAL_SHARE = np.array([0.95, 0.8, 0.55])
OWNER_SHARE = np.array([1.0, 0.7, 0.03])
PORTFOLIO = np.array([0.2, 0.17, 0.14, 0.12, 0.1, 0.09, 0.08, 0.06, 0.04])
"""Share of the owned accounts each CSM (names.CSMS, in order) looks after: portfolios are uneven."""
PLAN_MIX = np.array(
    [
        [0.0, 0.0, 0.35, 0.65],
        [0.0, 0.55, 0.45, 0.0],
        [0.45, 0.55, 0.0, 0.0],
    ]
)


@dataclass
class Accounts:
    """Per-account traits as parallel arrays, indexed by account number (0-based)."""

    names: list[str]
    company_size: np.ndarray
    members: np.ndarray
    tier: np.ndarray
    plan: np.ndarray
    industry: np.ndarray
    region: np.ndarray
    owner: np.ndarray
    mu: np.ndarray
    annual: np.ndarray
    new: np.ndarray
    trial_start_us: np.ndarray
    trial_end_us: np.ndarray
    invited_early: np.ndarray
    will_convert: np.ndarray
    convert_us: np.ndarray
    seat_slack: np.ndarray
    seats_hidden: np.ndarray

    @property
    def n(self) -> int:
        return len(self.names)


def draw_accounts(rng: np.random.Generator, n: int, timeline: Timeline, mean_members: float) -> Accounts:
    """Draw `n` accounts whose members average about `mean_members`."""
    months = (timeline.end_us - timeline.start_us) / (30.44 * DAY)
    new = rng.random(n) < min(0.6, 0.035 * months)
    mu = rng.beta(6.5, 3.5, n)
    z = rng.standard_normal(n)

    trial_start = np.empty(n, dtype=np.int64)
    window_days = max(1, (timeline.end_us - timeline.start_us) // DAY)
    trial_start[new] = timeline.start_us + rng.integers(0, window_days, new.sum()) * DAY
    old = ~new
    tenure_days = 30 + np.minimum(rng.exponential(550, old.sum()), 1_800).astype(np.int64)
    contract_old = timeline.start_us - tenure_days * DAY
    trial_start[old] = contract_old - TRIAL_DAYS * DAY
    trial_start += day_offsets(rng, n)
    trial_end = trial_start + TRIAL_DAYS * DAY

    # Whether the first users invite colleagues early depends on the team and how well it fits;
    # conversion then depends on that alone.
    rough_size = np.exp(np.log(mean_members) - SIZE_SIGMA**2 / 2 + SIZE_SIGMA * z)
    logit = -1.0 + 2.0 * (mu - 0.65) + 0.3 * np.log(rough_size)
    invited_early = (rng.random(n) < 1 / (1 + np.exp(-logit))) & (rough_size >= 1.5)
    p_convert = np.where(invited_early, CONVERSION["invited_within_7d"], CONVERSION["not_invited_within_7d"])
    will_convert = old | (rng.random(n) < p_convert)
    early_convert = rng.random(n) < 0.3
    convert_after = np.where(early_convert, rng.integers(10 * DAY, 29 * DAY, n), TRIAL_DAYS * DAY)
    convert_us = np.where(will_convert, trial_start + convert_after, NEVER)
    convert_us[old] = contract_old

    small_team = np.where(invited_early, 2 + rng.poisson(1.5, n), 1 + rng.poisson(0.3, n))
    company_size, members = _sizes(z, will_convert, small_team, 1 + invited_early, n * mean_members)

    tier = np.where(
        np.log(company_size) + rng.normal(0, 0.4, n) >= np.log(300),
        0,
        np.where(np.log(company_size) + rng.normal(0, 0.4, n) >= np.log(50), 1, 2),
    ).astype(np.int8)
    plan = _pick_rows(rng, PLAN_MIX[tier]).astype(np.int8)
    owner = np.where(rng.random(n) < OWNER_SHARE[tier], rng.integers(0, len(names.CSMS), n), -1)
    region = rng.choice(len(names.PREFECTURES), n, p=names.PREFECTURE_WEIGHTS / names.PREFECTURE_WEIGHTS.sum())
    return Accounts(
        names=names.company_names(rng, n),
        company_size=company_size,
        members=members,
        tier=tier,
        plan=plan,
        industry=rng.integers(0, len(names.INDUSTRIES), n),
        region=region,
        owner=owner,
        mu=mu,
        annual=rng.random(n) < ANNUAL_SHARE[tier],
        new=new,
        trial_start_us=trial_start,
        trial_end_us=trial_end,
        invited_early=invited_early,
        will_convert=will_convert,
        convert_us=convert_us,
        seat_slack=rng.uniform(1.0, 1.25, n),
        seats_hidden=rng.random(n) < 0.2,
    )


def assign_portfolios(rng: np.random.Generator, acc: Accounts) -> None:
    """Give each owned account a CSM by the uneven shares of `PORTFOLIO` (in place; who is owned stays)."""
    owned = acc.owner >= 0
    acc.owner[owned] = rng.choice(len(names.CSMS), int(owned.sum()), p=PORTFOLIO / PORTFOLIO.sum())


def _sizes(
    z: np.ndarray, will_convert: np.ndarray, small_team: np.ndarray, least: np.ndarray, total: float
) -> tuple[np.ndarray, np.ndarray]:
    """Company sizes from normal scores, with the scale solved so that members sum to `total`.

    Trials that never convert stay a small team whatever the company's size; a team that invited
    colleagues has at least `least` people.
    """

    def draw(log_median: float) -> tuple[np.ndarray, np.ndarray]:
        size = np.clip(np.round(np.exp(log_median + SIZE_SIGMA * z)), least, MAX_SIZE).astype(np.int64)
        return size, np.where(will_convert, size, np.minimum(size, small_team))

    low, high = -5.0, 12.0
    for _ in range(40):
        mid = (low + high) / 2
        if draw(mid)[1].sum() < total:
            low = mid
        else:
            high = mid
    return draw((low + high) / 2)


def _pick_rows(rng: np.random.Generator, probabilities: np.ndarray) -> np.ndarray:
    """One categorical draw per row of a probability matrix."""
    cdf = np.cumsum(probabilities, axis=1)
    return (rng.random(len(probabilities))[:, None] > cdf).sum(axis=1).clip(0, probabilities.shape[1] - 1)


def renewal_matrix(start_us: np.ndarray, annual: np.ndarray, until_us: int) -> np.ndarray:
    """Contract anniversaries after each start (annual or monthly), up to `until_us`.

    Shaped (accounts, K), ascending per row, padded with NEVER. Anniversaries fall at midnight in
    Japan on the same day of the month (monthly ones on day 28 at the latest).
    """
    paying = start_us != NEVER
    day = date_jst(np.where(paying, start_us, 0))
    years = day.astype("datetime64[Y]")
    months = day.astype("datetime64[M]")
    year_offset = day - years.astype("datetime64[D]")
    month_offset = np.minimum(day - months.astype("datetime64[D]"), np.timedelta64(27, "D"))
    span_days = (until_us - np.where(paying, start_us, until_us)).max() // DAY
    k_max = int(span_days // 28) + 2
    k = np.arange(1, k_max + 1)
    annual_days = (years[:, None] + k[None, :]).astype("datetime64[D]") + year_offset[:, None]
    monthly_days = (months[:, None] + k[None, :]).astype("datetime64[D]") + month_offset[:, None]
    days = np.where(annual[:, None], annual_days, monthly_days)
    us = days.astype("datetime64[us]").astype(np.int64) - JST_OFFSET
    us[(us > until_us) | ~paying[:, None]] = NEVER
    keep = (us != NEVER).any(axis=0)
    return us[:, keep] if keep.any() else us[:, :1]


def first_after(renewals: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Per row, the first anniversary strictly after `t` (NEVER when none)."""
    index = (renewals <= t[:, None]).sum(axis=1)
    padded = np.concatenate([renewals, np.full((len(renewals), 1), NEVER)], axis=1)
    return padded[np.arange(len(renewals)), index]
