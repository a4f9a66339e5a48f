"""Database sources: a table or a SELECT in PostgreSQL or DuckDB loads exactly like the same rows in CSV.

A real PostgreSQL server is started on 127.0.0.1 for this module (tests/engines/pg_server.py), and a
DuckDB database file is the second source engine. The same small world is written three ways — CSV
files, PostgreSQL tables, DuckDB tables — and every way must give the same store contents.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import psycopg
import pytest

from banso.config.load import load_config
from banso.config.template import render
from banso.errors import ConfigError, LoadError
from banso.workspace import Workspace
from tests.conftest import write
from tests.engines.pg_server import free_port, server_for

JST = timezone(timedelta(hours=9))

# -- the world, as CSV and as rows of a product's own tables -----------------------------------------

CSV = {
    "accounts": """
        account_id,name,tier,mrr,seats,status,contract_started_at,renewal_date,region
        A1,Acme,SMB,12000,10,active,2025-04-01T00:00:00+09:00,2026-04-01,east
        A2,Beta,Mid,30000.5,,trial,,2026-01-01,west
        """,
    "users": """
        user_id,email,created_at,locale
        u1,a@acme.test,2025-04-02 09:00:00,ja
        u2,b@beta.test,2025-05-01 10:30:00,en
        """,
    "events": """
        event_id,ts,user_id,account_id,event,page
        e1,2026-01-05T10:00:00+09:00,u1,A1,login,home
        e2,2026-01-05T23:30:00+09:00,u1,A1,issue_created,board
        e3,2026-01-06T00:30:00+09:00,u2,A2,login,
        """,
}

DDL = [
    "CREATE SCHEMA product",
    "CREATE TABLE product.orgs (id TEXT, org_name TEXT, tier TEXT, mrr NUMERIC(12, 2), seats INTEGER, "
    "status TEXT, contract_start TIMESTAMPTZ, renewal DATE, region TEXT)",
    "CREATE TABLE product.members (id TEXT, mail TEXT, signed_up TIMESTAMP, locale TEXT)",  # naive: workspace zone
    "CREATE TABLE product.activity (id TEXT, occurred_at TIMESTAMPTZ, member_id TEXT, org_id TEXT, action TEXT, "
    "page TEXT)",
]
ROWS: dict[str, list[tuple[Any, ...]]] = {
    "product.orgs": [
        ("A1", "Acme", "SMB", Decimal("12000.00"), 10, "active", datetime(2025, 4, 1, tzinfo=JST), date(2026, 4, 1),
         "east"),
        ("A2", "Beta", "Mid", Decimal("30000.50"), None, "trial", None, date(2026, 1, 1), "west"),
    ],
    "product.members": [
        ("u1", "a@acme.test", datetime(2025, 4, 2, 9, 0), "ja"),
        ("u2", "b@beta.test", datetime(2025, 5, 1, 10, 30), "en"),
    ],
    "product.activity": [
        ("e1", datetime(2026, 1, 5, 10, 0, tzinfo=JST), "u1", "A1", "login", "home"),
        ("e2", datetime(2026, 1, 5, 23, 30, tzinfo=JST), "u1", "A1", "issue_created", "board"),
        ("e3", datetime(2026, 1, 6, 0, 30, tzinfo=JST), "u2", "A2", "login", None),
    ],
}

# The same three sources, as a table with a column mapping and as a query that renames in SQL.
TABLES = {
    "accounts": ("product.orgs", {"account_id": "id", "name": "org_name", "contract_started_at": "contract_start",
                                  "renewal_date": "renewal"}),
    "users": ("product.members", {"user_id": "id", "email": "mail", "created_at": "signed_up"}),
    "events": ("product.activity", {"event_id": "id", "ts": "occurred_at", "user_id": "member_id",
                                    "account_id": "org_id", "event": "action"}),
}
QUERIES = {
    "accounts": "SELECT id AS account_id, org_name AS name, tier, mrr, seats, status, "
                "contract_start AS contract_started_at, renewal AS renewal_date, region FROM product.orgs",
    "users": "SELECT id AS user_id, mail AS email, signed_up AS created_at, locale FROM product.members",
    "events": "SELECT id AS event_id, occurred_at AS ts, member_id AS user_id, org_id AS account_id, "
              "action AS event, page FROM product.activity",
}


def fill(execute: Any, executemany: Any) -> None:
    for sql in DDL:
        execute(sql)
    for table, rows in ROWS.items():
        marks = ", ".join(["%s"] * len(rows[0]))
        executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with server_for("database-source tests") as url:
        with psycopg.connect(url, autocommit=True) as con, con.cursor() as cur:
            fill(cur.execute, cur.executemany)
            cur.execute("CREATE SEQUENCE product.ids")
        yield url


@pytest.fixture(scope="module")
def duck_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("duck") / "app.duckdb"
    with duckdb.connect(str(path)) as con:
        fill(con.execute, lambda sql, rows: con.executemany(sql.replace("%s", "?"), rows))
    return path


def where(engine: str, pg_url: str, duck_file: Path) -> dict[str, str]:
    return {"url": pg_url} if engine == "postgres" else {"path": str(duck_file)}


def db_workspace(root: Path, sources: dict[str, dict[str, object]]) -> Workspace:
    return Workspace.init(root, config_text=render(name="db", timezone="Asia/Tokyo", sources=sources))


def contents(ws: Workspace) -> dict[str, list[dict[str, object]]]:
    """The canonical tables, row by row, without load times."""
    out = {}
    for name in ("accounts", "users", "events"):
        frame = ws.store.execute(ws.store.table(name)).drop(columns=["loaded_at"])
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        out[name] = sorted(rows, key=lambda r: str(next(iter(r.values()))))
    return out


# -- same contents as CSV ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def from_csv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, object]]]:
    folder = tmp_path_factory.mktemp("csv")
    with Workspace.init(folder / "ws", name="csv", timezone="Asia/Tokyo") as ws:
        for table, text in CSV.items():
            ws.load(table, [str(write(folder / f"{table}.csv", text))])
        return contents(ws)


@pytest.mark.parametrize("engine", ["postgres", "duckdb"])
@pytest.mark.parametrize("kind", ["table", "query"])
def test_a_table_or_query_loads_like_the_same_rows_in_csv(
    engine: str, kind: str, pg_url: str, duck_file: Path, tmp_path: Path,
    from_csv: dict[str, list[dict[str, object]]],
) -> None:
    sources: dict[str, dict[str, object]] = {}
    for table in CSV:  # named after their tables, so `events.source` matches the CSV load's
        database: dict[str, object] = {"engine": engine, **where(engine, pg_url, duck_file)}
        if kind == "table":
            database["table"], columns = TABLES[table]
            sources[table] = {"table": table, "database": database, "columns": columns}
        else:
            database["query"] = QUERIES[table]
            sources[table] = {"table": table, "database": database}
    with db_workspace(tmp_path / "ws", sources) as ws:
        outcomes = [ws.load(table, []) for table in CSV]
        assert contents(ws) == from_csv
        assert [o.rows_read for o in outcomes] == [2, 2, 3]
        assert all("copied into the store" in o.origin for o in outcomes)
        again = ws.load("events", [])  # re-reading the source changes nothing
        assert (again.inserted, again.unchanged) == (0, 3)


def test_cli_loads_a_source_and_says_it_was_copied(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table, columns = TABLES["users"]
    db_workspace(tmp_path / "ws", {"product_users": {
        "table": "users", "database": {"engine": "postgres", "url": pg_url, "table": table}, "columns": columns,
    }}).close()
    out = run_cli(["load", "users", "-w", str(tmp_path / "ws")], capsys)
    assert out.code == 0, out.err
    host = pg_url.split("@", 1)[1]
    assert f"loaded users from postgresql://banso@{host} table product.members (copied into the store): " \
           "2 rows read, 2 new" in " ".join(out.out.split())


# -- clear errors ------------------------------------------------------------------------------------


class CliRun:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> CliRun:
    from banso.cli import main

    sys.argv = ["banso", *argv]
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return CliRun(code, captured.out, captured.err)


def users_source(database: dict[str, object], columns: dict[str, str] | None = None) -> dict[str, dict[str, object]]:
    return {"product_users": {"table": "users", "database": database,
                              "columns": columns if columns is not None else TABLES["users"][1]}}


def load_error(ws: Workspace) -> str:
    with pytest.raises(LoadError) as info:
        ws.load("users", [])
    assert ws.store.count("users") == 0 and ws.store.count("loads") == 0
    return str(info.value)


def test_an_unreachable_database_is_one_line_with_the_url_but_not_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()  # nothing listens there
    db_workspace(tmp_path / "ws", users_source({"engine": "postgres", "table": "product.members"})).close()
    monkeypatch.setenv("BANSO_SOURCE_PRODUCT_USERS_URL", f"postgresql://reader:hunter2@127.0.0.1:{port}/product")
    out = run_cli(["load", "users", "-w", str(tmp_path / "ws")], capsys)
    assert out.code == 1
    assert f"cannot reach the source database postgresql://reader@127.0.0.1:{port}/product" in out.err
    assert "hunter2" not in out.err + out.out
    assert "Traceback" not in out.err


def test_a_missing_table_is_named_with_the_nearest_names(pg_url: str, tmp_path: Path) -> None:
    with db_workspace(tmp_path / "ws", users_source({"engine": "postgres", "url": pg_url,
                                                     "table": "product.member"})) as ws:
        msg = load_error(ws)
    assert "no table member in schema product of postgresql://banso@" in msg
    assert "did you mean members?" in msg


def test_a_missing_mapped_column_lists_the_columns_the_table_has(duck_file: Path, tmp_path: Path) -> None:
    source = users_source({"engine": "duckdb", "path": str(duck_file), "table": "product.members"},
                          {"user_id": "id", "email": "mail_address"})
    with db_workspace(tmp_path / "ws", source) as ws:
        msg = load_error(ws)
    assert "missing column(s) 'mail_address' (mapped to email) for table users; " \
           "the table product.members has: id, mail, signed_up, locale" in msg


def test_bad_rows_are_named_by_their_row_and_nothing_lands(pg_url: str, tmp_path: Path) -> None:
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE product.typed_by_hand (id TEXT, mail TEXT, signed_up TEXT)")
        con.execute("INSERT INTO product.typed_by_hand VALUES ('u1', 'a@x', '2025-04-02'), ('u2', 'b@x', 'soon'), "
                    "('u1', 'c@x', '2025-04-03')")
    source = users_source({"engine": "postgres", "url": pg_url, "table": "product.typed_by_hand"})
    with db_workspace(tmp_path / "ws", source) as ws:
        msg = load_error(ws)
    assert "product.typed_by_hand:2 [created_at]: not a valid timestamp" in msg and "soon" in msg


def test_a_source_query_runs_read_only(pg_url: str, tmp_path: Path) -> None:
    """A SELECT that would still write (a sequence, a function) is stopped by the read-only session."""
    query = "SELECT CAST(nextval('product.ids') AS TEXT) AS user_id FROM product.members"
    with db_workspace(tmp_path / "ws", users_source({"engine": "postgres", "url": pg_url, "query": query}, {})) as ws:
        msg = load_error(ws)
    assert "read-only transaction" in msg
    with psycopg.connect(pg_url) as con:
        assert con.execute("SELECT last_value FROM product.ids").fetchall() == [(1,)]  # never advanced


def test_files_for_a_database_source_and_no_source_for_no_files(duck_file: Path, tmp_path: Path) -> None:
    source = users_source({"engine": "duckdb", "path": str(duck_file), "table": "product.members"})
    with db_workspace(tmp_path / "ws", source) as ws:
        with pytest.raises(LoadError, match="reads a database table or query, not files"):
            ws.load("users", [str(write(tmp_path / "u.csv", "user_id\nu1\n"))], source="product_users")
        with pytest.raises(LoadError, match=r"no source in banso\.yaml reads accounts from a database"):
            ws.load("accounts", [])
    with db_workspace(tmp_path / "ws2", users_source({"engine": "duckdb", "path": "absent.duckdb",
                                                      "table": "product.members"})) as ws:
        assert f"no DuckDB database file at {tmp_path / 'ws2' / 'absent.duckdb'}" in load_error(ws)


# -- configuration -----------------------------------------------------------------------------------


def config_error(tmp_path: Path, database: str) -> str:
    cfg = write(tmp_path / "banso.yaml", f"""
        sources:
          product_users:
            table: users
            database:
        {database}
        """)
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    return str(info.value)


@pytest.mark.parametrize(
    ("database", "says"),
    [
        ("      {engine: postgres, query: 'UPDATE product.members SET mail = NULL'}",
         "banso.yaml:5: sources.product_users.database.query: the query must be a single SELECT; "
         "this is an UPDATE statement"),
        ("      {engine: postgres, query: 'SELECT 1; DROP TABLE product.members'}",
         "the query must be a single SELECT; found 2 statements"),
        ("      {engine: postgres, query: 'WITH gone AS (DELETE FROM product.members RETURNING id) SELECT id FROM gone'}",
         "the query must only read; it contains DELETE"),
        ("      {engine: postgres, query: 'SELECT * INTO copy FROM product.members'}",
         "the query must only read; it contains SELECT … INTO"),
        ("      {engine: postgres, query: 'SELEC id FROM product.members'}", "the query is not valid postgres SQL"),
        ("      {engine: postgres, table: product.members, query: 'SELECT 1'}",
         "reads exactly one of `table` (a table or view name) or `query` (a single SELECT), not both"),
        ("      {engine: postgres}", "reads exactly one of `table`"),
        ("      {engine: postgres, table: 'members; DROP TABLE x'}", "is not a table name"),
        ("      {engine: postgres, url: 'postgresql://reader:hunter2@db/product', table: members}",
         "banso.yaml:5: sources.product_users.database.url: the url holds a password; keep credentials out of "
         "banso.yaml and set BANSO_SOURCE_PRODUCT_USERS_URL in the environment instead"),
        ("      {engine: duckdb, url: 'x.duckdb', table: members}", "a duckdb source is a file: use `path`"),
    ],
)
def test_bad_source_configuration_is_refused_with_the_key(tmp_path: Path, database: str, says: str) -> None:
    msg = config_error(tmp_path, database)
    assert says in msg
    assert "hunter2" not in msg  # a password is never echoed


def test_file_settings_on_a_database_source_are_refused(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        sources:
          product_users:
            table: users
            encoding: cp932
            database: {engine: postgres, table: members}
        """)
    with pytest.raises(ConfigError, match="encoding describe files; a source with `database` reads a table or query"):
        load_config(cfg)


