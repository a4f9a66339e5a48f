"""A round of current scores is recorded as a job once it is done; it still says how long it took."""

from __future__ import annotations

from pathlib import Path

from tests.metrics import world


def test_a_round_of_current_scores_is_listed_with_the_time_it_took(tmp_path: Path) -> None:
    ws = world.build(tmp_path)
    try:
        out = ws.renew_current_scores(full=True, started_by="test")
        job = ws.jobs(kinds=("current_scores",))[0]
    finally:
        ws.close()
    assert (job.started_by, job.status, job.counts["accounts"]) == ("test", "done", 4)
    assert job.finished_at is not None and job.started_at is not None
    # Recorded after the work, the job used to begin when it ended: "took 0.0 s" beside "seconds 5.12".
    assert (job.finished_at - job.started_at).total_seconds() >= out.seconds > 0
