"""Integer ids in URLs (`/segments/{segment_id}`, `?seg=`): one validated type for every route.

Every application-state table keys its rows by an SQL INTEGER: 64 bits in SQLite, 32 in PostgreSQL.
An id beyond that cannot name a row, and handed to the database driver it overflows (a 500). So an
id is a whole number from 1 to 2³¹−1, checked before any query: anything else is a 422 that names the
parameter and the range.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

MAX_ID = 2**31 - 1  # the largest SQL INTEGER on every supported application-state database

RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="a row id: a whole number from 1 to 2147483647")]
OptionalRowIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID,
                                                 description="a saved segment's id: from 1 to 2147483647")]
