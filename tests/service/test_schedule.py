"""The schedule of banso.yaml fires in a real service; its jobs are on the Jobs page and in `banso jobs`."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.service.served import Served, banso, set_config


def test_a_short_interval_fires_and_its_jobs_are_listed(world: Path, serve: type[Served]) -> None:
    set_config(world, "schedule:\n  run_every: 5s\n  current_scores: 5s\n  current_alerts: off\n")
    service = serve(world).wait_ready()
    web = service.client()
    deadline = time.monotonic() + 240
    runs: list[dict[str, object]] = []
    while time.monotonic() < deadline:
        runs = [j for j in web.get("/api/jobs", params={"kind": "daily_run"}).json() if j["status"] == "done"]
        if runs:
            break
        time.sleep(1)
    assert runs, web.get("/api/jobs").json()
    run = runs[-1]
    assert run["started_by"] == "schedule"
    assert [(s["name"], s["status"]) for s in run["steps"]] == [
        ("pull", "skipped"), ("sources", "skipped"), ("score", "done"), ("alerts", "done"), ("playbooks", "done"),
        ("deliver", "done"), ("exports", "done"), ("push", "skipped")]  # no connector and no file source in this workspace
    assert run["counts"]["score.accounts_scored"] > 0
    assert "playbooks.enrolled" in run["counts"]  # the demo's playbooks ran the day

    page = web.get("/jobs", params={"lang": "en"})
    assert page.status_code == 200 and f'data-job="{run["id"]}"' in page.text and "daily run" in page.text
    assert "日次処理" in web.get("/jobs", params={"lang": "ja"}).text
    overview = service.page(web, "/", lang="en").text
    assert 'id="freshness"' in overview and "scores renewed" in overview and 'id="run-failed"' not in overview

    listed = banso("jobs", "-w", str(world), "--format", "json", "--kind", "daily_run")
    assert listed.returncode == 0, listed.stderr
    assert run["id"] in [j["id"] for j in json.loads(listed.stdout)]
    every = json.loads(banso("jobs", "-w", str(world), "--format", "json").stdout)
    assert {"daily_run", "current_scores"} <= {j["kind"] for j in every}
    table = banso("jobs", "-w", str(world), env={"COLUMNS": "200"})
    assert table.returncode == 0 and "daily_run" in table.stdout and "current_scores" in table.stdout
    assert service.stop() == 0


def test_schedule_errors_name_the_file_line_and_key(world: Path) -> None:
    set_config(world, "schedule:\n  run_at: \"5:30pm\"\n")
    done = banso("check", "-w", str(world))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{world / 'banso.yaml'}:" in done.stderr and "schedule.run_at" in done.stderr and "HH:MM" in done.stderr
    set_config(world, "schedule:\n  folders:\n    nowhere: inbox\n")
    done = banso("check", "-w", str(world))
    assert done.returncode == 1 and "schedule.folders.nowhere" in done.stderr and "product_events" in done.stderr


def test_a_connector_with_every_pulls_by_itself_as_a_job(world: Path, serve: type[Served]) -> None:
    """Never pulled, a connector with `every` pulls by itself a few seconds after the service starts."""
    from banso.demo.vendors.intercom import IntercomServer

    with IntercomServer().serve() as chat:
        chat.add_company("A-NEW-1", "Pulled by itself", id="c1")
        chat.add_company("A-NEW-2", "And its sister", id="c2")
        path = world / "banso.yaml"
        text = path.read_text(encoding="utf-8").replace(
            "connectors: {}", f"connectors:\n  chat:\n    type: intercom\n    url: {chat.url}\n    every: 1m\n"
                              "    pull: {companies: {}}")
        path.write_text(text, encoding="utf-8")
        set_config(world, "schedule:\n  current_scores: off\n  current_alerts: off\n")  # no daily run
        service = serve(world, env={"BANSO_CONNECTOR_CHAT_TOKEN": "dG9rOmJhbnNv"}).wait_ready()
        web = service.client()
        deadline = time.monotonic() + 30
        jobs: list[dict[str, object]] = []
        while not jobs and time.monotonic() < deadline:
            time.sleep(0.5)
            jobs = [j for j in web.get("/api/jobs", params={"kind": "sync"}).json() if j["status"] != "running"]
        assert jobs, service.log.read_text()
        (job,) = jobs
        assert (job["what"], job["started_by"], job["status"]) == ("sync pull chat", "schedule", "done"), job
        assert job["counts"] == {"read": 2, "inserted": 2, "updated": 0, "unchanged": 0, "skipped": 0}
        assert len(chat.requests("GET", "/companies/scroll")) >= 1

        page = web.get("/connections", params={"lang": "en"}).text
        assert "every 1 min · daily run" in page
        listed = banso("sync", "list", "-w", str(world))
        assert "pulls companies · every 1 min · daily run · last pull: ok" in listed.stdout, listed.stdout
        pulled = banso("sync", "pull", "chat", "-w", str(world))  # handed to the service, which has the token
        assert pulled.returncode == 0 and "pulled chat" in pulled.stdout, pulled.stderr
        (command,) = [j for j in web.get("/api/jobs", params={"kind": "command"}).json() if "sync" in j["what"]]
        counts = command["counts"]  # the incremental pull reads again from its cursor: nothing new lands
        assert counts["read"] == counts["unchanged"] >= 1 and counts["inserted"] == counts["updated"] == 0, command
        assert service.stop() == 0
