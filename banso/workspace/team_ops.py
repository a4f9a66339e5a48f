"""My work and the team through the facade: a CSM's day, every CSM's load, capacities, links, reassignments.

Reassigning an account writes its new owner to the store through the loader (like a CRM export would),
hands its open tasks and active alerts to the new owner, and records the change; when the CRM is the
system of record, change the owner there too, or its next export puts the old one back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from banso.errors import NotAllowedError
from banso.i18n import N_
from banso.workspace.delegate import handed_over
from banso.workspace.note_ops import NoteOps
from banso.workspace.playbook_ops import PlaybookOps
from banso.workspace.task_ops import TaskOps

if TYPE_CHECKING:
    from banso.analysis.account_page import AccountPage
    from banso.analysis.work.account import AccountWork
    from banso.analysis.work.my_work import CapacityUse, MyWork, TeamLoad
    from banso.appstate.auth import User
    from banso.appstate.team import Actor
    from banso.workspace.jobs_ops import Freshness


@dataclass(frozen=True)
class Reassignment:
    account_id: str
    before: str | None
    after: str
    tasks_moved: int
    alerts_moved: int


@dataclass(frozen=True)
class AccountDesk:
    """The account page whole: the account (`account_page`), the team's work on it (`account_work`) and how fresh
    the data are (`freshness`): when no event has arrived for days, the account's current score reads it as quiet,
    and the CSM opening it before a call must know that the tracking stopped, not the customer."""

    page: AccountPage
    work: AccountWork
    fresh: Freshness


class TeamOps(TaskOps, NoteOps, PlaybookOps):
    def account_work(self, account_id: str, user: User | None) -> AccountWork:
        """An account's tasks (open first), notes, playbooks, what may be started on it and who may own it."""
        from banso.analysis.work.account import AccountWork
        from banso.appstate.tasks import list_tasks
        from banso.appstate.team import members
        from banso.config.playbooks import playbook_labels

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            rows = list_tasks(s, account_id=account_id, statuses=("open",))
            closed = list_tasks(s, account_id=account_id, statuses=("done", "cancelled"))
            closed.sort(key=lambda t: t.closed_at or t.updated_at, reverse=True)
            tasks = self._items(s, rows + closed[:10], actor, self.today())
            named = [m.owner for m in members(s)]
        enrolled = self.account_enrollments(account_id, user)
        busy = {e.playbook for e in enrolled if e.status == "active"}
        startable = [n for n, p in self.config.playbooks.items() if p.enabled and n not in busy]
        owners = sorted(set(self.crm_owners()) | set(named))
        return AccountWork(account_id, self.today(), tasks, self.account_notes(account_id, user), enrolled, startable,
                           owners, {n: label for n, label in playbook_labels(self.config.playbooks).items()
                                    if n in startable})

    def account_desk(self, account_id: str, user: User | None, *, language: str, emails: int | None = None,
                     touchpoint_kind: str | None = None) -> AccountDesk:
        """What the account page shows: the account and the work on it."""
        page = self.account_page(account_id, language=language, emails=emails, touchpoint_kind=touchpoint_kind)
        return AccountDesk(page, self.account_work(page.header.account_id, user), self.freshness())

    def my_work(self, user: User | None, *, language: str) -> MyWork:
        """The landing page: my accounts, tasks, alerts, renewals, playbooks and capacity (and the team for admins)."""
        from banso.analysis.work.my_work import MyWork, bands_of, my_accounts, renewals_of, split_tasks
        from banso.appstate.playbooks import active
        from banso.appstate.tasks import list_tasks

        today = self.today()
        facts, changes = self.facts(), self.band_changes()
        with self.app_state.session() as s:
            actor = self._actor(s, user)
            owners = sorted(actor.owners)
            open_rows = list_tasks(s, statuses=("open",), limit=1_000_000)
            per_account = Counter(t.account_id for t in open_rows)
            mine = [t for t in open_rows if t.owner in actor.owners]
            tasks = self._items(s, mine, actor, today)
            alerts = [a for o in owners for a in self.alert_inbox(language=language, owner=o, choices=False,
                                                                  limit=500).alerts]
            accounts = my_accounts(facts, set(owners), changes, dict(per_account),
                                   dict(Counter(a.account_id for a in alerts)))
            ids = {a.account_id for a in accounts}
            enrolled = [e for e in active(s) if e.account_id in ids]
            playbooks = self._enrollment_items(s, enrolled, actor)
        overdue, due_today, soon, later = split_tasks(tasks, today)
        uses = self._capacity_uses()
        capacity = next((uses[o] for o in owners if o in uses), None)
        if capacity is None and accounts:
            from banso.analysis.work.my_work import CapacityUse

            capacity = CapacityUse(self._own_capacity(owners), False, 0, 0)
        alerts.sort(key=lambda a: -a.priority)
        return MyWork(
            as_of=self.as_of(), today=today, person=actor.email, owners=owners, accounts=accounts,
            mrr=sum(a.mrr or 0.0 for a in accounts), bands=bands_of(accounts), overdue=overdue, due_today=due_today,
            due_this_week=soon, later=later, alerts=alerts, renewals=renewals_of(accounts), playbooks=playbooks,
            capacity=capacity, team=self.team_load() if actor.can("admin") else None)

    @handed_over()
    def team_load(self) -> TeamLoad:
        """Every CSM side by side: accounts, MRR, Bad accounts, tasks, alerts, and the week's worklist against capacity."""
        from banso.analysis.work.my_work import team_load
        from banso.appstate.alerts import listing
        from banso.appstate.auth import list_users
        from banso.appstate.tasks import list_tasks
        from banso.appstate.team import linked_emails, members

        today = self.today()
        facts = self.facts()
        with self.app_state.session() as s:
            tasks = list_tasks(s, statuses=("open",), limit=1_000_000)
            alerts = listing(s, today=today, limit=1_000_000)
            people = linked_emails(s)
            named = [m.owner for m in members(s)]
            emails = [u.email for u in list_users(s) if u.active and u.can("csm")]
        owners = sorted(set(self.crm_owners()) | set(named))
        open_tasks: Counter[str | None] = Counter(t.owner for t in tasks)
        overdue: Counter[str | None] = Counter(t.owner for t in tasks if t.overdue(today))
        per_owner = Counter(a.owner for a in alerts if a.owner and a.account_id != "*")
        return team_load(facts, owners, people, dict(open_tasks), dict(overdue), dict(per_owner),
                         self._capacity_uses(), self.config.signals.capacity_per_csm, emails)

    def set_capacity(self, owner: str, capacity: int | None, user: User | None) -> None:
        """Set a CSM's accounts per week (None: back to `signals.capacity_per_csm`); admins only."""
        from banso.appstate.team import set_capacity

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            _require_admin(actor, N_("only an admin (a manager) can set a CSM's capacity"))
            set_capacity(s, owner, capacity, actor.email)

    def link_owner(self, owner: str, email: str | None, user: User | None) -> None:
        """Tie an owner name (as accounts spell it) to the person who signs in as it; admins only."""
        from banso.appstate.auth import find_user
        from banso.appstate.team import link
        from banso.errors import NotFoundError

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            _require_admin(actor, N_("only an admin (a manager) can link an owner to a person"))
            person = None
            if email:
                person = find_user(s, email)
                if person is None:
                    raise NotFoundError(N_("no user %(email)s; `banso user list` shows who can sign in"),
                                        email=repr(email))
            link(s, owner, person, actor.email)

    def reassign_account(self, account_id: str, owner: str, user: User | None) -> Reassignment:
        """Give an account to another CSM: its owner in the store, its open tasks and its active alerts; admins only."""
        from sqlalchemy import select

        from banso.appstate.alerts import ACTIVE, Alert
        from banso.appstate.audit import record
        from banso.appstate.tasks import reassign_open
        from banso.appstate.team import owner_name
        from banso.ingest.records import load_records

        new = owner_name(owner)
        _, before = self._account(account_id)
        with self.app_state.session() as s:
            actor = self._actor(s, user)
            _require_admin(actor, N_("only an admin (a manager) can reassign an account"))
            moved = reassign_open(s, actor, account_id, before, new)
            alerts = list(s.scalars(select(Alert).where(Alert.account_id == account_id, Alert.status.in_(ACTIVE))))
            for a in alerts:
                a.owner = new
            record(s, actor.email, "account", account_id, "reassigned", account_id=account_id, before=before,
                   after=new, tasks=moved, alerts=len(alerts))
            with self.lock:
                load_records(self.store, self.config, "accounts", [{"account_id": account_id, "owner": new}],
                             source="banso")
        self.reads.renew()
        return Reassignment(account_id, before, new, moved, len(alerts))

    # -- parts -----------------------------------------------------------------------------------
    def _capacity_uses(self) -> dict[str, CapacityUse]:
        """Per CSM on this week's worklist: capacity (own or default), accounts on it, accounts over it."""
        from banso.analysis.work.my_work import CapacityUse
        from banso.appstate.team import capacities

        lists = self.worklists(self.today())
        with self.app_state.session() as s:
            own = capacities(s)
        overflow = Counter(t.owner for t in lists.automation if t.owner and any(a.route == "human" for a in t.alerts))
        owners = set(lists.by_owner) | set(own) | set(o for o in overflow if o)
        return {o: CapacityUse(own.get(o, lists.capacity), o in own, len(lists.by_owner.get(o, [])),
                               overflow.get(o, 0)) for o in owners if o}

    def _own_capacity(self, owners: list[str]) -> int:
        from banso.appstate.team import capacities

        with self.app_state.session() as s:
            own = capacities(s)
        return next((own[o] for o in owners if o in own), self.config.signals.capacity_per_csm)


def _require_admin(actor: Actor, refusal: str) -> None:
    """`refusal` (a message id marked with N_) is said when `actor` is not an admin."""
    if not actor.can("admin"):
        raise NotAllowedError(refusal)
