"""A day of playbooks: move every enrolment along, then enrol the accounts each trigger fires for.

For each enabled playbook, in one transaction:

1. enrolments still active leave when their account is no longer a customer, an exit condition holds
   or `exit.after_days` have passed;
2. each walks its steps whose day (after enrolment) has come, in order; a condition step that holds
   ends it; after the last step it is completed (one that put the account in an export stays in it,
   active, until `exit.after_days`);
3. the trigger's new occurrences in the audience are enrolled (never an account already active in
   the playbook) and walk their day-0 steps at once.

Running the same day again finds nothing to do: occurrences, active enrolments and steps are unique
in the application state (`banso.appstate.playbooks`), tasks by their origin and deliveries by their
key. A step whose day was missed (no run that day) runs on the next run, dated that run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from banso.appstate.audit import record
from banso.appstate.base import utc_now
from banso.appstate.db import AppState
from banso.appstate.playbooks import ACTIVE, Enrollment, StepRun, active, occurrences, remember_version
from banso.config.models import WorkspaceConfig
from banso.config.playbooks import Playbook, playbook_version, step_days
from banso.errors import NotAllowedError, NotFoundError, Phrase, WorkError
from banso.i18n import N_
from banso.signals.playbooks.state import AccountStates, account_states
from banso.signals.playbooks.steps import StepRunner
from banso.signals.playbooks.triggers import SegmentMembers, candidates
from banso.store import Store
from banso.values import or_none


@dataclass
class PlaybookDay:
    """What one playbook did on a day."""

    playbook: str
    version: str
    enrolled: int = 0
    steps: int = 0
    completed: int = 0
    exited: int = 0
    by_action: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # steps that could not do their work, and why


@dataclass
class DayRun:
    day: date
    playbooks: list[PlaybookDay] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(p.enrolled or p.steps or p.completed or p.exited for p in self.playbooks)


@dataclass
class Engine:
    """The playbooks of a configuration over one store and application state."""

    store: Store
    app: AppState
    config: WorkspaceConfig
    segment_members: SegmentMembers = field(default=lambda name: set())

    def run_day(self, day: date, only: str | None = None) -> DayRun:
        books = self._playbooks(only)
        states = account_states(self.store, self.config, day, books)
        out = DayRun(day)
        for name, pb in books.items():
            version = playbook_version(pb, self.config.templates)
            with self.app.session() as s:
                remember_version(s, name, version, pb.model_dump(mode="json"))
                result = PlaybookDay(name, version)
                runner = StepRunner(s, self.store, self.config, states, name, pb, version)
                for enr in active(s, name):
                    self._advance(runner, enr, result)
                seen = occurrences(s, name)
                busy = {e.account_id for e in active(s, name)}
                for c in candidates(s, self.store, self.config, name, pb, states, self.segment_members):
                    if (c.account_id, c.occurrence) in seen or c.account_id in busy:
                        continue
                    enr = self._enrol(s, name, pb, version, states, c.account_id, pb.trigger.kind, c.occurrence, None)
                    seen.add((c.account_id, c.occurrence))
                    busy.add(c.account_id)
                    result.enrolled += 1
                    self._advance(runner, enr, result)
            out.playbooks.append(result)
        return out

    def start(self, name: str, account_id: str, day: date, by: str) -> Enrollment:
        """Enrol one account by hand (any playbook may be started so) and run its day-0 steps."""
        books = self._playbooks(name)
        pb = books[name]
        states = account_states(self.store, self.config, day, books)
        if not states.live(account_id):
            raise WorkError(N_("%(account)s is not a customer or trial on %(day)s; a playbook runs for live accounts"),
                            account=account_id, day=day)
        version = playbook_version(pb, self.config.templates)
        with self.app.session() as s:
            if active(s, name, account_id):
                raise WorkError(N_("%(account)s is already in %(playbook)s; an account is not enrolled twice at once"),
                                account=account_id, playbook=name)
            occurrence = f"manual:{day}"
            if (account_id, occurrence) in occurrences(s, name):
                raise WorkError(N_("%(account)s was already enrolled in %(playbook)s by hand today"),
                                account=account_id, playbook=name)
            remember_version(s, name, version, pb.model_dump(mode="json"))
            enr = self._enrol(s, name, pb, version, states, account_id, "manual", occurrence, by)
            runner = StepRunner(s, self.store, self.config, states, name, pb, version)
            self._advance(runner, enr, PlaybookDay(name, version))
            return enr

    # -- parts -----------------------------------------------------------------------------------
    def _playbooks(self, only: str | None) -> dict[str, Playbook]:
        books = {n: p for n, p in self.config.playbooks.items() if p.enabled or n == only}
        if only is not None:
            if only not in self.config.playbooks:
                known = ", ".join(self.config.playbooks) or Phrase(N_("none in banso.yaml"))
                raise NotFoundError(N_("no playbook %(name)s; playbooks: %(names)s"), name=repr(only), names=known)
            books = {only: self.config.playbooks[only]}
        return books

    def _enrol(self, s: Session, name: str, pb: Playbook, version: str, states: AccountStates, account_id: str,
               trigger: str, occurrence: str, by: str | None) -> Enrollment:
        enr = Enrollment(playbook=name, version=version, account_id=account_id,
                         account_name=or_none(states.value(account_id, "name")),
                         owner=or_none(states.value(account_id, "owner")), trigger=trigger, occurrence=occurrence,
                         enrolled_on=states.day, started_by=by, status=ACTIVE, step=0, next_due=states.day)
        s.add(enr)
        s.flush()
        record(s, by or f"playbook {name}", "enrollment", enr.id, "enrolled", account_id=account_id,
               playbook=name, version=version, occurrence=occurrence)
        return enr

    def _advance(self, runner: StepRunner, enr: Enrollment, result: PlaybookDay) -> None:
        pb, day, states = runner.playbook, runner.day, runner.states
        reason = exit_reason(pb, enr, states)
        if reason is not None and enr.step >= len(pb.steps) and reason.startswith("after "):
            _end(runner.s, enr, "completed", None, day)  # every step done, and its time in the export is over
            result.completed += 1
            return
        if reason is not None:
            _end(runner.s, enr, "exited", reason, day)
            result.exited += 1
            return
        days = step_days(pb.steps)
        while enr.step < len(pb.steps) and enr.enrolled_on + timedelta(days=days[enr.step]) <= day:
            step = pb.steps[enr.step]
            outcome = runner.run(enr, enr.step, step)
            runner.s.add(StepRun(enrollment_id=enr.id, step=enr.step, kind=step.action, day=day,
                                 outcome=outcome.outcome, detail=outcome.detail, ref=outcome.ref))
            result.steps += 1
            result.by_action[step.action] = result.by_action.get(step.action, 0) + 1
            if outcome.outcome == "skipped":
                result.skipped.append(f"{enr.account_id} step {enr.step + 1}: {outcome.detail}")
            enr.step += 1
            enr.updated_at = utc_now()
            if outcome.stops:
                _end(runner.s, enr, "exited", f"condition: {outcome.detail}", day)
                result.exited += 1
                return
        if enr.step < len(pb.steps):
            enr.next_due = enr.enrolled_on + timedelta(days=days[enr.step])
        elif exports(pb) and pb.exit.after_days is not None:  # stays in its export until exit.after_days
            enr.next_due = enr.enrolled_on + timedelta(days=pb.exit.after_days)
        else:
            _end(runner.s, enr, "completed", None, day)
            result.completed += 1


def exports(pb: Playbook) -> bool:
    return any(step.export is not None for step in pb.steps)


def exit_reason(pb: Playbook, enr: Enrollment, states: AccountStates) -> str | None:
    """Why an active enrolment ends today, or None."""
    if not states.live(enr.account_id):
        return "no longer a customer"
    for text in pb.exit.when:
        if enr.account_id in states.holds.get(text, set()):
            return f"exit: {text}"
    if pb.exit.after_days is not None and states.day >= enr.enrolled_on + timedelta(days=pb.exit.after_days):
        return f"after {pb.exit.after_days} days"
    return None


def _end(s: Session, enr: Enrollment, status: str, reason: str | None, day: date) -> None:
    enr.status, enr.exit_reason, enr.ended_on, enr.next_due = status, reason, day, None
    enr.updated_at = utc_now()
    record(s, f"playbook {enr.playbook}", "enrollment", enr.id, status, account_id=enr.account_id, reason=reason)


def stop(s: Session, enrollment: Enrollment, day: date, by: str, may: Callable[[Enrollment], bool]) -> Enrollment:
    """End an active enrolment by hand; `may` says whether the person may."""
    if enrollment.status != ACTIVE:
        raise WorkError(N_("enrolment #%(id)s has already ended (%(status)s)"), id=enrollment.id,
                        status=Phrase(enrollment.status))
    if not may(enrollment):
        raise NotAllowedError(N_("only the account's owner or an admin can stop its playbook"))
    enrollment.status, enrollment.exit_reason, enrollment.ended_on = "exited", f"stopped by {by}", day
    enrollment.next_due, enrollment.updated_at = None, utc_now()
    record(s, by, "enrollment", enrollment.id, "stopped", account_id=enrollment.account_id)
    return enrollment
