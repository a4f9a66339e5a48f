"""Query parameters shared by the per-account and per-user queries of pages.

An expression filtered on `ACCOUNT` (or `USER`) is the same expression for every account, so the
store compiles it once and binds the id per request (see `Store.execute`).
"""

from __future__ import annotations

import ibis

ACCOUNT = ibis.param("string")
USER = ibis.param("string")

# A batch of ids looked up by key (e.g. the emails of a page's members): `IN` over this many bound
# values lets the engine probe the key index instead of scanning the table. Pad a short batch by
# repeating an id (see `id_batches`).
ID_BATCH = tuple(ibis.param("string") for _ in range(100))


def id_batches(ids: list[str]) -> list[dict[ibis.Scalar, str]]:
    """`ids` as bindings of ID_BATCH, one per batch of 100 (the last one padded with its first id)."""
    out = []
    for start in range(0, len(ids), len(ID_BATCH)):
        chunk = ids[start:start + len(ID_BATCH)]
        chunk = chunk + [chunk[0]] * (len(ID_BATCH) - len(chunk))
        out.append(dict(zip(ID_BATCH, chunk, strict=True)))
    return out
