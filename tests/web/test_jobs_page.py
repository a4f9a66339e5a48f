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
