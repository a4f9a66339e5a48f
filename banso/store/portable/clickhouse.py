"""The Ibis compiler banso uses for ClickHouse: Ibis' own, taught to read JSON values as banso reads them.

Ibis 12 reads a property of a JSON column on ClickHouse as `JSONExtractRaw(properties, 'plan')`, the
value's JSON text, but has no rule to turn that text into a string, a number or a boolean, so every metric
and insight filtered on a property (`where: {plan: pro}`) failed to compile there; and for a key that is
absent the text is '', not NULL, so an insight's "plan is not set" missed the events without a plan. The
rules below give NULL for an absent key, and unwrap a value only when its JSON type is the one asked
for, NULL otherwise, as DuckDB, PostgreSQL and Spark do: the string "3" is no number, the number 1 no
boolean (tests/engines/test_clickhouse.py runs them on ClickHouse against DuckDB's answers).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import sqlglot.expressions as sge
from ibis.backends.sql.compilers.base import NULL
from ibis.backends.sql.compilers.clickhouse import ClickHouseCompiler

# ClickHouse's names for the JSON types (JSONType), by what an unwrapping accepts.
_WHOLE = ("Int64", "UInt64")
_NUMBER = (*_WHOLE, "Double")


class BansoClickHouseCompiler(ClickHouseCompiler):
    def visit_JSONGetItem(self, op: Any, *, arg: Any, index: Any) -> Any:
        """The item's JSON text, NULL when the key is absent (ClickHouse gives '', which no JSON value is)."""
        return self.f.nullIf(super().visit_JSONGetItem(op, arg=arg, index=index), sge.convert(""))

    def _typed(self, arg: Any, types: tuple[str, ...], value: Any) -> Any:
        """`value` where the JSON text `arg` holds a value of one of `types`, else NULL."""
        kind = self.f.JSONType(arg)
        holds = kind.eq(sge.convert(types[0])) if len(types) == 1 else kind.isin(*(sge.convert(t) for t in types))
        return self.if_(holds, value, NULL)

    def visit_UnwrapJSONString(self, op: Any, *, arg: Any) -> Any:
        return self._typed(arg, ("String",), self.f.JSONExtractString(arg))

    def visit_UnwrapJSONInt64(self, op: Any, *, arg: Any) -> Any:
        return self._typed(arg, _WHOLE, self.f.JSONExtractInt(arg))

    def visit_UnwrapJSONFloat64(self, op: Any, *, arg: Any) -> Any:
        return self._typed(arg, _NUMBER, self.f.JSONExtractFloat(arg))

    def visit_UnwrapJSONBoolean(self, op: Any, *, arg: Any) -> Any:
        return self._typed(arg, ("Bool",), self.f.toBool(self.f.JSONExtractBool(arg)))


@cache
def clickhouse_compiler() -> BansoClickHouseCompiler:
    """The one compiler instance (Ibis' compilers hold no per-query state)."""
    return BansoClickHouseCompiler()
