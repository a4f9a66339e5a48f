"""Who a figure counts: the actors behind a retention cell or a funnel step, with their accounts.

The list is what an analyst opens to go from a number to the accounts (and then to one account's
page); it is capped, with the total beside it, and sorted by id so the same figure always lists the
same actors first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import pandas as pd
from pydantic import Field

from banso.analysis.insights.actors import Actor
from banso.values import as_float, or_none


@dataclass(frozen=True)
class ActorRow:
    id: Annotated[str, Field(description="account id, or user id for user insights")]
    account_id: str | None
    name: Annotated[str | None, Field(description="the account's name")]
    tier: str | None
    mrr: float | None
    band: str | None


@dataclass(frozen=True)
class ActorList:
    actor: Actor
    total: Annotated[int, Field(description="actors the figure counts")]
    rows: Annotated[list[ActorRow], Field(description="at most 1,000 of them, by id")]
    account_ids: Annotated[list[str], Field(description="their distinct accounts (a segment of them)")]


def actor_list(facts: pd.DataFrame, user_accounts: dict[str, str] | None, ids: list[str], total: int,
               actor: Actor) -> ActorList:
    """Rows for `ids`, with each one's account from the facts table (`user_accounts` maps users to accounts)."""
    by_id = facts.set_index("account_id", drop=False)
    rows = []
    for actor_id in ids:
        account = actor_id if actor == "account" else (user_accounts or {}).get(actor_id)
        fact = by_id.loc[account] if account is not None and account in by_id.index else None
        rows.append(ActorRow(
            id=actor_id, account_id=account,
            name=None if fact is None else or_none(fact["name"]),
            tier=None if fact is None else or_none(fact["tier"]),
            mrr=None if fact is None else as_float(fact["mrr"]),
            band=None if fact is None else or_none(fact["band"]),
        ))
    accounts = sorted({r.account_id for r in rows if r.account_id is not None})
    return ActorList(actor=actor, total=total, rows=rows, account_ids=accounts)
