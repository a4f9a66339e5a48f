"""Product events for one contiguous range of accounts, drawn member-week by member-week.

Latent health drives four things at once, which is what a health score has to read back:

- penetration: the chance that a member is active in a week (lower in big organizations);
- volume: events per active member in a week (raised for a while by seminars);
- breadth: the mix of features, since deeper features need adoption (`catalogue.adoption_thresholds`);
- evenness: how much activity concentrates on a few members (more when health is low).

Beside that organic use come passive events (mail opens, identify calls), invitations from the
membership history, tutorial steps of new members, the extra use of features proposed in CS
meetings, and the account-less events of users who signed up before joining an organization.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from banso.demo.catalogue import CATALOGUE, CODE, HEALTH_BINS, mixture_cdfs
from banso.demo.clock import MINUTE, MS, SECOND, WEEK, week_offsets
from banso.demo.people import PROPENSITY_SD

PENETRATION = (0.04, 0.62)
"""Weekly chance that a member is active: a + b * health**1.5, before the size factor."""
VOLUME = (1.6, 11.0)
"""Events per active member-week: a + b * health**1.3, times the preset's activity."""
IDENTIFY_SHARE = 0.5
MAIL_OPEN_SHARE = 0.04
PREJOIN_EVENTS = ("login", "tutorial_step_completed", "help_article_viewed", "search_performed", "identify")

_N_EVENTS = len(CATALOGUE)
_FLAT_ALL = (mixture_cdfs() + np.arange(HEALTH_BINS)[:, None]).ravel()
_FLAT_CORE = (mixture_cdfs(core_only=True) + np.arange(HEALTH_BINS)[:, None]).ravel()


def size_factor(members: np.ndarray) -> np.ndarray:
    """Penetration shrinks in big organizations: 1 for a team of one, ~0.55 at a thousand."""
    return 1 / (1 + 0.12 * np.log(np.maximum(members, 1)))


def expected_weekly_events(health: np.ndarray, members: np.ndarray, activity: float) -> np.ndarray:
    """Rough expected events per week of an account; used only to balance part files."""
    p = (PENETRATION[0] + PENETRATION[1] * health**1.5) * size_factor(members)
    return members * p * activity * (VOLUME[0] + VOLUME[1] * health**1.3)


@dataclass
class Chunk:
    """Everything needed to draw the events of accounts `[account0, account0 + n_accounts)`.

    Account indices inside are local (0-based within the chunk); user indices are global.
    """

    part: int
    seed: tuple[int, ...]
    start_us: int
    end_us: int
    week0_us: int
    activity: float
    account0: int
    health: np.ndarray
    boost: np.ndarray
    adoption: np.ndarray
    alive_from_us: np.ndarray
    alive_until_us: np.ndarray
    members: np.ndarray
    m_account: np.ndarray
    m_user: np.ndarray
    m_joined_us: np.ndarray
    m_invite_us: np.ndarray
    m_inviter: np.ndarray
    m_admin: np.ndarray
    m_log_propensity: np.ndarray
    p_user: np.ndarray
    p_created_us: np.ndarray
    p_joined_us: np.ndarray
    p_count: np.ndarray
    u_account: np.ndarray
    u_feature: np.ndarray
    u_start_us: np.ndarray
    u_rate: np.ndarray
    u_user: np.ndarray

    @property
    def n_accounts(self) -> int:
        return len(self.alive_from_us)


@dataclass
class EventArrays:
    """Events as parallel arrays; `account` is local to the chunk, -1 for no account."""

    account: np.ndarray
    user: np.ndarray
    ts: np.ndarray
    code: np.ndarray
    detail: np.ndarray
    """Per-event small integer used for properties (article, step, role...), -1 when none."""

    @staticmethod
    def concat(parts: list[EventArrays]) -> EventArrays:
        return EventArrays(
            *(np.concatenate([getattr(p, f) for p in parts]) for f in ("account", "user", "ts", "code", "detail"))
        )


def draw_events(chunk: Chunk, rng: np.random.Generator) -> EventArrays:
    """All events of the chunk, unsorted."""
    parts = [
        _organic(chunk, rng),
        _invitations(chunk),
        _tutorials(chunk, rng),
        _proposed_use(chunk, rng),
        _before_joining(chunk, rng),
    ]
    return EventArrays.concat(parts)


