"""The Jobs page names the jobs banso starts itself, and their counts, in the reader's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.web import create_app
from tests.web.conftest import PASSWORD, copied_world, login
from tests.web.live_server import CHROMIUM, chromium_page, serving, sign_in


def test_banso_own_jobs_and_their_counts_read_in_the_page_language(tmp_path_factory: pytest.TempPathFactory,
                                                                   tmp_path: Path) -> None:
    ws = copied_world(tmp_path_factory, tmp_path)
    try:
        out = ws.renew_current_scores(full=True)
        client = login(TestClient(create_app(ws), raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
        ja = client.get("/jobs", params={"lang": "ja"})
        en = client.get("/jobs", params={"lang": "en"})
    finally:
        ws.close()
    assert ja.status_code == en.status_code == 200
    assert out.accounts > 0
    row_ja = ja.text.split('data-job="1"')[1].split("</tr>")[0]
    row_en = en.text.split('data-job="1"')[1].split("</tr>")[0]
    assert "現在スコアの更新（全アカウント）" in row_ja and f"更新したアカウント {out.accounts}" in row_ja
    # how long it took is said once, in the Took column, in the page's language
    assert row_ja.count("秒") == 1 and "秒</td>" in row_ja
    assert "renew current scores" not in row_ja and "accounts" not in row_ja
    assert "renew current scores (all accounts)" in row_en and f"accounts renewed {out.accounts}" in row_en


def test_who_started_each_job_and_what_a_command_counted_read_in_the_page_language(
        tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    """Jobs record who started them, and a connector's job what it is, in English (`banso jobs` and the API show
    them so); the page says banso's own phrases in its language, and names the numbers of a command's result,
    as the service records them."""
    from banso.i18n import N_, phrase
    from banso.job_origins import COMMAND_LINE, DAILY_RUN, WEB
    from banso.job_progress import SYNC
    from banso.service.counts import counts_of

    ws = copied_world(tmp_path_factory, tmp_path)
    try:
        ws.renew_current_scores(full=True, started_by=phrase(DAILY_RUN, job=41))
        more = tmp_path / "more.csv"
        more.write_text("event_id,ts,user_id,account_id,event\nz1,2026-03-01T10:00:00+09:00,u1,A1,login\n")
        load = ws.start_job("command", f"banso load events {more}", phrase(COMMAND_LINE, who="ana"))
        load.counts.update(counts_of(ws.load("events", [str(more)])))
        load.finish()
        by_web = ws.start_job("daily_run", N_("daily run"), phrase(WEB, who="admin@example.com"))
        by_web.finish()
        run = ws.start_job("command", "banso run", phrase(COMMAND_LINE, who="ana"))
        run.counts.update(counts_of(ws.job(by_web.id)))
        run.finish()
        sync = ws.start_job("sync", phrase(SYNC, direction="pull", connector="crm-main"), "schedule")
        sync.finish()
        backup = ws.start_job("command", "banso backup", phrase(COMMAND_LINE, who="ana"))
        backup.counts.update(counts_of(ws.backup(tmp_path / "backup")))
        backup.finish()
        client = login(TestClient(create_app(ws), raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
        ja = client.get("/jobs", params={"lang": "ja"})
        en = client.get("/jobs", params={"lang": "en"})
        api = client.get("/api/jobs").json()
    finally:
        ws.close()
    assert ja.status_code == en.status_code == 200

    def row(page: str, job_id: int) -> str:
        return page.split(f'data-job="{job_id}"')[1].split("</tr>")[0]

    assert "日次処理 #41" in row(ja.text, 1) and "daily run #41" in row(en.text, 1)
    loaded_ja, loaded_en = row(ja.text, load.id), row(en.text, load.id)
    assert "ana（コマンドライン）" in loaded_ja and "ana (command line)" in loaded_en
    assert "読み込んだ行 1" in loaded_ja and "rows read 1" in loaded_en
    assert "未取り込みのものを参照 0" in loaded_ja and "rows_read" not in loaded_ja and "unknown_references" not in loaded_ja
    assert "admin@example.com（Web）" in row(ja.text, by_web.id) and "admin@example.com (web)" in row(en.text, by_web.id)
    assert f"ジョブ {by_web.id}" in row(ja.text, run.id) and f"job {by_web.id}" in row(en.text, run.id)
    assert "progress" not in row(en.text, run.id)
    assert "crm-main の同期（取り込み）" in row(ja.text, sync.id) and "sync pull crm-main" in row(en.text, sync.id)
    assert "ストア（MB）" in row(ja.text, backup.id) and "store (MB)" in row(en.text, backup.id)
    recorded = {j["id"]: j["started_by"] for j in api}
    assert (recorded[1], recorded[by_web.id]) == ("daily run #41", "admin@example.com (web)")


def _progress_cell(page: str, job_id: int) -> str:
    """The text a running job's status cell says it is doing."""
    return page.split(f'data-job="{job_id}"')[1].split('class="job-text')[1].split(">", 1)[1].split("</span>")[0]


