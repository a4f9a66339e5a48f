"""Generated worlds shared by the demo tests: `tiny` for shapes, `town600` for statistics.

Each world is generated once per test session. `World` reads the files back the way a user would
(pandas for the CSV exports, DuckDB views over the Parquet parts), never the generator's internals.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from banso.demo import WorldSummary, generate

TOKYO = "Asia/Tokyo"


@dataclass
class World:
    root: Path
    summary: WorldSummary

    @cached_property
    def truth(self) -> dict:
        return json.loads((self.root / "truth.json").read_text(encoding="utf-8"))

    @property
    def start(self) -> pd.Timestamp:
        return pd.Timestamp(self.truth["start"], tz=TOKYO)

    @property
    def end(self) -> pd.Timestamp:
        return pd.Timestamp(self.truth["end"], tz=TOKYO)

    def csv(self, name: str) -> pd.DataFrame:
        return pd.read_csv(self.root / f"{name}.csv", dtype=str, keep_default_na=False, na_values=[""])

    @cached_property
    def accounts(self) -> pd.DataFrame:
        frame = self.csv("accounts")
        for column in ("Trial Start", "Contract Start", "Churn Date"):
            frame[column] = pd.to_datetime(frame[column], format="ISO8601").dt.tz_convert(TOKYO)
        frame["MRR"] = frame["MRR"].astype(int)
        return frame.set_index("Account ID", drop=False)

    @cached_property
    def touchpoints(self) -> pd.DataFrame:
        frame = self.csv("touchpoints")
        frame["ts"] = pd.to_datetime(frame["ts"], format="ISO8601").dt.tz_convert(TOKYO)
        return frame

    @cached_property
    def weekly_health(self) -> pd.DataFrame:
        return pd.read_parquet(self.root / "truth.parquet")

    @cached_property
    def db(self) -> duckdb.DuckDBPyConnection:
        """DuckDB with an `events` view and `qualifying` (passive events left out), times in Tokyo."""
        con = duckdb.connect()
        con.execute("SET TimeZone = 'Asia/Tokyo'")
        con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{self.root}/events/*.parquet')")
        passive = ", ".join(f"'{e}'" for e in self.truth["passive_events"])
        con.execute(f"CREATE VIEW qualifying AS SELECT * FROM events WHERE event NOT IN ({passive})")
        return con

    def query(self, sql: str) -> pd.DataFrame:
        return self.db.execute(sql).df()


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("tiny")
    world = World(root, generate(root, preset="tiny", seed=0))
    yield world
    world.db.close()


@pytest.fixture(scope="session")
def town600(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """600 companies over 12 months (~3 million events): enough churn and trials for statistics."""
    root = tmp_path_factory.mktemp("town600")
    world = World(root, generate(root, preset="town", seed=11, accounts=600))
    yield world
    world.db.close()
