"""Jobs: every run of the service and every command handed to it, with what it did.

A job is what ran (`kind` and `what`), who or what started it (the schedule, a person on the Jobs
page, a command of a user of the machine), when it started and ended, its status, its progress
while it runs, its steps (a daily run has several), the counts it produced and its error. Rows are
written as the work goes, so a job left `running` by a service that died (SIGKILL, power loss) is
found at the next start (`running_in_dead_processes`) and marked `interrupted`; the daily run it
belonged to is then finished by a new job that names it (`resumes`).

    kind            what
    daily_run       the scheduled daily work (or "run now" from the Jobs page)
    current_scores  one renewal of the current scores
    current_alerts  the alert rules evaluated on the current scores
    sync            a pull, push or segment sync run at its own interval (`every:`; `what` is "sync pull NAME")
    command         a CLI command handed to the service (`what` is its command line)
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any, Literal, get_args

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base, utc_now
from banso.errors import NotFoundError
from banso.i18n import N_
from banso.job_view import JobInfo, Step

Status = Literal["queued", "running", "done", "failed", "interrupted"]
Kind = Literal["daily_run", "current_scores", "current_alerts", "sync", "command"]
KINDS: tuple[str, ...] = get_args(Kind)
FINISHED = ("done", "failed", "interrupted")


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    what: Mapped[str] = mapped_column(String(512))
    started_by: Mapped[str] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(16), default="running", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    progress: Mapped[float | None] = mapped_column(Float, nullable=True)  # 0..1 while running
    progress_text: Mapped[str | None] = mapped_column(String(256), nullable=True)
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the process that runs it
    resumes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the interrupted run it finishes
    scheduled_for: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # a scheduled run's due time


def info(job: Job) -> JobInfo:
    steps = [Step(name=s["name"], status=s["status"], started_at=_parse(s.get("started_at")),
                  finished_at=_parse(s.get("finished_at")), counts=dict(s.get("counts") or {}), error=s.get("error"))
             for s in job.steps or []]
    return JobInfo(id=job.id, kind=job.kind, what=job.what, started_by=job.started_by, status=job.status,
                   created_at=job.created_at, started_at=job.started_at, finished_at=job.finished_at,
                   progress=job.progress, progress_text=job.progress_text, steps=steps, counts=dict(job.counts or {}),
                   error=job.error, resumes=job.resumes, scheduled_for=job.scheduled_for)


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _stamp(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def start(s: Session, kind: str, what: str, started_by: str, *, steps: list[str] | None = None,
          resumes: int | None = None, scheduled_for: datetime | None = None, began: datetime | None = None) -> int:
    """Record a job that starts now in this process, or that began at `began` (work recorded once done,
    such as a round of current scores that renewed something); returns its id."""
    now = began or utc_now()
    job = Job(kind=kind, what=what[:512], started_by=started_by[:256], status="running", created_at=now,
              started_at=now, pid=os.getpid(), resumes=resumes, scheduled_for=scheduled_for, counts={},
              steps=[{"name": name, "status": "pending"} for name in steps or []])
    s.add(job)
    s.flush()
    return job.id


def _get(s: Session, job_id: int) -> Job:
    job = s.get(Job, job_id)
    if job is None:
        raise NotFoundError(N_("no job #%(id)s; `banso jobs` lists them"), id=job_id)
    return job


def set_progress(s: Session, job_id: int, fraction: float | None, text: str | None) -> None:
    job = _get(s, job_id)
    job.progress = None if fraction is None else max(0.0, min(1.0, fraction))
    job.progress_text = None if text is None else text[:256]


def step_started(s: Session, job_id: int, name: str) -> None:
    job = _get(s, job_id)
    job.steps = [({**st, "status": "running", "started_at": _stamp(utc_now())} if st["name"] == name else st)
                 for st in job.steps]
    job.progress_text = name


def step_finished(s: Session, job_id: int, name: str, *, counts: dict[str, Any] | None = None,
                  error: str | None = None, skipped: bool = False) -> None:
    job = _get(s, job_id)
    status = "skipped" if skipped else ("failed" if error else "done")
    job.steps = [({**st, "status": status, "finished_at": _stamp(utc_now()), "counts": counts or {},
                   "error": error} if st["name"] == name else st) for st in job.steps]


def finish(s: Session, job_id: int, *, error: str | None = None, counts: dict[str, Any] | None = None) -> None:
    """End a job: done, or failed with its error."""
    job = _get(s, job_id)
    job.status = "failed" if error else "done"
    job.error = error
    job.finished_at = utc_now()
    job.progress = None if error else 1.0
    if counts:
        job.counts = {**(job.counts or {}), **counts}


def interrupt(s: Session, job_id: int, reason: str) -> None:
    job = _get(s, job_id)
    job.error = reason
    mark_interrupted(s, job)


def get(s: Session, job_id: int) -> JobInfo:
    return info(_get(s, job_id))


def listing(s: Session, *, kinds: tuple[str, ...] | None = None, limit: int = 100) -> list[JobInfo]:
    """The newest jobs first."""
    q = select(Job)
    if kinds:
        q = q.where(Job.kind.in_(kinds))
    return [info(j) for j in s.scalars(q.order_by(Job.id.desc()).limit(limit))]


def latest(s: Session, kind: str, *, status: tuple[str, ...] | None = None) -> JobInfo | None:
    q = select(Job).where(Job.kind == kind)
    if status:
        q = q.where(Job.status.in_(status))
    job = s.scalars(q.order_by(Job.id.desc()).limit(1)).first()
    return None if job is None else info(job)


def running_in_dead_processes(s: Session, alive: frozenset[int] = frozenset()) -> list[Job]:
    """Jobs still `running` whose process is gone (not this one, not in `alive`, not running at all)."""
    found = []
    for job in s.scalars(select(Job).where(Job.status == "running")):
        if job.pid in alive or job.pid == os.getpid():
            continue
        if job.pid is not None and _process_alive(job.pid) and _is_banso(job.pid):
            continue
        found.append(job)
    return found


def mark_interrupted(s: Session, job: Job) -> None:
    """A job whose process died: its running step is marked interrupted (the store kept it out, see the run)."""
    job.status = "interrupted"
    job.finished_at = utc_now()
    job.error = job.error or "the service stopped while this ran (killed or the machine went down)"
    job.steps = [({**st, "status": "interrupted"} if st.get("status") == "running" else st) for st in job.steps]


def unfinished_runs(s: Session) -> list[Job]:
    """Daily runs that were interrupted and that no later run has finished yet."""
    resumed = select(Job.resumes).where(Job.resumes.is_not(None))
    return list(s.scalars(select(Job).where(Job.kind == "daily_run", Job.status == "interrupted",
                                            Job.id.not_in(resumed)).order_by(Job.id)))


def interrupt_mine(s: Session, reason: str) -> int:
    """At a clean stop: this process's jobs still running are interrupted (a daily run is finished at the next start)."""
    mine = list(s.scalars(select(Job).where(Job.status == "running", Job.pid == os.getpid())))
    for job in mine:
        job.error = reason
        mark_interrupted(s, job)
    return len(mine)


