"""The account page's work: its tasks, notes and meeting logs, playbooks, and what may be started on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated

from pydantic import Field

from banso.analysis.work.notes import NoteItem
from banso.analysis.work.playbooks import EnrollmentItem
from banso.analysis.work.tasks import TaskItem


@dataclass(frozen=True)
class AccountWork:
    account_id: str
    today: Annotated[date, Field(description="today in the workspace's time zone (new notes default to it)")]
    tasks: Annotated[list[TaskItem], Field(description="open tasks first, then the latest closed ones")]
    notes: list[NoteItem]
    playbooks: Annotated[list[EnrollmentItem], Field(description="the account's enrolments, newest first")]
    startable: Annotated[list[str], Field(description="playbooks that may be started on it by hand now")]
    owners: Annotated[list[str], Field(description="the CSMs the account may be given to")]
    startable_labels: Annotated[dict[str, dict[str, str]], Field(
        description="the startable playbooks' names for people, in each language")] = field(default_factory=dict)
