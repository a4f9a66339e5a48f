"""What an analysis reads from: anything with `table(name)`, `execute(expr)` and `records(expr, params)`,
such as the `Store`; tests may pass a lighter stand-in."""

from __future__ import annotations

from typing import Any, Protocol

import ibis.expr.types as ir
import pandas as pd


class Source(Protocol):
    def __hash__(self) -> int: ...  # analyses cache expressions built for a source

    def table(self, name: str) -> ir.Table: ...

    def execute(self, expr: ir.Expr, params: dict[Any, Any] | None = None) -> pd.DataFrame: ...

    def records(self, expr: ir.Table, params: dict[Any, str]) -> list[dict[str, Any]]: ...