def _member_weeks(chunk: Chunk) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each (membership, week) where the member could act: indices, weeks and bounds."""
    acct = chunk.m_account
    lo = np.maximum(np.maximum(chunk.m_joined_us, chunk.alive_from_us[acct]), chunk.start_us)
    hi = np.minimum(chunk.alive_until_us[acct], chunk.end_us)
    first = (lo - chunk.week0_us) // WEEK
    count = np.maximum((hi - 1 - chunk.week0_us) // WEEK - first + 1, 0)
    count[hi <= lo] = 0
    member = np.repeat(np.arange(len(acct)), count)
    starts = np.cumsum(count) - count
    week = first[member] + (np.arange(len(member)) - starts[member])
    return member, week, lo, hi


def _organic(chunk: Chunk, rng: np.random.Generator) -> EventArrays:
    """Everyday use: who is active each week, how much, in which sessions, on which features."""
    member, week, lo, hi = _member_weeks(chunk)
    acct = chunk.m_account[member]
    health = np.nan_to_num(chunk.health[acct, week], nan=0.02).astype(np.float64)
    spread = 0.6 + 1.2 * (1 - health)
    propensity = np.exp(spread * chunk.m_log_propensity[member] - (spread * PROPENSITY_SD) ** 2 / 2)
    p = (PENETRATION[0] + PENETRATION[1] * health**1.5) * size_factor(chunk.members)[acct]
    active = rng.random(len(member)) < np.minimum(0.97, p * propensity)
    week_start = chunk.week0_us + week * WEEK

    opened = np.flatnonzero(rng.random(len(member)) < MAIL_OPEN_SHARE)
    mails = EventArrays(
        acct[opened],
        chunk.m_user[member[opened]],
        week_start[opened] + week_offsets(rng, len(opened)),
        np.full(len(opened), CODE["email_opened"], np.int8),
        np.full(len(opened), -1, np.int16),
    )

    act = np.flatnonzero(active)
    h_act = health[act]
    a_act = acct[act]
    volume = chunk.activity * (VOLUME[0] + VOLUME[1] * h_act**1.3) * chunk.boost[a_act, week[act]]
    n_events = 1 + rng.poisson(np.maximum(volume * propensity[act] ** 0.3 - 1, 0))
    n_sessions = np.minimum(n_events, 1 + rng.poisson(0.3 * (n_events - 1)))
    session_start = np.repeat(week_start[act], n_sessions) + week_offsets(rng, int(n_sessions.sum()))
    first_session = np.cumsum(n_sessions) - n_sessions

    owner = np.repeat(np.arange(len(act)), n_events)
    session = first_session[owner] + (rng.random(len(owner)) * n_sessions[owner]).astype(np.int64)
    ts = session_start[session] + rng.exponential(4 * MINUTE / MS, len(owner)).astype(np.int64) * MS
    code = _event_types(rng, h_act[owner], chunk.adoption, a_act[owner])

    said_hello = np.flatnonzero(rng.random(len(act)) < IDENTIFY_SHARE)
    hello = EventArrays(
        a_act[said_hello],
        chunk.m_user[member[act[said_hello]]],
        session_start[first_session[said_hello]] - rng.integers(1, 5, len(said_hello)) * SECOND,
        np.full(len(said_hello), CODE["identify"], np.int8),
        np.full(len(said_hello), -1, np.int16),
    )
    used = EventArrays(a_act[owner], chunk.m_user[member[act]][owner], ts, code, np.full(len(owner), -1, np.int16))
    everything = EventArrays.concat([used, hello, mails])
    m_of = np.concatenate([member[act][owner], member[act[said_hello]], member[opened]])
    keep = (everything.ts >= lo[m_of]) & (everything.ts < hi[m_of])
    return _subset(everything, keep)


def _event_types(rng: np.random.Generator, health: np.ndarray, adoption: np.ndarray, account: np.ndarray) -> np.ndarray:
    """Event codes from the health-dependent mix; features not adopted become core actions."""
    bins = np.minimum((health * HEALTH_BINS).astype(np.int64), HEALTH_BINS - 1)
    code = np.searchsorted(_FLAT_ALL, bins + rng.random(len(bins)), side="right") - bins * _N_EVENTS
    missing = np.flatnonzero(health < adoption[account, code])
    b = bins[missing]
    code[missing] = np.searchsorted(_FLAT_CORE, b + rng.random(len(b)), side="right") - b * _N_EVENTS
    return np.minimum(code, _N_EVENTS - 1).astype(np.int8)


def _invitations(chunk: Chunk) -> EventArrays:
    """`user_invited` by the account's first admin, detail 1 when the invitee became an admin."""
    sent = np.flatnonzero(
        (chunk.m_invite_us >= chunk.start_us) & (chunk.m_invite_us < chunk.end_us) & (chunk.m_inviter >= 0)
    )
    return EventArrays(
        chunk.m_account[sent],
        chunk.m_inviter[sent],
        chunk.m_invite_us[sent] // MS * MS,
        np.full(len(sent), CODE["user_invited"], np.int8),
        chunk.m_admin[sent].astype(np.int16),
    )


