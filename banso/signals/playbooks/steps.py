"""Running one step of one enrolment: a task, a message through the outbox, an export, a wait, a condition.

Every step runs inside the playbook's transaction and leaves one `playbook_steps` row, unique per
enrolment and step, so it never runs twice. What it sends goes to the outbox with a key made of the
enrolment and the step ("playbook:7:2"); the outbox keeps one delivery per destination and key, and
the senders (`banso.notify`) deliver it, retrying until the receiver takes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from banso.appstate.outbox import enqueue
from banso.appstate.playbooks import Enrollment
from banso.appstate.tasks import create_task
from banso.appstate.team import Actor
from banso.config.models import WorkspaceConfig
from banso.config.playbooks import Playbook, Step, step_ref
from banso.signals.playbooks.messages import account_link, message_payload, placeholder_values, templated
from banso.signals.playbooks.state import AccountStates
from banso.signals.playbooks.triggers import renewal_of
from banso.store import Store


@dataclass(frozen=True)
class Outcome:
    outcome: str  # done, skipped, stopped, continued
    detail: str | None = None
    ref: str | None = None

    @property
    def stops(self) -> bool:
        return self.outcome == "stopped"


@dataclass
class StepRunner:
    """What steps need: the transaction, the store (admins' addresses), the configuration and the accounts' state."""

    s: Session
    store: Store
    config: WorkspaceConfig
    states: AccountStates
    name: str
    playbook: Playbook
    version: str

    @property
    def day(self) -> date:
        return self.states.day

    def run(self, enr: Enrollment, index: int, step: Step) -> Outcome:
        action = step.action
        if action == "task":
            return self._task(enr, index, step)
        if action in ("email", "slack", "webhook"):
            return self._send(enr, index, step)
        if action == "export":
            assert step.export is not None
            return Outcome("done", f"joins the export segment {step.export.segment}", step.export.segment)
        if action == "wait":
            return Outcome("done", f"waits {step.wait} day(s)")
        assert step.condition is not None
        if enr.account_id in self.states.holds.get(step.condition.stop_when, set()):
            return Outcome("stopped", step.condition.stop_when)
        return Outcome("continued", step.condition.stop_when)

    def _task(self, enr: Enrollment, index: int, step: Step) -> Outcome:
        assert step.task is not None
        title = step.task.title.ja if self.config.language == "ja" else step.task.title.en
        actor = Actor(f"playbook {self.name}", "admin")
        task = create_task(self.s, actor, account_id=enr.account_id, account_name=enr.account_name, title=title,
                           owner=enr.owner, due=self.day + timedelta(days=step.task.due_days),
                           priority=step.task.priority, origin="playbook", origin_ref=step_ref(self.name, index),
                           origin_key=f"playbook:{enr.id}:{index}")
        return Outcome("done", f"task #{task.id} for {enr.owner or 'nobody'}", f"task:{task.id}")

    def _values(self, enr: Enrollment) -> dict[str, str]:
        renewal = renewal_of(self.store, self.config, enr.account_id, self.day)
        return placeholder_values(self.states, enr.account_id, self.name, self.day, self.config.signals.base_url,
                                  renewal)

    def _send(self, enr: Enrollment, index: int, step: Step) -> Outcome:
        action = step.action
        part = getattr(step, action)
        language = self.config.language
        link = account_link(self.config.signals.base_url, enr.account_id)
        key = f"playbook:{enr.id}:{index}"
        common: dict[str, Any] = {"language": language, "account_id": enr.account_id, "account_name": enr.account_name,
                  "owner": enr.owner, "link": link, "playbook": self.name, "version": self.version,
                  "step": index + 1, "enrollment": enr.id, "day": self.day.isoformat()}
        if action == "webhook":
            payload = {"type": "playbook_step", **common, "enrolled_on": enr.enrolled_on.isoformat()}
        else:
            subject, text = templated(self.config.templates[part.template], language, self._values(enr))
            to: list[str] | None = None
            if action == "email":
                dest = self.config.signals.destinations[part.destination]
                if part.to == "owner":
                    if not enr.owner or enr.owner not in dest.owners:
                        return Outcome("skipped", f"no address for the owner {enr.owner or '(none)'} in "
                                                  f"{part.destination}.owners")
                elif part.to == "admins":
                    to = admin_emails(self.store, enr.account_id)
                    if not to:
                        return Outcome("skipped", "the account has no admin member with an e-mail address")
                else:
                    to = list(part.to)
            payload = message_payload("playbook", subject, text, to=to, **common)
        new = enqueue(self.s, part.destination, key, payload)
        return Outcome("done", f"{action} to {part.destination}" + ("" if new else " (already queued)"), key)


def admin_emails(store: Store, account_id: str) -> list[str]:
    """The e-mail addresses of an account's admin members (a digital playbook writes to them)."""
    m = store.table("memberships")
    u = store.table("users")
    j = m.filter(m.account_id == account_id, m.role == "admin").join(u, "user_id")
    df = store.execute(j.filter(j.email.notnull()).select("email").distinct().order_by("email"))
    return [str(e) for e in df["email"]]
