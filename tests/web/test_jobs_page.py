"""The Jobs page names the jobs banso starts itself, and their counts, in the reader's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.web import create_app
from tests.web.conftest import copied_world, login


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
    assert "秒" in row_ja and "renew current scores" not in row_ja and "accounts" not in row_ja
    assert "renew current scores (all accounts)" in row_en and f"accounts renewed {out.accounts}" in row_en


def test_who_started_each_job_and_what_a_command_counted_read_in_the_page_language(
        tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    """Jobs record who started them in English (`banso jobs` and the API show them so); the page says banso's
    own phrases in its language, and names the numbers of a command's result, as the service records them."""
    from banso.i18n import N_
    from banso.job_origins import COMMAND_LINE, DAILY_RUN, WEB, phrase
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
    assert "ストア（MB）" in row(ja.text, backup.id) and "store (MB)" in row(en.text, backup.id)
    recorded = {j["id"]: j["started_by"] for j in api}
    assert (recorded[1], recorded[by_web.id]) == ("daily run #41", "admin@example.com (web)")
