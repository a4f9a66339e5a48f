"""Every CSV banso writes opens in a spreadsheet as data: no cell starts a formula."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from banso.csv_cells import SafeWriter, frame_csv, safe_cell

CELLS = [
    # written as                       comes out as
    ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
    ("+1+cmd|' /C calc'!A0",            "'+1+cmd|' /C calc'!A0"),
    ("-2+3",                            "'-2+3"),
    ("@SUM(A1:A9)",                     "'@SUM(A1:A9)"),
    ("\t=1+1",                          "'\t=1+1"),
    ("\r=1+1",                          "'\r=1+1"),
    ("-",                               "'-"),
    # numbers, also as text, stay numbers; other text is left alone
    ("-12.5",                           "-12.5"),
    ("+81",                             "+81"),
    ("-1e3",                            "-1e3"),
    ("Acme =1",                         "Acme =1"),
    ("株式会社アクメ",                    "株式会社アクメ"),
    ("",                                ""),
    (-3,                                -3),
    (None,                              None),
]


@pytest.mark.parametrize("value,expected", CELLS)
def test_a_cell_that_would_start_a_formula_is_written_as_text(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def test_the_writer_and_the_frame_export_apply_it_to_every_cell() -> None:
    buf = io.StringIO()
    w = SafeWriter(buf, ["name", "owner", "mrr"])
    w.writeheader()
    w.writedict({"name": "=1+1", "owner": "@owner", "mrr": -5})
    w.writerow(["ok", "+x", 1.5])
    assert list(csv.reader(io.StringIO(buf.getvalue()))) == [
        ["name", "owner", "mrr"], ["'=1+1", "'@owner", "-5"], ["ok", "'+x", "1.5"]]
    frame = pd.DataFrame({"event": ["=cmd()", "login"], "count": [-1, 2], "share": [0.5, -0.25]})
    assert list(csv.reader(io.StringIO(frame_csv(frame)))) == [
        ["event", "count", "share"], ["'=cmd()", "-1", "0.5"], ["login", "2", "-0.25"]]
