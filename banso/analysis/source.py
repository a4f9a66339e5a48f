"""What an analysis reads from: anything with `table(name)` and `execute(expr)`, such as the `Store`.

The web app passes a wrapper that keeps table handles between requests (looking up a table's schema
costs a query each time), so a page's handful of small queries is not dominated by overhead.
"""

from __future__ import annotations

from typing import Any, Protocol

import ibis.expr.types as ir
import pandas as pd


class Source(Protocol):
    def __hash__(self) -> int: ...  # analyses cache expressions built for a source

    def table(self, name: str) -> ir.Table: ...

    def execute(self, expr: ir.Expr, params: dict[Any, Any] | None = None) -> pd.DataFrame: ...
