"""One property of a JSON column, read by its exact name on every engine.

Ibis turns `props[key]` into a JSON path, so a key is read as a path: PostHog's `$browser` became
`browser` (another property, silently) and `a.b` became `b` inside `a`. Such a key goes as `$['key']`,
one name whatever its characters (DuckDB; Spark through `store.portable.spark`); a plain name (letters,
digits, underscores) goes as itself, as every engine has always read it.

>>> json_path("$browser"), json_path("plan")
("$['$browser']", 'plan')
"""

from __future__ import annotations

import re
from typing import Any

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(key: str) -> str:
    """What to index a JSON value with to read its top-level property named `key`."""
    if "'" in key or "\\" in key:
        raise ValueError(f"a property name cannot hold a quote or a backslash: {key!r}")
    return key if _PLAIN.match(key) else f"$['{key}']"


def json_field(props: Any, key: str) -> Any:
    """`props`' property `key` (an Ibis JSON value)."""
    return props[json_path(key)]