def forget_older(s: Session, kinds: tuple[str, ...], days: int) -> int:
    """Delete finished jobs of `kinds` older than `days` (frequent renewals would otherwise pile up)."""
    cutoff = utc_now() - timedelta(days=days)
    result = s.execute(delete(Job).where(Job.kind.in_(kinds), Job.status.in_(FINISHED), Job.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_banso(pid: int) -> bool:
    """Whether `pid` still runs banso (a pid may be reused by another program after a crash)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"banso" in f.read()
    except OSError:
        return True  # no /proc: trust the pid


class InboxFile(Base):
    """A file of a `schedule.folders` folder that a daily run loaded: not loaded again unless it changes."""

    __tablename__ = "inbox_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(128), index=True)
    path: Mapped[str] = mapped_column(String(1024), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    job_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


def loaded_files(s: Session, source: str) -> set[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every file of `source` loaded so far."""
    rows = s.execute(select(InboxFile.path, InboxFile.size, InboxFile.mtime_ns).where(InboxFile.source == source))
    return {(p, int(n), int(m)) for p, n, m in rows}


def file_loaded(s: Session, source: str, path: str, size: int, mtime_ns: int, job_id: int | None) -> None:
    s.add(InboxFile(source=source, path=path, size=size, mtime_ns=mtime_ns, job_id=job_id))