def test_a_running_job_says_what_it_is_doing_in_the_page_language(tmp_path_factory: pytest.TempPathFactory,
                                                                   tmp_path: Path) -> None:
    """What scoring, a load and the daily run report as they go is recorded in English (`banso jobs`, the API);
    the page says each of those texts in its language, a file's name as it is."""
    from banso.i18n import N_, phrase
    from banso.job_progress import LOADING, SCORING, STEPS

    ws = copied_world(tmp_path_factory, tmp_path)
    said: list[str] = []
    try:
        ws.score(progress=lambda done, total, what: said.append(phrase(SCORING, what=what)))
        more = tmp_path / "more.csv"
        more.write_text("event_id,ts,user_id,account_id,event\nz1,2026-03-01T10:00:00+09:00,u1,A1,login\n")
        ws.load("events", [str(more)], progress=lambda done, total, text: said.append(text))
        said += [*STEPS, phrase(LOADING, file="more.csv")]
        job = ws.start_job("daily_run", N_("daily run"), "schedule")
        client = login(TestClient(create_app(ws), raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
        shown = {}
        for text in dict.fromkeys(said):
            job.progress(0.5, text, force=True)
            shown[text] = (_progress_cell(client.get("/jobs", params={"lang": "ja"}).text, job.id),
                           _progress_cell(client.get("/jobs", params={"lang": "en"}).text, job.id),
                           client.get(f"/api/jobs/{job.id}").json()["progress_text"])
    finally:
        ws.close()
    assert {"score: refreshing the daily rollup", "score: writing the snapshots", "checking ids", "more.csv",
            "sources", "loading more.csv"} <= set(shown)
    assert any(t.startswith("score: as of ") for t in shown)
    for text, (ja, en, api) in shown.items():
        assert api == text and en.lower() == text.lower(), text  # English names a task's status "Done", as here
        if text == "more.csv":
            assert ja == text
        else:
            assert re.search("[a-z]{3,}", ja.replace("more.csv", "")) is None, f"{text!r} in Japanese: {ja!r}"
    assert shown["score: writing the snapshots"][0] == "スコア計算: スナップショットを書き込み中"
    assert shown["loading more.csv"][0] == "more.csv を読み込み中"
    as_of = next(t for t in shown if t.startswith("score: as of "))
    assert shown[as_of][0] == f"スコア計算: {as_of.removeprefix('score: as of ')} 時点"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make system-deps)")
def test_the_page_follows_a_running_job_in_its_language(tmp_path_factory: pytest.TempPathFactory,
                                                        tmp_path: Path) -> None:
    """In Chromium, Japanese: the Jobs page follows a running job by itself, each new step of it said in Japanese
    (the API it asks records English), and shows the list again when the job ends; no script or console error."""
    from playwright.sync_api import expect

    from banso.i18n import N_, phrase
    from banso.job_progress import AS_OF, CHECKING_IDS, SCORING

    ws = copied_world(tmp_path_factory, tmp_path)
    problems: list[str] = []
    try:
        job = ws.start_job("daily_run", N_("daily run"), "schedule")
        job.progress(0.25, CHECKING_IDS, force=True)
        with serving(create_app(ws)) as base, chromium_page(problems, console=True, locale="ja-JP") as page:
            sign_in(page, base, "admin@example.com", PASSWORD, next_path="/jobs")
            page.wait_for_url("**/jobs")
            text = page.locator(f"tr[data-job='{job.id}'] .job-text")
            assert text.inner_text() == "イベント ID を検査中"
            job.progress(0.75, phrase(SCORING, what=phrase(AS_OF, day="2026-11-16")), force=True)
            expect(text).to_have_text("スコア計算: 2026-11-16 時点", timeout=15_000)
            assert page.locator(f"tr[data-job='{job.id}'] progress").get_attribute("value") == "0.75"
            job.finish()
            page.wait_for_selector(f"tr[data-job='{job.id}'][data-status='done']", timeout=15_000)
            assert page.locator(f"tr[data-job='{job.id}'] .job-status").inner_text().strip() == "完了"
    finally:
        ws.close()
    assert problems == []
