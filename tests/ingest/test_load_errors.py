"""Loads are all or nothing, report bad rows with file:line, and re-loading changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from banso.errors import LoadError
from banso.workspace import Workspace
from tests.conftest import write

ACCOUNTS = """
    account_id,name,tier,mrr,seats,status,contract_started_at,renewal_date
    A1,Acme,SMB,"12,000",10,active,2025/04/01,2026-04-01
    A2,Beta & Co,Mid,30000,,active,2025-01-01T09:00:00+09:00,2026-01-01
    """

EVENTS = """
    event_id,ts,user_id,account_id,event,plan
    e1,2026-01-05T10:00:00+09:00,u1,A1,login,x
    e2,2026-01-05 23:30:00,u1,A1,issue_created,y
    e3,2026-01-06T00:30:00+09:00,u2,A2,login,
    """


def snapshot(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every canonical table, to prove a failed load changed nothing."""
    out = {}
    for name in ("accounts", "users", "memberships", "events", "touchpoints", "revenue", "loads"):
        df = ws.store.execute(ws.store.table(name))
        out[name] = sorted(map(tuple, df.astype(str).values.tolist()))
    return out


@pytest.fixture
def loaded(workspace: Workspace, tmp_path: Path) -> Workspace:
    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
    workspace.load("events", [str(write(tmp_path / "events.csv", EVENTS))])
    return workspace


def failing_load(ws: Workspace, table: str, path: Path, **kw: object) -> str:
    before = snapshot(ws)
    with pytest.raises(LoadError) as info:
        ws.load(table, [str(path)], **kw)  # type: ignore[arg-type]
    assert snapshot(ws) == before, "a failed load must leave the store unchanged"
    return str(info.value)


def test_values_are_parsed_and_unmapped_columns_kept(loaded: Workspace) -> None:
    acc = loaded.store.execute(loaded.store.table("accounts").order_by("account_id"))
    assert acc["mrr"].tolist() == [12000.0, 30000.0]
    assert str(acc["contract_started_at"][0]) == "2025-03-31 15:00:00"  # 2025/04/01 00:00 JST in UTC
    ev = loaded.store.execute(loaded.store.table("events").order_by("event_id"))
    # a naive time is in the workspace zone (Asia/Tokyo); `day` is the local calendar day
    assert [str(t) for t in ev["ts"]] == ["2026-01-05 01:00:00", "2026-01-05 14:30:00", "2026-01-05 15:30:00"]
    assert [str(d.date()) for d in ev["day"]] == ["2026-01-05", "2026-01-05", "2026-01-06"]
    assert ev["properties"].tolist() == [{"plan": "x"}, {"plan": "y"}, None]


def test_reload_changes_nothing(loaded: Workspace, tmp_path: Path) -> None:
    before = snapshot(loaded)
    out = loaded.load("events", [str(tmp_path / "events.csv")])
    assert (out.inserted, out.unchanged) == (0, 3)
    out = loaded.load("accounts", [str(tmp_path / "accounts.csv")])
    assert (out.inserted, out.updated, out.unchanged) == (0, 0, 2)
    after = snapshot(loaded)
    assert {k: v for k, v in after.items() if k not in ("loads", "accounts")} == {
        k: v for k, v in before.items() if k not in ("loads", "accounts")
    }


def test_events_already_stored_are_skipped_and_the_new_ones_of_the_same_file_land(loaded: Workspace,
                                                                                   tmp_path: Path) -> None:
    """A file that repeats some stored events (a re-sent export, an overlapping day) adds only the new ones;
    a repeated id keeps the row stored first, even when the file now says something else about it."""
    more = write(tmp_path / "more.csv", """
        event_id,ts,user_id,account_id,event,plan
        e2,2026-01-05 23:30:00,u1,A1,issue_created,y
        e3,2026-01-07T00:30:00+09:00,u9,A2,logout,z
        e4,2026-01-07T09:00:00+09:00,u2,A2,login,
        e5,2026-01-07T10:00:00+09:00,u1,A1,issue_created,x
        """)
    out = loaded.load("events", [str(more)])
    assert (out.rows_read, out.inserted, out.unchanged) == (4, 2, 2)
    ev = loaded.store.execute(loaded.store.table("events").order_by("event_id"))
    assert ev["event_id"].tolist() == ["e1", "e2", "e3", "e4", "e5"]
    e3 = ev.set_index("event_id").loc["e3"]
    assert (e3["user_id"], e3["event"], str(e3["ts"])) == ("u2", "login", "2026-01-05 15:30:00")


