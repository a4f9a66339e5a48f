"""One property of a JSON column, read by its exact name on every engine.

Ibis turns `props[key]` into a JSON path, so a key is read as a path: PostHog's `$browser` became
`browser` (another property, silently) and `a.b` became `b` inside `a`. Given as `$['key']`, the key is
one name, whatever its characters, on DuckDB, PostgreSQL and Spark (see `store.portable.spark`).

>>> json_path("$browser")
"$['$browser']"
"""

from __future__ import annotations

from typing import Any


def json_path(key: str) -> str:
    """The JSON path of one top-level property named `key`."""
    if "'" in key or "\\" in key:
        raise ValueError(f"a property name cannot hold a quote or a backslash: {key!r}")
    return f"$['{key}']"


def json_field(props: Any, key: str) -> Any:
    """`props`' property `key` (an Ibis JSON value)."""
    return props[json_path(key)]
