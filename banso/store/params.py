"""Query parameters shared by the per-account and per-user queries of pages.

An expression filtered on `ACCOUNT` (or `USER`) is the same expression for every account, so the
store compiles it once and binds the id per request (see `Store.execute`).
"""

from __future__ import annotations

import ibis

ACCOUNT = ibis.param("string")
USER = ibis.param("string")