def test_the_source_url_comes_from_the_environment_first(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = users_source({"engine": "postgres", "url": "postgresql://nobody@127.0.0.1:1/nowhere",
                           "table": "product.members"})
    monkeypatch.setenv("BANSO_SOURCE_PRODUCT_USERS_URL", pg_url)
    with db_workspace(tmp_path / "ws", source) as ws:
        assert ws.load("users", []).rows_read == 2



# -- in place: the store is that same PostgreSQL database ------------------------------------------------


def pg_store_workspace(root: Path, url: str, sources: dict[str, dict[str, object]], schema: str) -> Workspace:
    text = render(name="in place", timezone="Asia/Tokyo", sources=sources)
    store = f"store:\n  engine: postgres\n  url: {url}\n  options: {{schema: {schema}}}\n"
    text = text.replace("store:\n  engine: duckdb\n  path: banso.duckdb\n", store)
    assert store in text
    return Workspace.init(root, config_text=text)


def test_a_source_in_the_store_database_is_read_in_place(
    pg_url: str, tmp_path: Path, from_csv: dict[str, list[dict[str, object]]]
) -> None:
    sources = {table: {"table": table, "database": {"engine": "postgres", "url": pg_url, "table": name},
                       "columns": columns} for table, (name, columns) in TABLES.items()}
    with pg_store_workspace(tmp_path / "ws", pg_url, sources, "in_place_store") as ws:
        outcomes = [ws.load(table, []) for table in CSV]
        assert all("(read in place: a view, no copy)" in o.origin for o in outcomes)
        assert "in place keeps no traits from unmapped columns (page)" in outcomes[2].warnings[0]
        got = contents(ws)
        want = {t: [{k: v for k, v in r.items() if k not in ("traits", "properties")} for r in rows]
                for t, rows in from_csv.items()}
        assert {t: [{k: v for k, v in r.items() if k not in ("traits", "properties")} for r in rows]
                for t, rows in got.items()} == want
        with psycopg.connect(pg_url, autocommit=True) as con:  # the product writes; banso sees it at once
            con.execute("INSERT INTO product.activity VALUES ('e4', now(), 'u2', 'A2', 'login', NULL)")
        try:
            assert ws.store.count("events") == 4
        finally:
            with psycopg.connect(pg_url, autocommit=True) as con:
                con.execute("DELETE FROM product.activity WHERE id = 'e4'")


def test_text_that_would_need_parsing_is_not_read_in_place(pg_url: str, tmp_path: Path) -> None:
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE IF NOT EXISTS product.text_times (id TEXT, signed_up TEXT)")
    source = {"product_users": {"table": "users", "columns": {"user_id": "id", "created_at": "signed_up"},
                                "database": {"engine": "postgres", "url": pg_url, "table": "product.text_times"}}}
    with pg_store_workspace(tmp_path / "ws", pg_url, source, "refusing_store") as ws:
        with pytest.raises(LoadError, match=r"column signed_up \(string\) cannot be read in place as created_at"):
            ws.load("users", [])
        assert ws.store.count("users") == 0 and ws.store.count("loads") == 0


def test_in_place_needs_the_store_on_that_database(pg_url: str, tmp_path: Path) -> None:
    source = users_source({"engine": "postgres", "url": pg_url, "table": "product.members", "mode": "in_place"})
    with db_workspace(tmp_path / "ws", source) as ws:
        assert "asks for mode: in_place, but the store is not on that same database" in load_error(ws)


def test_a_duckdb_source_loads_in_the_base_install_without_psycopg(duck_file: Path, tmp_path: Path) -> None:
    """psycopg comes with the `postgres` extra only: the DuckDB path must not import it."""
    import subprocess

    import banso

    table, columns = TABLES["users"]
    db_workspace(tmp_path / "ws", users_source({"engine": "duckdb", "path": str(duck_file), "table": table},
                                               columns)).close()
    without_psycopg = "import sys; sys.modules['psycopg'] = None; from banso.cli import main; main()"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(banso.__file__).resolve().parents[1]), "COLUMNS": "200"}
    run = subprocess.run([sys.executable, "-c", without_psycopg, "load", "users", "-w", str(tmp_path / "ws")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "2 rows read, 2 new" in run.stdout and "psycopg" not in run.stderr
