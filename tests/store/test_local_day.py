"""The local day a load gives each event equals the day the time-zone library gives, in every kind of zone."""

from __future__ import annotations

import duckdb
import pytest

from banso.store.duckdb.load_sql import local_day_sql


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "UTC", "Asia/Kolkata", "Etc/GMT+5", "America/New_York"])
def test_local_day_is_the_zone_librarys_day(zone: str) -> None:
    """Fixed offsets (Tokyo, a half-hour one, a negative one) take banso's arithmetic, New York the library;
    instants every 37 minutes from 1960 to 2030 (before the epoch, across midnights and daylight saving),
    and the infinite ones."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    wrong, total = con.execute(
        f"SELECT count(*) FILTER (WHERE {local_day_sql('ts', zone)} IS DISTINCT FROM "
        f"CAST(timezone('{zone}', timezone('UTC', ts)) AS DATE)), count(*) FROM ("
        "SELECT TIMESTAMP '1960-01-01' + INTERVAL (i * 37) MINUTE AS ts FROM range(0, 1000000) r(i) "
        "UNION ALL SELECT TIMESTAMP 'infinity' UNION ALL SELECT TIMESTAMP '-infinity')"
    ).fetchone() or (None, None)
    assert total == 1_000_002 and wrong == 0
