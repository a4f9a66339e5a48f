"""Playbooks through the facade: list them, run a day, start or stop one by hand, and ask whether each works.

`run_playbooks(day)` is the operation a day's run makes: `banso playbooks run` calls it, and the
always-on service's daily run calls the same. It is idempotent per day (see
`banso.signals.playbooks.runner`): run twice, the second run changes nothing and sends nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from banso.errors import NotAllowedError
from banso.i18n import N_
from banso.paged import one_page, page_count
from banso.workspace.delegate import handed_over
from banso.workspace.work_base import WorkBase

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy.orm import Session

    from banso.analysis.reports.playbooks import PlaybookEvaluation, PlaybooksResult
    from banso.analysis.work.playbooks import EnrollmentItem, PlaybookList, PlaybookPage
    from banso.appstate.auth import User
    from banso.appstate.playbooks import Enrollment
    from banso.appstate.team import Actor
    from banso.signals.playbooks import DayRun, Engine
    from banso.store import Store


@dataclass(frozen=True)
class PlaybookView:
    """A playbook's page: its enrolments and whether it works."""

    page: PlaybookPage
    evaluation: PlaybookEvaluation


@dataclass(frozen=True)
class PlaybookCheck:
    """What `banso playbooks check` says: each playbook's version, and who its trigger would enrol on `day`."""

    day: date
    versions: dict[str, str]
    would_enrol: dict[str, list[str]]
    problems: list[str] = field(default_factory=list)


