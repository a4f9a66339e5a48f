"""The daily run through the facade: its steps in order, recovery after a crash, and "run now".

Steps: pull the connectors, load the database sources and new files, score (and every current
score), run the alert rules, run the playbooks' day, deliver notifications, write the exports, push
to the CRMs.

    sources    read the database sources, load the new files of `schedule.folders` (each file all or nothing)
    score      this week's snapshot, then every account's current score
    alerts     the alert rules on the new snapshot
    playbooks  today's playbooks (`Workspace.run_playbooks`): exits, due steps, new enrolments (an alert
               trigger sees the alerts just raised; the mails and messages steps queue go out in `deliver`)
    deliver    queue today's digests and overdue-task reminders, send every notification that is due
    exports    the csv/sql destinations of the digital route (with the playbooks' export segments)

Each step writes in transactions of its own (a load, a snapshot week, the rollups) and is safe to
run again: a load skips files already loaded and event ids already stored, a score replaces its
week, alerts respect their cooldowns, a playbook's day is run once (enrolments, steps and tasks are
unique), deliveries are sent once per key. So a step that fails stops
the run and the next run does it again; a run killed half-way leaves the store as it was before
the step's open transaction, and the next start (`recover`) runs the rest as a new job that names
the interrupted one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from banso.i18n import N_, phrase
from banso.job_origins import DAILY_RUN, RECOVERY, SCHEDULE
from banso.job_progress import CONNECTORS, LOADING, SCORING, STEPS
from banso.workspace.data_ops import DataOps
from banso.workspace.delegate import handed_over
from banso.workspace.playbook_ops import PlaybookOps
from banso.workspace.sync_ops import SyncOps

if TYPE_CHECKING:
    from banso.job_view import JobInfo
    from banso.workspace.jobs_ops import Recorder

FILE_SUFFIXES = (".csv", ".tsv", ".parquet", ".jsonl", ".ndjson", ".json", ".gz")
ROUNDS_KEPT_DAYS = 7  # renewals of current scores are kept this long on the Jobs page


class RunOps(SyncOps, DataOps, PlaybookOps):
    submit: Callable[[Callable[[], None]], None] | None = None  # how the service runs work in the background
    stopping = False  # set by a stopping service: work that fails now was abandoned, not broken

    @handed_over()
    def daily_run(self, started_by: str = SCHEDULE, *, scheduled_for: datetime | None = None,
                  resumes: int | None = None, steps: tuple[str, ...] = STEPS) -> JobInfo:
        """Run the daily work now, in this thread; returns the finished job (see the module doc)."""
        if not self.named_lock("daily_run").acquire(blocking=False):
            from banso.errors import BansoError

            raise BansoError(N_("a daily run is already going; the Jobs page shows its progress"))
        try:
            job = self.start_job("daily_run", N_("daily run"), started_by, steps=list(steps), resumes=resumes,
                                 scheduled_for=scheduled_for)
            self._run_steps(job, steps)
            return self.job(job.id)
        finally:
            self.named_lock("daily_run").release()

    def request_daily_run(self, started_by: str) -> bool:
        """Start the daily run in the background ("run now" on the Jobs page); False when one is going already."""
        if self.daily_run_going():
            return False
        work = self._background_run(started_by)
        if self.submit is not None:
            self.submit(work)
        else:
            threading.Thread(target=work, name="banso-daily-run", daemon=True).start()
        return True

    def daily_run_going(self) -> bool:
        return self.named_lock("daily_run").locked()

    def _background_run(self, started_by: str) -> Callable[[], None]:
        def work() -> None:
            import logging

            from banso.errors import BansoError

            try:
                self.daily_run(started_by)
            except BansoError as exc:
                logging.getLogger("banso.service").warning("daily run not started: %s", exc)

        return work

    def recover(self) -> list[int]:
        """After a crash: mark the jobs of dead processes interrupted, and finish their daily runs.

        Returns the ids of the jobs found interrupted; the runs they belonged to continue in the background.
        """
        from banso.appstate import jobs

        with self.app_state.session() as s:
            dead = jobs.running_in_dead_processes(s)
            for job in dead:
                jobs.mark_interrupted(s, job)
            found = [j.id for j in dead]
            s.flush()
            resume: list[tuple[int, tuple[str, ...]]] = []
            for job in jobs.unfinished_runs(s):
                left = tuple(st["name"] for st in job.steps if st.get("status") not in ("done", "skipped"))
                if left:
                    resume.append((job.id, left))
        for job_id, left in resume:
            def work(job_id: int = job_id, left: tuple[str, ...] = left) -> None:
                self.daily_run(phrase(RECOVERY, job=job_id), resumes=job_id, steps=left)

            if self.submit is not None:
                self.submit(work)
            else:
                work()
        return found

    # -- the steps ---------------------------------------------------------------------------------
    def _run_steps(self, job: Recorder, steps: tuple[str, ...]) -> None:
        from banso import faults

        runners: dict[str, Callable[[Recorder], dict[str, Any] | None]] = {
            "pull": self._step_pull, "sources": self._step_sources, "score": self._step_score,
            "alerts": self._step_alerts, "playbooks": self._step_playbooks, "deliver": self._step_deliver,
            "exports": self._step_exports, "push": self._step_push,
        }
        for i, name in enumerate(steps):
            job.progress(i / len(steps), name, force=True)
            job.step_started(name)
            try:
                with faults.step(name):
                    counts = runners[name](job)
            except Exception as exc:
                if self.stopping:  # abandoned by a stopping service: the next start runs this step again
                    job.step_finished(name, error="abandoned when the service stopped")
                    job.interrupted("the service stopped during this step; the next start finishes the run")
                    return
                message = str(exc) if _is_ours(exc) else f"{type(exc).__name__}: {exc}"
                job.step_finished(name, error=message)
                job.finish(error=f"step {name} failed: {message}")
                import logging

                logging.getLogger("banso.service").warning("daily run #%d: step %s failed: %s", job.id, name,
                                                           message, exc_info=not _is_ours(exc))
                return
            job.step_finished(name, counts or {}, skipped=counts is None)
            for key, value in (counts or {}).items():
                job.counts[f"{name}.{key}"] = value
        job.finish()
        self._forget_old_rounds()

    def _step_pull(self, job: Recorder) -> dict[str, Any] | None:
        """The connectors marked `daily_run` pull what changed in the CRMs and help desks (banso.connectors).

        One connector failing leaves the others to run and the day's scores to be computed on what the
        store holds; its error is counted here and recorded with its run (the Connections page)."""
        return self._connector_step(job, "pull")

    def _step_push(self, job: Recorder) -> dict[str, Any] | None:
        """The day's scores, bands and segments go to the CRM fields and lists marked `daily_run` (banso.sinks)."""
        return self._connector_step(job, "push")

    def _connector_step(self, job: Recorder, direction: str) -> dict[str, Any] | None:
        job.progress(None, phrase(CONNECTORS, direction=direction))
        outcome = self.sync_daily("pull" if direction == "pull" else "push")
        if not outcome:
            return None
        failed = {name: error for name, error in outcome.items() if error}
        if failed:
            import logging

            logging.getLogger("banso.service").warning("daily run #%d: %s failed for %s", job.id, direction,
                                                       "; ".join(f"{n}: {e}" for n, e in failed.items()))
        return {"connectors": len(outcome), "failed": len(failed)}

    def _step_sources(self, job: Recorder) -> dict[str, Any] | None:
        from banso.appstate import jobs

        schedule = self.config.schedule
        counts = {"database_sources": 0, "files": 0, "rows_inserted": 0}
        did = False
        if schedule.database_sources:
            for name, source in self.config.sources.items():
                if source.database is None:
                    continue
                did = True
                out = self.load(source.table, [], source=name)
                counts["database_sources"] += 1
                counts["rows_inserted"] += out.inserted
        for name, folder in schedule.folders.items():
            did = True
            table = self.config.sources[name].table
            with self.app_state.session() as s:
                seen = jobs.loaded_files(s, name)
            for path, size, mtime in _new_files(self.root / folder, seen):
                job.progress(None, phrase(LOADING, file=path.name))
                out = self.load(table, [str(path)], source=name)
                with self.app_state.session() as s:
                    jobs.file_loaded(s, name, str(path), size, mtime, job.id)
                counts["files"] += 1
                counts["rows_inserted"] += out.inserted
        return counts if did else None

    def _step_score(self, job: Recorder) -> dict[str, Any]:
        out = self.score(progress=lambda done, total, what: job.progress(None, phrase(SCORING, what=what)))
        current = self.renew_current_scores(full=True, started_by=phrase(DAILY_RUN, job=job.id))
        return {"week": out.run.dates[-1].isoformat(), "accounts_scored": out.run.scored,
                "current_scores": current.accounts}

    def _step_alerts(self, job: Recorder) -> dict[str, Any]:
        result = self.run_alerts()
        return {"fired": result.fired, "new_alerts": len(result.created), "held_back": result.suppressed}

    def _step_playbooks(self, job: Recorder) -> dict[str, Any] | None:
        """Today's playbooks; skipped when banso.yaml has none."""
        if not self.config.playbooks:
            return None
        day = self.run_playbooks(self.today())
        return {"enrolled": sum(p.enrolled for p in day.playbooks), "steps": sum(p.steps for p in day.playbooks),
                "completed": sum(p.completed for p in day.playbooks), "exited": sum(p.exited for p in day.playbooks)}

    def _step_deliver(self, job: Recorder) -> dict[str, Any]:
        digests = self.queue_digests(self.current_day())
        r = self.deliver_notifications()
        return {"digests_queued": digests, "sent": r.sent, "failed": r.failed, "gave_up": r.gave_up}

    def _step_exports(self, job: Recorder) -> dict[str, Any] | None:
        if not self.config.schedule.exports:
            return None
        results = self.export_segment()
        return {r.destination: r.rows for r in results}

    def _forget_old_rounds(self) -> None:
        from banso.appstate import jobs

        with self.app_state.session() as s:
            jobs.forget_older(s, ("current_scores", "current_alerts"), ROUNDS_KEPT_DAYS)


def _new_files(folder: Path, seen: set[tuple[str, int, int]]) -> list[tuple[Path, int, int]]:
    """Data files in `folder` (not in sub-folders) not loaded yet in their present size and time, oldest first."""
    from banso.errors import LoadError

    if not folder.is_dir():
        raise LoadError(f"the folder {folder} (schedule.folders) does not exist")
    found = []
    for path in folder.iterdir():
        if not path.is_file() or path.name.startswith(".") or not path.name.lower().endswith(FILE_SUFFIXES):
            continue
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key not in seen:
            found.append((path, st.st_size, st.st_mtime_ns, st.st_mtime))
    return [(p, n, m) for p, n, m, _ in sorted(found, key=lambda f: (f[3], f[0].name))]


def _is_ours(exc: BaseException) -> bool:
    from banso.errors import BansoError

    return isinstance(exc, BansoError)
