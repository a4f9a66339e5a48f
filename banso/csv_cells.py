"""CSV that a spreadsheet opens as data: a text cell that would start a formula is written as text.

Excel, LibreOffice and Google Sheets run a cell that begins with `=`, `+`, `-` or `@` as a formula
(and a leading tab or carriage return can hide one), so an account named `=HYPERLINK("http://…")`
in a CRM export would become a live link, or worse, in the spreadsheet of whoever opens banso's CSV
("CSV injection"). Account names, owners, event names and touchpoint titles all come from outside,
so every CSV banso writes (the accounts export, the reports of the command line, the segment export
for CRM and marketing automation) passes its cells through `safe_cell`, which puts an apostrophe in
front of such a cell: spreadsheets show it as text and run nothing. Numbers stay numbers, also when
they arrive as text (`-12.5`), so figures are not turned into text.

>>> safe_cell("=1+1"), safe_cell("@SUM(A1)"), safe_cell("-12.5"), safe_cell(-3), safe_cell("Acme")
("'=1+1", "'@SUM(A1)", '-12.5', -3, 'Acme')
>>> import pandas as pd
>>> print(frame_csv(pd.DataFrame({"name": ['=HYPERLINK("http://x")', "Acme"], "mrr": [-1200, 300]})))
name,mrr
"'=HYPERLINK(""http://x"")",-1200
Acme,300
<BLANKLINE>
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """`value`, or a text that starts like a formula with an apostrophe in front."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]


class SafeWriter:
    """`csv.writer` whose rows pass through `safe_cell` (`csv.DictWriter` rows too, with `fields`)."""

    def __init__(self, stream: Any, fields: list[str] | None = None) -> None:
        self._writer = csv.writer(stream)
        self.fields = fields

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow(safe_row(row))

    def writeheader(self) -> None:
        assert self.fields is not None
        self._writer.writerow(self.fields)

    def writedict(self, row: dict[str, Any]) -> None:
        """One row of a dict, in the order of `fields` (missing keys are empty)."""
        assert self.fields is not None
        self.writerow(row.get(f, "") for f in self.fields)


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells are safe (numeric and date columns are left as they are)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype).startswith("string"):
            out[column] = out[column].map(safe_cell)
    return out


def frame_csv(frame: pd.DataFrame) -> str:
    """`frame` as CSV text without its index, every cell safe for a spreadsheet."""
    return safe_frame(frame).to_csv(index=False)
