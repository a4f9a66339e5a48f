"""What the team's-work parts of the facade share: who is acting, today in the workspace's zone, and an
account's name and owner.

A change is made by an `Actor`: a signed-in user with the owner names that are theirs, or, for the
command line, the operator of the workspace's machine (who holds its files, and so may change all).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from banso.workspace.page_reads import PageReads
from banso.workspace.report_ops import ReportOps

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from banso.appstate.auth import User
    from banso.appstate.team import Actor


class WorkBase(PageReads, ReportOps):
    def today(self) -> date:
        """Today's date in the workspace's time zone (tasks fall due by it)."""
        return datetime.now(ZoneInfo(self.config.timezone)).date()

    def _actor(self, s: Session, user: User | None) -> Actor:
        from banso.appstate.team import Actor, actor_for

        return Actor.operator() if user is None else actor_for(s, user)

    def _account(self, account_id: str) -> tuple[str | None, str | None]:
        """(name, owner) of an account; NotFoundError when the store has no such account."""
        from banso.errors import NotFoundError
        from banso.i18n import N_
        from banso.store.params import ACCOUNT
        from banso.values import or_none

        with self.lock:
            a = self.store.table("accounts")
            rows = self.store.execute(a.filter(a.account_id == ACCOUNT).select("name", "owner"),
                                      {ACCOUNT: account_id})
        if rows.empty:
            raise NotFoundError(N_("no account %(account)s"), account=repr(account_id))
        return or_none(rows["name"].iloc[0]), or_none(rows["owner"].iloc[0])