def _tutorials(chunk: Chunk, rng: np.random.Generator) -> EventArrays:
    """New members walk through one to five tutorial steps right after joining."""
    joined = np.flatnonzero((chunk.m_joined_us >= chunk.start_us) & (chunk.m_joined_us < chunk.end_us))
    steps = rng.integers(1, 6, len(joined))
    member = np.repeat(joined, steps)
    step = np.arange(len(member)) - np.repeat(np.cumsum(steps) - steps, steps) + 1
    ts = chunk.m_joined_us[member] // MS * MS + step * rng.integers(MINUTE // MS, 15 * MINUTE // MS, len(member)) * MS
    acct = chunk.m_account[member]
    keep = ts < np.minimum(chunk.alive_until_us[acct], chunk.end_us)
    return _subset(
        EventArrays(
            acct,
            chunk.m_user[member],
            ts,
            np.full(len(member), CODE["tutorial_step_completed"], np.int8),
            step.astype(np.int16),
        ),
        keep,
    )


def _proposed_use(chunk: Chunk, rng: np.random.Generator) -> EventArrays:
    """Weekly Poisson use of each feature a CS meeting proposed, from the meeting on."""
    first = (chunk.u_start_us - chunk.week0_us) // WEEK
    until = np.minimum(chunk.alive_until_us[chunk.u_account], chunk.end_us)
    weeks = np.maximum((until - 1 - chunk.week0_us) // WEEK - first + 1, 0)
    proposal = np.repeat(np.arange(len(first)), weeks)
    week = first[proposal] + np.arange(len(proposal)) - np.repeat(np.cumsum(weeks) - weeks, weeks)
    count = rng.poisson(chunk.u_rate[proposal])
    which = np.repeat(proposal, count)
    ts = np.repeat(chunk.week0_us + week * WEEK, count) + week_offsets(rng, len(which))
    keep = (ts >= chunk.u_start_us[which]) & (ts < until[which])
    return _subset(
        EventArrays(
            chunk.u_account[which],
            chunk.u_user[which],
            ts,
            chunk.u_feature[which].astype(np.int8),
            np.full(len(which), -1, np.int16),
        ),
        keep,
    )


def _before_joining(chunk: Chunk, rng: np.random.Generator) -> EventArrays:
    """Account-less events between sign-up and joining a first organization."""
    user = np.repeat(np.arange(len(chunk.p_user)), chunk.p_count)
    span = chunk.p_joined_us[user] - chunk.p_created_us[user]
    ts = (chunk.p_created_us[user] + (rng.random(len(user)) * span).astype(np.int64)) // MS * MS
    names = np.array([CODE[name] for name in PREJOIN_EVENTS], dtype=np.int8)
    code = names[rng.choice(len(names), len(user), p=[0.35, 0.25, 0.2, 0.1, 0.1])]
    keep = (ts >= chunk.start_us) & (ts < chunk.end_us)
    return _subset(
        EventArrays(np.full(len(user), -1), chunk.p_user[user], ts, code, np.full(len(user), -1, np.int16)), keep
    )


def _subset(events: EventArrays, keep: np.ndarray) -> EventArrays:
    return EventArrays(events.account[keep], events.user[keep], events.ts[keep], events.code[keep], events.detail[keep])