def test_new_traits_are_kept_and_merged(loaded: Workspace, tmp_path: Path) -> None:
    extra = write(tmp_path / "more.csv", "account_id,Industry\nA1,IT\n")
    out = loaded.load("accounts", [str(extra)])
    assert out.updated == 1
    acc = loaded.store.execute(loaded.store.table("accounts").order_by("account_id"))
    assert acc["traits"][0] == {"Industry": "IT"} and acc["name"][0] == "Acme"


def test_missing_column(loaded: Workspace, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", "event_id,user_id,account_id,event\ne9,u1,A1,login\n")
    msg = failing_load(loaded, "events", bad)
    assert "missing column(s) 'ts'" in msg and "the file has: event_id, user_id, account_id, event" in msg


def test_bad_timestamp_names_file_line_and_column(loaded: Workspace, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", "event_id,ts,user_id,account_id,event\ne8,2026-01-05,u1,A1,login\ne9,yesterday,u1,A1,login\n")
    msg = failing_load(loaded, "events", bad)
    assert "bad.csv:3 [ts]: not a valid timestamp" in msg and "yesterday" in msg
    assert "Nothing was loaded." in msg


def test_unknown_account(loaded: Workspace, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", "event_id,ts,user_id,account_id,event\ne9,2026-01-05,u1,A9,login\n")
    msg = failing_load(loaded, "events", bad)
    assert "bad.csv:2 [account_id]: unknown account 'A9'" in msg
    out = loaded.load("events", [str(bad)], allow_unknown=True)
    assert out.inserted == 1 and out.unknown_references == 1


def test_duplicate_ids_in_one_load(loaded: Workspace, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", "event_id,ts,user_id,account_id,event\ne7,2026-01-05,u1,A1,login\ne7,2026-01-06,u1,A1,login\n")
    msg = failing_load(loaded, "events", bad)
    assert "duplicate key 'e7' (2 rows; lines 2, 3)" in msg


def test_bad_choice_and_number(loaded: Workspace, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", "account_id,status,mrr\nA3,paying,10\nA4,active,ten\n")
    msg = failing_load(loaded, "accounts", bad)
    assert "bad.csv:2 [status]: must be one of trial, active, churned; got paying" in msg
    assert "bad.csv:3 [mrr]: not a valid number: ten" in msg


def test_second_file_bad_means_first_file_not_loaded(loaded: Workspace, tmp_path: Path) -> None:
    good = write(tmp_path / "good.csv", "event_id,ts,user_id,account_id,event\ne10,2026-01-05,u1,A1,login\n")
    bad = write(tmp_path / "worse.csv", "event_id,ts,user_id,account_id,event\ne11,never,u1,A1,login\n")
    before = snapshot(loaded)
    with pytest.raises(LoadError, match=r"worse\.csv:2"):
        loaded.load("events", [str(good), str(bad)])
    assert snapshot(loaded) == before


def test_unreadable_file(loaded: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "events.parquet"
    bad.write_bytes(b"not parquet at all")
    assert "cannot be read as PARQUET" in failing_load(loaded, "events", bad)


def test_csv_parquet_and_json_lines_give_identical_stores(tmp_path: Path) -> None:
    rows = {
        "event_id": ["e1", "e2", "e3"],
        "ts": ["2026-01-05T10:00:00+09:00", "2026-01-05T23:30:00+09:00", "2026-01-06T00:30:00+09:00"],
        "user_id": ["u1", "u1", "u2"],
        "account_id": ["A1", "A1", "A2"],
        "event": ["login", "issue_created", "login"],
        "plan": ["x", "y", "z"],
    }
    import pandas as pd

    df = pd.DataFrame(rows)
    files = {
        "csv": tmp_path / "e.csv",
        "parquet": tmp_path / "e.parquet",
        "jsonl": tmp_path / "e.jsonl.gz",
    }
    df.to_csv(files["csv"], index=False)
    typed = df.assign(ts=pd.to_datetime(df["ts"], utc=True))
    pq.write_table(pa.Table.from_pandas(typed, preserve_index=False), files["parquet"])
    df.to_json(files["jsonl"], orient="records", lines=True, compression="gzip")
    results = []
    for fmt, path in files.items():
        ws = Workspace.init(tmp_path / f"ws-{fmt}")
        ws.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
        ws.load("events", [str(path)])
        ev = ws.store.execute(ws.store.table("events").drop("loaded_at", "source").order_by("event_id"))
        results.append(ev.astype(str).values.tolist())
        ws.close()
    assert results[0] == results[1] == results[2]


def test_japanese_crm_export_in_cp932(tmp_path: Path) -> None:
    from banso.config.template import render

    text = render(name="jp", sources={"crm": {"table": "accounts", "encoding": "cp932",
                                             "columns": {"account_id": "取引先ID", "name": "取引先名", "mrr": "月額料金"}}})
    ws = Workspace.init(tmp_path / "ws", config_text=text)
    f = tmp_path / "crm.csv"
    f.write_bytes("取引先ID,取引先名,月額料金,業種\nC1,株式会社サンプル,\"￥50,000\",製造業\n".encode("cp932"))
    ws.load("accounts", [str(f)])
    acc = ws.store.execute(ws.store.table("accounts"))
    assert acc["name"][0] == "株式会社サンプル" and acc["mrr"][0] == 50000.0
    assert acc["traits"][0] == {"業種": "製造業"}
    ws.close()


def test_padded_ids_are_trimmed_and_blank_required_values_refused(loaded: Workspace, tmp_path: Path) -> None:
    padded = tmp_path / "padded.parquet"
    pq.write_table(pa.table({
        "event_id": [" e10", "e11 ", "e12", "e14"],
        "ts": ["2026-01-07T10:00:00+09:00"] * 4,
        "user_id": ["u1", "  ", "u2", "u2"],
        "account_id": [" A1 ", "A2", "A1", "A1"],
        # a full-width space or a tab is data, not padding: trimming takes spaces only
        "event": ["login", "login", "\u3000login", "login\t"],
    }), padded)
    loaded.load("events", [str(padded)])
    ev = loaded.store.execute(loaded.store.table("events")
                              .filter(lambda t: t.event_id.isin(["e10", "e11", "e12", "e14"])).order_by("event_id"))
    assert ev["event_id"].tolist() == ["e10", "e11", "e12", "e14"]
    assert ev["account_id"].tolist() == ["A1", "A2", "A1", "A1"]
    assert ev["user_id"].tolist()[0] == "u1" and ev["user_id"].isna().tolist()[1]
    assert ev["event"].tolist()[2:] == ["\u3000login", "login\t"]
    blank = tmp_path / "blank.parquet"
    pq.write_table(pa.table({"event_id": ["e13"], "ts": ["2026-01-07T10:00:00+09:00"], "user_id": ["u1"],
                             "account_id": ["A1"], "event": ["   "]}), blank)
    msg = failing_load(loaded, "events", blank)
    assert "blank.parquet" in msg and "event" in msg


def test_padding_in_any_file_of_a_load_trims_the_whole_load(loaded: Workspace, tmp_path: Path) -> None:
    """Padding is looked for once every file is in: a padded user in the second file of three still
    has the load run again trimming, and the rows of all three land trimmed, once (an id starting
    with a tab is looked at twice, and kept: trimming takes spaces only)."""
    def part(name: str, ids: list[str], users: list[str]) -> str:
        path = tmp_path / name
        pq.write_table(pa.table({"event_id": ids, "ts": ["2026-01-08T10:00:00+09:00"] * len(ids),
                                 "user_id": users, "account_id": ["A1"] * len(ids), "event": ["login"] * len(ids)}),
                       path)
        return str(path)

    before = len(loaded.store.execute(loaded.store.table("events")))
    out = loaded.load("events", [part("p1.parquet", ["m1", "m2"], ["u1", "u2"]),
                                 part("p2.parquet", ["m3"], ["u1 "]),
                                 part("p3.parquet", ["m4", " m5", "\tm6"], ["u2", "u2", "u2"])])
    assert out.inserted == 6 and out.rows_read == 6
    ev = loaded.store.execute(loaded.store.table("events").filter(lambda t: t.event_id.contains("m"))
                              .order_by("event_id"))
    assert ev["event_id"].tolist() == ["\tm6", "m1", "m2", "m3", "m4", "m5"]  # a tab is data: trimming keeps it
    assert ev["user_id"].tolist() == ["u2", "u1", "u2", "u1", "u2", "u2"]
    assert len(loaded.store.execute(loaded.store.table("events"))) == before + 6


def zstd_parquet_with_a_corrupt_page(path: Path, table: str = "accounts") -> Path:
    """A real Parquet file (ZSTD pages) whose `name` page has the header of its ZSTD frame flipped, as a bad disk or
    copy does."""
    n = 5000
    columns: dict[str, list[str]] = {"account_id": [f"A{i % 2 + 1}" for i in range(n)]}
    if table == "events":
        columns |= {"event_id": [f"x{i}" for i in range(n)], "ts": ["2026-01-05T10:00:00+09:00"] * n,
                    "event": ["login"] * n}
    columns |= {"name": [f"名前 {i}" * 4 for i in range(n)]}
    pq.write_table(pa.table(columns), path, compression="zstd")
    chunk = pq.ParquetFile(path).metadata.row_group(0).column(len(columns) - 1)  # `name`: a large page
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    data = bytearray(path.read_bytes())
    frame = data.index(b"\x28\xb5\x2f\xfd", start) + 4  # past the ZSTD magic number
    for i in range(frame, frame + 8):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    import sys

    from banso.cli import main

    sys.argv = ["banso", *argv]
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("table", ["accounts", "events"])
def test_a_corrupt_parquet_file_is_one_line_with_its_cause_and_nothing_lands(
        loaded: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str) -> None:
    bad = zstd_parquet_with_a_corrupt_page(tmp_path / "export.parquet", table)
    message = failing_load(loaded, table, bad)
    assert message == ("export.parquet: cannot be read as PARQUET: the file is damaged: ZSTD decompression failed on "
                       "one of its pages. Export or copy it again.\nNothing was loaded.")
    loaded.close()
    code, err = run_cli(["load", table, str(bad), "-w", str(loaded.root)], capsys)
    assert code == 1 and "Traceback" not in err
    said = [line for line in err.strip().splitlines() if not re.fullmatch(r"loading \w+: .* \(\d+%\)", line)]
    assert said == ("error: " + message).splitlines(), err  # progress lines (no terminal), then the error alone
    again = Workspace.open(loaded.root)  # the store is as it was, and takes the next good file
    again.load("accounts", [str(write(tmp_path / "more.csv", "account_id,name\nA3,Gamma\n"))])
    assert again.store.count("accounts") == 3
    again.close()


def test_a_parquet_file_cut_short_says_its_end_is_missing(loaded: Workspace, tmp_path: Path) -> None:
    whole = zstd_parquet_with_a_corrupt_page(tmp_path / "whole.parquet").read_bytes()
    (tmp_path / "cut.parquet").write_bytes(whole[: len(whole) // 2])
    assert "cut.parquet: cannot be read as PARQUET: not a whole Parquet file: its end is missing" in failing_load(
        loaded, "accounts", tmp_path / "cut.parquet")


SJIS_CRM = "account_id,name,plan\nC1,株式会社サンプル,Standard\nC2,テスト商事,Mid\n".encode("cp932")


def test_a_shift_jis_file_read_as_utf8_names_the_encoding_setting_that_loads_it(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws", name="jp")
    crm = tmp_path / "crm.csv"
    crm.write_bytes(SJIS_CRM)
    assert failing_load(ws, "accounts", crm) == (
        "crm.csv: cannot be read as CSV: not UTF-8 text (line 2). It reads as cp932 (Shift_JIS, as Excel saves CSV "
        "in Japan): add a source under `sources:` in banso.yaml, `accounts: {table: accounts, encoding: cp932}` "
        "(docs/sources.md), or save the file as UTF-8.\nNothing was loaded.")
    ws.close()
    # Done as the message says, in the file `banso init` wrote:
    config = ws.root / "banso.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\nsources:\n", "\nsources:\n  accounts: {table: accounts, encoding: cp932}\n"), encoding="utf-8")
    ws = Workspace.open(ws.root)
    ws.load("accounts", [str(crm)])
    gz = tmp_path / "crm2.csv.gz"
    import gzip

    gz.write_bytes(gzip.compress(SJIS_CRM.replace(b"C1,", b"C3,").replace(b"C2,", b"C4,")))
    ws.load("accounts", [str(gz)])
    names = ws.store.execute(ws.store.table("accounts").order_by("account_id"))["name"].tolist()
    assert names == ["株式会社サンプル", "テスト商事", "株式会社サンプル", "テスト商事"]
    ws.close()


def test_a_configured_source_is_named_and_an_unknown_encoding_lists_the_choices(tmp_path: Path) -> None:
    from banso.config.template import render

    ws = Workspace.init(tmp_path / "ws", config_text=render(name="jp", sources={"crm": {"table": "accounts"}}))
    crm = write(tmp_path / "crm.csv", "x")
    crm.write_bytes(SJIS_CRM)
    assert "set `encoding: cp932` on source 'crm' in banso.yaml" in failing_load(ws, "accounts", crm)
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b"account_id,name\nA1,\xff\xfe\xfd\x80\n")
    message = failing_load(ws, "accounts", odd)
    assert "odd.csv: cannot be read as CSV: not UTF-8 text (line 2). Its encoding is none that banso guesses" in message
    assert "utf-8, utf-8-sig, cp932, shift_jis, euc-jp, latin-1" in message
    ws.close()


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_event_properties_in_a_text_column_are_checked_as_json(loaded: Workspace, tmp_path: Path,
                                                               suffix: str) -> None:
    """A properties column of text lands as JSON (any JSON value, spaces around it allowed), a blank one or `{}`
    as no properties; one value that is not JSON refuses the load, named by file, line and column."""
    ids, props = ["j1", "j2", "j3", "j4"], [' {"via": "web"} ', "  ", "{}", '[1, "two"]']
    good = tmp_path / f"props.{suffix}"
    bad = tmp_path / f"broken.{suffix}"
    for path, values in ((good, props), (bad, ['{"via": "web"}', '{"via": ']),):
        n = len(values)
        columns = {"event_id": ids[:n] if path == good else ["k1", "k2"], "ts": ["2026-01-08T10:00:00+09:00"] * n,
                   "account_id": ["A1"] * n, "event": ["login"] * n, "properties": values}
        if suffix == "parquet":
            pq.write_table(pa.table(columns), path)
        else:
            pacsv.write_csv(pa.table(columns), path)
    assert loaded.load("events", [str(good)]).inserted == 4
    ev = loaded.store.execute(loaded.store.table("events").filter(lambda t: t.event_id.isin(ids))
                              .order_by("event_id"))
    assert ev["properties"].tolist() == [{"via": "web"}, None, None, [1, "two"]]
    msg = failing_load(loaded, "events", bad)
    line = 3 if suffix == "csv" else 2  # a CSV's lines count its header
    assert f"broken.{suffix}:{line} [properties]: not valid JSON: {{\"via\":" in msg, msg


def test_event_properties_in_a_struct_column_land_as_json_objects(loaded: Workspace, tmp_path: Path) -> None:
    """Parquet written from nested data keeps properties as a struct: it converts to the same JSON objects."""
    path = tmp_path / "nested.parquet"
    pq.write_table(pa.table({"event_id": ["s1", "s2"], "ts": ["2026-01-08T10:00:00+09:00"] * 2, "account_id": ["A1"] * 2,
                             "event": ["login"] * 2, "properties": [{"via": "web", "step": 1}, None]}), path)
    assert loaded.load("events", [str(path)]).inserted == 2
    ev = loaded.store.execute(loaded.store.table("events").filter(lambda t: t.event_id.isin(["s1", "s2"]))
                              .order_by("event_id"))
    assert ev["properties"].tolist() == [{"via": "web", "step": 1}, None]


def test_a_file_named_with_brackets_loads_as_written_and_a_pattern_still_globs(loaded: Workspace,
                                                                                tmp_path: Path) -> None:
    """Exports are often named `events [2026-11].csv`: a name that exists is the file meant, not a pattern that
    matches nothing; a name that does not exist is still read as a pattern, and one matching nothing says so."""
    named = write(tmp_path / "events [2026-11].csv", "event_id,ts,user_id,account_id,event\n"
                                                      "b1,2026-11-05T10:00:00+09:00,u1,A1,login\n")
    assert loaded.load("events", [str(named)]).inserted == 1
    write(tmp_path / "part1.csv", "event_id,ts,user_id,account_id,event\nb2,2026-11-06T10:00:00+09:00,u1,A1,login\n")
    assert loaded.load("events", [str(tmp_path / "part[0-9].csv")]).inserted == 1
    msg = failing_load(loaded, "events", tmp_path / "part[5-9].csv")
    assert "part[5-9].csv: no file matches" in msg