class PlaybookOps(WorkBase):
    @handed_over()
    def run_playbooks(self, day: date | None = None, only: str | None = None) -> DayRun:
        """Run a day of playbooks (default: today): exits, due steps, new enrolments. Idempotent per day.

        One day runs at a time (the daily run, `banso playbooks run` and a start by hand take turns); it
        reads the store on a working connection, so pages keep reading meanwhile."""
        with self.named_lock("playbooks"), self.working_store() as store:
            return self._engine(store).run_day(day or self.today(), only)

    @handed_over()
    def check_playbooks(self, day: date | None = None) -> PlaybookCheck:
        """Every playbook's conditions against the names accounts have, its segments, and who it would enrol."""
        from banso.appstate.playbooks import occurrences
        from banso.config.playbooks import playbook_version
        from banso.errors import BansoError
        from banso.signals.playbooks.state import account_states
        from banso.signals.playbooks.triggers import candidates

        when = day or self.today()
        versions = {n: playbook_version(p, self.config.templates) for n, p in self.config.playbooks.items()}
        engine = self._engine()
        problems: list[str] = []
        would: dict[str, list[str]] = {}
        with self.lock:
            states = account_states(self.store, self.config, when, self.config.playbooks)
            for name, pb in self.config.playbooks.items():
                try:
                    with self.app_state.session() as s:
                        seen = occurrences(s, name)
                        found = candidates(s, self.store, self.config, name, pb, states, engine.segment_members)
                        s.rollback()  # a check changes nothing (a segment trigger remembers who was in it)
                    would[name] = sorted({c.account_id for c in found if (c.account_id, c.occurrence) not in seen})
                except BansoError as exc:
                    problems.append(f"{name}: {exc}")
        return PlaybookCheck(when, versions, would, problems)

    @handed_over()
    def playbook_list(self) -> PlaybookList:
        from banso.analysis.work.playbooks import PlaybookList, summary
        from banso.appstate.playbooks import counts, versions
        from banso.config.playbooks import playbook_version

        with self.app_state.session() as s:
            by_status = counts(s)
            return PlaybookList([summary(n, p, playbook_version(p, self.config.templates), by_status.get(n, {}),
                                         [v.version for v in versions(s, n)], self.config.onboarding,
                                         self.config.signals.rules)
                                 for n, p in self.config.playbooks.items()])

    def playbook_page(self, name: str, user: User | None, *, status: str | None = None, page: int = 1,
                      per_page: int = 100) -> PlaybookPage:
        """One playbook: its definition, a page of its enrolments (the step each is on, what each step did and
        sent), newest first."""
        from banso.analysis.work.playbooks import PlaybookPage, summary
        from banso.appstate.playbooks import counts, enrollments, versions
        from banso.config.playbooks import playbook_version

        pb = self._playbook(name)
        version = playbook_version(pb, self.config.templates)
        with self.app_state.session() as s:
            rows = [e for e in enrollments(s, name) if status is None or e.status == status]
            items = self._enrollment_items(s, one_page(rows, page, per_page), self._actor(s, user))
            head = summary(name, pb, version, counts(s).get(name, {}), [v.version for v in versions(s, name)],
                           self.config.onboarding, self.config.signals.rules)
        sent: dict[str, int] = {}
        for e in items:
            for r in e.runs:
                key = f"{r.action} {r.outcome}"
                sent[key] = sent.get(key, 0) + 1
        return PlaybookPage(head, items, len(items), len(rows), sent, page=page,
                            pages=page_count(len(rows), per_page), per_page=per_page)

    def playbook_view(self, name: str, user: User | None, *, status: str | None = None, page: int = 1,
                      per_page: int = 100) -> PlaybookView:
        """The playbook's page with its evaluation (which says itself when there is too little to compare)."""
        listed = self.playbook_page(name, user, status=status, page=page, per_page=per_page)
        return PlaybookView(listed, self.playbook_evaluation(name).playbooks[0])

    def account_enrollments(self, account_id: str, user: User | None) -> list[EnrollmentItem]:
        from banso.appstate.playbooks import enrollments

        with self.app_state.session() as s:
            return self._enrollment_items(s, enrollments(s, account_id=account_id, limit=50), self._actor(s, user))

    def start_playbook(self, name: str, account_id: str, user: User | None) -> EnrollmentItem:
        """Enrol one account by hand (csm or admin) and run its day-0 steps."""
        self._playbook(name)
        self._account(account_id)
        with self.app_state.session() as s:
            actor = self._actor(s, user)
        if not actor.can("csm"):
            raise NotAllowedError(N_("viewers read playbooks; starting one needs the csm role"))
        with self.named_lock("playbooks"), self.working_store() as store:
            enr = self._engine(store).start(name, account_id, self.today(), actor.email)
        with self.app_state.session() as s:
            from banso.appstate.playbooks import get_enrollment

            return self._enrollment_items(s, [get_enrollment(s, enr.id)], actor)[0]

    def stop_enrollment(self, enrollment_id: int, user: User | None) -> EnrollmentItem:
        """End an active enrolment by hand (the account's owner or an admin)."""
        from banso.appstate.playbooks import get_enrollment
        from banso.signals.playbooks import stop

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            enr = stop(s, get_enrollment(s, enrollment_id), self.today(), actor.email,
                       lambda e: _may_stop(actor, e))
            return self._enrollment_items(s, [enr], actor)[0]

    def playbook_evaluation(self, name: str | None = None) -> PlaybooksResult:
        """Does each playbook work? (`banso report playbooks`, the playbook's page)."""
        from banso.analysis.reports.playbooks import PlaybooksSpec

        return self.report(PlaybooksSpec(playbook=name))  # type: ignore[no-any-return]

    def record_enrollments(self, name: str, rows: pd.DataFrame, *, by: str) -> int:
        """Record enrolments a playbook had before banso ran it (account_id, enrolled_on, account_name, owner), so
        its effect can be measured from the start. Steps whose day has passed count as run elsewhere: only
        later ones run here. Returns how many were new (the same rows again add nothing)."""
        from datetime import timedelta

        from banso.appstate.audit import record
        from banso.appstate.playbooks import Enrollment, active, occurrences, remember_version
        from banso.config.playbooks import playbook_version, step_days
        from banso.values import as_date, or_none

        pb = self._playbook(name)
        version = playbook_version(pb, self.config.templates)
        days = step_days(pb.steps)
        today = self.today()
        added = 0
        with self.app_state.session() as s:
            remember_version(s, name, version, pb.model_dump(mode="json"))
            seen = occurrences(s, name)
            busy = {e.account_id for e in active(s, name)}
            for r in rows.to_dict("records"):
                day = as_date(r["enrolled_on"])
                account = str(r["account_id"])
                if day is None or (account, f"imported:{day}") in seen:
                    continue
                done = sum(1 for d in days if day + timedelta(days=d) < today)
                ended = done == len(days)
                if not ended and account in busy:
                    continue  # never in the same playbook twice at once
                if not ended:
                    busy.add(account)
                s.add(Enrollment(playbook=name, version=version, account_id=account,
                                 account_name=or_none(r.get("account_name")), owner=or_none(r.get("owner")),
                                 trigger="imported", occurrence=f"imported:{day}", enrolled_on=day, started_by=by,
                                 status="completed" if ended else "active", step=done,
                                 next_due=None if ended else day + timedelta(days=days[done]),
                                 ended_on=day + timedelta(days=days[-1]) if ended else None))
                seen.add((account, f"imported:{day}"))
                added += 1
            record(s, by, "playbook", name, "imported", count=added)
        return added

    # -- parts -----------------------------------------------------------------------------------
    def _playbook(self, name: str) -> Any:
        from banso.errors import NotFoundError, Phrase
        from banso.i18n import N_

        pb = self.config.playbooks.get(name)
        if pb is None:
            raise NotFoundError(N_("no playbook %(name)s; playbooks: %(names)s"), name=repr(name),
                                names=", ".join(self.config.playbooks) or Phrase(N_("none")))
        return pb

    def _engine(self, store: Store | None = None) -> Engine:
        from banso.signals.playbooks import Engine

        return Engine(store or self.store, self.app_state, self.config, self._segment_members)

    def _segment_members(self, name: str) -> set[str]:
        """The accounts in the saved segment shared under `name`, at the pages' date."""
        from banso.appstate.segments import shared_segment

        with self.app_state.session() as s:
            spec = shared_segment(s, name).spec
        rows = self.account_rows(spec)
        return set(rows["account_id"].astype(str))

    def _enrollment_items(self, s: Session, rows: list[Enrollment], actor: Actor) -> list[EnrollmentItem]:
        from sqlalchemy import select

        from banso.analysis.work.playbooks import enrollment_item
        from banso.appstate.outbox import Delivery
        from banso.appstate.playbooks import steps_of
        from banso.config.labels import both
        from banso.config.playbooks import playbook_labels, playbook_version

        runs = steps_of(s, [e.id for e in rows])
        keys = sorted({r.ref for rs in runs.values() for r in rs if r.ref and r.ref.startswith("playbook:")})
        deliveries: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            query = select(Delivery.key, Delivery.status).where(Delivery.key.in_(keys[start:start + 500]))
            deliveries.update({k: st for k, st in s.execute(query).all()})
        labels = playbook_labels(self.config.playbooks)
        out = []
        for e in rows:
            pb = self.config.playbooks.get(e.playbook)
            current = playbook_version(pb, self.config.templates) if pb is not None else None
            label = labels.get(e.playbook) or both(None, e.playbook)  # a playbook gone from banso.yaml: its key
            out.append(enrollment_item(e, runs.get(e.id, []), len(pb.steps) if pb else e.step, current,
                                       _may_stop(actor, e), deliveries, label))
        return out


def _may_stop(actor: Actor, e: Enrollment) -> bool:
    return actor.can("admin") or (actor.can("csm") and actor.owns(e.owner))
